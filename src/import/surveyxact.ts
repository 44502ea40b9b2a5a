// Import stage: SurveyXact's export (docs/import.md §SurveyXact).
//
// Three tables: the dataset (one row per respondent, numeric codes), the structure (questionName,
// variableName, questionType, subType, questionText, choiceValue, choiceText) and the labels
// (variableName, value, label; in the workbook without a header row). The workbook also has a Variables
// sheet (variableName, variableDescription) and a Complete sheet (the dataset with texts, not read).
// Either one workbook with sheets `Dataset` (a large one also `Dataset(1)`, `Dataset(2)` …), `Structure`,
// `Labels`, or CSV files: tab-separated UTF-16 with BOM, or `,`/`;` in Windows-1252. A battery (matrix)
// row is its own variable (s_6, s_7 …) whose description is "<stem> - <row>", so the mapping names a
// battery by its stem text; a select-all question is one 0/1 variable per option (s_2_1, s_2_2 …);
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
  const descriptions: Raw[] = [];
  for (const file of files) {
    const read = await readExportFile(file);
    problems.push(...read.problems);
    for (const raw of read.tables) {
      const kind = kindOf(raw, read.tables.length > 1);
      if (kind === 'labels') labels.push(raw);
      else if (kind === 'variables') descriptions.push(raw);
      else if (kind === 'structure') structures.push(raw);
      else if (kind === 'dataset') datasets.push(toWideTable(file, read.tables.length > 1 ? raw.name : undefined, raw).table);
    }
  }
  for (const raw of labels) {
    for (const [name, value, label] of columnsOf(raw, ['variablename', 'value', 'label'], true)) {
      if (name === '') continue;
      (info(name).labels ??= new Map()).set(value, label);
    }
  }
  // The Variables sheet's description ("<stem> - <row>") is the fullest text of a variable.
  for (const raw of descriptions) {
    for (const [name, text] of columnsOf(raw, ['variablename', 'variabledescription'])) if (name !== '' && text !== '') info(name).text = text;
  }
  for (const raw of structures) {
    for (const [name, question, text, value, choice] of columnsOf(raw, ['variablename', 'questionname', 'questiontext', 'choicevalue', 'choicetext'])) {
      if (name === '') continue;
      const entry = info(name);
      // A select-all option (s_2_1 of question s_2) names its option in choiceText: "<question> - <option>".
      const option = question !== '' && question !== name && choice !== '';
      if (text !== '') entry.text ??= option ? `${text} - ${choice}` : text;
      if (!option && value !== '' && choice !== '' && !entry.labels?.has(value)) (entry.labels ??= new Map()).set(value, choice);
    }
  }
  if (datasets.length === 0) problems.push({ source: { file: files.join(', ') }, message: msg.noDataset() });
  const table = datasets.length > 0 ? combineTables(datasets, problems) : { file: files[0] ?? '', header: [], rows: [] };
  return { tool: 'surveyxact', files, table, variables, separator: '_', problems };
}

/** A sheet by its name (Dataset…, Structure, Labels); a CSV file by its header. */
function kindOf(raw: Raw, isSheet: boolean): 'dataset' | 'structure' | 'labels' | 'variables' | 'other' {
  const name = raw.name.toLowerCase();
  if (isSheet) {
    if (/^dataset(\s*\(\d+\))?$/.test(name)) return 'dataset';
    if (name === 'structure' || name === 'labels' || name === 'variables') return name;
    return 'other'; // e.g. "Complete": the dataset again, with texts for codes
  }
  const header = (raw.rows[0] ?? []).map((h) => h.trim().toLowerCase());
  if (header.includes('variablename') && header.includes('label') && header.includes('value')) return 'labels';
  if (header.includes('variablename') && header.includes('questiontext')) return 'structure';
  if (header.includes('variablename') && header.includes('variabledescription')) return 'variables';
  return 'dataset';
}

/**
 * The named columns (lower case) of every data row, '' where a column is absent. A sheet without a
 * header row (`positional`: the Labels sheet of SurveyXact's workbook has none) is read by position.
 */
function columnsOf(raw: Raw, names: string[], positional = false): string[][] {
  const header = (raw.rows[0] ?? []).map((h) => h.trim().toLowerCase());
  if (positional && !header.includes(names[0]!)) return raw.rows.map((row) => names.map((_, i) => (row[i] ?? '').trim()));
  const index = names.map((n) => header.indexOf(n));
  return raw.rows.slice(1).map((row) => index.map((i) => (i < 0 ? '' : (row[i] ?? '').trim())));
}
