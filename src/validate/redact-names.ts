// Validate stage: keeps persons' names out of messages. A message quotes the value it is about; when
// that value holds a name from persons.csv (a shifted row, a name typed into the id column), the name
// is replaced by where it was written, so nothing private reaches the terminal or a build log. The
// redaction is the project's one (src/name-matcher.ts), over one matcher of every name of the file.
// Also warns about ids built from names (`kari_nordmann`): ids are printed in the note's figures.

import type { Problem } from '../errors.ts';
import { NameMatcher } from '../name-matcher.ts';
import type { CsvTable } from '../types.ts';
import { isId } from './fold.ts';
import * as msg from './messages.ts';
import { cellProblem } from './table-problems.ts';

/** One matcher of the names in persons.csv (added to `into` as well, when given: the study's own). */
export function namesOfTable(persons: CsvTable | undefined, into?: NameMatcher): NameMatcher {
  const names = new NameMatcher();
  if (!persons || !('name' in persons.columns)) return names;
  for (const row of persons.rows) {
    const name = (row.values['name'] ?? '').trim();
    if (name === '') continue;
    const owner = { source: { file: persons.file, line: row.line } };
    names.add(name, owner);
    into?.add(name, owner);
  }
  return names;
}

/** Every name of `persons` (a matcher, or persons.csv as read) out of the problems' messages, fixes and values. */
export function redactNames(problems: Problem[], persons: NameMatcher | CsvTable | undefined): void {
  const names = persons instanceof NameMatcher ? persons : namesOfTable(persons);
  if (names.size === 0) return;
  for (const problem of problems) {
    problem.message = names.redact(problem.message);
    if (problem.fix !== undefined) problem.fix = names.redact(problem.fix);
    if (problem.value !== undefined) problem.value = names.redact(problem.value);
  }
}

/**
 * A warning for each id that holds a whole name of persons.csv, or a first name or surname of the
 * person on its own row (`kari_nordmann`, `kari2` for Kari Nordmann): the id is printed, the name must not be.
 */
export function checkIdsForNames(persons: CsvTable | undefined, names: NameMatcher, problems: Problem[]): void {
  if (!persons || names.size === 0 || !('id' in persons.columns)) return;
  for (const row of persons.rows) {
    const id = (row.values['id'] ?? '').trim();
    if (!isId(id)) continue; // an error of its own already (persons.ts)
    const hit = names.find(id).find((m) => m.full || m.owners.some((o) => o.source.line === row.line));
    if (!hit) continue;
    problems.push(cellProblem(persons, row, 'id', msg.idHoldsName(), { severity: 'warning', fix: msg.fixIdHoldsName }));
  }
}
