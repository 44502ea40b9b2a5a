// Import stage: SurveyXact's export (docs/import.md §SurveyXact).
//
// Three tables: the dataset (one row per respondent, numeric codes), the structure (variableName,
// questionText, choiceValue, choiceText, …) and the labels (variableName, value, label). Either one
// workbook with sheets `Dataset` (a large one also `Dataset(1)`, `Dataset(2)` …), `Structure` and
// `Labels`, or CSV files: tab-separated UTF-16 with BOM, or `,`/`;` in Windows-1252. A matrix row is
// its own variable whose text is "<stem> - <row>"; a select-all question is one 0/1 variable per option;
// "vet ikke" is an ordinary labelled code, and only a blank cell is missing.

import type { Problem } from '../errors.ts';
import { combineTables } from './combine.ts';
import * as msg from './messages.ts';
import type { SurveyExport, VariableInfo, WideTable } from './model.ts';
import { readExportFile, toWideTable, type ReadTables } from './read-table.ts';

type Raw = ReadTables['tables'][number];

export async function readSurveyXact(files: string[]): Promise<SurveyExport> {
  const problems: Problem[] = [];
  const datasets: WideTable[] = [];
  const variables = new Map<string, VariableInfo>();
  const info = (name: string): VariableInfo => {
    let entry = variables.get(name);
    if (!entry) variables.set(name, (entry = {}));
    return entry;
  };
  const structures: Raw[] = [];
  const labels: Raw[] = [];
  for (const file of files) {
    const read = await readExportFile(file);
    problems.push(...read.problems);
    for (const raw of read.tables) {
      const kind = kindOf(raw, read.tables.length > 1);
      if (kind === 'labels') labels.push(raw);
      else if (kind === 'structure') structures.push(raw);
      else if (kind === 'dataset') datasets.push(toWideTable(file, read.tables.length > 1 ? raw.name : undefined, raw).table);
    }
  }
  for (const raw of labels) {
    for (const [name, value, label] of columnsOf(raw, ['variablename', 'value', 'label'])) {
      if (name === '') continue;
      (info(name).labels ??= new Map()).set(value, label);
    }
  }
  for (const raw of structures) {
    for (const [name, text, value, choice] of columnsOf(raw, ['variablename', 'questiontext', 'choicevalue', 'choicetext'])) {
      if (name === '') continue;
      const entry = info(name);
      if (text !== '') entry.text ??= text;
      if (value !== '' && choice !== '' && !entry.labels?.has(value)) (entry.labels ??= new Map()).set(value, choice);
    }
  }
  if (datasets.length === 0) problems.push({ source: { file: files.join(', ') }, message: msg.noDataset() });
  const table = datasets.length > 0 ? combineTables(datasets, problems) : { file: files[0] ?? '', header: [], rows: [] };
  return { tool: 'surveyxact', files, table, variables, separator: '_', problems };
}

/** A sheet by its name (Dataset…, Structure, Labels); a CSV file by its header. */
function kindOf(raw: Raw, isSheet: boolean): 'dataset' | 'structure' | 'labels' | 'other' {
  const name = raw.name.toLowerCase();
  if (isSheet) {
    if (/^dataset(\s*\(\d+\))?$/.test(name)) return 'dataset';
    if (name === 'structure') return 'structure';
    if (name === 'labels') return 'labels';
    return 'other';
  }
  const header = (raw.rows[0] ?? []).map((h) => h.trim().toLowerCase());
  if (header.includes('variablename') && header.includes('label') && header.includes('value')) return 'labels';
  if (header.includes('variablename') && header.includes('questiontext')) return 'structure';
  return 'dataset';
}

/** The named columns (lower case) of every data row, '' where a column is absent. */
function columnsOf(raw: Raw, names: string[]): string[][] {
  const header = (raw.rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const index = names.map((n) => header.indexOf(n));
  return raw.rows.slice(1).map((row) => index.map((i) => (i < 0 ? '' : (row[i] ?? '').trim())));
}
