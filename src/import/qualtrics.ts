// Import stage: Qualtrics' CSV/TSV export (docs/import.md §Qualtrics).
//
// Three header rows: the field id (`Q3_12`, or the name the researcher gave the question), the question
// text "<question> - <statement>", and `{"ImportId":"QID3_12"}`; answers from row 4. Cells hold choice
// text or recode values (the researcher chooses at export). A multiple-answer question is by default
// one column of comma-joined choices. A matrix holds at most 100 statements, so a larger roster spans
// several questions (the mapping lists them all). The TSV export is UTF-16 with BOM.

import { combineTables } from './combine.ts';
import type { SurveyExport, VariableInfo } from './model.ts';
import { readExportFile, toWideTable } from './read-table.ts';

export async function readQualtrics(files: string[]): Promise<SurveyExport> {
  const problems: SurveyExport['problems'] = [];
  const variables = new Map<string, VariableInfo>();
  const tables = [];
  for (const file of files) {
    const read = await readExportFile(file);
    problems.push(...read.problems);
    const raw = read.tables[0];
    if (!raw) continue;
    const headerRows = importIdRow(raw.rows);
    const { table, extraHeader } = toWideTable(file, undefined, raw, headerRows);
    table.header.forEach((name, i) => {
      const text = (extraHeader[0]?.[i] ?? '').trim();
      if (text !== '' && !variables.has(name)) variables.set(name, { text });
    });
    tables.push(table);
  }
  const combined = tables.length > 0 ? combineTables(tables, problems) : { file: files[0] ?? '', header: [], rows: [] };
  return { tool: 'qualtrics', files, table: combined, variables, separator: '_', problems };
}

/** 3 when the third row holds ImportId objects (the export since 2017), 2 when the second does, else 1. */
function importIdRow(rows: string[][]): number {
  const isImportIds = (row: string[] | undefined): boolean => !!row && row.some((cell) => /^\s*\{\s*"ImportId"/.test(cell));
  if (isImportIds(rows[2])) return 3;
  if (isImportIds(rows[1])) return 2;
  return 1;
}
