// Import stage: several answer tables of one export (SurveyXact's Dataset, Dataset(1) … sheets, or
// several files) → one. Tables with the same header hold more respondents and are stacked; tables with
// different headers hold more variables of the same respondents and are joined on the first column they
// share (a respondent id), or, with none shared, row by row.

import type { Problem } from '../errors.ts';
import * as msg from './messages.ts';
import type { WideRow, WideTable } from './model.ts';
import { readExportFile, toWideTable } from './read-table.ts';

export function combineTables(tables: WideTable[], problems: Problem[]): WideTable {
  // Stack the tables of one header (in order of appearance), then join the groups' columns.
  const groups: WideTable[] = [];
  for (const table of tables) {
    const group = groups.findIndex((g) => sameHeader(g.header, table.header));
    if (group < 0) groups.push(table);
    else groups[group] = { ...groups[group]!, rows: [...groups[group]!.rows, ...table.rows] };
  }
  const [first, ...rest] = groups;
  if (!first) throw new Error('combineTables needs a table');
  return rest.reduce((out, next) => joinColumns(out, next, problems), first);
}

function sameHeader(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

function joinColumns(left: WideTable, right: WideTable, problems: Problem[]): WideTable {
  const key = left.header.find((name) => name !== '' && right.header.includes(name));
  const extra = right.header.map((name, i) => ({ name, i })).filter(({ name }) => name !== key && !left.header.includes(name));
  const header = [...left.header, ...extra.map((e) => e.name)];
  const table: WideTable = { file: left.file, sheet: left.sheet, header, rows: [] };
  const leftKey = key === undefined ? -1 : left.header.indexOf(key);
  const rightKey = key === undefined ? -1 : right.header.indexOf(key);
  const byKey = new Map<string, WideRow>();
  if (key !== undefined) for (const row of right.rows) byKey.set((row.cells[rightKey] ?? '').trim(), row);
  else if (left.rows.length !== right.rows.length) {
    problems.push({ source: { file: right.file }, message: msg.sheetsDiffer(right.sheet ?? right.file, right.rows.length, left.rows.length) });
  }
  left.rows.forEach((row, index) => {
    const match = key === undefined ? right.rows[index] : byKey.get((row.cells[leftKey] ?? '').trim());
    if (key !== undefined && !match) {
      problems.push({ source: { file: left.file, line: row.row }, message: msg.sheetRowMissing(right.sheet ?? right.file, key) });
    }
    const cells = [...left.header.map((_, i) => row.cells[i] ?? ''), ...extra.map((e) => match?.cells[e.i] ?? '')];
    table.rows.push({ row: row.row, cells, table: row.table });
  });
  return table;
}

/**
 * Every file's answers as one table. Of a workbook: every sheet (`all`), or the first one and the
 * later ones that continue it (`continued`: their first column is the first sheet's, as when an Excel
 * export spreads its columns over several sheets); other sheets (a report, a codebook) are not answers.
 */
export async function readAnswerTables(files: string[], sheets: 'all' | 'continued'): Promise<{ table: WideTable; problems: Problem[] }> {
  const problems: Problem[] = [];
  const tables: WideTable[] = [];
  for (const file of files) {
    const read = await readExportFile(file);
    problems.push(...read.problems);
    const key = (read.tables[0]?.rows[0]?.[0] ?? '').trim();
    const kept = sheets === 'all' ? read.tables : read.tables.filter((t, i) => i === 0 || (key !== '' && (t.rows[0]?.[0] ?? '').trim() === key));
    for (const t of kept) tables.push(toWideTable(file, read.tables.length > 1 ? t.name : undefined, t).table);
  }
  const table = tables.length > 0 ? combineTables(tables, problems) : { file: files[0] ?? '', header: [], rows: [] };
  return { table, problems };
}
