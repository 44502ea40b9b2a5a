// Validate stage: keeps persons' names out of messages. A message quotes the value it is about; when
// that value holds a name from persons.csv (a shifted row, a name typed into the id column), the name
// is replaced by where it was written, so nothing private reaches the terminal or a build log.

import type { Problem } from '../errors.ts';
import type { CsvTable } from '../types.ts';

/** Names shorter than this are too likely to be part of ordinary words and ids. */
const MIN_LENGTH = 3;

export function redactNames(problems: Problem[], persons: CsvTable | undefined): void {
  if (!persons || !('name' in persons.columns)) return;
  const names = persons.rows
    .map((row) => ({ name: (row.values['name'] ?? '').trim(), line: row.line }))
    .filter(({ name }) => name.length >= MIN_LENGTH)
    .sort((a, b) => b.name.length - a.name.length); // "Kari Nordmann" before "Kari"
  if (names.length === 0) return;
  const redact = (text: string): string =>
    names.reduce((out, { name, line }) => replaceAll(out, name, `[name on ${persons.file.split('/').pop()} line ${line}]`), text);
  for (const problem of problems) {
    problem.message = redact(problem.message);
    if (problem.fix !== undefined) problem.fix = redact(problem.fix);
    if (problem.value !== undefined) problem.value = redact(problem.value);
  }
}

/** Whole-word, case-insensitive: the name "Per" must not touch "persons.csv". */
function replaceAll(text: string, name: string, replacement: string): string {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'), () => replacement);
}
