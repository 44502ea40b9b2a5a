// Where a build may write: never into its own input. `--out` inside `--data` (or the other way
// round), after resolving symlinks, is a usage error found before anything is read or launched.

import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { KommunenotatError } from '../errors.ts';
import { outputMessages as msg } from './output-messages.ts';

/**
 * Throws a usage error (a `config` error without problems, exit code 2) when `out` is `data`, lies
 * inside it, holds it, or names a file. Paths are compared after resolving symlinks; a path that
 * does not exist yet is resolved through its nearest existing parent.
 */
export function checkOutRoot(data: string, out: string): void {
  const outPath = resolve(out);
  if (existsSync(outPath) && !statSync(outPath).isDirectory()) throw new KommunenotatError('config', msg.outIsFile(out));
  const realOut = realPath(outPath);
  const realData = realPath(resolve(data));
  if (realOut === realData) throw new KommunenotatError('config', msg.outIsData(out, data));
  if (isInside(realOut, realData)) throw new KommunenotatError('config', msg.outInsideData(out, data));
  if (isInside(realData, realOut)) throw new KommunenotatError('config', msg.dataInsideOut(out, data));
}

/** True when `path` lies strictly below `dir`. */
export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel);
}

/** realpath of the nearest existing ancestor, with the rest of the path appended. */
export function realPath(path: string): string {
  const rest: string[] = [];
  let at = path;
  for (;;) {
    try {
      return join(realpathSync(at), ...rest.reverse());
    } catch {
      const parent = dirname(at);
      if (parent === at) return path;
      rest.push(basename(at));
      at = parent;
    }
  }
}
