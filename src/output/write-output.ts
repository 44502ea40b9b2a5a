// The only code that writes a kommune's output. Under a per-kommune lock file it reads what the
// previous build left (for the change summary), writes every file into a temporary folder beside
// the target and swaps it in with two renames, so a failed, interrupted or concurrent build leaves
// either the previous output or one complete new one, never a mix.

import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { KommunenotatError } from '../errors.ts';
import { acquireLock, processAlive, type LockOptions } from './output-lock.ts';
import { IO_ERROR_CODES, ioReason, outputMessages as msg } from './output-messages.ts';

export { lockPath, DEFAULT_LOCK_TIMEOUT_MS } from './output-lock.ts';

/** Relative path → content. */
export type OutputFiles = Map<string, string | Uint8Array>;

/** The file operations the writer uses; replaced in tests to simulate a full disk. */
export interface OutputFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  writeFile(path: string, content: string | Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { recursive: true; force: true }): Promise<void>;
}

export const nodeOutputFs: OutputFs = {
  mkdir: (path, options) => fsp.mkdir(path, options),
  writeFile: (path, content) => fsp.writeFile(path, content),
  rename: (from, to) => fsp.rename(from, to),
  rm: (path, options) => fsp.rm(path, options),
};

export interface WriteOptions extends LockOptions {
  fs?: OutputFs;
  /** Aborted on Ctrl-C: stop before the swap and remove the staging folder. */
  signal?: AbortSignal;
  /** Staging folders and lock files being written now, for a last-resort synchronous cleanup. */
  inFlight?: Set<string>;
  /**
   * How to recognise an earlier output of this writer in `<outRoot>/<slug>` (default: build.json
   * naming the kommune); a folder that fails it is never replaced.
   */
  isOwnOutput?: (dir: string) => boolean;
}

/** The file every output folder holds; a folder without it was not written by a build and is never replaced. */
export const OUTPUT_MARKER = 'build.json';

/** What the previous build of this kommune left: its small files (not the note itself). */
export interface PreviousOutput {
  exists: boolean;
  /** metrics.json, build.json and figures/*.svg as bytes, by relative path. */
  files: Map<string, Uint8Array>;
}

/** The files to write, or a function of the previous output that returns them (run under the lock). */
export type OutputSource = OutputFiles | ((previous: PreviousOutput) => OutputFiles | Promise<OutputFiles>);

/**
 * Writes `<outRoot>/<slug>/` atomically and returns its path. An existing `<outRoot>/<slug>` is
 * replaced only when it is the output of an earlier build (it holds build.json naming this
 * kommune); anything else is a `config` error naming the folder, and nothing is touched. A folder
 * that cannot be written (read-only, full, a file in the way) is an `output` error of one line.
 */
export async function writeKommuneOutput(outRoot: string, slug: string, source: OutputSource, options: WriteOptions = {}): Promise<string> {
  const fs = options.fs ?? nodeOutputFs;
  try {
    await fs.mkdir(outRoot, { recursive: true });
    const release = await acquireLock(outRoot, slug, options);
    try {
      recoverLeftovers(outRoot, slug);
      const target = join(outRoot, slug);
      assertOwnOutput(target, slug, options.isOwnOutput ?? ((dir) => isOutputOf(dir, slug)));
      const files = typeof source === 'function' ? await source(readPreviousOutput(target)) : source;
      await swapIn(outRoot, slug, files, fs, options);
      return target;
    } finally {
      release();
    }
  } catch (error) {
    throw asOutputError(error, join(outRoot, slug));
  }
}

/** A target that exists must be a folder this program wrote: it holds build.json for this kommune. */
function assertOwnOutput(target: string, slug: string, isOwn: (dir: string) => boolean): void {
  let stat;
  try {
    stat = lstatSync(target);
  } catch {
    return; // Nothing there yet.
  }
  if (stat.isDirectory() && isOwn(target)) return;
  throw new KommunenotatError('config', `${target}: ${msg.notAnOutput(slug)}`, {
    problems: [{ source: { file: target }, message: msg.notAnOutput(slug), fix: msg.fixNotAnOutput }],
  });
}

/** build.json of an earlier build, naming `slug` as its kommune. */
export function isOutputOf(dir: string, slug: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, OUTPUT_MARKER), 'utf8')) as { kommune?: unknown };
    return manifest.kommune === slug;
  } catch {
    return false;
  }
}

/** True when `dir/file` exists and its text starts with `prefix` (a marker line written by a build). */
export function startsWith(dir: string, file: string, prefix: string): boolean {
  try {
    return readFileSync(join(dir, file), 'utf8').startsWith(prefix);
  } catch {
    return false;
  }
}

/** File-system errors that say the output location cannot be written become one-line `output` errors. */
function asOutputError(error: unknown, target: string): unknown {
  if (error instanceof KommunenotatError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!code || !IO_ERROR_CODES.has(code)) return error;
  const path = (error as NodeJS.ErrnoException).path ?? target;
  // No cause attached: the message already holds the path and the reason, and stays one line.
  return new KommunenotatError('output', msg.writeFailed(path, ioReason(error)));
}

/** Small files of the previous output that later builds compare against. */
export function readPreviousOutput(dir: string): PreviousOutput {
  const files = new Map<string, Uint8Array>();
  if (!existsSync(dir)) return { exists: false, files };
  for (const name of ['metrics.json', 'build.json']) {
    const path = join(dir, name);
    if (existsSync(path)) files.set(name, readFileSync(path));
  }
  const figures = join(dir, 'figures');
  if (existsSync(figures)) {
    for (const name of readdirSync(figures).sort()) {
      if (name.endsWith('.svg')) files.set(`figures/${name}`, readFileSync(join(figures, name)));
    }
  }
  return { exists: true, files };
}

async function swapIn(outRoot: string, slug: string, files: OutputFiles, fs: OutputFs, options: WriteOptions): Promise<void> {
  const target = join(outRoot, slug);
  const unique = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = join(outRoot, `.${slug}.building-${unique}`);
  const retired = join(outRoot, `.${slug}.previous-${unique}`);
  options.inFlight?.add(staging);
  try {
    for (const [relative, content] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      options.signal?.throwIfAborted();
      const path = join(staging, relative);
      await fs.mkdir(dirname(path), { recursive: true });
      await fs.writeFile(path, content);
    }
    options.signal?.throwIfAborted();
    // Two renames: the target is missing only between them, never half-written; the lock keeps
    // another build of this kommune out of that gap, and recoverLeftovers() heals a kill inside it.
    if (existsSync(target)) await fs.rename(target, retired);
    await fs.rename(staging, target);
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
    if (!existsSync(target) && existsSync(retired)) await fs.rename(retired, target);
    throw error;
  } finally {
    options.inFlight?.delete(staging);
  }
  await fs.rm(retired, { recursive: true, force: true }).catch(() => undefined);
}

/**
 * Staging folders of builds that were killed (their pid is gone) are removed; an output that was
 * retired but never replaced (killed between the two renames) is put back.
 */
function recoverLeftovers(outRoot: string, slug: string): void {
  const target = join(outRoot, slug);
  const pattern = new RegExp(`^\\.${escapeRegExp(slug)}\\.(building|previous)-(\\d+)-[0-9a-f]+$`);
  for (const name of readdirSync(outRoot).sort()) {
    const match = pattern.exec(name);
    if (!match || processAlive(Number(match[2]))) continue;
    const path = join(outRoot, name);
    if (match[1] === 'previous' && !existsSync(target)) {
      renameSyncSafe(path, target);
    } else {
      rmSync(path, { recursive: true, force: true });
    }
  }
}

function renameSyncSafe(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    // Someone else recovered it first; nothing to do.
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Synchronous last-resort cleanup (the process is exiting): removes staging folders and lock files,
 * and puts back an output that was retired by a swap that did not finish.
 */
export function removeInFlight(inFlight: Set<string>): void {
  for (const path of inFlight) {
    rmSync(path, { recursive: true, force: true });
    const staging = /^(.*)[/\\]\.(.+)\.building-(\d+-[0-9a-f]+)$/.exec(path);
    if (!staging) continue;
    const [, root, slug, unique] = staging;
    const target = join(root, slug);
    const retired = join(root, `.${slug}.previous-${unique}`);
    if (!existsSync(target) && existsSync(retired)) renameSyncSafe(retired, target);
  }
  inFlight.clear();
}
