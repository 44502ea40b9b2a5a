// Validate stage: checks a cell that names a person (responses id, contacts from/to, political person).

import type { Problem } from '../errors.ts';
import type { CsvRow, CsvTable } from '../types.ts';
import { caseSuggestion, hasInvisible } from './fold.ts';
import * as msg from './messages.ts';
import { cell, cellProblem } from './table-problems.ts';

/** What is known so far; a map left undefined (its file was unreadable) skips that check rather than flood. */
export interface People {
  persons?: ReadonlyMap<string, unknown>;
  respondents?: ReadonlySet<string>;
}

export interface PersonRef {
  column: string;
  /** How the message names the role: `respondent`, `from`, `to`, `person`. */
  role: string;
  /** When set, the person must also be a respondent; the message for one who is not. */
  nonRespondent?: (id: string) => string;
  nonRespondentFix?: string;
}

/** The id in the cell when it passes every check, else undefined with the problem recorded. */
export function checkPersonRef(table: CsvTable, row: CsvRow, ref: PersonRef, people: People, problems: Problem[]): string | undefined {
  const id = cell(row, ref.column);
  if (id === '') {
    problems.push(cellProblem(table, row, ref.column, msg.valueEmpty(ref.column), { fix: msg.fixUnknownPerson() }));
    return undefined;
  }
  if (people.persons && !people.persons.has(id)) {
    const suggestion = caseSuggestion(id, people.persons);
    const fix = msg.fixUnknownPerson(suggestion, hasInvisible(id));
    problems.push(cellProblem(table, row, ref.column, msg.unknownPerson(ref.role, id), { fix }));
    return undefined;
  }
  if (ref.nonRespondent && people.respondents && !people.respondents.has(id)) {
    problems.push(cellProblem(table, row, ref.column, ref.nonRespondent(id), { fix: ref.nonRespondentFix }));
    return undefined;
  }
  return id;
}
