// Figures kept between builds: `<out>/.cache/figures/<key>.json`, one file per drawn figure, keyed by
// a hash of what draws it (the program's source and locked dependencies) and everything it is drawn
// from (the exact inputs of the figure function). A rebuild after a correction draws only the figures
// whose data changed, and when none did, vega and the layouts are never even loaded.
// A key can only match when the drawing would be the same: inputs are serialised completely (a value
// the serialiser does not know fails loudly instead of being skipped), and any change to src/ or
// package-lock.json changes every key. New entries are written only after the note's output was
// written, so a failed build leaves the output folder as it was.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageRoot } from '../paths.ts';

/** At most this many entries are kept; the least recently used go first. */
const MAX_ENTRIES = 5000;

export interface FigureStore {
  /** The stored value for `kind` drawn from `inputs`, or undefined. */
  get<T>(kind: string, inputs: unknown): T | undefined;
  /** Remembers a value drawn now; written by `flush`. */
  put(kind: string, inputs: unknown, value: unknown): void;
  /** Writes what was drawn since the last flush (each file atomically) and trims the store. */
  flush(): void;
}

/** The store in `dir` (created on first flush). */
export function figureStore(dir: string, version = sourceVersion()): FigureStore {
  let pending = new Map<string, string>();
  const fileOf = (key: string) => join(dir, `${key}.json`);
  const keyOf = (kind: string, inputs: unknown) =>
    createHash('sha256').update(version).update('\0').update(kind).update('\0').update(canonical(inputs)).digest('hex');
  return {
    get<T>(kind: string, inputs: unknown): T | undefined {
      const key = keyOf(kind, inputs);
      const waiting = pending.get(key);
      if (waiting !== undefined) return JSON.parse(waiting) as T;
      try {
        const value = JSON.parse(readFileSync(fileOf(key), 'utf8')) as { kind: string; value: T };
        if (value.kind !== kind) return undefined;
        const now = new Date();
        utimesSync(fileOf(key), now, now); // recently used: kept when the store is trimmed
        return value.value;
      } catch {
        return undefined; // not stored, or not readable: draw it
      }
    },
    put(kind, inputs, value) {
      pending.set(keyOf(kind, inputs), JSON.stringify({ kind, value }));
    },
    flush() {
      if (pending.size === 0) return;
      const writing = pending;
      pending = new Map();
      mkdirSync(dir, { recursive: true });
      for (const [key, text] of writing) {
        const temporary = join(dir, `.${key}.${process.pid}.tmp`);
        writeFileSync(temporary, text);
        renameSync(temporary, fileOf(key));
      }
      trim(dir);
    },
  };
}

/** Where the build keeps its figures: beside the notes, in a hidden folder of the output root. */
export function figureStoreDir(outRoot: string): string {
  return join(outRoot, '.cache', 'figures');
}

function trim(dir: string): void {
  const entries = readdirSync(dir).filter((name) => name.endsWith('.json'));
  if (entries.length <= MAX_ENTRIES) return;
  const byAge = entries
    .map((name) => ({ name, used: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => a.used - b.used || a.name.localeCompare(b.name));
  for (const { name } of byAge.slice(0, entries.length - MAX_ENTRIES)) rmSync(join(dir, name), { force: true });
}

let memo: string | undefined;

/**
 * A hash of the program that draws: every file under src/ and the lock file (vega, the layouts,
 * the fonts, canvas). Read once per process; a few milliseconds.
 */
export function sourceVersion(): string {
  if (memo) return memo;
  const root = packageRoot();
  const hash = createHash('sha256');
  const files: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(join(root, 'src'));
  files.push(join(root, 'package-lock.json'));
  for (const file of files) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return (memo = hash.digest('hex'));
}

/**
 * A complete, canonical text of `value`: object keys sorted, Maps, Sets and typed arrays tagged,
 * numbers exact. Anything else (a function, a class instance) throws: it could not be told apart.
 */
export function canonical(value: unknown): string {
  const out: string[] = [];
  const write = (v: unknown): void => {
    if (v === null) out.push('null');
    else if (v === undefined) out.push('undefined');
    else if (typeof v === 'boolean') out.push(String(v));
    else if (typeof v === 'number') out.push(Object.is(v, -0) ? '-0' : String(v)); // NaN, Infinity as words
    else if (typeof v === 'string') out.push(JSON.stringify(v));
    else if (Array.isArray(v)) {
      out.push('[');
      v.forEach((item, i) => (i > 0 && out.push(','), write(item)));
      out.push(']');
    } else if (v instanceof Map) {
      out.push('Map[');
      let first = true;
      for (const [key, item] of v) {
        if (!first) out.push(',');
        first = false;
        write(key);
        out.push('=>');
        write(item);
      }
      out.push(']');
    } else if (v instanceof Set) {
      out.push('Set');
      write([...v]);
    } else if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      out.push(`${v.constructor.name}`);
      write(Array.from(v as unknown as ArrayLike<number>));
    } else if (typeof v === 'object' && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null)) {
      const record = v as Record<string, unknown>;
      out.push('{');
      Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort()
        .forEach((key, i) => {
          if (i > 0) out.push(',');
          out.push(JSON.stringify(key), ':');
          write(record[key]);
        });
      out.push('}');
    } else {
      throw new Error(`figure store: cannot key a ${typeof v === 'object' ? (v as object).constructor?.name ?? 'object' : typeof v}`);
    }
  };
  write(value);
  return out.join('');
}
