// Where the project's own files are, found the same way from src/*.ts (tsx, vitest) and from the
// bundle that scripts/run.mjs builds into .build/, where every module's import.meta.url is a file
// of the bundle and paths relative to the source file no longer hold.

import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { KommunenotatError } from './errors.ts';

const PACKAGE_NAME = 'kommunenotat';

/** The folder whose package.json is this project's, walking up from `from` (a file URL or path). */
export function packageRoot(from: string = import.meta.url): string {
  const start = from.startsWith('file:') ? fileURLToPath(from) : from;
  for (let dir = dirname(start); ; dir = dirname(dir)) {
    if (isOurPackage(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new KommunenotatError('internal', `no package.json named "${PACKAGE_NAME}" above ${start}`);
  }
}

function isOurPackage(file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

/**
 * Whether the module at `moduleUrl`, a file named `name` (without extension), is the program being
 * run: `tsx <name>.ts` or `node scripts/run.mjs <name>.ts`. In the launcher's bundle every module
 * inlined into the entry shares the entry's import.meta.url, so the name must match as well (the
 * built entry is named after its source); otherwise a script imported by another would run too.
 */
export function isMainModule(moduleUrl: string, name: string): boolean {
  const entry = process.argv[1];
  if (!entry || pathToFileURL(entry).href !== moduleUrl) return false;
  return basename(entry).replace(/\.[cm]?[jt]s$/, '') === name;
}
