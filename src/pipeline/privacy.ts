// The privacy guard: persons' names from persons.csv are dropped before anything is drawn or
// rendered, and every text output is searched for them before it is written.

import { KommunenotatError, type Problem } from '../errors.ts';
import type { KommuneData } from '../types.ts';
import type { OutputFiles } from '../output/write-output.ts';

/** The kommune as later stages see it: persons without names. */
export function withoutNames(kommune: KommuneData): KommuneData {
  return { ...kommune, persons: kommune.persons.map(({ name: _name, ...rest }) => rest) };
}

/** Lower-cased, NFC, whitespace collapsed: how names and outputs are compared. */
function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('nb').replace(/\s+/g, ' ');
}

/**
 * Fails, naming the output file and the person's line in persons.csv (never the name itself),
 * when any name of any kommune of the study appears in a text output of this note.
 */
export function assertNoNames(_kommune: KommuneData, all: KommuneData[], files: OutputFiles): void {
  const names = all.flatMap((k) =>
    k.persons
      .filter((p) => p.name !== undefined && p.name.trim().length >= 3)
      .map((p) => ({ folded: fold(p.name!.trim()), source: p.source })),
  );
  if (names.length === 0) return;
  const problems: Problem[] = [];
  const decoder = new TextDecoder();
  for (const [path, content] of files) {
    if (content instanceof Uint8Array && path.endsWith('.pdf')) continue; // binary; its text is the HTML's
    const text = fold(typeof content === 'string' ? content : decoder.decode(content));
    for (const name of names) {
      if (text.includes(name.folded)) {
        problems.push({
          source: name.source,
          message: `the name of this person would appear in ${path}; names are never printed`,
          fix: 'Remove the name from the free-text answer or text file that quotes it.',
        });
      }
    }
  }
  if (problems.length > 0) {
    throw new KommunenotatError('data', `a person's name would appear in the output`, { problems });
  }
}
