// --watch end to end (HTML and PDF, one Chromium): a correction builds a new note with the change
// in changes.md; a broken save prints the located problems and leaves the note byte-identical; a
// Chromium that died is started again and the next good save builds; Ctrl-C exits 130 and leaves
// no Chromium of this run behind; SIGTERM exits 130 too.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { copyDemo, removeTempDirs, runCli, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

/** A pattern that matches once stderr holds `n` occurrences of `line`. */
const times = (line: string, n: number) => new RegExp(`(${line.replace(/[[\]]/g, '\\$&')}[\\s\\S]*){${n}}`);
const waiting = (n: number) => times('[watch] waiting for changes', n);

/** Chromium's process: a child of the CLI's process (puppeteer starts it as a group leader). */
function chromiumOf(pid: number): number | undefined {
  const rows = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(pid)], { encoding: 'utf8' }).trim().split('\n');
  const row = rows.map((r) => r.trim().split(/\s+/)).find(([, comm]) => /chrom/i.test(comm ?? ''));
  return row ? Number(row[0]) : undefined;
}

/** Whether any process of the group is left 10 s after the CLI exited (time for init to reap what the CLI's exit left). */
async function groupLeft(pgid: number): Promise<string> {
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return '';
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return execFileSync('ps', ['-o', 'pid=,stat=,comm=', '-g', String(pgid)], { encoding: 'utf8' }).trim();
}

it('rebuilds on a correction, keeps the last good note on a broken save, survives a dead Chromium, stops on Ctrl-C', { timeout: 900_000 }, async () => {
  const data = copyDemo();
  const out = tempDir();
  const note = join(out, 'oppdal');
  const read = () => ({ pdf: readFileSync(join(note, 'notat.pdf')), html: readFileSync(join(note, 'notat.html')) });
  const run = runCli(['--kommune', 'oppdal', '--watch', '--format', 'html,pdf', '--data', data, '--out', out]);
  let stderr = '';
  run.child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  try {
    await run.waitFor(waiting(1));
    const first = read();
    expect(first.pdf.subarray(0, 5).toString()).toBe('%PDF-');

    // One answer corrected: a new PDF and HTML, and changes.md names the value that moved.
    const responses = join(data, 'kommuner', 'oppdal', 'responses.csv');
    const lines = readFileSync(responses, 'utf8').split('\n');
    const fields = lines[1]!.split(';');
    const before = Number(fields[1]);
    fields[1] = String(before < 6 ? before + 1 : before - 1);
    lines[1] = fields.join(';');
    writeFileSync(responses, lines.join('\n'));
    await run.waitFor(waiting(2));
    const corrected = read();
    expect(corrected.pdf.equals(first.pdf)).toBe(false);
    expect(corrected.html.equals(first.html)).toBe(false);
    expect(readFileSync(join(note, 'changes.md'), 'utf8')).toMatch(/^- Question samordning:.*mean/m);

    // A broken save: the located problem on stderr, the note as it was, byte for byte.
    const contacts = join(data, 'kommuner', 'oppdal', 'contacts.csv');
    const good = readFileSync(contacts, 'utf8');
    const brokenLine = good.trimEnd().split('\n').length + 1;
    writeFileSync(contacts, `${good.trimEnd()}\np02;p99;daglig\n`);
    await run.waitFor(waiting(3));
    const afterBroken = read();
    expect(afterBroken.pdf.equals(corrected.pdf)).toBe(true);
    expect(afterBroken.html.equals(corrected.html)).toBe(true);
    expect(stderr).toMatch(new RegExp(`contacts\\.csv:${brokenLine}:\\d+: to "p99" is not a person`));

    // Chromium dies between builds; the next good save starts it again and builds.
    const changesBefore = readFileSync(join(note, 'changes.md'), 'utf8');
    const crashed = chromiumOf(run.child.pid!);
    expect(crashed).toBeDefined();
    process.kill(-crashed!, 'SIGKILL');
    writeFileSync(contacts, good);
    await run.waitFor(waiting(4));
    expect(stderr).toMatch(/\[watch\] Chromium had stopped; starting it again/);
    expect(stderr).toMatch(times('[oppdal] done', 3));
    // A new output: changes.md now compares with the corrected note, whose values this save left alone.
    const changesAfter = readFileSync(join(note, 'changes.md'), 'utf8');
    expect(changesAfter).not.toBe(changesBefore);
    expect(changesAfter).not.toMatch(/^- Question samordning:/m);

    // Ctrl-C: exit 130, no Chromium of this run left.
    const chromium = chromiumOf(run.child.pid!);
    expect(chromium).toBeDefined();
    run.child.kill('SIGINT');
    const result = await run.done;
    expect(result.code).toBe(130);
    expect(await groupLeft(chromium!)).toBe('');
    expect(await groupLeft(crashed!)).toBe('');
  } finally {
    if (run.child.exitCode === null) run.child.kill('SIGKILL');
  }
});

it('stops on SIGTERM between builds with exit 130, the note left as written', { timeout: 300_000 }, async () => {
  const data = copyDemo();
  const out = tempDir();
  const run = runCli(['--kommune', 'oppdal', '--watch', '--format', 'html', '--data', data, '--out', out]);
  try {
    await run.waitFor(waiting(1));
    const html = readFileSync(join(out, 'oppdal', 'notat.html'));
    run.child.kill('SIGTERM');
    const result = await run.done;
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(/SIGTERM: stopping the build/);
    expect(readFileSync(join(out, 'oppdal', 'notat.html')).equals(html)).toBe(true);
  } finally {
    if (run.child.exitCode === null) run.child.kill('SIGKILL');
  }
});
