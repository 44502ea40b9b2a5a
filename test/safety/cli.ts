// Test helper: runs the real command line (tsx src/cli/main.ts) on a copy of a data set and
// fingerprints output folders, for the tests that must see exit codes, stderr and files on disk.

import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';

const PROJECT = join(import.meta.dirname, '..', '..');
const TSX = join(PROJECT, 'node_modules', '.bin', 'tsx');

export interface CliRun {
  code: number | null;
  /** The signal that ended the process, when one did. */
  signal?: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `tsx src/cli/main.ts …args` from the project folder; killed (with its group) after `timeoutMs`. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  return startCli(args, options).done;
}

export interface CliOptions {
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** A command the CLI runs under, e.g. ['strace', '-f', '-o', file]. */
  wrap?: string[];
  /**
   * Run it as `npm run build:report` does (node scripts/run.mjs, one process) instead of through
   * tsx, which runs the CLI in a child process: for tests that signal the CLI's own pid.
   */
  direct?: boolean;
}

export interface StartedCli {
  child: ChildProcess;
  done: Promise<CliRun>;
  /** stderr so far. */
  stderr(): string;
  /** Resolves once stderr contains `text` (rejects when the CLI ends first). */
  waitFor(text: string | RegExp): Promise<void>;
}

/** Starts the CLI and returns at once, for tests that signal or kill it while it runs. */
export function startCli(args: string[], options: CliOptions = {}): StartedCli {
  const started = Date.now();
  const runner = options.direct ? [process.execPath, join(PROJECT, 'scripts', 'run.mjs')] : [TSX];
  const command = [...(options.wrap ?? []), ...runner, join(PROJECT, 'src', 'cli', 'main.ts'), ...args];
  const child = spawn(command[0]!, command.slice(1), {
    cwd: PROJECT,
    env: { ...process.env, ...options.env },
    detached: true, // its own process group, so a timeout can take the browser down with it
  });
  let stdout = '';
  let stderr = '';
  const waiters: { test: string | RegExp; resolve: () => void; reject: (e: Error) => void }[] = [];
  const matches = (test: string | RegExp) => (typeof test === 'string' ? stderr.includes(test) : test.test(stderr));
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const waiter of waiters.splice(0)) {
      if (matches(waiter.test)) waiter.resolve();
      else waiters.push(waiter);
    }
  });
  const done = new Promise<CliRun>((resolve, reject) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, options.timeoutMs ?? 180_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      for (const waiter of waiters.splice(0)) waiter.reject(new Error(`the CLI ended (${code ?? signal}) before printing ${String(waiter.test)}:\n${stderr}`));
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
  const waitFor = (test: string | RegExp) =>
    new Promise<void>((resolve, reject) => {
      if (matches(test)) resolve();
      else waiters.push({ test, resolve, reject });
    });
  return { child, done, stderr: () => stderr, waitFor };
}

const temps: string[] = [];

/** A fresh temporary folder, removed by removeTemps(). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `kommunenotat-${prefix}-`));
  temps.push(dir);
  return dir;
}

export function removeTemps(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * Appends `text` to Oppdal's kommune chapter in the data set at `root`: to the file kommune.yaml
 * names under `note.text.kommune`, or else to a copy of the generic chapter, saved as `file` and
 * named there.
 */
export function appendToOppdalChapter(root: string, file: string, text: string): void {
  const dir = join(root, 'kommuner', 'oppdal');
  const yaml = join(dir, 'kommune.yaml');
  const doc = parseDocument(readFileSync(yaml, 'utf8'));
  const named = doc.getIn(['note', 'text', 'kommune']);
  const chapter = typeof named === 'string' ? join(dir, named) : join(dir, file);
  const base = typeof named === 'string' ? readFileSync(chapter, 'utf8') : readFileSync(join(PROJECT, 'templates/tekst/kommune.md'), 'utf8');
  if (typeof named !== 'string') {
    doc.setIn(['note', 'text', 'kommune'], file);
    writeFileSync(yaml, doc.toString());
  }
  writeFileSync(chapter, `${base}\n\n${text}\n`);
}

/** A copy of the demo study (data/) to change freely. */
export function copyDemo(): string {
  const dir = tempDir('data');
  cpSync(join(PROJECT, 'data'), dir, { recursive: true });
  return dir;
}

/** Relative path → sha256 of every file under `dir` (hidden ones too), sorted. */
export function fingerprint(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else result[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return result;
}

/** stderr lines with the data root written as nothing (`kommuner/oppdal/…`), trimmed. */
export function stderrLines(run: CliRun, root: string): string[] {
  return run.stderr.split('\n').map((line) => line.split(`${root}/`).join('').trim()).filter(Boolean);
}
