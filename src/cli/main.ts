// The command line: parse arguments, run the build, print errors and a summary, choose the exit code.

import { formatProblem, KommunenotatError } from '../errors.ts';
import { build, type BuildReport } from '../pipeline/build.ts';
import { defaultEffects } from '../pipeline/effects.ts';
import { parseCliArgs, USAGE } from './args.ts';

export const EXIT = { ok: 0, data: 1, usage: 2, render: 3, internal: 4 } as const;

export async function main(argv: string[]): Promise<number> {
  const effects = defaultEffects();
  try {
    const options = parseCliArgs(argv);
    if (options.help) {
      process.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    const report = await build(options, effects);
    printSummary(report);
    const failed = report.results.filter((r) => !r.ok);
    for (const result of failed) printError(result.error, result.slug);
    if (failed.length === 0) return EXIT.ok;
    return failed.some((r) => r.error instanceof KommunenotatError && r.error.kind === 'render') ? EXIT.render : EXIT.internal;
  } catch (error) {
    printError(error);
    return exitCodeOf(error);
  }
}

function exitCodeOf(error: unknown): number {
  if (!(error instanceof KommunenotatError)) return EXIT.internal;
  if (error.kind === 'config' && error.problems.length === 0) return EXIT.usage;
  if (error.isUserError) return EXIT.data;
  return error.kind === 'render' ? EXIT.render : EXIT.internal;
}

function printError(error: unknown, scope?: string): void {
  const prefix = scope ? `[${scope}] ` : '';
  if (error instanceof KommunenotatError) {
    process.stderr.write(`${prefix}error: ${error.message}\n`);
    for (const problem of error.problems) process.stderr.write(`  ${formatProblem(problem)}\n`);
    let cause = error.cause;
    while (cause instanceof Error) {
      process.stderr.write(`  caused by: ${cause.message}\n`);
      cause = cause.cause;
    }
    if (!error.isUserError && error.stack && process.env.KOMMUNENOTAT_DEBUG) process.stderr.write(`${error.stack}\n`);
    return;
  }
  process.stderr.write(`${prefix}internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
}

function printSummary(report: BuildReport): void {
  if (report.results.length < 2) return;
  const rows = report.results.map((r) => [
    r.slug,
    r.ok ? 'ok' : 'FAILED',
    r.pages === undefined ? '' : String(r.pages),
    `${(r.ms / 1000).toFixed(1)} s`,
    String(r.warnings),
  ]);
  const header = ['kommune', 'status', 'pages', 'time', 'warnings'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  process.stderr.write(`\n${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${rows.map(line).join('\n')}\n`);
}

process.exitCode = await main(process.argv.slice(2));
