// Validate stage: located problems about a CsvTable's header, rows and cells.

import type { Problem } from '../errors.ts';
import type { CsvRow, CsvTable } from '../types.ts';
import { basename } from 'node:path';
import { closest } from './closest.ts';
import { fold } from './fold.ts';
import * as msg from './messages.ts';
import { COLUMN_NAMES, type CsvFileName } from './spellings.ts';

interface ProblemOptions {
  fix?: string;
  severity?: 'error' | 'warning';
  /** The offending value, when it is not the cell's own. */
  value?: string;
}

/** A problem at one cell: `file:line:column`, with the cell's value as written. */
export function cellProblem(table: CsvTable, row: CsvRow, column: string, message: string, options: ProblemOptions = {}): Problem {
  const problem: Problem = {
    source: { file: table.file, line: row.line, column: table.columns[column] },
    message,
    value: options.value ?? row.values[column] ?? '',
  };
  if (options.fix) problem.fix = options.fix;
  if (options.severity) problem.severity = options.severity;
  return problem;
}

/** The trimmed value of a cell ('' when the column is missing). */
export function cell(row: CsvRow, column: string): string {
  return (row.values[column] ?? '').trim();
}

/**
 * Reads the columns of the file under their own names (`navn` → name, `frekvens` → frequency, see
 * src/validate/spellings.ts), then reports the required ones still missing as ONE problem for the
 * header, naming what was found, what is expected and the nearest found name for each missing one.
 * True when all are there.
 */
export function requireColumns(table: CsvTable, names: readonly string[], problems: Problem[]): boolean {
  const known = columnNamesOf(table.file);
  if (known) renameColumns(table, known);
  const missing = names.filter((name) => !(name in table.columns));
  if (missing.length === 0) return true;
  const found = table.header.filter((name) => name !== '');
  const unused = found.filter((name) => !(fold(name) in foldedNames(known ?? {})));
  const guesses = missing.flatMap((name) => {
    const spellings = [name, ...(known?.[name] ?? [])];
    const near = unused.find((written) => closest(fold(written), spellings.map(fold)) !== undefined);
    return near === undefined ? [] : [[near, name] as const];
  });
  const expected = known ? Object.keys(known) : names;
  problems.push({
    source: { file: table.file, line: table.headerLine },
    message: msg.columnsMissing(missing, found, expected, table.delimiter),
    fix: msg.fixColumnsMissing(guesses),
  });
  return false;
}

function columnNamesOf(file: string): Record<string, readonly string[]> | undefined {
  const name = basename(file).toLowerCase();
  return Object.hasOwn(COLUMN_NAMES, name) ? COLUMN_NAMES[name as CsvFileName] : undefined;
}

/** Every spelling (folded) of every column of the file → its column name. */
function foldedNames(known: Record<string, readonly string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, others] of Object.entries(known)) for (const spelling of [name, ...others]) out[fold(spelling)] = name;
  return out;
}

/** A column written under another accepted name is renamed to its own, in the table and every row. */
function renameColumns(table: CsvTable, known: Record<string, readonly string[]>): void {
  const names = foldedNames(known);
  for (const written of Object.keys(table.columns)) {
    const name = names[fold(written)];
    if (name === undefined || name === written || name in table.columns) continue;
    table.columns[name] = table.columns[written]!;
    delete table.columns[written];
    for (const row of table.rows) {
      row.values[name] = row.values[written] ?? '';
      delete row.values[written];
    }
  }
}

/** A problem about the table as a whole (no rows, …). */
export function tableProblem(table: CsvTable, message: string, fix?: string, severity?: 'error' | 'warning'): Problem {
  const problem: Problem = { source: { file: table.file }, message };
  if (fix) problem.fix = fix;
  if (severity) problem.severity = severity;
  return problem;
}
