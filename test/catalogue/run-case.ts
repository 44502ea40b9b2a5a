// Runs one catalogue case in process: writes its data set, then the build's first stages
// (readStudy; for text cases also readNoteSources and renderNote) and returns what they report.

import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, KommunenotatError } from '../../src/errors.ts';
import { readNoteSources } from '../../src/load/note-sources.ts';
import { computeKommuneMetrics } from '../../src/metrics/index.ts';
import { readStudy } from '../../src/pipeline/build.ts';
import { silentLogger } from '../../src/pipeline/effects.ts';
import { withoutNames } from '../../src/pipeline/privacy.ts';
import { renderNote } from '../../src/render/index.ts';
import { writeDataSet } from '../validate/data-set.ts';
import type { CatalogueCase } from './cases.ts';

export const BROKEN = 'test/fixtures/broken';

export interface CaseOutcome {
  root: string;
  /** The error thrown, if any. */
  error?: KommunenotatError;
  /** Formatted problems of the error, then the warnings logged, root-relative. */
  lines: string[];
}

/** The data set of a case: the base with its changes, its fixture folder laid over, its empty folders. */
export function writeCase(testCase: CatalogueCase): string {
  const root = writeDataSet(testCase.changes ?? {});
  if (testCase.fixture) cpSync(join(BROKEN, testCase.id), root, { recursive: true });
  for (const dir of testCase.dirs ?? []) mkdirSync(join(root, dir), { recursive: true });
  return root;
}

export async function runCase(testCase: CatalogueCase, root = writeCase(testCase)): Promise<CaseOutcome> {
  const logger = silentLogger();
  const relative = (line: string) => line.split(`${root}/`).join('').split(root).join('<data>');
  try {
    const { study } = await readStudy(root, { logger, now: () => 0 }, [testCase.kommune ?? 'testby']);
    if (testCase.stage === 'text') renderFirst(study);
  } catch (error) {
    if (!(error instanceof KommunenotatError)) throw error;
    const problems = error.problems.map((p) => relative(formatProblem(p)));
    const lines = problems.length > 0 ? problems : [relative(error.message)];
    return { root, error, lines: [...lines, ...warnings(logger.lines).map(relative)] };
  }
  return { root, lines: warnings(logger.lines).map(relative) };
}

function warnings(lines: string[]): string[] {
  return lines.filter((line) => / warning: /.test(line));
}

/** Steps 5 of the build without figures: enough to reach every text file's Handlebars. */
function renderFirst(study: Awaited<ReturnType<typeof readStudy>>['study']): void {
  const { config } = study;
  const entries = study.kommuner.map((k) => ({ kommune: withoutNames(k), metrics: computeKommuneMetrics(config, k) }));
  const own = entries[0]!;
  const sources = readNoteSources(study.root, config, own.kommune);
  renderNote({ config, kommune: own.kommune, metrics: own.metrics, study: entries, figures: [], buildDate: '2015-01-01' }, sources);
}

export function fixtureExists(id: string): boolean {
  return existsSync(join(BROKEN, id));
}
