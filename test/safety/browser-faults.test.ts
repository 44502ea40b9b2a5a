// Browser faults through the command line: a Chromium that is missing, crashes at start or hangs gives a
// clear error (exit code 3) within a bounded time, leaves no browser process behind, and leaves the
// previous output of the kommune byte-identical.

import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyDemo, fingerprint, removeTemps, runCli, tempDir } from './cli.ts';
import { browserForTests } from '../output/helpers.ts';

afterAll(removeTemps);

/** Command lines of running processes that contain `marker`. */
function processesWith(marker: string): string[] {
  const ps = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return ps.split('\n').filter((line) => line.includes(marker) && !line.includes('ps -eo'));
}

function fakeBrowser(dir: string, body: string): string {
  const path = join(dir, 'chrome');
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

describe.skipIf(!browserForTests())('a broken browser', () => {
  const out = tempDir('faults-out');
  const root = copyDemo();
  let before: Record<string, string> = {};

  beforeAll(async () => {
    const good = await runCli(['--kommune', 'oppdal', '--data', root, '--out', out], { timeoutMs: 240_000 });
    expect(good.code, good.stderr).toBe(0);
    before = fingerprint(out);
    expect(Object.keys(before)).toContain('oppdal/notat.pdf');
  }, 300_000);

  it('missing: says PUPPETEER_EXECUTABLE_PATH points nowhere, at once', async () => {
    const run = await runCli(['--kommune', 'oppdal', '--data', root, '--out', out], {
      env: { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome' },
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/PUPPETEER_EXECUTABLE_PATH is set to "\/nonexistent\/chrome", but there is no executable file there/);
    expect(run.ms).toBeLessThan(60_000);
    expect(fingerprint(out)).toEqual(before);
  });

  it('crashes at start: says it could not be started', async () => {
    const fake = fakeBrowser(tempDir('crash'), 'echo "boom: cannot open display" >&2; exit 1');
    const run = await runCli(['--kommune', 'oppdal', '--data', root, '--out', out], { env: { PUPPETEER_EXECUTABLE_PATH: fake } });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/Chromium \(.*chrome\) could not be started/);
    expect(run.ms).toBeLessThan(60_000);
    expect(fingerprint(out)).toEqual(before);
  });

  it('hangs at start: gives up after the launch timeout and kills it', async () => {
    const marker = `777.${process.pid}${Date.now() % 10_000}`;
    const fake = fakeBrowser(tempDir('hang'), `exec sleep ${marker}`);
    const run = await runCli(['--kommune', 'oppdal', '--data', root, '--out', out], {
      env: { PUPPETEER_EXECUTABLE_PATH: fake },
      timeoutMs: 120_000,
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/did not start within \d+ s/);
    // The launch timeout is fixed at 30 s in src/output/browser.ts (no option on the command line).
    expect(run.ms).toBeLessThan(90_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(processesWith(`sleep ${marker}`)).toEqual([]);
    expect(fingerprint(out)).toEqual(before);
  }, 150_000);
});
