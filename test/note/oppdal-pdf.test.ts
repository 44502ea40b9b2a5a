// The demo note read back from the printed PDF: one real build (the CLI, as a user runs it) of Oppdal
// (and Volda, nynorsk, for the accessibility check), then checks on what a reader gets: contents
// page numbers, the page count in the colophon, figure and table numbering and references, no
// person's name, PDF metadata, tags and fonts, and axe-core on the HTML.

import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserForTests, pageText, pdfInfo } from '../output/helpers.ts';
import { bookmarkTitles, captionNumbers, contentsEntries, headingTexts, isDoubled, norm, referredNumbers } from './read-back.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const browser = browserForTests();


describe.skipIf(!browser)('the Oppdal note, read back from the PDF', () => {
  let out = '';
  let pdf = '';
  let html = '';
  let pages: string[] = [];
  let pageCount = 0;
  let firstBuildLog = '';

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'note-oppdal-'));
    const { stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', '--kommune', 'oppdal', '--kommune', 'volda', '--out', out],
      { cwd: ROOT, timeout: 170_000, maxBuffer: 16 << 20 },
    );
    pdf = join(out, 'oppdal', 'notat.pdf');
    firstBuildLog = stderr;
    html = readFileSync(join(out, 'oppdal', 'notat.html'), 'utf8');
    pageCount = Number(pdfInfo(pdf).Pages);
    pages = Array.from({ length: pageCount }, (_, i) => pageText(pdf, i + 1));
  }, 180_000);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  const contents = () => contentsEntries(html);

  it('gives the same bytes when rebuilt from build.json as the first build did from the emulated layout', async () => {
    expect(firstBuildLog).toMatch(/\[oppdal\] pdf .*1 print, page numbers from the emulated layout/);
    const first = readFileSync(pdf);
    const { stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', '--kommune', 'oppdal', '--out', out],
      { cwd: ROOT, timeout: 170_000, maxBuffer: 16 << 20 },
    );
    expect(stderr).toMatch(/\[oppdal\] pdf .*1 print, page numbers predicted from build\.json/);
    expect(readFileSync(pdf).equals(first)).toBe(true);
  }, 180_000);

  it('prints a contents page number for every entry, and each heading is on that page', () => {
    const entries = contents();
    expect(entries.length).toBeGreaterThan(15);
    for (const entry of entries) {
      expect(entry.page, entry.text).toBeGreaterThan(0);
      expect(norm(pages[entry.page - 1]), `«${entry.text}» on page ${entry.page}`).toContain(norm(entry.text));
    }
    // The contents page of the PDF shows the same numbers (entry text, dot leader, number at the end of a line).
    const tocPage = pages.findIndex((p) => /^\s*Innhold\s*$/m.test(p));
    expect(tocPage).toBeGreaterThan(0);
    const tocText = pages[tocPage].replace(/^\s*side \d+ av \d+\s*$/gm, '');
    const printed = [...tocText.matchAll(/(\S[^\n]*?)\s+(\d+)\s*$/gm)].map((m) => Number(m[2]));
    expect(printed).toEqual(entries.map((e) => e.page).slice(0, printed.length));
    expect(printed.length).toBeGreaterThan(entries.length / 2);
  });

  it('keeps every chapter and section heading off the last line of a page', () => {
    for (const entry of contents()) {
      const lines = pages[entry.page - 1].split('\n').map((l) => l.trim()).filter(Boolean);
      // Text lines after the heading on its page, the footer («side n av N») left out.
      const heading = norm(entry.text);
      const at = lines.findIndex((l) => norm(l).length >= 6 && (heading.startsWith(norm(l)) || norm(l).startsWith(heading)));
      expect(at, `«${entry.text}» on page ${entry.page}`).toBeGreaterThanOrEqual(0);
      const after = lines.slice(at + 1).filter((l) => !/^side \d+ av \d+$/.test(l));
      expect(after.length, `«${entry.text}» ends page ${entry.page}`).toBeGreaterThan(1);
    }
  });

  it('has one bookmark per heading, each with the heading text once', () => {
    const titles = bookmarkTitles(pdf);
    expect(titles.filter(isDoubled)).toEqual([]);
    expect(titles).toEqual(headingTexts(html));
    expect(titles.length).toBeGreaterThan(40);
  });

  it('gives the page count of the PDF as SIDER in the colophon', () => {
    const colophon = pages.find((p) => /^\s*SIDER\s/m.test(p));
    expect(colophon).toBeDefined();
    expect(Number(/^\s*SIDER\s+(\d+)/m.exec(colophon!)![1])).toBe(pageCount);
    expect(pages[pageCount - 1]).not.toBe('');
    expect(norm(pages[5])).toContain(`side 6 av ${pageCount}`);
  });

  it('numbers figure and table captions 1..N in order through the PDF, as many as the HTML places', () => {
    const { figures, tables } = captionNumbers(pages);
    expect(figures).toEqual(figures.map((_, i) => i + 1));
    expect(tables).toEqual(tables.map((_, i) => i + 1));
    expect(figures.length).toBe((html.match(/<div id="fig-[^"]*" class="figure /g) ?? []).length);
    expect(tables.length).toBe((html.match(/<table id="tab-/g) ?? []).length);
    expect(figures.length).toBeGreaterThan(20);
    expect(tables.length).toBe(3);
  });

  it('refers to every figure and table in the text', () => {
    const { figures, tables } = captionNumbers(pages);
    for (const [word, placed] of [['figur', figures], ['tabell', tables]] as const) {
      const referred = referredNumbers(pages, word);
      expect(placed.filter((n) => !referred.has(n)), `${word} never referred to`).toEqual([]);
    }
  });

  it('prints no name from any persons.csv of the study, in the PDF or the HTML', () => {
    const names = readdirSync(join(ROOT, 'data', 'kommuner')).flatMap((slug) =>
      readFileSync(join(ROOT, 'data', 'kommuner', slug, 'persons.csv'), 'utf8')
        .split(/\r?\n/).slice(1).map((line) => line.split(/[;,]/)[2]?.trim() ?? '').filter((n) => n.length >= 3));
    expect(names.length).toBeGreaterThan(50);
    const pdfText = norm(pages.join('\n').replace(/-\n\s*/g, ''));
    const htmlText = norm(html.replace(/<[^>]*>/g, ' '));
    const leaked = names.filter((n) => pdfText.includes(n) || htmlText.includes(n) || html.includes(n));
    expect(leaked).toEqual([]);
  });

  it('sets Title, Author, Subject and Keywords, is tagged, and embeds every font', () => {
    const info = pdfInfo(pdf);
    expect(info.Title).toBe('Samordning av boligsosialt arbeid i Oppdal kommune');
    expect(info.Author).toMatch(/^Ingrid Helland Løvik, .* og Sindre Kvalheim$/);
    expect(info.Subject).toContain('Delrapport 2');
    expect(info.Keywords).toContain('Sosial nettverksanalyse');
    expect(info.Tagged).toBe('yes');
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    // name type encoding emb sub uni object ID: «emb» is the fifth column from the end.
    const notEmbedded = fonts.filter((l) => l.trim().split(/\s+/).slice(-5)[0] !== 'yes');
    expect(notEmbedded).toEqual([]);
  });

  it('passes axe-core with no violations, in bokmål (Oppdal) and nynorsk (Volda)', async () => {
    const { runAxe } = await import('./axe.ts');
    for (const slug of ['oppdal', 'volda']) {
      const violations = await runAxe(readFileSync(join(out, slug, 'notat.html'), 'utf8'));
      expect(violations, slug).toEqual([]);
    }
  });
});
