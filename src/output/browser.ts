// The one place the browser is opened and closed: find a Chrome/Chromium, launch it quietly in a
// fresh profile with no way onto the network (browser-isolation.ts), tied to this process by its
// pipe, hand it to the caller, and always close it (killing it if closing hangs).

import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import puppeteer, { type Browser, type LaunchOptions } from 'puppeteer';
import { KommunenotatError } from '../errors.ts';
import { ISOLATION_ARGS, makeProfileDir, networkNamespace } from './browser-isolation.ts';
import { messages } from './pdf-messages.ts';

const SYSTEM_BROWSERS = ['/usr/bin/chromium'];
const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** How long Chromium may take to start, and to close before it is killed. */
const DEFAULT_LAUNCH_TIMEOUT_MS = 30_000;
const CLOSE_TIMEOUT_MS = 5_000;

/**
 * Deterministic and with no way out: no GPU, no hinting (text metrics then do not depend on the
 * machine's font configuration), and the isolation of browser-isolation.ts (no host resolved, no
 * background service). `--no-sandbox` always: it is required as root and in many containers and
 * CI runners, and the document runs no JavaScript and reaches no network (see pdf-page.ts), which
 * is what the sandbox would protect against.
 */
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--font-render-hinting=none', ...ISOLATION_ARGS];

/** The browser executable: PUPPETEER_EXECUTABLE_PATH, a system Chromium/Chrome, or puppeteer's download. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new KommunenotatError('render', messages.executableEnvMissing(fromEnv));
  }
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const candidates = [...SYSTEM_BROWSERS, ...BROWSER_NAMES.flatMap((name) => onPath.map((dir) => join(dir, name)))];
  const found = candidates.find(isExecutable) ?? puppeteerDownload();
  if (found) return found;
  throw new KommunenotatError('render', messages.noBrowser([...SYSTEM_BROWSERS, ...BROWSER_NAMES.map((n) => `${n} on PATH`)]));
}

/** A browser being launched: awaited where it is needed, closed in one place. */
export interface BrowserHandle {
  /** The launched browser; rejects with a `render` error if it cannot be found or started. */
  browser: Promise<Browser>;
  /**
   * Closes the browser (after its launch has settled) and removes its profile; never throws, and
   * the same promise however often it is called.
   */
  close(): Promise<void>;
}

export interface StartOptions {
  timeoutMs?: number;
  /**
   * The output root: the profile goes into a hidden folder there (`.browser-<pid>-…`) rather than
   * into /tmp, so a build killed with SIGKILL leaves nothing in /tmp, and the next build into the
   * same output removes it. Without it (or when it cannot be created), the system's temp folder.
   */
  outRoot?: string;
}

/**
 * Starts launching a headless browser at once and returns without waiting, so the caller can do
 * other work meanwhile (the build launches it while it reads, measures and draws). The caller
 * must call `close()` whatever happens; `timeoutMs` bounds the launch.
 */
export function startBrowser(options: StartOptions = {}): BrowserHandle {
  let profile: { dir: string; remove(): Promise<void> } | undefined;
  const browser = (async () => {
    const executable = findBrowser();
    profile = await makeProfileDir(options.outRoot);
    return launch(executable, profile.dir, options.timeoutMs ?? DEFAULT_LAUNCH_TIMEOUT_MS);
  })();
  browser.catch(() => undefined); // Observed by whoever awaits it, or by close(); never unhandled.
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      const launched = await browser.catch(() => undefined);
      if (launched) await closeBrowser(launched);
      await profile?.remove().catch(() => undefined);
    })());
  return { browser, close };
}

/**
 * Launches a headless browser, runs `fn` with it, and closes it whatever happens. `timeoutMs`
 * bounds the launch; printing has its own bounds (see printPdf).
 */
export async function withBrowser<T>(fn: (browser: Browser) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
  const handle = startBrowser(options);
  try {
    return await fn(await handle.browser);
  } finally {
    await handle.close();
  }
}

async function launch(executable: string, userDataDir: string, timeoutMs: number): Promise<Browser> {
  // On a failed launch puppeteer waits 5 s before killing the process, after we have returned;
  // aborting kills it at once, so a failed build leaves nothing running.
  const abort = new AbortController();
  const common: LaunchOptions = {
    headless: true,
    userDataDir,
    timeout: timeoutMs,
    // DevTools over the browser's stdio pipe, not a WebSocket: no TCP port is opened, and when this
    // process dies (even by SIGKILL) the pipe closes and Chromium exits with it.
    pipe: true,
    // A CDP call that never answers must not hang the build; printPdf's own bounds are shorter.
    protocolTimeout: 180_000,
    signal: abort.signal,
    // The CLI owns signals: it aborts the build, this function's finally closes the browser.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  };
  // In an empty network namespace where one can be made (`unshare -n`): then there is no network
  // interface at all, and Chromium opens no internet socket. unshare execs Chromium in place, so
  // the process (and its group) is the browser's own.
  const namespace = networkNamespace();
  const spawn: LaunchOptions = namespace
    ? {
        executablePath: namespace.unshare,
        ignoreDefaultArgs: true,
        args: [...namespace.args, '--', executable, ...puppeteer.defaultArgs({ ...common, args: LAUNCH_ARGS })],
      }
    : { executablePath: executable, args: LAUNCH_ARGS };
  // Over a pipe puppeteer's own `timeout` does not cover the first protocol calls (they wait for
  // `protocolTimeout`), so the launch is bounded here: a browser that does not answer is killed.
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeoutMs);
  try {
    return await puppeteer.launch({ ...common, ...spawn });
  } catch (error) {
    abort.abort();
    const text = error instanceof Error ? error.message : String(error);
    const message = timedOut || /timed out/i.test(text) ? messages.launchTimeout(executable, timeoutMs) : messages.launchFailed(executable, text);
    throw new KommunenotatError('render', message, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Closes politely; if that hangs or fails, or the browser had already died, kills its process
 * group: helper processes (renderers) outlive a crashed browser process for a while otherwise.
 */
async function closeBrowser(browser: Browser): Promise<void> {
  const pid = browser.process()?.pid;
  const wasConnected = browser.connected;
  let timer: NodeJS.Timeout | undefined;
  const closed = await Promise.race([
    browser.close().then(() => true, () => false),
    new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), CLOSE_TIMEOUT_MS); }),
  ]);
  clearTimeout(timer);
  if (pid === undefined || (closed && wasConnected)) return;
  killGroup(pid);
  await groupGone(pid, CLOSE_TIMEOUT_MS);
}

/** puppeteer launches the browser as a process-group leader (detached), so -pid reaches its helpers. */
function killGroup(pid: number): void {
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, 'SIGKILL');
      return;
    } catch {
      // No such group (or process): try the next form.
    }
  }
}

async function groupGone(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(-pid, 0);
    } catch {
      return; // No process left in the group.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function puppeteerDownload(): string | undefined {
  try {
    const path = puppeteer.executablePath();
    return isExecutable(path) ? path : undefined;
  } catch {
    return undefined; // No download configured or cache missing.
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return existsSync(path) && statSync(path).isFile();
  } catch {
    return false;
  }
}
