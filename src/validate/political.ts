// Validate stage: political.csv rows → PoliticalContact[] (file order), exact repeats dropped.

import type { Problem } from '../errors.ts';
import { type ContactType, type CsvRow, type CsvTable, type PoliticalBody, type PoliticalContact } from '../types.ts';
import { fold, foldIndex } from './fold.ts';
import { closest } from './closest.ts';
import * as msg from './messages.ts';
import { CONTACT_TYPE_WORDS, contactTypeOf } from './spellings.ts';
import { checkPersonRef, type People } from './person-refs.ts';
import { cell, cellProblem, requireColumns } from './table-problems.ts';

const PERSON = { column: 'person', role: 'person', nonRespondent: msg.politicalFromNonRespondent, nonRespondentFix: msg.fixContactFromNonRespondent };

/** `bodies` undefined: kommune.yaml could not be read, so body ids are not checked (that problem is reported there). */
export function checkPolitical(table: CsvTable, bodies: readonly PoliticalBody[] | undefined, people: People, problems: Problem[]): PoliticalContact[] {
  if (!requireColumns(table, ['person', 'body', 'type'], problems)) return [];
  const bodyIds = bodies ? foldIndex(bodies.map((body) => body.id)) : undefined;
  const valid = bodies?.map((body) => body.id) ?? [];
  const firstLines = new Map<string, number>();
  const political: PoliticalContact[] = [];
  for (const row of table.rows) {
    const person = checkPersonRef(table, row, PERSON, people, problems);
    const body = bodyIds ? bodyIds.get(fold(cell(row, 'body'))) : cell(row, 'body');
    if (body === undefined || body === '') problems.push(cellProblem(table, row, 'body', msg.unknownBody(cell(row, 'body'), valid), { fix: msg.fixUnknownBody }));
    const type = parseContactType(cell(row, 'type'));
    if (type === undefined) {
      const written = cell(row, 'type');
      const message = written === '' ? msg.valueEmpty('type') : msg.badContactType(written);
      problems.push(cellProblem(table, row, 'type', message, { fix: msg.fixBadContactType(written === '' ? undefined : contactTypeOf(closest(written, CONTACT_TYPE_WORDS) ?? '')) }));
    }
    if (person === undefined || !body || type === undefined) continue;
    if (isRepeat(table, row, `${person}\u0000${body}\u0000${type}`, firstLines, problems)) continue;
    political.push({ person, body, type, source: { file: table.file, line: row.line } });
  }
  return political;
}

/** `får_informasjon`, `Gir informasjon` … → the ContactType; undefined when it is none. */
export function parseContactType(value: string): ContactType | undefined {
  return contactTypeOf(value);
}

function isRepeat(table: CsvTable, row: CsvRow, key: string, firstLines: Map<string, number>, problems: Problem[]): boolean {
  const firstLine = firstLines.get(key);
  if (firstLine === undefined) {
    firstLines.set(key, row.line);
    return false;
  }
  problems.push(cellProblem(table, row, 'person', msg.duplicatePolitical(firstLine), { severity: 'warning' }));
  return true;
}
