// Import stage: finding what the mapping names in an export's header: one column, or the columns of a
// question (`<question><separator><row>[<separator><option>]`), with did-you-mean for a name not found.

import type { Problem } from '../errors.ts';
import * as msg from './messages.ts';
import type { SurveyExport } from './model.ts';

export interface QuestionColumn {
  index: number;
  header: string;
  /** The row's code as the variable name writes it, and its text where the export has one. */
  row: string;
  rowLabel: string;
  /** For a checkbox matrix: the option's code and text. */
  option?: string;
  optionLabel?: string;
}

/** The 0-based index of `name` (exact, else ignoring case and surrounding spaces); a located problem when absent. */
export function findColumn(data: SurveyExport, name: string, what: string, mappingFile: string, problems: Problem[]): number | undefined {
  const header = data.table.header;
  let index = header.indexOf(name);
  if (index < 0) index = header.findIndex((h) => h.trim().toLowerCase() === name.trim().toLowerCase());
  if (index >= 0) return index;
  problems.push({
    source: { file: data.table.file, line: 1 },
    message: msg.columnNotFound(name, what, mappingFile, didYouMean(name, header)),
  });
  return undefined;
}

/**
 * The columns of question `question`: its name followed by the separator. `parts` 1: `<q>.<row>`;
 * 2: `<q>.<row>.<option>` (split at the last separator, so a row text may hold one).
 */
export function questionColumns(
  data: SurveyExport,
  question: string,
  parts: 1 | 2,
  separator: string,
  mappingFile: string,
  problems: Problem[],
): QuestionColumn[] {
  const prefix = `${question}${separator}`.toLowerCase();
  const stem = fold(question);
  const columns: QuestionColumn[] = [];
  data.table.header.forEach((header, index) => {
    const texts = statementParts(data.variables.get(header)?.text);
    // By name: `<q><sep><row>[<sep><option>]`, split at the last separator (a row text may hold one).
    if (header.toLowerCase().startsWith(prefix) && header.length > prefix.length) {
      const rest = header.slice(prefix.length);
      const cut = parts === 2 ? rest.lastIndexOf(separator) : -1;
      if (parts === 2 && cut <= 0) return;
      const column: QuestionColumn = { index, header, row: parts === 2 ? rest.slice(0, cut) : rest, rowLabel: '' };
      column.rowLabel = (parts === 2 ? texts.at(-2) : texts.at(-1)) ?? column.row;
      if (parts === 2) {
        column.option = rest.slice(cut + separator.length);
        column.optionLabel = texts.length >= 3 ? texts.at(-1)! : column.option;
      }
      columns.push(column);
      return;
    }
    // By text: a variable whose description is "<q> - <row>[ - <option>]" (SurveyXact's battery rows
    // are variables of their own, s_6, s_7 …, tied together only by their stem text).
    if (texts.length > parts && fold(texts.slice(0, texts.length - parts).join(' - ')) === stem) {
      const rowLabel = texts.at(-parts)!;
      const column: QuestionColumn = { index, header, row: rowLabel, rowLabel };
      if (parts === 2) column.option = column.optionLabel = texts.at(-1)!;
      columns.push(column);
    }
  });
  if (columns.length === 0) {
    const texts = [...data.variables.values()].map((v) => statementParts(v.text).slice(0, -parts).join(' - ')).filter((t) => t !== '');
    const stems = [...new Set([...data.table.header.map((h) => h.split(separator)[0] ?? h), ...texts])];
    problems.push({ source: { file: data.table.file, line: 1 }, message: msg.questionNotFound(question, separator, mappingFile, didYouMean(question, stems)) });
  }
  return columns;
}

const fold = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** "<stem> - <row>" (SurveyXact, Qualtrics) → its parts; none for a text without " - ". */
function statementParts(text: string | undefined): string[] {
  if (!text) return [];
  const parts = text.split(' - ').map((p) => p.trim());
  return parts.length > 1 ? parts : [];
}

/** Up to three names closest to `name` by edit distance (case-insensitive), nearest first. */
export function didYouMean(name: string, candidates: readonly string[]): string[] {
  const target = name.toLowerCase();
  const limit = Math.max(2, Math.floor(target.length / 3));
  return candidates
    .map((c) => ({ c, d: distance(target, c.toLowerCase()) }))
    .filter(({ d, c }) => d <= limit || c.toLowerCase().includes(target) || target.includes(c.toLowerCase()))
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, 3)
    .map(({ c }) => c);
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
