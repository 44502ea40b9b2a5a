// Import stage: any other wide table (docs/import.md §wide): a header row of column names, then one row
// per respondent; CSV with `,` `;` or tab in any of the encodings src/load/decode.ts reads, or the first
// sheet of an XLSX workbook (with later sheets that continue it: the same first column). A roster question is the columns named `<question><separator><row>`; the
// separator is `.` unless the mapping's `separator:` says otherwise.

import { readAnswerTables } from './combine.ts';
import type { SurveyExport } from './model.ts';

export async function readWide(files: string[]): Promise<SurveyExport> {
  const { table, problems } = await readAnswerTables(files, 'continued');
  return { tool: 'wide', files, table, variables: new Map(), separator: '.', problems };
}
