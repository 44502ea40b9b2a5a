// The side effects a build needs, passed in so the pipeline can run in memory in tests:
// progress and warnings on stderr, the clock, and the output root.

import { formatProblem, type Problem } from '../errors.ts';

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
  return { logger: stderrLogger(), now: () => performance.now() };
}

/** Runs one step and logs its time; the result passes through. */
export async function timed<T>(effects: Effects, scope: string, name: string, fn: () => T | Promise<T>): Promise<T> {
  const start = effects.now();
  const result = await fn();
  effects.logger.step(scope, name, effects.now() - start);
  return result;
}
