// The command line: parse arguments, run the build, print errors and a summary, choose the exit code.

import { formatProblem, KommunenotatError } from '../errors.ts';
import { removeInFlight } from '../output/write-output.ts';
import type { BuildReport } from '../pipeline/build.ts';
import { defaultEffects, type Effects } from '../pipeline/effects.ts';
import { launchLogged } from '../pipeline/launch.ts';
import type { BrowserHandle } from '../output/browser.ts';
import { parseCliArgs, USAGE, type CliOptions } from './args.ts';
import { summaryTable } from './summary.ts';

export const EXIT = { ok: 0, data: 1, usage: 2, render: 3, internal: 4, interrupted: 130 } as const;

/** How long a stopped build may take to clean up before the process exits anyway. */
const GRACE_MS = 10_000;

export async function main(argv: string[]): Promise<number> {
  const controller = new AbortController();
  const effects: Effects = { ...defaultEffects(), signal: controller.signal, inFlight: new Set() };
  const stopListening = onInterrupt(controller, effects.inFlight!);
  try {
    const options = parseCliArgs(argv);
    if (options.help) {
      process.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    // Chromium starts before the pipeline's modules load (they take a few hundred ms), so the two overlap.
    const browser = options.formats.includes('pdf') ? launchLogged(effects) : undefined;
    const { build } = await import('../pipeline/build.ts').catch(async (error: unknown) => {
      await browser?.close();
      throw error;
    });
    if (options.watch) return await watchUntilStopped(options, effects, browser);
    const report = await build(options, effects, browser);
    if (controller.signal.aborted) return interrupted();
    printSummary(report, options.all);
    const failed = report.results.filter((r) => !r.ok);
    for (const result of failed) printError(result.error, result.slug);
    return failed.length === 0 ? EXIT.ok : Math.max(...failed.map((r) => exitCodeOf(r.error)));
  } catch (error) {
    if (controller.signal.aborted) return interrupted();
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
  return interrupted();
}

function interrupted(): number {
  process.stderr.write('interrupted: unfinished output removed, previous output kept\n');
  return EXIT.interrupted;
}

/**
 * Ctrl-C or SIGTERM: stop the build at its next step (it removes its staging folders and closes
 * the browser as it unwinds) and exit 130. The browser is launched without puppeteer's own signal
 * handlers, so this is the only one. Whatever is still being written when the process exits is
 * removed by an exit listener; a
 * kill between the writer's two renames is healed by the next build of that kommune. A second
 * signal, or a cleanup that takes too long, exits at once.
 */
function onInterrupt(controller: AbortController, inFlight: Set<string>): () => void {
  const onExit = () => removeInFlight(inFlight);
  const handler = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    process.stderr.write(`\n${signal}: stopping the build\n`);
    process.exitCode = EXIT.interrupted;
    controller.abort(new KommunenotatError('internal', `interrupted by ${signal}`));
    setTimeout(() => process.exit(EXIT.interrupted), GRACE_MS).unref();
  };
  process.on('exit', onExit);
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('exit', onExit);
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
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

function printSummary(report: BuildReport, all: boolean): void {
  if (!all && report.results.length < 2) return;
  process.stderr.write(`\n${summaryTable(report.results)}`);
}

process.exitCode = await main(process.argv.slice(2));
