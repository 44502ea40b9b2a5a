// The output folder through the real command line: a build never writes into its own input, never
// replaces a folder it did not write, says in one line when --out cannot be written, and names the
// build that holds a kommune's lock at once, then gives up after the stated time with exit code 5.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockPath } from '../../src/output/write-output.ts';
import { copyDemo, fingerprint, removeTemps, runCli, stderrLines, tempDir } from './cli.ts';

afterAll(removeTemps);

const HTML = ['--format', 'html'];

describe('--out and --data', () => {
  const root = copyDemo();
  let before: Record<string, string> = {};
  beforeAll(() => {
    before = fingerprint(root);
  });

  it('--out <data>/kommuner is a usage error and every input byte stays as it was', async () => {
    const run = await runCli(['--kommune', 'oppdal', '--data', root, '--out', join(root, 'kommuner'), ...HTML]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      `error: --out "${join(root, 'kommuner')}" lies inside the data set (--data "${root}"): the build would replace its input. Write the notes outside the data set, e.g. --out output`,
    );
    expect(fingerprint(root)).toEqual(before);
  });

  it('--out equal to --data, or holding it, is refused the same way', async () => {
    const same = await runCli(['--kommune', 'oppdal', '--data', root, '--out', root, ...HTML]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/is the data set itself/);
    const parent = await runCli(['--kommune', 'oppdal', '--data', root, '--out', join(root, '..'), ...HTML]);
    expect(parent.code).toBe(2);
    expect(parent.stderr).toMatch(/lies inside the output folder/);
    expect(fingerprint(root)).toEqual(before);
  });
});

describe('what is already in --out', () => {
  const root = copyDemo();

  it('a folder named like the kommune that no build wrote is named and left byte-identical (exit 1)', async () => {
    const out = tempDir('foreign-out');
    mkdirSync(join(out, 'oppdal'));
    writeFileSync(join(out, 'oppdal', 'persons.csv'), 'id;functions;name\np01;drift;\n');
    const before = fingerprint(out);
    const run = await runCli(['--kommune', 'oppdal', '--data', root, '--out', out, ...HTML]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${join(out, 'oppdal')}: is not the output of an earlier build (it has no build.json for oppdal), so it is not replaced.`);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack
    expect(fingerprint(out)).toEqual(before);
  });

  it('--out naming a file is a usage error; the file is untouched', async () => {
    const dir = tempDir('file-out');
    const file = join(dir, 'notat.txt');
    writeFileSync(file, 'mine');
    const run = await runCli(['--kommune', 'oppdal', '--data', root, '--out', file, ...HTML]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`error: --out "${file}" is a file, not a folder. Name a folder (it is created if missing)`);
    expect(fingerprint(dir)).toEqual({ 'notat.txt': expect.any(String) });
  });

  it('--out below a file: one line, exit 6, no stack', async () => {
    const dir = tempDir('under-file');
    writeFileSync(join(dir, 'file'), 'x');
    const run = await runCli(['--kommune', 'oppdal', '--data', root, '--out', join(dir, 'file', 'out'), ...HTML]);
    expect(run.code).toBe(6);
    const errors = run.stderr.split('\n').filter((line) => line.includes('error'));
    expect(errors).toEqual([expect.stringMatching(/^\[oppdal\] error: cannot write the output to .*file.*: a part of the path is a file, not a folder$/)]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a lock held by a live build: its pid said at once, the stated wait, then exit 5; the output untouched', async () => {
    const out = tempDir('locked-out');
    const good = await runCli(['--kommune', 'oppdal', '--data', root, '--out', out, ...HTML]);
    expect(good.code, good.stderr).toBe(0);
    const before = fingerprint(out);
    // This test process is the live holder.
    writeFileSync(lockPath(out, 'oppdal'), `${process.pid} token ${Date.now()}\n`);
    const lockedBefore = fingerprint(out);
    const run = await runCli(['--kommune', 'oppdal', '--data', root, '--out', out, '--lock-timeout', '1.5', ...HTML]);
    expect(run.code).toBe(5);
    const lines = stderrLines(run, root);
    expect(lines).toContain(`[oppdal] another build (pid ${process.pid}) is writing this kommune's output (lock ${lockPath(out, 'oppdal')}); waiting for it at most 1.5 s`);
    expect(lines).toContain(`[oppdal] error: another build (pid ${process.pid}) kept the lock of oppdal for more than 1.5 s; nothing was written`);
    expect(fingerprint(out)).toEqual(lockedBefore);
    expect(Object.keys(before).every((path) => path in lockedBefore)).toBe(true);
  });

  it('KOMMUNENOTAT_LOCK_TIMEOUT sets the wait when the flag is not given; a stale lock is taken over with a note', async () => {
    const out = tempDir('stale-out');
    writeFileSync(lockPath(out, 'oppdal'), `${process.pid} token ${Date.now()}\n`);
    const waited = await runCli(['--kommune', 'oppdal', '--data', root, '--out', out, ...HTML], { env: { KOMMUNENOTAT_LOCK_TIMEOUT: '0.5' } });
    expect(waited.code).toBe(5);
    expect(waited.stderr).toMatch(/waiting for it at most 0\.5 s/);
    writeFileSync(lockPath(out, 'oppdal'), `999999999 token ${Date.now()}\n`);
    const run = await runCli(['--kommune', 'oppdal', '--data', root, '--out', out, ...HTML]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`[oppdal] took over the lock ${lockPath(out, 'oppdal')} of build pid 999999999, which is no longer running`);
    expect(existsSync(lockPath(out, 'oppdal'))).toBe(false);
  });
});
