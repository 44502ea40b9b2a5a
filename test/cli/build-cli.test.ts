// The CLI end to end (HTML only, so no browser): a failed, interrupted or concurrent build leaves
// the previous output or one complete new one; changes.md says what changed; --all goes on past a
// failing kommune.

import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readCsv } from '../../src/load/read-csv.ts';
import { nodeOutputFs, type OutputFs } from '../../src/output/write-output.ts';
import { build } from '../../src/pipeline/build.ts';
import { silentLogger } from '../../src/pipeline/effects.ts';
import { snapshot } from '../pipeline/helpers.ts';
import { copyDemo, removeTempDirs, ROOT, runCli, tempDir } from './helpers.ts';

afterEach(removeTempDirs);

/** One good build of the unchanged demo, made once; tests start from a copy of it. */
let reference: { out: string; files: Record<string, string> };
beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'kommunenotat-ref-'));
  reference = { out, files: await goodBuild(join(ROOT, 'data'), out) };
});
afterAll(() => rmSync(reference.out, { recursive: true, force: true }));

/** A copy of the demo data and an output folder holding a previous build of oppdal from it. */
function previousBuild(): { data: string; out: string; before: Record<string, string> } {
  const out = tempDir();
  cpSync(reference.out, out, { recursive: true });
  return { data: copyDemo(), out, before: snapshot(join(out, 'oppdal')) };
}

const html = (data: string, out: string, ...more: string[]) => ['--kommune', 'oppdal', '--format', 'html', '--data', data, '--out', out, ...more];

async function goodBuild(data: string, out: string): Promise<Record<string, string>> {
  const result = await runCli(html(data, out)).done;
  expect(result.stderr).toMatch(/\[oppdal\] done/);
  expect(result.code).toBe(0);
  return snapshot(join(out, 'oppdal'));
}

/** What a build leaves in the output root besides the figures it keeps for the next one (`.cache/`). */
const notes = (out: string) => readdirSync(out).filter((name) => name !== '.cache');

describe('build:report (HTML)', () => {
  it('keeps the previous output byte-identical when a CSV is broken', async () => {
    const { data, out, before } = previousBuild();
    expect(before).toEqual(reference.files);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['notat.html', 'metrics.json', 'changes.md', 'build.json']));
    expect(Buffer.from(before['changes.md'], 'base64').toString()).toMatch(/first build/);

    const keptBefore = snapshot(join(out, '.cache'));
    expect(Object.keys(keptBefore).length).toBeGreaterThan(10); // the figures kept for the next build
    appendFileSync(join(data, 'kommuner/oppdal/contacts.csv'), 'p01;p02;ukenlig\n');
    const broken = await runCli(html(data, out)).done;
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/contacts\.csv:\d+:3: frequency "ukenlig" is not one of/);
    expect(snapshot(join(out, 'oppdal'))).toEqual(before);
    expect(notes(out)).toEqual(['oppdal']);
    expect(snapshot(join(out, '.cache'))).toEqual(keptBefore);
  });

  it('keeps the previous output byte-identical when writing fails (full disk)', async () => {
    const { data, out, before } = previousBuild();
    let writes = 0;
    const fs: OutputFs = {
      ...nodeOutputFs,
      async writeFile(path, content) {
        if (++writes > 3) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        await nodeOutputFs.writeFile(path, content);
      },
    };
    const options = { data, out, kommuner: ['oppdal'], all: false, formats: ['html' as const] };
    const report = await build(options, { logger: silentLogger(), now: () => performance.now(), fs });
    expect(report.results[0]).toMatchObject({ slug: 'oppdal', ok: false });
    expect(String(report.results[0].error)).toMatch(/cannot write the output to .*: no space left on the device/);
    expect(snapshot(join(out, 'oppdal'))).toEqual(before);
    expect(notes(out)).toEqual(['oppdal']);
  });

  it('says in changes.md what changed since the previous build', async () => {
    const { data, out } = previousBuild();
    const metrics = JSON.parse(readFileSync(join(out, 'oppdal/metrics.json'), 'utf8'));
    const { to } = addDailyTie(data, metrics);
    const second = await runCli(html(data, out)).done;
    expect(second.code).toBe(0);
    const changes = readFileSync(join(out, 'oppdal/changes.md'), 'utf8');
    const edges = metrics.networks.daily.edges as number;
    const daily = changes.split('\n').find((line) => line.startsWith('- Daily network:'))!;
    expect(daily).toContain(`ties ${edges} → ${edges + 1}`);
    expect(daily).toMatch(new RegExp(`now with a tie: ${to}\\b`));
    expect(changes).toMatch(/- changed: `network-oppdal-daily`/);
    expect(second.stderr).toMatch(/\[oppdal\] changes: .*\d+ measures?.*changes\.md\)/);
    expect(second.stderr).toMatch(/\[oppdal\] {3}Daily network: ties \d+ → \d+/);
    // Names never: persons appear by id and function label only.
    const names = readCsv(join(data, 'kommuner/oppdal/persons.csv')).table!.rows.map((row) => row.values.name ?? '').filter((n) => n.length >= 3);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(changes).not.toContain(name);

    const third = await runCli(html(data, out)).done;
    expect(readFileSync(join(out, 'oppdal/changes.md'), 'utf8')).toMatch(/Nothing changed since the previous build/);
    expect(third.stderr).toMatch(/\[oppdal\] changes: none since the previous build/);
  });

  it('gives one complete build when two builds of one kommune write at once', async () => {
    const a = copyDemo();
    const b = copyDemo();
    addDailyTie(b, JSON.parse(readFileSync(join(reference.out, 'oppdal/metrics.json'), 'utf8')));
    const out = tempDir();
    const [ra, rb] = await Promise.all([runCli(html(a, out)).done, runCli(html(b, out)).done]);
    expect([ra.code, rb.code]).toEqual([0, 0]);
    // What each build alone gives, built right after so that both see the same code.
    const refA = tempDir();
    const refB = tempDir();
    await Promise.all([goodBuild(a, refA), goodBuild(b, refB)]);
    const result = withoutHistory(snapshot(join(out, 'oppdal')));
    const fromA = withoutHistory(snapshot(join(refA, 'oppdal')));
    const fromB = withoutHistory(snapshot(join(refB, 'oppdal')));
    expect(fromA).not.toEqual(fromB);
    expect([fromA, fromB]).toContainEqual(result);
    expect(notes(out)).toEqual(['oppdal']);
  });

  it('stops on SIGINT with exit 130, leaving the previous output and no staging folder', async () => {
    const { data, out, before } = previousBuild();
    const run = runCli(html(data, out));
    await run.waitFor(/\[study\] metrics/);
    run.child.kill('SIGINT');
    const result = await run.done;
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(/SIGINT: stopping the build/);
    expect(snapshot(join(out, 'oppdal'))).toEqual(before);
    expect(notes(out)).toEqual(['oppdal']);
  });

  it('--all builds the other kommuner when one fails, prints a summary table and exits non-zero', async () => {
    const data = copyDemo();
    const out = tempDir();
    const yaml = join(data, 'kommuner/rissa/kommune.yaml');
    const parsed = parse(readFileSync(yaml, 'utf8')) as { note?: { text?: Record<string, unknown> } };
    parsed.note = { ...parsed.note, text: { ...parsed.note?.text, vedlegg: 'finnes-ikke.md' } };
    writeFileSync(yaml, stringify(parsed));
    const result = await runCli(['--all', '--format', 'html', '--data', data, '--out', out]).done;
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\[rissa\] error: .*missing/);
    expect(result.stderr).toMatch(/kommune\.yaml:\d+:\d+: note\.text\.vedlegg: text file "finnes-ikke\.md" not found/);
    const table = result.stderr.slice(result.stderr.indexOf('kommune  status'));
    expect(table).toMatch(/^rissa +FAILED/m);
    for (const slug of ['orland', 'naroy', 'oppdal', 'volda']) {
      expect(table).toMatch(new RegExp(`^${slug} +ok +\\d+\\.\\d s +\\d+$`, 'm'));
      expect(existsSync(join(out, slug, 'notat.html'))).toBe(true);
    }
    expect(table).toMatch(/4 built, 1 failed/);
    expect(existsSync(join(out, 'rissa'))).toBe(false);
  });
  it('names exactly the effects of one tie added and one rating changed, readably; the other notes name their comparison change', async () => {
    const { data, out } = previousBuild();
    const orland = ['--kommune', 'orland', '--format', 'html', '--data', data, '--out', out];
    expect((await runCli(orland).done).code).toBe(0); // Ørland's previous note
    const metrics = JSON.parse(readFileSync(join(out, 'oppdal/metrics.json'), 'utf8'));
    addDailyTie(data, metrics);
    const { before, after } = raiseOneRating(data, 'samordning');
    const result = await runCli(html(data, out)).done;
    expect(result.code).toBe(0);
    const changes = readFileSync(join(out, 'oppdal/changes.md'), 'utf8');

    // Short, and no raw unrounded value (those stay in build.json).
    expect(changes.split('\n').length).toBeLessThan(45);
    expect(changes).not.toMatch(/\d[.,]\d{4,}/);
    expect(JSON.parse(readFileSync(join(out, 'oppdal/build.json'), 'utf8')).changed).toContainEqual(
      expect.objectContaining({ path: 'questions.samordning.mean', before: metrics.questions.samordning.mean }),
    );

    // The measures: only the networks (the tie) and the samordning question (the rating) moved.
    const groups = sectionOf(changes, 'Measures of Oppdal').map((line) => /^- ([^:]+):/.exec(line)?.[1]);
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) expect(group).toMatch(/^(Question samordning|(Daily|Weekly|Monthly) network|Per person)/);
    const question = sectionOf(changes, 'Measures of Oppdal').find((line) => line.startsWith('- Question samordning:'))!;
    expect(question).toMatch(/mean \d,\d → \d,\d/);
    expect(question).toContain(`answers «${before}»`);
    expect(question).toContain(`answers «${after}»`);
    expect(sectionOf(changes, 'Measures of Oppdal').find((line) => line.startsWith('- Daily network:'))).toMatch(/ties (\d+) → \d+/);

    // Figures: the kommune's networks and the samordning charts; nothing about møteplasser or politics.
    const figures = sectionOf(changes, 'Figures').join('\n');
    expect(figures).toMatch(/network-oppdal-daily/);
    expect(figures).toMatch(/rating-samordning-oppdal/);
    expect(figures).not.toMatch(/moteplasser|political-|network-(?!oppdal)/);
    expect(sectionOf(changes, 'Tables')).toEqual(['- `mean-samordning`']);

    // The text: sentences bound to the samordning numbers changed, the changed numbers marked in place.
    expect(sectionOf(changes, 'Numbers in the text').some((line) => /\[[^\]]+ → [^\]]+\]/.test(line))).toBe(true);
    expect(changes).not.toContain('## The comparison changed'); // the note's own data, not another's

    // Ørland's note: its comparison chapter changed because Oppdal's data did, and it says so.
    expect((await runCli(orland).done).code).toBe(0);
    const other = readFileSync(join(out, 'orland/changes.md'), 'utf8');
    const comparison = sectionOf(other, "The comparison changed: other kommuner's numbers");
    expect(comparison).toHaveLength(1);
    expect(comparison[0]).toMatch(/^- Oppdal: question samordning: mean \d,\d → \d,\d; .*daily network: ties \d+ → \d+/);
    expect(other).not.toContain('## Measures'); // Ørland's own numbers did not change
  }, 120_000);

});

/** changes.md and build.json depend on which build came first; everything else is the build's own. */
function withoutHistory(files: Record<string, string>): Record<string, string> {
  const { 'changes.md': _c, 'build.json': _b, ...rest } = files;
  return rest;
}

/** Adds a daily contact from a respondent to a person with no daily tie; returns the pair. */
function addDailyTie(data: string, metrics: { networks: { daily: { isolates: string[] } } }): { from: string; to: string } {
  const dir = join(data, 'kommuner/oppdal');
  const contacts = readFileSync(join(dir, 'contacts.csv'), 'utf8');
  const delimiter = contacts.split('\n')[0].includes(';') ? ';' : ',';
  const respondents = readCsv(join(dir, 'responses.csv')).table!.rows.map((row) => row.values.id);
  const to = metrics.networks.daily.isolates[0];
  const reported = new Set(contacts.split('\n').map((l) => l.split(delimiter).slice(0, 2).join('>')));
  const from = respondents.find((r) => r !== to && !reported.has(`${r}>${to}`))!;
  appendFileSync(join(dir, 'contacts.csv'), `${contacts.endsWith('\n') ? '' : '\n'}${from}${delimiter}${to}${delimiter}daglig\n`);
  return { from, to };
}

/** The list items under one `## title` section of changes.md. */
function sectionOf(changes: string, title: string): string[] {
  const start = changes.indexOf(`## ${title}`);
  if (start < 0) return [];
  const rest = changes.slice(start).split('\n').slice(1);
  const end = rest.findIndex((line) => line.startsWith('## '));
  return (end < 0 ? rest : rest.slice(0, end)).filter((line) => line.startsWith('- '));
}

/** Raises one respondent's rating (1..5) on a question by one; returns the old and new value. */
function raiseOneRating(data: string, question: string): { before: number; after: number } {
  const file = join(data, 'kommuner/oppdal/responses.csv');
  const table = readCsv(file).table!;
  const column = table.columns[question] - 1;
  const row = table.rows.find((r) => /^[1-5]$/.test(r.values[question].trim()))!;
  const before = Number(row.values[question].trim());
  const lines = readFileSync(file, 'utf8').split('\n');
  const fields = lines[row.line - 1].split(table.delimiter);
  fields[column] = String(before + 1);
  lines[row.line - 1] = fields.join(table.delimiter);
  writeFileSync(file, lines.join('\n'));
  return { before, after: before + 1 };
}
