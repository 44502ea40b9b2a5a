// A note of a study of 40 kommuner (the compact comparison chapter), read back from the printed PDF:
// contents page numbers, figure and table numbering and references, every table with a row per
// kommune whole on one page, far fewer pages than the full chapter would give, and axe-core on the
// HTML with its marked rows. One real build through the CLI of one note of a synthetic study.

import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticStudy } from '../../scripts/synthetic-study.ts';
import { browserForTests, pageText, pdfInfo } from '../output/helpers.ts';
import { captionNumbers, contentsEntries, norm, referredNumbers } from './read-back.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const browser = browserForTests();
const KOMMUNER = 40;
const OWN = 'syn17';


describe.skipIf(!browser)('a note of a 40-kommune study, read back from the PDF', () => {
  let dir = '';
  let html = '';
  let pdf = '';
  let pages: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'note-compact-'));
    writeSyntheticStudy(join(dir, 'data'), { kommuner: KOMMUNER, persons: 30, seed: 1 });
    await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', '--kommune', OWN, '--data', join(dir, 'data'), '--out', join(dir, 'out')],
      { cwd: ROOT, timeout: 170_000, maxBuffer: 16 << 20 },
    );
    pdf = join(dir, 'out', OWN, 'notat.pdf');
    html = readFileSync(join(dir, 'out', OWN, 'notat.html'), 'utf8');
    const count = Number(pdfInfo(pdf).Pages);
    pages = Array.from({ length: count }, (_, i) => pageText(pdf, i + 1));
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const contents = () => contentsEntries(html);

  it('prints a contents page number for every entry, and each heading is on that page', () => {
    const entries = contents();
    expect(entries.map((e) => e.text)).toContain('Daglig og ukentlig kontakt i kommunene');
    for (const entry of entries) {
      expect(entry.page, entry.text).toBeGreaterThan(0);
      expect(norm(pages[entry.page - 1]!), `«${entry.text}» on page ${entry.page}`).toContain(norm(entry.text));
    }
  });

  it('numbers figures and tables 1..N in order, as many as the HTML places, each referred to', () => {
    const { figures, tables } = captionNumbers(pages);
    expect(figures).toEqual(figures.map((_, i) => i + 1));
    expect(tables).toEqual(tables.map((_, i) => i + 1));
    expect(figures.length).toBe((html.match(/<div id="fig-[^"]*" class="figure /g) ?? []).length);
    expect(tables.length).toBe((html.match(/<table id="tab-/g) ?? []).length);
    // Three examples, two charts of the study, and the own chapter's figures: no other kommune's.
    expect(figures.length).toBeLessThan(20);
    expect(tables.length).toBe(7);
    for (const [word, placed] of [['figur', figures], ['tabell', tables]] as const) {
      const referred = referredNumbers(pages, word);
      expect(placed.filter((n) => !referred.has(n)), `${word} never referred to`).toEqual([]);
    }
  });

  it('keeps every table with a row per kommune whole on the page of its caption', () => {
    const names = Array.from({ length: KOMMUNER }, (_, i) => `Syntetisk ${String(i + 1).padStart(2, '0')}`);
    const perKommune = [...html.matchAll(/<table id="tab-([^"]+)" class="[^"]*note-table-per-kommune/g)].map((m) => m[1]!);
    expect(perKommune).toEqual(['mean-samordning', 'mean-moteplasser', 'networks-daily', 'networks-weekly', 'political-contact']);
    const captions = pages.flatMap((p, i) => [...p.matchAll(/^\s*Tabell (\d+):/gm)].map((m) => ({ table: Number(m[1]), page: i })));
    // Tables 2-6 are the five above (Tabell 1 is the functions table, 7 the labels of the own chapter).
    for (const { table, page } of captions.filter((c) => c.table >= 2 && c.table <= 6)) {
      const text = norm(pages[page]!);
      expect(names.filter((name) => !text.includes(name)), `Tabell ${table} on page ${page + 1}`).toEqual([]);
    }
  });

  it('is about half the pages of the full chapter, printed at full size', () => {
    expect(pages.length).toBeLessThan(30);
    // A table wider than the page (the full chapter's functions table with a column per kommune)
    // makes Chromium shrink every page to fit it: the chapter title was then 17 pt high, not 26.
    const page = contents().find((e) => e.id === 'kap-resultater' || e.text.startsWith('Resultater'))!.page;
    const bbox = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
    const title = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Resultater<\/word>/.exec(bbox);
    expect(title).not.toBeNull();
    expect(Number(title![2]) - Number(title![1])).toBeGreaterThan(24);
  });

  it('passes axe-core with no violations', async () => {
    const { runAxe } = await import('./axe.ts');
    expect(await runAxe(html)).toEqual([]);
  });
});
