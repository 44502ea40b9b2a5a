// Import stage: Nettskjema's CSV report (docs/import.md §Nettskjema).
//
// `;`-separated, every field quoted, UTF-8 (the TSD export of the same data: `,`). One column per
// variable: a radio matrix `<question>.<row>` holding the chosen option's code (user-defined strings,
// so `-1` may be a real code: only an empty cell is missing); a checkbox `<question>.<option>` 0/1; a
// checkbox matrix `<question>.<row>.<option>` 0/1. System columns start with `$` ($submission_id,
// $created). Without the codebook the columns carry the question texts instead of codes; the mapping
// then names questions and rows by their texts. The Excel report (XLSX) is read the same way.

import { readAnswerTables } from './combine.ts';
import type { SurveyExport } from './model.ts';

export async function readNettskjema(files: string[]): Promise<SurveyExport> {
  const { table, problems } = await readAnswerTables(files, 'continued');
  return { tool: 'nettskjema', files, table, variables: new Map(), separator: '.', problems };
}
