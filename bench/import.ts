// Bench section: `npm run import` of a 1,000-respondent export (a synthetic kommune of 1,250 persons, a
// fifth not responding), in Nettskjema's CSV layout and as a SurveyXact workbook, through the CLI as a
// user runs it (a fresh process each time: start, read, match, convert, validate, write).

import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticStudy } from '../scripts/synthetic-study.ts';
import { writeExports } from '../scripts/write-exports.ts';
import type { Measured } from './report.ts';
import type { Run } from './spawn.ts';

export const IMPORT_PERSONS = 1250;

export interface ImportBench {
  respondents: number;
  nettskjema: Measured;
  surveyxact: Measured;
}

/**
 * `launch(args)` runs `node scripts/run.mjs …args`; `summarise` turns runs into a Measured. Returns the
 * medians of `reps` imports of each layout.
 */
export async function benchImport(
  work: string,
  reps: number,
  launch: (args: string[]) => Promise<Run>,
  summarise: (runs: Run[]) => Measured,
): Promise<ImportBench> {
  const root = join(work, 'import-study');
  writeSyntheticStudy(root, { kommuner: 1, persons: IMPORT_PERSONS, seed: 13 });
  // The synthetic roster has no names; SurveyXact's roster rows are matched by name, so give it some.
  const personsFile = join(root, 'kommuner/syn01/persons.csv');
  const [header, ...lines] = readFileSync(personsFile, 'utf8').trim().split('\n');
  writeFileSync(personsFile, [header, ...lines.map((line) => `${line}Person ${line.split(';')[0]}`)].join('\n') + '\n');
  const exports = writeExports(root, 'syn01', join(work, 'import-exports'));
  const respondents = readFileSync(join(root, 'kommuner/syn01/responses.csv'), 'utf8').trim().split('\n').length - 1;
  const time = async (layout: 'nettskjema' | 'surveyxact-xlsx'): Promise<Measured> => {
    const { from, files, mapping } = exports[layout];
    const runs: Run[] = [];
    for (let rep = 0; rep < reps; rep++) {
      const data = join(work, `import-data-${layout}-${rep}`);
      mkdirSync(data, { recursive: true });
      cpSync(root, data, { recursive: true });
      runs.push(await launch(['src/cli/import.ts', '--from', from, ...files, '--mapping', mapping, '--kommune', 'syn01', '--data', data]));
    }
    return summarise(runs);
  };
  return { respondents, nettskjema: await time('nettskjema'), surveyxact: await time('surveyxact-xlsx') };
}
