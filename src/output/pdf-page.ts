// A fresh browser page for one document: its JavaScript off, every request but data: aborted and
// recorded, and each step bounded in time and turned into a render error if the page crashes.

import type { Browser, HTTPRequest, Page } from 'puppeteer';
import { KommunenotatError } from '../errors.ts';
import { messages } from './pdf-messages.ts';

export interface DocumentPage {
  page: Page;
  /** URLs the document tried to load; all were aborted. */
  blockedRequests: string[];
  /** Runs one step; rejects with a render error on timeout, page crash or browser exit. */
  step<T>(what: string, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens a page, loads `html` into it and waits for its fonts. `media: 'print'` lays it out in print
 * media from the start (for a page that is only measured, never printed: no second layout).
 */
export async function openDocumentPage(browser: Browser, html: string, timeoutMs: number, media?: 'print'): Promise<DocumentPage> {
  const failure = watchForFailure(browser);
  const step = <T>(what: string, work: () => Promise<T>) => bounded(what, timeoutMs, work, failure);
  const page = await step('opening a page', () => browser.newPage()).catch((error: unknown) => {
    failure.dispose();
    throw error;
  });
  failure.watchPage(page);
  const blockedRequests: string[] = [];
  const close = async () => {
    failure.dispose();
    await closeQuietly(page);
  };
  try {
    await step('preparing the page', async () => {
      await page.setJavaScriptEnabled(false);
      if (media) await page.emulateMediaType(media);
      await page.setRequestInterception(true);
      page.on('request', (request) => void handleRequest(request, blockedRequests));
    });
    // setContent writes into about:blank, so the document itself is never a request.
    await step('loading the HTML', () => page.setContent(html, { waitUntil: 'load', timeout: timeoutMs }));
    // evaluate() runs through the DevTools protocol, so it works with the document's JavaScript off.
    await step('loading fonts', () => page.evaluate(() => document.fonts.ready.then(() => undefined)));
    return { page, blockedRequests, step, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function handleRequest(request: HTTPRequest, blocked: string[]): Promise<void> {
  const url = request.url();
  try {
    if (url.startsWith('data:') || url === 'about:blank') await request.continue();
    else {
      blocked.push(url);
      await request.abort('blockedbyclient');
    }
  } catch {
    // The page closed while the request was pending; nothing to do.
  }
}

interface FailureWatch {
  /** Rejects (never resolves) when the page crashes or the browser goes away. */
  promise: Promise<never>;
  /** The step running now, for the message. */
  step: { current: string };
  watchPage(page: Page): void;
  dispose(): void;
}

function watchForFailure(browser: Browser): FailureWatch {
  const step = { current: 'starting' };
  let fail: (error: KommunenotatError) => void = () => undefined;
  const promise = new Promise<never>((_, reject) => { fail = reject; });
  promise.catch(() => undefined); // Observed by bounded(); never an unhandled rejection.
  const onCrash = (error: Error) => fail(new KommunenotatError('render', messages.pageCrashed(step.current, error.message), { cause: error }));
  const onGone = () => fail(new KommunenotatError('render', messages.browserGone(step.current)));
  let watched: Page | undefined;
  browser.on('disconnected', onGone);
  if (!browser.connected) onGone();
  return {
    promise,
    step,
    watchPage: (page) => {
      watched = page;
      page.on('error', onCrash);
    },
    dispose: () => {
      watched?.off('error', onCrash);
      browser.off('disconnected', onGone);
    },
  };
}

async function bounded<T>(what: string, ms: number, start: () => Promise<T>, failure: FailureWatch): Promise<T> {
  failure.step.current = what;
  const work = start();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new KommunenotatError('render', messages.stepTimeout(what, ms))), ms);
  });
  try {
    return await Promise.race([work, timeout, failure.promise]);
  } catch (error) {
    if (error instanceof KommunenotatError) throw error;
    throw new KommunenotatError('render', messages.stepFailed(what, error instanceof Error ? error.message : String(error)), { cause: error });
  } finally {
    clearTimeout(timer);
    work.catch(() => undefined); // The losing side of the race may still reject later.
  }
}

async function closeQuietly(page: Page): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    page.close().catch(() => undefined),
    new Promise<void>((resolve) => { timer = setTimeout(resolve, 2_000); }),
  ]);
  clearTimeout(timer);
}
