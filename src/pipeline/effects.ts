// The side effects a build needs, passed in so the pipeline can run in memory in tests:
// progress and warnings on stderr, the clock, the file operations of the output stage, and the
// signal that stops a build on Ctrl-C.

import { formatProblem, type Problem } from '../errors.ts';
import type { OutputFs } from '../output/write-output.ts';
import { NameMatcher } from '../name-matcher.ts';

export interface Logger {
  /** One progress line per finished step, with its time. */
  step(scope: string, name: string, ms: number, detail?: string): void;
  warn(problem: Problem): void;
  info(text: string): void;
}

export interface Effects {
  logger: Logger;
  /** Monotonic milliseconds, for step timings only (never written into output). */
  now(): number;
  /** Aborted on Ctrl-C or SIGTERM: the build stops at its next step, removes its staging folders and closes the browser. */
  signal?: AbortSignal;
  /** File operations of the output writer; tests replace them to simulate a full disk. */
  fs?: OutputFs;
  /** Staging folders and lock files being written now, removed synchronously if the process must exit at once. */
  inFlight?: Set<string>;
  /**
   * Every person's name read so far (validation adds each persons.csv), for the one redaction that
   * every message on stderr passes through (src/pipeline/redact-stderr.ts).
   */
  names?: NameMatcher;
}

export function stderrLogger(stream: NodeJS.WritableStream = process.stderr): Logger {
  return {
    step(scope, name, ms, detail) {
      const time = ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
      stream.write(`[${scope}] ${name.padEnd(10)} ${time.padStart(8)}${detail ? `  ${detail}` : ''}\n`);
    },
    warn(problem) {
      stream.write(`${formatProblem({ ...problem, severity: 'warning' })}\n`);
    },
    info(text) {
      stream.write(`${text}\n`);
    },
  };
}

export function silentLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    step: (scope, name, ms, detail) => lines.push(`[${scope}] ${name} ${detail ?? ''}`.trim()),
    warn: (problem) => lines.push(formatProblem({ ...problem, severity: 'warning' })),
    info: (text) => lines.push(text),
  };
}

export function defaultEffects(): Effects {
  return { logger: stderrLogger(), now: () => performance.now(), names: new NameMatcher() };
}

/** Runs one step and logs its time; the result passes through. */
export async function timed<T>(effects: Effects, scope: string, name: string, fn: () => T | Promise<T>): Promise<T> {
  effects.signal?.throwIfAborted();
  const start = effects.now();
  const result = await untilAborted(effects.signal, fn());
  effects.logger.step(scope, name, effects.now() - start);
  return result;
}

/**
 * Resolves with `work`, or rejects as soon as `signal` aborts (the work is abandoned; whoever owns
 * its resources, e.g. withBrowser, closes them as the rejection unwinds).
 */
export function untilAborted<T>(signal: AbortSignal | undefined, work: T | Promise<T>): Promise<T> {
  if (!signal) return Promise.resolve(work);
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    Promise.resolve(work).then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
