// Validate stage: located problems about a CsvTable's header, rows and cells.

import type { Problem } from '../errors.ts';
import type { CsvRow, CsvTable } from '../types.ts';
import * as msg from './messages.ts';

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

/** Reports each required column missing from the header; true when all are there. */
export function requireColumns(table: CsvTable, names: readonly string[], problems: Problem[]): boolean {
  const found = table.header.filter((name) => name !== '');
  let complete = true;
  for (const name of names) {
    if (name in table.columns) continue;
    complete = false;
    problems.push({
      source: { file: table.file, line: table.headerLine },
      message: msg.columnMissing(name, found),
      fix: msg.fixColumnMissing(name),
    });
  }
  return complete;
}

/** A problem about the table as a whole (no rows, …). */
export function tableProblem(table: CsvTable, message: string, fix?: string, severity?: 'error' | 'warning'): Problem {
  const problem: Problem = { source: { file: table.file }, message };
  if (fix) problem.fix = fix;
  if (severity) problem.severity = severity;
  return problem;
}
