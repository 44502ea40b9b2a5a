// The one error type of the project. Stages throw it; only src/cli/ decides exit codes and whether
// a stack is shown (never for the user's own mistakes: data, config, template).

import type { Source } from './types.ts';

/**
 * `output`: the output folder cannot be written (read-only, full, a file in the way); `lock`: another
 * build of the same kommune kept its lock too long. Both are the user's situation, not a bug.
 */
export type ErrorKind = 'data' | 'config' | 'template' | 'render' | 'internal' | 'output' | 'lock';

/** One located problem in the user's input. */
export interface Problem {
  source: Source;
  /** What is wrong, e.g. `frequency "ukenlig" is not one of daglig, ukentlig, månedlig, sjeldnere, aldri`. */
  message: string;
  /** The offending value as written, when there is one. */
  value?: string;
  /** How to fix it, when that is not obvious from the message. */
  fix?: string;
  /** Warnings are reported but do not fail the build. */
  severity?: 'error' | 'warning';
}

export class KommunenotatError extends Error {
  readonly kind: ErrorKind;
  readonly problems: Problem[];

  constructor(kind: ErrorKind, message: string, options: { problems?: Problem[]; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'KommunenotatError';
    this.kind = kind;
    this.problems = options.problems ?? [];
  }

  /** True for mistakes in the user's input, where a stack trace would only distract. */
  get isUserError(): boolean {
    return this.kind === 'data' || this.kind === 'config' || this.kind === 'template' || this.kind === 'output' || this.kind === 'lock';
  }
}

/** `path:line:column`, `path:line` or `path`. */
export function formatSource(source: Source): string {
  let text = source.file;
  if (source.line !== undefined) {
    text += `:${source.line}`;
    if (source.column !== undefined) text += `:${source.column}`;
  }
  return text;
}

/** One line per problem: `path:line:column: message (fix)`. */
export function formatProblem(problem: Problem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  const fix = problem.fix ? ` ${problem.fix}` : '';
  return `${formatSource(problem.source)}: ${prefix}${problem.message}.${fix}`.replace(/\.\.(\s|$)/, '.$1');
}

/** Throws one data error carrying every problem, when there is at least one error among them. */
export function throwIfProblems(problems: Problem[], what: string): void {
  const errors = problems.filter((p) => p.severity !== 'warning');
  if (errors.length === 0) return;
  const noun = errors.length === 1 ? 'problem' : 'problems';
  throw new KommunenotatError('data', `${what}: ${errors.length} ${noun}`, { problems });
}
