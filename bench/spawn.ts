// Runs one benchmark child process: wall time from spawn to exit, its output, and (through GNU
// time, where installed) its peak memory and CPU time. The child runs in its own process group so
// a timeout can end it and everything it started (Chromium), and nothing else.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Run {
  ok: boolean;
  code: number | null;
  wallMs: number;
  stdout: string;
  stderr: string;
  /** Largest resident set of the child or any process it waited for (MiB), from GNU time. */
  peakRssMiB?: number;
  /** User + system CPU of the child and its waited-for descendants (ms), from GNU time. */
  cpuMs?: number;
  timedOut: boolean;
}

const GNU_TIME = '/usr/bin/time';
let counter = 0;

export function run(
  command: string,
  args: string[],
  options: { cwd: string; timeoutMs: number; env?: NodeJS.ProcessEnv; onSpawn?: (pid: number) => () => void },
): Promise<Run> {
  const timeFile = join(tmpdir(), `kommunenotat-bench-time-${process.pid}-${counter++}`);
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime ? [GNU_TIME, ['-o', timeFile, '-f', '%M %U %S', command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    // E.g. a memory sampler of the child's process group (bench/national.ts); stopped at its exit.
    const stopWatching = child.pid && options.onSpawn ? options.onSpawn(child.pid) : undefined;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      stopWatching?.();
      const wallMs = performance.now() - start;
      const timing = useTime ? readTime(timeFile) : undefined;
      resolve({ ok: code === 0 && !timedOut, code, wallMs, stdout, stderr, timedOut, ...timing });
    });
  });
}

function readTime(file: string): { peakRssMiB?: number; cpuMs?: number } {
  if (!existsSync(file)) return {};
  const text = readFileSync(file, 'utf8');
  rmSync(file, { force: true });
  // GNU time writes "Command exited with non-zero status N" first when the child failed.
  const match = /(\d+) ([\d.]+) ([\d.]+)\s*$/.exec(text.trim());
  if (!match) return {};
  return { peakRssMiB: Number(match[1]) / 1024, cpuMs: (Number(match[2]) + Number(match[3])) * 1000 };
}

/** Why a run failed, in one line: the child's own error line, or the timeout. */
export function failure(result: Run): string {
  if (result.timedOut) return 'timed out';
  const lines = result.stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  const line =
    lines.find((l) => /Cannot find module|ERR_MODULE_NOT_FOUND|does not provide an export/.test(l)) ??
    lines.find((l) => /error/i.test(l)) ??
    lines.at(-1) ??
    `exit code ${result.code}`;
  return line.replace(/(file:\/\/)?\/[^\s'"]*?\/(src|bench|scripts|templates)\//g, '$2/').slice(0, 200);
}
