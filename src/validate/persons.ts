// Validate stage: persons.csv rows → Person[] (file order), every problem located.

import type { Problem } from '../errors.ts';
import type { CsvRow, CsvTable, FunctionDef, Person } from '../types.ts';
import { fold, foldIndex, isId } from './fold.ts';
import * as msg from './messages.ts';
import { cell, cellProblem, requireColumns, tableProblem } from './table-problems.ts';

export function checkPersons(table: CsvTable, functions: readonly FunctionDef[], problems: Problem[]): Person[] {
  if (!requireColumns(table, ['id', 'functions'], problems)) return [];
  if (table.rows.length === 0) problems.push(tableProblem(table, msg.noPersons(), msg.fixEmptyTable));
  const codes = foldIndex(functions.map((f) => f.code));
  const valid = functions.map((f) => f.code);
  const firstLines = new Map<string, number>();
  const byLowerCase = new Map<string, string>();
  const persons: Person[] = [];
  for (const row of table.rows) {
    const id = checkPersonId(table, row, { firstLines, byLowerCase }, problems);
    const personFunctions = checkFunctions(table, row, codes, valid, problems);
    if (id === undefined) continue;
    const person: Person = { id, functions: personFunctions, source: { file: table.file, line: row.line } };
    const name = cell(row, 'name');
    if (name !== '') person.name = name;
    persons.push(person);
  }
  return persons;
}

/** The ids seen so far: their first line, and the first id of each lower-cased spelling (a map, not a scan: linear in the rows). */
interface SeenIds {
  firstLines: Map<string, number>;
  byLowerCase: Map<string, string>;
}

function checkPersonId(table: CsvTable, row: CsvRow, { firstLines, byLowerCase }: SeenIds, problems: Problem[]): string | undefined {
  const id = cell(row, 'id');
  let message: string | undefined;
  let fix: string | undefined;
  if (id === '') [message, fix] = [msg.valueEmpty('id'), msg.fixBadId];
  else if (!isId(id)) [message, fix] = [msg.badId(id), msg.fixBadId];
  else if (firstLines.has(id)) [message, fix] = [msg.duplicateId(id, firstLines.get(id) as number), msg.fixDuplicateId];
  if (message !== undefined) {
    problems.push(cellProblem(table, row, 'id', message, { fix }));
    return undefined;
  }
  const lower = id.toLowerCase();
  const twin = byLowerCase.get(lower);
  if (twin !== undefined) {
    const message = msg.idDiffersInCase(id, twin, firstLines.get(twin) as number);
    problems.push(cellProblem(table, row, 'id', message, { severity: 'warning', fix: msg.fixDuplicateId }));
  }
  firstLines.set(id, row.line);
  if (twin === undefined) byLowerCase.set(lower, id);
  return id;
}

/** `a|b|c` → known codes in the spelling of study.yaml, primary first. */
function checkFunctions(
  table: CsvTable,
  row: CsvRow,
  codes: ReadonlyMap<string, string>,
  valid: readonly string[],
  problems: Problem[],
): string[] {
  const written = cell(row, 'functions').split('|').map((code) => code.trim()).filter((code) => code !== '');
  if (written.length === 0) {
    problems.push(cellProblem(table, row, 'functions', msg.noFunctions(), { fix: msg.fixNoFunctions }));
    return [];
  }
  const result: string[] = [];
  for (const code of written) {
    const known = codes.get(fold(code));
    if (known === undefined) {
      problems.push(cellProblem(table, row, 'functions', msg.unknownFunction(code, valid), { value: code, fix: msg.fixUnknownFunction }));
    } else if (result.includes(known)) {
      problems.push(cellProblem(table, row, 'functions', msg.duplicateFunction(code), { value: code, severity: 'warning' }));
    } else {
      result.push(known);
    }
  }
  return result;
}
