// Test helper: a small valid data set written to a temp folder, with files replaced or removed per test.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatProblem, KommunenotatError } from '../../src/errors.ts';

export const STUDY = `title: Testing
kommuner: [testby]
functions:
  - { code: okonomi, label: Økonomi, name: Økonomiske virkemidler }
  - { code: tildeling, label: Tildeling, name: Tildeling av bolig }
questions:
  - { id: samordning, kind: rating, text: Hvor godt?, low: Dårlig, high: Godt }
  - { id: styrker, kind: text, text: Styrker? }
`;

export const KOMMUNE = `name: Testby
politicalBodies:
  - { id: formannskap, label: Formannskapet }
  - { id: ordforer, label: Ordføreren }
`;

/** Valid files of kommune `testby`, keyed by path under the data root. */
export const BASE: Record<string, string> = {
  'study.yaml': STUDY,
  'kommuner/testby/kommune.yaml': KOMMUNE,
  'kommuner/testby/persons.csv': 'id;functions;name\np1;okonomi;Anne\np2;tildeling|okonomi;Bjørn\np3;tildeling;Åse\np4;okonomi;Dag\n',
  'kommuner/testby/responses.csv': 'id;samordning;styrker\np1;4;God dialog\np2;vet ikke;\np3;;"To\nlinjer"\n',
  'kommuner/testby/contacts.csv': 'from;to;frequency\np1;p2;daglig\np2;p3;månedlig\np3;p4;ukentlig\n',
  'kommuner/testby/political.csv': 'person;body;type\np1;formannskap;gir_informasjon\n',
};

const roots: string[] = [];

/** Writes BASE with `changes` applied (null removes a file) and returns the root. */
export function writeDataSet(changes: Record<string, string | Uint8Array | null> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'kommunenotat-'));
  roots.push(root);
  const files: Record<string, string | Uint8Array | null> = { ...BASE, ...changes };
  for (const [path, content] of Object.entries(files)) {
    if (content === null) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

export function removeDataSets(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Runs `fn`, expects a KommunenotatError, returns it with its problems formatted, root made relative. */
export function catchError(fn: () => unknown, root: string): { error: KommunenotatError; lines: string[] } {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof KommunenotatError)) throw error;
    const lines = error.problems.map((problem) => formatProblem(problem).split(`${root}/`).join(''));
    return { error, lines };
  }
  throw new Error('expected a KommunenotatError');
}
