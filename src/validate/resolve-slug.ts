// Validate stage: the kommune named on the command line (slug or display name) → its slug.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { KommunenotatError } from '../errors.ts';
import { readYaml } from '../load/read-yaml.ts';
import type { StudyConfig } from '../types.ts';
import { fold } from './fold.ts';
import * as msg from './messages.ts';
import { asText, isRecord } from './yaml-fields.ts';

/** A slug of the study, or a display name matched case- and accent-insensitively (`Ørland`, `orland` → `orland`). */
export function resolveKommune(root: string, config: StudyConfig, arg: string): string {
  const wanted = arg.trim();
  if (config.kommuner.includes(wanted)) return wanted;
  const names = new Map(config.kommuner.map((slug) => [slug, kommuneName(root, slug)]));
  const folded = fold(wanted);
  for (const [slug, name] of names) {
    if (fold(slug) === folded || (name !== undefined && fold(name) === folded)) return slug;
  }
  const source = { file: join(root, 'study.yaml') };
  if (wanted !== '' && !wanted.includes('/') && existsSync(join(root, 'kommuner', wanted, 'kommune.yaml'))) {
    const problem = { source, message: msg.kommuneNotInStudy(wanted), value: wanted, fix: msg.fixKommuneNotInStudy };
    throw new KommunenotatError('config', problem.message, { problems: [problem] });
  }
  const valid = [...names].map(([slug, name]) => (name && name !== slug ? `${slug} (${name})` : slug));
  const problem = { source, message: msg.unknownKommune(arg, valid), value: arg };
  throw new KommunenotatError('config', problem.message, { problems: [problem] });
}

/** The display name from kommune.yaml, if it can be read; validation proper happens in readKommune. */
function kommuneName(root: string, slug: string): string | undefined {
  const { value } = readYaml(join(root, 'kommuner', slug, 'kommune.yaml'));
  return isRecord(value) ? asText(value['name']) : undefined;
}
