// Warm mode (`--watch`): one process builds the notes asked for, then again after every saved
// change of the data set or the templates, with the same Chromium and the pipeline's modules
// (vega, the layouts, Handlebars, the PDF code) already loaded. Each build is an ordinary build()
// (build.ts): it writes through the atomic writer with the change summary, and a build that fails
// (a broken save) leaves the last good note in place; the next save builds again.
// Changes are coalesced: a build starts once the files have been quiet for `debounceMs`; what is
// saved while a build runs starts one more build when it ends. A browser that has died (crashed,
// killed) is started again before the next build, with a line saying so. The loop ends when
// `effects.signal` aborts (Ctrl-C, SIGTERM); the browser is closed before it returns.

import { watch as watchFs, type FSWatcher } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { defaultTemplatesDir } from '../load/note-sources.ts';
import type { BrowserHandle } from '../output/browser.ts';
import { build, type BuildOptions, type BuildReport, type WarmState } from './build.ts';
import type { Effects } from './effects.ts';
import { launchLogged } from './launch.ts';

export interface WatchOptions {
  /** Folders whose changes start a build; default: the data set (`options.data`) and the project's templates/. */
  dirs?: string[];
  /** Quiet time after the last change before a build starts. */
  debounceMs?: number;
  /** What became of each build: the CLI prints the summary and every failed note's problems. */
  report(outcome: { report: BuildReport } | { error: unknown }): void;
  /** Starts a browser; tests may count launches. Default: launchLogged (its profile under `options.out`). */
  launch?: (effects: Effects) => BrowserHandle;
}

export const DEFAULT_DEBOUNCE_MS = 150;

/**
 * Builds `options` now and after every change until `effects.signal` aborts. `launched`: a browser
 * the caller started already (the CLI does, before it loads the pipeline).
 */
export async function watchBuild(options: BuildOptions, effects: Effects, watch: WatchOptions, launched?: BrowserHandle): Promise<void> {
  const launch = watch.launch ?? ((e: Effects) => launchLogged(e, options.out));
  const debounceMs = watch.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const pdf = options.formats.includes('pdf');
  let handle = pdf ? (launched ?? launch(effects)) : undefined;
  if (!pdf) await launched?.close();
  const dirs = watch.dirs ?? [options.data, defaultTemplatesDir()];
  // Metrics of the kommuner a save left alone come from the previous build (build.ts metricsOf).
  const warm: WarmState = options.warm ?? { metrics: new Map() };
  const changes = changeFeed(dirs, effects);
  try {
    for (let first = true; !effects.signal?.aborted; first = false) {
      if (!first) {
        effects.logger.info(`[watch] waiting for changes in ${dirs.join(', ')} (Ctrl-C stops)`);
        const changed = await changes.next(debounceMs, effects.signal);
        if (!changed) break;
        effects.logger.info(`[watch] changed: ${changed.join(', ')}`);
      }
      // A browser that died between builds is started again first; one that died during the
      // build (its notes failed on it) is started again and the build repeated, once.
      for (let attempt = 0; ; attempt++) {
        if (handle && !(first && attempt === 0) && !(await isAlive(handle))) {
          await handle.close(); // Whatever is left of it: its helpers and its profile.
          effects.logger.info('[watch] Chromium had stopped; starting it again');
          handle = launch(effects);
        }
        const start = effects.now();
        const outcome = await buildOnce({ ...options, warm }, effects, handle);
        if (effects.signal?.aborted) return;
        const failed = 'error' in outcome ? 1 : outcome.report.results.filter((r) => !r.ok).length;
        if (failed > 0 && attempt === 0 && handle && !(await isAlive(handle))) {
          effects.logger.info('[watch] Chromium stopped during the build; building once more');
          continue;
        }
        watch.report(outcome);
        const state = failed === 0 ? 'built' : 'error' in outcome ? 'failed, the last good output kept' : `${failed} of ${outcome.report.results.length} failed, the last good output kept`;
        effects.logger.step('watch', 'build', effects.now() - start, state);
        break;
      }
    }
  } finally {
    changes.close();
    await handle?.close();
  }
}

async function buildOnce(options: BuildOptions, effects: Effects, handle: BrowserHandle | undefined): Promise<{ report: BuildReport } | { error: unknown }> {
  try {
    return { report: await build(options, effects, handle && keptOpen(handle)) };
  } catch (error) {
    return { error };
  }
}

/** The same browser for every build: build() closes the handle it is given, this one stays open. */
function keptOpen(handle: BrowserHandle): BrowserHandle {
  return { browser: handle.browser, close: async () => undefined };
}

/** Whether the browser started and is still connected (a crash or kill disconnects it). */
async function isAlive(handle: BrowserHandle): Promise<boolean> {
  const browser = await handle.browser.catch(() => undefined);
  return browser?.connected ?? false;
}

interface ChangeFeed {
  /**
   * The files changed since the last call (relative names, at most a few), once none has changed
   * for `quietMs`; undefined when `signal` aborts first.
   */
  next(quietMs: number, signal?: AbortSignal): Promise<string[] | undefined>;
  close(): void;
}

/** Editors' swap, backup and lock files: saving one is not a change of the note's sources. */
function ignored(name: string): boolean {
  const file = basename(name);
  return file.startsWith('.') || file.endsWith('~') || /\.(swp|swx|tmp|bak)$/i.test(file) || /^\d+$/.test(file) || file.startsWith('#');
}

/** A path as the user would write it: relative to the working folder when inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

/** Recursive watchers on `dirs`, collecting the names of changed files between calls of next(). */
function changeFeed(dirs: string[], effects: Effects): ChangeFeed {
  const pending = new Set<string>();
  let lastChange = 0;
  let wake: (() => void) | undefined;
  const watchers: FSWatcher[] = [];
  for (const dir of dirs.map((d) => resolve(d))) {
    try {
      const watcher = watchFs(dir, { recursive: true }, (_event, name) => {
        const file = name ? String(name) : '';
        if (file !== '' && ignored(file)) return;
        pending.add(shown(file === '' ? dir : join(dir, file)));
        lastChange = effects.now();
        wake?.();
      });
      watcher.on('error', (error) => effects.logger.warn({ source: { file: dir }, message: `no longer watched (${error.message})` }));
      watchers.push(watcher);
    } catch (error) {
      effects.logger.warn({ source: { file: dir }, message: `cannot be watched (${error instanceof Error ? error.message : String(error)})` });
    }
  }
  /** Waits `ms`, or until `signal` aborts, or (with `onChange`) until the next change. */
  const sleep = (ms: number, signal: AbortSignal | undefined, onChange: boolean) =>
    new Promise<void>((done) => {
      const finish = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', finish);
        if (wake === finish) wake = undefined;
        done();
      };
      const timer = setTimeout(finish, ms);
      signal?.addEventListener('abort', finish, { once: true });
      if (onChange) wake = finish;
    });
  return {
    async next(quietMs, signal) {
      while (!signal?.aborted) {
        if (pending.size === 0) {
          await sleep(2 ** 31 - 1, signal, true); // until the first change
          continue;
        }
        const quiet = lastChange + quietMs - effects.now();
        if (quiet > 0) {
          await sleep(quiet, signal, false);
          continue;
        }
        const names = [...pending].sort();
        pending.clear();
        return names.length > 4 ? [...names.slice(0, 3), `${names.length - 3} more`] : names;
      }
      return undefined;
    },
    close() {
      for (const watcher of watchers) watcher.close();
      wake?.();
    },
  };
}
