// Section 6 of the bench: the warm mode (`--watch`). One CLI process on a copy of the demo study
// builds Oppdal, then each repetition saves one correction and times it from the save to the
// `[watch] build` line of the build it started (the 150 ms quiet time included, as an author pays
// it): one answer in responses.csv (charts and text numbers change), then one tie's frequency in
// contacts.csv (the networks are measured, laid out and drawn again). Compared with the floor.

import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Measured } from './report.ts';
import { median } from './stats.ts';

export interface WarmResults {
  answer: Measured;
  tie: Measured;
  /** The first build of the watch (a first build in a fresh output folder). */
  first: Measured;
  /** Median step times of the answer rebuilds, for the stages table. */
  answerStderr: string[];
  tieStderr: string[];
}

interface WarmOptions {
  root: string;
  launcher: string;
  cli: string;
  work: string;
  reps: number;
  log: (text: string) => void;
}

const WAITING = '[watch] waiting for changes';

export async function warmRebuilds(opts: WarmOptions): Promise<WarmResults> {
  const data = join(opts.work, 'warm-data');
  cpSync(join(opts.root, 'data'), data, { recursive: true });
  const out = join(opts.work, 'warm-out');
  const start = performance.now();
  const child = spawn(process.execPath, [opts.launcher, opts.cli, '--kommune', 'oppdal', '--watch', '--data', data, '--out', out], {
    cwd: opts.root,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let waits = 0;
  let waiter: { count: number; resolve: (at: number) => void } | undefined;
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const buildLineAt = new Map<number, number>();
  child.stderr.on('data', (chunk: Buffer) => {
    const at = performance.now();
    stderr += chunk.toString();
    const builds = stderr.split('[watch] build').length - 1;
    if (!buildLineAt.has(builds)) buildLineAt.set(builds, at);
    waits = stderr.split(WAITING).length - 1;
    if (waiter && waits >= waiter.count) {
      // The build ended when its `[watch] build` line was printed, just before the waiting line.
      const done = buildLineAt.get(waiter.count) ?? at;
      waiter.resolve(done);
      waiter = undefined;
    }
  });
  const waitFor = (count: number) =>
    new Promise<number>((resolve, reject) => {
      if (waits >= count) return resolve(performance.now());
      waiter = { count, resolve };
      void exited.then((code) => reject(new Error(`the watch ended (exit ${code}) before build ${count}:\n${stderr.slice(-2000)}`)));
    });
  const result: WarmResults = { answer: { unavailable: 'not run' }, tie: { unavailable: 'not run' }, first: { unavailable: 'not run' }, answerStderr: [], tieStderr: [] };
  try {
    const firstDone = await waitFor(1);
    result.first = single(firstDone - start);
    const answers: number[] = [];
    const ties: number[] = [];
    let builds = 1;
    for (let rep = 1; rep <= opts.reps; rep++) {
      for (const kind of ['answer', 'tie'] as const) {
        opts.log(`rep ${rep}/${opts.reps}: --watch, one ${kind} corrected`);
        const before = stderr.length;
        if (kind === 'answer') correctAnswer(join(data, 'kommuner/oppdal/responses.csv'));
        else correctTie(join(data, 'kommuner/oppdal/contacts.csv'));
        const saved = performance.now();
        const done = await waitFor(++builds);
        const segment = stderr.slice(before);
        if (!/\[watch\] build\s.*\bbuilt\b/.test(segment)) throw new Error(`the ${kind} correction did not build:\n${segment.slice(-2000)}`);
        (kind === 'answer' ? answers : ties).push(done - saved);
        (kind === 'answer' ? result.answerStderr : result.tieStderr).push(segment);
      }
    }
    result.answer = measured(answers);
    result.tie = measured(ties);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    for (const key of ['answer', 'tie', 'first'] as const) if (result[key].unavailable === 'not run') result[key] = { unavailable: reason };
  } finally {
    if (child.exitCode === null) child.kill('SIGINT');
    const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), 30_000))]);
    if (code === 'timeout' && child.pid) process.kill(-child.pid, 'SIGKILL');
  }
  return result;
}

function single(ms: number): Measured {
  return { ms, min: ms, max: ms, n: 1 };
}

function measured(samples: number[]): Measured {
  return { ms: median(samples), min: Math.min(...samples), max: Math.max(...samples), n: samples.length };
}

/** One respondent's first rating moved by one step (as bench/run.ts correctOneAnswer). */
function correctAnswer(file: string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const fields = lines[1]!.split(';');
  const rating = Number(fields[1]);
  fields[1] = String(rating < 6 ? rating + 1 : rating - 1);
  lines[1] = fields.join(';');
  writeFileSync(file, lines.join('\n'));
}

/** The first tie's frequency moved between `sjeldnere` and `månedlig`: the monthly network gains or loses it. */
function correctTie(file: string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const fields = lines[1]!.split(';');
  fields[2] = fields[2] === 'sjeldnere' ? 'månedlig' : 'sjeldnere';
  lines[1] = fields.join(';');
  writeFileSync(file, lines.join('\n'));
}
