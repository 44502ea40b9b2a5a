// Steps 1-2 of the build: study.yaml and every kommune read and checked, every problem collected.
// Kept apart from build.ts so `npm run check:data` loads no metrics, figures, render or browser code.

import { join, relative, sep } from 'node:path';
import { KommunenotatError, type Problem } from '../errors.ts';
import type { KommuneData, Study } from '../types.ts';
import { readKommune } from '../validate/kommune.ts';
import { resolveKommune } from '../validate/resolve-slug.ts';
import { readStudyConfig } from '../validate/study-config.ts';
import { timed, type Effects } from './effects.ts';

/** Steps 1-2: the checked study; throws one data error listing every problem of every kommune asked for. */
export async function readStudy(root: string, effects: Effects, only?: string[]): Promise<{ study: Study; warnings: Problem[] }> {
  const warnings: Problem[] = [];
  const config = await timed(effects, 'study', 'load', () => readStudyConfig(root, warnings));
  const slugs = only ? [...new Set(only.map((k) => resolveKommune(root, config, k)))] : config.kommuner;
  const problems: Problem[] = [];
  const kommuner: KommuneData[] = [];
  await timed(effects, 'study', 'validate', () => {
    for (const slug of slugs) {
      try {
        const read = readKommune(root, config, slug, effects.names);
        kommuner.push(read.kommune);
        warnings.push(...read.warnings);
      } catch (error) {
        if (!(error instanceof KommunenotatError) || !error.isUserError) throw error;
        problems.push(...(error.problems.length > 0 ? error.problems : [{ source: { file: join(root, 'kommuner', slug) }, message: error.message }]));
      }
    }
  });
  for (const warning of warnings) effects.logger.warn(warning);
  if (problems.length > 0) {
    const count = problems.filter((p) => p.severity !== 'warning').length;
    throw new KommunenotatError('data', `the data set ${root} has ${count} ${count === 1 ? 'problem' : 'problems'}`, {
      problems,
    });
  }
  return { study: { root, config, kommuner }, warnings };
}

/**
 * The warnings that concern the note of `slug`: those in its own folder, and those of study.yaml
 * and other shared files (every note reads them); not those of other kommuner's folders.
 */
export function warningsOf(root: string, slug: string, warnings: Problem[]): Problem[] {
  const kommuner = join(root, 'kommuner');
  return warnings.filter((warning) => {
    const path = relative(kommuner, warning.source.file);
    if (path.startsWith('..') || path === '') return true;
    return path.split(sep)[0] === slug;
  });
}
