// Writes the demo study (or any data set) out as each survey tool would export it, with a mapping file
// per export: the fixtures of test/import/ and the starting point of docs/import.md's examples.
// Usage: npx tsx scripts/write-exports.ts <out dir> [--data <dir>] [--kommune <slug>]

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainModule } from '../src/paths.ts';
import { readDemoKommune } from './exports/demo.ts';
import { writeQuestbackCsv, writeQuestbackXlsx, writeSurveyXactCsv, writeSurveyXactXlsx } from './exports/tools-sheets.ts';
import { writeNettskjema, writeQualtrics, writeWide, type Written } from './exports/tools-text.ts';

/** Every layout, with the --from kind that reads it. */
export const LAYOUTS = {
  nettskjema: { from: 'nettskjema', write: writeNettskjema },
  'surveyxact-xlsx': { from: 'surveyxact', write: writeSurveyXactXlsx },
  'surveyxact-csv': { from: 'surveyxact', write: writeSurveyXactCsv },
  'questback-csv': { from: 'questback', write: writeQuestbackCsv },
  'questback-xlsx': { from: 'questback', write: writeQuestbackXlsx },
  qualtrics: { from: 'qualtrics', write: writeQualtrics },
  wide: { from: 'wide', write: writeWide },
} as const;
export type Layout = keyof typeof LAYOUTS;

/** Writes every layout of kommune `slug` of `data` into `<out>/<layout>/`. */
export function writeExports(data: string, slug: string, out: string): Record<Layout, Written & { from: string }> {
  const demo = readDemoKommune(data, slug);
  const result = {} as Record<Layout, Written & { from: string }>;
  for (const [layout, { from, write }] of Object.entries(LAYOUTS) as [Layout, (typeof LAYOUTS)[Layout]][]) {
    const dir = join(out, layout);
    mkdirSync(dir, { recursive: true });
    result[layout] = { ...write(demo, dir), from };
  }
  return result;
}

if (isMainModule(import.meta.url, 'write-exports')) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { data: { type: 'string', default: 'data' }, kommune: { type: 'string', default: 'oppdal' } } });
  const out = positionals[0] ?? 'exports';
  const written = writeExports(values.data!, values.kommune!, out);
  for (const [layout, w] of Object.entries(written)) {
    console.log(`${layout}: npm run import -- --from ${w.from} ${w.files.join(' ')} --mapping ${w.mapping} --kommune ${values.kommune}`);
  }
}
