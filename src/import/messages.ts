// Every user-facing message of the import stage (src/import, src/cli/import.ts), in one place.
// A message points to rows and columns, never to a surveyed person's name. No trailing period:
// formatProblem adds it.

import type { QuestionDef } from '../types.ts';

const q = (value: string): string => JSON.stringify(value);
const list = (values: readonly string[]): string => values.join(', ');
const mean = (names: readonly string[]): string => (names.length > 0 ? ` (did you mean ${names.map(q).join(' or ')}?)` : '');

// ---- export files ----------------------------------------------------------------------------------
export const exportMissing = (): string => 'export file not found';
export const exportUnreadable = (reason: string): string => `export file cannot be read (${reason})`;
export const exportEmpty = (): string => 'export file is empty; expected a header row';
export const workbookRefused = (reason: string): string => `workbook not read: ${reason}`;
export const noDataset = (): string => 'no dataset found: expected a sheet "Dataset" (or a CSV file of answers) beside "Structure" and "Labels"';
export const sheetsDiffer = (sheet: string, rows: number, expected: number): string =>
  `${q(sheet)} has ${rows} rows but the first dataset has ${expected}, and they share no column to join them by`;
export const sheetRowMissing = (sheet: string, key: string): string => `this respondent (${q(key)}) has no row in ${q(sheet)}`;

// ---- mapping file ----------------------------------------------------------------------------------
export const mappingMissing = (): string => 'mapping file not found; write a starting one with --init (docs/import.md)';
export const mappingNotMap = (): string => 'the mapping file must be a YAML map (respondent:, roster:, …)';
export const mappingUnknownKey = (key: string, known: readonly string[]): string => `unknown key ${q(key)} (known: ${list(known)})`;
export const mappingRequired = (key: string, example: string): string => `${key} is required, e.g. ${example}`;
export const mappingBadChoice = (value: string, allowed: readonly string[]): string => `${q(value)} is not one of ${list(allowed)}`;
export const mappingColumnExpected = (): string => 'expected a column name of the export';
export const mappingNotQuestion = (id: string, kind: string, questions: readonly QuestionDef[]): string =>
  `${q(id)} is not a ${kind} question of study.yaml (${kind} questions: ${list(questions.filter((x) => x.kind === kind).map((x) => x.id)) || 'none'})`;
export const mappingExists = (file: string): string => `${file} exists already; --init never overwrites a mapping (remove it, or name another file)`;

// ---- columns ---------------------------------------------------------------------------------------
export const columnNotFound = (name: string, key: string, mapping: string, similar: readonly string[]): string =>
  `column ${q(name)} (${key} in ${mapping}) is not in the export's header${mean(similar)}`;
export const questionNotFound = (question: string, separator: string, mapping: string, similar: readonly string[]): string =>
  `no column of question ${q(question)} (named ${q(`${question}${separator}…`)}, from ${mapping}) in the export's header${mean(similar)}`;

// ---- matching --------------------------------------------------------------------------------------
export const respondentUnknown = (column: string, code: string | undefined): string =>
  `the respondent in column ${q(column)}${code === undefined ? '' : ` (${q(code)})`} matches no person of persons.csv`;
export const fixRespondentUnknown = (by: string): string =>
  by === 'id' ? 'Use the persons.csv id as the personal key, or add the person to persons.csv.' : 'Check the name in the export against persons.csv, or match by code.';
export const theRespondentIn = (column: string): string => `the respondent in column ${q(column)}`;
export const theRosterRow = (column: string): string => `roster row ${q(column)}`;
export const sameName = (what: string, personsFile: string, lines: readonly number[]): string =>
  `${what} matches ${lines.length} persons of the same name (${personsFile} lines ${lines.join(' and ')})`;
export const fixSameName = 'Two persons cannot be told apart by name: match by code (match: id, with the persons.csv ids as codes).';
export const rosterRowUnknown = (column: string, by: string): string =>
  `roster row ${q(column)} matches no person of persons.csv by ${by === 'id' ? 'code' : 'name'}`;
export const fixRosterRowUnknown = (by: string): string =>
  by === 'id' ? 'Give the row the person\'s persons.csv id as its code, or add the person to persons.csv.' : 'Check the row text against persons.csv, or match by code.';
export const rosterRowTwice = (column: string, earlier: string): string => `roster row ${q(column)} is the same person as ${q(earlier)}`;
export const personsWithoutRow = (ids: readonly string[]): string =>
  `${ids.length} ${ids.length === 1 ? 'person' : 'persons'} of persons.csv ${ids.length === 1 ? 'has' : 'have'} no roster row (${list(ids.slice(0, 12))}${ids.length > 12 ? ', …' : ''}): nobody could report contact with them`;
export const answeredTwice = (column: string, id: string, keptRow: number, time: string | undefined): string =>
  `person ${id} (column ${q(column)}) answered twice: this submission is left out, the one on row ${keptRow} kept (the latest wins${time ? `, by ${q(time)}` : ', by row order'})`;

// ---- codes -----------------------------------------------------------------------------------------
export const unknownCode = (column: string, code: string, known: readonly string[]): string =>
  `column ${q(column)}: unknown code ${q(code)} (known: ${known.join('; ')})`;
export const unknownBody = (column: string, row: string, bodies: readonly string[]): string =>
  `column ${q(column)}: row ${q(row)} is no political body of kommune.yaml (${list(bodies)}); map it under political.bodies`;

// ---- report ----------------------------------------------------------------------------------------
export const skipNoKey = (column: string): string => `no respondent key in column ${q(column)}`;
export const skipDuplicate = (id: string, keptRow: number): string => `second submission of ${id}; row ${keptRow} kept`;
