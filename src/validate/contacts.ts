// Validate stage: contacts.csv rows → Contact[] (file order), one per reported from → to pair.

import type { Problem } from '../errors.ts';
import { FREQUENCIES, type Contact, type CsvRow, type CsvTable, type Frequency } from '../types.ts';
import { closest } from './closest.ts';
import * as msg from './messages.ts';
import { FREQUENCY_WORDS, frequencyOf } from './spellings.ts';
import { checkPersonRef, type People } from './person-refs.ts';
import { cell, cellProblem, requireColumns, tableProblem } from './table-problems.ts';

const FROM = {
  column: 'from',
  role: 'from',
  nonRespondent: msg.contactFromNonRespondent,
  nonRespondentFix: msg.fixContactFromNonRespondent,
};
const TO = { column: 'to', role: 'to' };

export function checkContacts(table: CsvTable, people: People, problems: Problem[]): Contact[] {
  if (!requireColumns(table, ['from', 'to', 'frequency'], problems)) return [];
  if (table.rows.length === 0) problems.push(tableProblem(table, msg.noContacts(), undefined, 'warning'));
  const contacts: Contact[] = [];
  const byPair = new Map<string, number>();
  for (const row of table.rows) {
    const contact = checkContact(table, row, people, problems);
    if (!contact) continue;
    const key = `${contact.from}\u0000${contact.to}`;
    const index = byPair.get(key);
    if (index === undefined) {
      byPair.set(key, contacts.length);
      contacts.push(contact);
    } else {
      contacts[index] = mergeDuplicate(table, row, contacts[index] as Contact, contact, problems);
    }
  }
  return contacts;
}

function checkContact(table: CsvTable, row: CsvRow, people: People, problems: Problem[]): Contact | undefined {
  const from = checkPersonRef(table, row, FROM, people, problems);
  const to = checkPersonRef(table, row, TO, people, problems);
  const written = cell(row, 'frequency');
  const frequency = parseFrequency(written);
  if (frequency === undefined) {
    const message = written === '' ? msg.valueEmpty('frequency') : msg.badFrequency(written);
    problems.push(cellProblem(table, row, 'frequency', message, { fix: msg.fixBadFrequency(written === '' ? undefined : closest(written, FREQUENCY_WORDS)) }));
  }
  if (from !== undefined && from === to) {
    problems.push(cellProblem(table, row, 'to', msg.selfContact(from), { fix: msg.fixSelfContact }));
    return undefined;
  }
  if (from === undefined || to === undefined || frequency === undefined) return undefined;
  return { from, to, frequency, source: { file: table.file, line: row.line } };
}

/** `Månedlig`, ` manedlig `, `vekentleg` … → the Frequency value; undefined when it is none. */
export function parseFrequency(value: string): Frequency | undefined {
  return frequencyOf(value);
}

const spellings = new Map<string, Frequency | undefined>();

/** The same pair reported twice: keep the more frequent report and warn, naming both lines. */
function mergeDuplicate(table: CsvTable, row: CsvRow, kept: Contact, next: Contact, problems: Problem[]): Contact {
  const firstLine = kept.source.line as number;
  if (kept.frequency === next.frequency) {
    problems.push(cellProblem(table, row, 'from', msg.duplicateContact(next.from, next.to, firstLine), { severity: 'warning', value: `${next.from} -> ${next.to}` }));
    return kept;
  }
  const winner = FREQUENCIES.indexOf(next.frequency) < FREQUENCIES.indexOf(kept.frequency) ? next : kept;
  const message = msg.contradictoryContact(next.from, next.to, [firstLine, row.line], displayFrequency(winner.frequency));
  problems.push(cellProblem(table, row, 'frequency', message, { severity: 'warning', fix: msg.fixContradictory }));
  return winner;
}

function displayFrequency(frequency: Frequency): string {
  return frequency === 'manedlig' ? 'månedlig' : frequency;
}
