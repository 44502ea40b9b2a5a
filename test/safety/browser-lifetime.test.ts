// The browser lives no longer than the command line: a CLI killed with SIGKILL in the middle of the
// print leaves no Chromium process and no profile folder in /tmp (Chromium exits when its DevTools
// pipe closes; its profile lies under --out and the next build removes it), and SIGHUP stops the
// build like SIGTERM (exit 129). Either way the previous output stays byte-identical.

import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserForTests, processesWith } from '../output/helpers.ts';
import { copyDemo, fingerprint, removeTemps, runCli, startCli, tempDir } from './cli.ts';

afterAll(removeTemps);

/** Waits until no process mentions `needle` (Chromium's command lines name its profile under --out). */
async function noProcessesWith(needle: string, timeoutMs: number): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let left = processesWith(needle);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    left = processesWith(needle);
  }
  return left;
}

/** Hidden entries of `out` other than the figure cache: staging folders, locks, browser profiles. */
const leftovers = (out: string) => readdirSync(out).filter((name) => name.startsWith('.') && name !== '.cache');
const tmpProfilesOf = (pid: number) => readdirSync(tmpdir()).filter((name) => name.startsWith(`kommunenotat-chromium-${pid}-`));

/** The print is under way once the text outputs are searched for names "during the print". */
const MID_PRINT = /\[oppdal\] privacy .*during the print/;

describe.skipIf(!browserForTests())('the browser dies with the command line', () => {
  const root = copyDemo();
  const out = tempDir('lifetime-out');
  let before: Record<string, string> = {};

  beforeAll(async () => {
    const good = await runCli(['--kommune', 'oppdal', '--data', root, '--out', out], { timeoutMs: 240_000 });
    expect(good.code, good.stderr).toBe(0);
    before = fingerprint(out);
  }, 300_000);

  it('kill -9 mid-print: no Chromium left, no profile in /tmp, the previous output intact; the next build clears the rest', async () => {
    const cli = startCli(['--kommune', 'oppdal', '--data', root, '--out', out], { direct: true });
    await cli.waitFor(MID_PRINT);
    expect(processesWith(out).length).toBeGreaterThan(1); // Chromium and its helpers, printing
    process.kill(cli.child.pid!, 'SIGKILL'); // the CLI alone, not its process group
    const run = await cli.done;
    expect(run.signal).toBe('SIGKILL');
    expect(await noProcessesWith(out, 15_000)).toEqual([]);
    expect(tmpProfilesOf(cli.child.pid!)).toEqual([]);
    expect(Object.fromEntries(Object.entries(fingerprint(out)).filter(([path]) => path.startsWith('oppdal/')))).toEqual(
      Object.fromEntries(Object.entries(before).filter(([path]) => path.startsWith('oppdal/'))),
    );
    // What SIGKILL left (the profile under --out, maybe a staging folder) goes with the next build.
    const next = await runCli(['--kommune', 'oppdal', '--data', root, '--out', out], { timeoutMs: 240_000 });
    expect(next.code, next.stderr).toBe(0);
    expect(leftovers(out)).toEqual([]);
  }, 300_000);

  it('SIGHUP mid-print: stops like SIGTERM, exit 129, no Chromium left, nothing left beside the previous output', async () => {
    const previous = fingerprint(out);
    const cli = startCli(['--kommune', 'oppdal', '--data', root, '--out', out], { direct: true });
    await cli.waitFor(MID_PRINT);
    process.kill(cli.child.pid!, 'SIGHUP');
    const run = await cli.done;
    expect(run.code).toBe(129);
    expect(run.stderr).toContain('SIGHUP: stopping the build');
    expect(run.stderr).toContain('interrupted: unfinished output removed, previous output kept');
    expect(await noProcessesWith(out, 15_000)).toEqual([]);
    expect(fingerprint(out)).toEqual(previous);
    expect(leftovers(out)).toEqual([]);
    expect(tmpProfilesOf(cli.child.pid!)).toEqual([]);
  }, 300_000);
});
