// Import stage: who is who. Roster rows (columns of the contact question) and respondents (rows of the
// export) are matched to persons.csv by code (the person's id) or by name. Names are compared after
// Unicode NFC, collapsing white space and ignoring case; two persons with the same name cannot be told
// apart by name, so a match by name that would need to is a located error telling the user to match
// by code. No message prints a name: they point to rows and columns (docs/import.md §5).

import type { Problem } from '../errors.ts';
import type { Person } from '../types.ts';
import * as msg from './messages.ts';
import type { MatchBy } from './model.ts';

export function normalizeName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('nb');
}

export interface Roster {
  persons: Person[];
  byId: Map<string, Person>;
  /** Normalised name → every person holding it. */
  byName: Map<string, Person[]>;
  /** Person id → its place in persons.csv, the order every written file follows. */
  order: Map<string, number>;
}

export function rosterOf(persons: Person[]): Roster {
  const byName = new Map<string, Person[]>();
  for (const person of persons) {
    if (!person.name) continue;
    const key = normalizeName(person.name);
    byName.set(key, [...(byName.get(key) ?? []), person]);
  }
  return {
    persons,
    byId: new Map(persons.map((p) => [p.id, p])),
    byName,
    order: new Map(persons.map((p, i) => [p.id, i])),
  };
}

export type Match = { person: Person } | { none: true } | { several: Person[] };

/** The person a code or name stands for. */
export function matchPerson(roster: Roster, value: string, by: MatchBy): Match {
  if (by === 'id') {
    const person = roster.byId.get(value.trim()) ?? roster.persons.find((p) => p.id.toLowerCase() === value.trim().toLowerCase());
    return person ? { person } : { none: true };
  }
  const found = roster.byName.get(normalizeName(value)) ?? [];
  if (found.length === 1) return { person: found[0]! };
  return found.length === 0 ? { none: true } : { several: found };
}

/** The persons.csv lines of persons who share a name, for a message that names none of them. */
export function sameNameProblem(several: Person[], where: Problem['source'], what: string): Problem {
  const lines = several.map((p) => p.source.line ?? 0);
  return { source: where, message: msg.sameName(what, several[0]!.source.file, lines), fix: msg.fixSameName };
}
