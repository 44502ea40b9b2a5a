import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KommunenotatError } from '../../src/errors.ts';
import { findBrowser, withBrowser } from '../../src/output/browser.ts';
import { browserForTests, processesWith } from './helpers.ts';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const savedPath = process.env.PUPPETEER_EXECUTABLE_PATH;
afterEach(() => {
  if (savedPath === undefined) delete process.env.PUPPETEER_EXECUTABLE_PATH;
  else process.env.PUPPETEER_EXECUTABLE_PATH = savedPath;
});

describe('findBrowser', () => {
  it('refuses a PUPPETEER_EXECUTABLE_PATH that does not exist, and says how to fix it', () => {
    expect(() => findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/nowhere/chrome', PATH: '' })).toThrow(
      /PUPPETEER_EXECUTABLE_PATH is set to "\/nowhere\/chrome".*unset it/,
    );
  });
});

describe.skipIf(!browserForTests())('withBrowser', () => {
  it('closes the browser and removes its profile even when the work throws', async () => {
    let pid = 0;
    let profile = '';
    const error = await withBrowser(async (browser) => {
      pid = browser.process()!.pid!;
      profile = browser.process()!.spawnargs.find((arg) => arg.startsWith('--user-data-dir='))!.split('=')[1]!;
      expect(processesWith(profile).length).toBeGreaterThan(1); // the browser and its helpers
      throw new Error('work failed');
    }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('work failed');
    expect(alive(pid)).toBe(false);
    expect(processesWith(profile)).toEqual([]);
    expect(existsSync(profile)).toBe(false);
  });

  it('returns what the work returns, with the browser closed', async () => {
    let pid = 0;
    const version = await withBrowser(async (browser) => {
      pid = browser.process()!.pid!;
      return browser.version();
    });
    expect(version).toMatch(/Chrom/);
    expect(alive(pid)).toBe(false);
  });

  it('gives a render error when the browser does not start in time, and leaves nothing running', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kommunenotat-fake-browser-'));
    const marker = `600.${process.pid}${Date.now() % 1000}`;
    const fake = join(dir, 'chrome');
    writeFileSync(fake, `#!/bin/sh\nexec sleep ${marker}\n`);
    chmodSync(fake, 0o755);
    process.env.PUPPETEER_EXECUTABLE_PATH = fake;
    try {
      const started = Date.now();
      const error = await withBrowser(async () => 'never', { timeoutMs: 1_500 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(KommunenotatError);
      expect((error as KommunenotatError).kind).toBe('render');
      expect((error as KommunenotatError).message).toMatch(/did not start within 1\.5 s/);
      expect(Date.now() - started).toBeLessThan(10_000);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(processesWith(`sleep ${marker}`)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
