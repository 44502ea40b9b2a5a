// Small hand-made data sets and exports for the import tests.

import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KommunenotatError, formatProblem } from '../../src/errors.ts';
import type { Tool } from '../../src/import/model.ts';
import { runImport, type ImportResult } from '../../src/import/run.ts';

const MINIMAL = fileURLToPath(new URL('../fixtures/minimal', import.meta.url));
const dirs: string[] = [];
export const cleanup = (): void => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));

/** The minimal study (testby: samordning rating, styrker text, formannskap) with these persons. */
export function study(persons: string): string {
  const root = mkdtempSync(join(tmpdir(), 'import-case-'));
  dirs.push(root);
  cpSync(join(MINIMAL, 'study.yaml'), join(root, 'study.yaml'));
  mkdirSync(join(root, 'kommuner/testby'), { recursive: true });
  cpSync(join(MINIMAL, 'kommuner/testby/kommune.yaml'), join(root, 'kommuner/testby/kommune.yaml'));
  writeFileSync(join(root, 'kommuner/testby/persons.csv'), persons);
  return root;
}

export function file(root: string, name: string, content: string | Buffer): string {
  const path = join(root, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

export const PERSONS = 'id;functions;name\np1;okonomi;Kari Nordmann\np2;tildeling;Ola Hansen\np3;tildeling;Per Berg\n';

export function run(root: string, from: Tool, files: string[], mapping: string, dryRun = false): Promise<ImportResult> {
  return runImport({ from, files, mapping, kommune: 'testby', data: root, dryRun });
}

/** The formatted problems of a failed import (fails the test when the import succeeds). */
export async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof KommunenotatError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('the import succeeded');
}
