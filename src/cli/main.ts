// The command line: parse arguments, run the build, print errors and a summary, choose the exit code.

import { formatProblem, KommunenotatError } from '../errors.ts';
import { checkOutRoot } from '../output/out-root.ts';
import { removeInFlight } from '../output/write-output.ts';
import type { BuildReport } from '../pipeline/build.ts';
import { defaultEffects, type Effects } from '../pipeline/effects.ts';
import { launchLogged } from '../pipeline/launch.ts';
import type { BrowserHandle } from '../output/browser.ts';
import { redactStream } from '../pipeline/redact-stderr.ts';
import { parseCliArgs, USAGE, type CliOptions } from './args.ts';
import { summaryTable } from './summary.ts';

export const EXIT = { ok: 0, data: 1, usage: 2, render: 3, internal: 4, lock: 5, output: 6, hangup: 129, interrupted: 130 } as const;

/** How long a stopped build may take to clean up before the process exits anyway. */
const GRACE_MS = 10_000;

export async function main(argv: string[]): Promise<number> {
  const controller = new AbortController();
  const effects: Effects = { ...defaultEffects(), signal: controller.signal, inFlight: new Set() };
  redactStream(process.stderr, effects.names!); // no name on stderr, whatever prints it (for the process's life)
  const stopListening = onInterrupt(controller, effects.inFlight!);
  try {
    const options = parseCliArgs(argv);
    if (options.help) {
      process.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    // Before anything is read or launched: the build must never write into its own input.
    checkOutRoot(options.data, options.out);
    // Chromium starts before the pipeline's modules load (they take a few hundred ms), so the two overlap.
    const browser = options.formats.includes('pdf') ? launchLogged(effects, options.out) : undefined;
    const { build } = await import('../pipeline/build.ts').catch(async (error: unknown) => {
      await browser?.close();
      throw error;
    });
    if (options.watch) return await watchUntilStopped(options, effects, browser);
    const report = await build(options, effects, browser);
    if (controller.signal.aborted) return interrupted(controller.signal);
    printSummary(report, options.all);
    const failed = report.results.filter((r) => !r.ok);
    for (const result of failed) printError(result.error, result.slug);
    return failed.length === 0 ? EXIT.ok : Math.max(...failed.map((r) => exitCodeOf(r.error)));
  } catch (error) {
    if (controller.signal.aborted) return interrupted(controller.signal);
    printError(error);
    return exitCodeOf(error);
  } finally {
    stopListening();
  }
}

/** --watch: builds until Ctrl-C or SIGTERM, printing what each build did as a build of its own would. */
async function watchUntilStopped(options: CliOptions, effects: Effects, browser?: BrowserHandle): Promise<number> {
  const { watchBuild } = await import('../pipeline/watch.ts');
  await watchBuild(options, effects, {
    report(outcome) {
      if ('error' in outcome) return printError(outcome.error);
      printSummary(outcome.report, options.all);
      for (const result of outcome.report.results.filter((r) => !r.ok)) printError(result.error, result.slug);
    },
  }, browser);
  return interrupted(effects.signal!);
}

function interrupted(signal: AbortSignal): number {
  process.stderr.write('interrupted: unfinished output removed, previous output kept\n');
  return exitCodeOfSignal(signal.reason);
}

/** 129 after SIGHUP (the terminal went away), else 130 (Ctrl-C, SIGTERM). */
function exitCodeOfSignal(reason: unknown): number {
  return reason instanceof KommunenotatError && reason.message.endsWith('SIGHUP') ? EXIT.hangup : EXIT.interrupted;
}

/**
 * Ctrl-C, SIGTERM or SIGHUP (the terminal closed): stop the build at its next step (it removes its
 * staging folders and closes the browser as it unwinds) and exit 130 (129 after SIGHUP). The
 * browser is launched without puppeteer's own signal handlers, so this is the only one; it is
 * also tied to this process by its pipe, so it exits even when this process is killed with
 * SIGKILL (browser.ts). Whatever is still being written when the process exits is removed by an
 * exit listener; a kill between the writer's two renames is healed by the next build of that
 * kommune. A second signal, or a cleanup that takes too long, exits at once.
 */
function onInterrupt(controller: AbortController, inFlight: Set<string>): () => void {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const onExit = () => removeInFlight(inFlight);
  // After a hang-up stderr may be gone: a failed write must not crash the cleanup.
  const ignoreStreamError = () => undefined;
  const handler = (signal: NodeJS.Signals) => {
    const reason = new KommunenotatError('internal', `interrupted by ${signal}`);
    if (controller.signal.aborted) process.exit(exitCodeOfSignal(controller.signal.reason));
    process.stderr.write(`\n${signal}: stopping the build\n`);
    process.exitCode = exitCodeOfSignal(reason);
    controller.abort(reason);
    setTimeout(() => process.exit(exitCodeOfSignal(reason)), GRACE_MS).unref();
  };
  process.on('exit', onExit);
  process.stderr.on('error', ignoreStreamError);
  for (const signal of signals) process.on(signal, handler);
  return () => {
    process.off('exit', onExit);
    process.stderr.off('error', ignoreStreamError);
    for (const signal of signals) process.off(signal, handler);
  };
}

function exitCodeOf(error: unknown): number {
  if (!(error instanceof KommunenotatError)) return EXIT.internal;
  if (error.kind === 'config' && error.problems.length === 0) return EXIT.usage;
  if (error.kind === 'lock') return EXIT.lock;
  if (error.kind === 'output') return EXIT.output;
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

function printSummary(report: BuildReport, all: boolean): void {
  if (!all && report.results.length < 2) return;
  process.stderr.write(`\n${summaryTable(report.results)}`);
}

process.exitCode = await main(process.argv.slice(2));
