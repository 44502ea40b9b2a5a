import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KommunenotatError } from '../../src/errors.ts';
import { withBrowser } from '../../src/output/browser.ts';
import { printPdf, type PdfMeta, type PdfResult } from '../../src/output/pdf.ts';
import { browserForTests, pageText, pdfInfo, processesWith } from './helpers.ts';
import { syntheticNote } from './synthetic-note.ts';

const meta: PdfMeta = {
  title: 'Samarbeid i Oppdal kommune',
  author: 'Forsker Forskersen',
  subject: 'Boligsosialt arbeid',
  keywords: ['nettverk', 'boligsosialt arbeid', 'Oppdal'],
  lang: 'nb',
  date: new Date('2026-03-01T12:00:00Z'),
};

/** Lines of a page's text, trimmed, so a heading can be matched as a whole line. */
const lines = (text: string) => text.split('\n').map((line) => line.trim());

function outlineTitles(doc: PDFDocument): string[] {
  const titles: string[] = [];
  const walk = (first: PDFDict | undefined) => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = item.lookup(PDFName.of('Title'));
      if (title instanceof PDFString || title instanceof PDFHexString) titles.push(title.decodeText());
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  return titles;
}

describe.skipIf(!browserForTests())('printPdf', () => {
  let dir: string;
  let server: Server;
  let hits = 0;
  let note: ReturnType<typeof syntheticNote>;
  let result: PdfResult;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kommunenotat-pdf-test-'));
    server = createServer((_, response) => {
      hits++;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const local = `http://127.0.0.1:${(server.address() as AddressInfo).port}/logo.png`;
    const dataImage = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>')}`;
    note = syntheticNote({
      extraBody:
        `<p><img src="http://example.invalid/x.png" alt=""><img src="${local}" alt=""><img src="${dataImage}" alt=""></p>` +
        `<script>document.write('<p>SKRIPT KJØRTE</p>')</script>`,
    });
    result = await withBrowser((browser) => printPdf(browser, note.html, meta));
    file = join(dir, 'note.pdf');
    writeFileSync(file, result.pdf);
  });

  afterAll(() => {
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('puts every heading on the page the printed contents gives', () => {
    const texts = new Map<number, string[]>();
    const linesOf = (page: number) => texts.get(page) ?? texts.set(page, lines(pageText(file, page))).get(page)!;
    const contents = [2, 3].flatMap(linesOf);
    for (const heading of note.headings) {
      const entry = contents.find((line) => line.startsWith(`${heading.text} `));
      expect(entry, heading.text).toBeDefined();
      const page = Number(/(\d+)$/.exec(entry!)![1]);
      expect(linesOf(page), `${heading.text} on page ${page}`).toContain(heading.text);
      expect(linesOf(page - 1), `${heading.text} not on page ${page - 1}`).not.toContain(heading.text);
      expect(result.pages[heading.id]).toBe(page);
    }
  });

  it('fills the text page reference with the page of the figure', () => {
    const page = result.pages['fig-1']!;
    expect(lines(pageText(file, page))).toContain('Figur 1. Søyler.');
    const referring = [1, 2, 3, 4, 5, 6, 7, 8].map((p) => pageText(file, p)).join('\n');
    expect(referring).toContain(`Se figur 1, s. ${page}, for oversikten.`);
  });

  it('fills the page count, equal to pdfinfo Pages and to the running footer', () => {
    const info = pdfInfo(file);
    expect(result.pageCount).toBeGreaterThan(40);
    expect(Number(info.Pages)).toBe(result.pageCount);
    expect(pageText(file, result.pageCount)).toContain(`SIDER: ${result.pageCount}`);
    expect(pageText(file, 10)).toContain(`side 10 av ${result.pageCount}`);
  });

  it('returns the HTML with the same numbers filled in and nothing else changed', () => {
    expect(result.html).toContain(`<span class="toc-page" data-target="sec-3">${result.pages['sec-3']}</span>`);
    expect(result.html).toContain(`<span class="page-count">${result.pageCount}</span>`);
    expect(result.html.replace(/(<span class="(?:toc-page|pageref|page-count)"[^>]*>)\d+</g, '$1<')).toBe(note.html);
  });

  it('sets the metadata and keeps tags, bookmarks and language', async () => {
    const info = pdfInfo(file);
    expect(info).toMatchObject({
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Keywords: 'nettverk, boligsosialt arbeid, Oppdal',
      Creator: 'kommunenotat',
      Tagged: 'yes',
    });
    expect(info.CreationDate).toMatch(/Mar\s+1 12:00:00 2026/);
    expect(info.ModDate).toBe(info.CreationDate);
    const doc = await PDFDocument.load(result.pdf, { updateMetadata: false });
    expect(outlineTitles(doc)).toEqual(expect.arrayContaining(['1 Del 1 om samarbeid', '24.1 Underavsnitt']));
    expect(String(doc.catalog.lookup(PDFName.of('Lang')))).toBe('(nb)');
  });

  it('gives byte-identical PDFs for the same HTML, in a fresh browser', async () => {
    const again = await withBrowser((browser) => printPdf(browser, note.html, meta));
    expect(again.html).toBe(result.html);
    expect(Buffer.from(again.pdf).equals(Buffer.from(result.pdf))).toBe(true);
  });

  it('prints once, tagged, when the predicted page numbers hold, and gives the same bytes', async () => {
    expect(result).toMatchObject({ passes: 1, layoutFrom: 'emulated' }); // no prediction: the emulated layout held
    const again = await withBrowser((browser) =>
      printPdf(browser, note.html, meta, { predicted: { pages: result.pages, pageCount: result.pageCount } }),
    );
    expect(again).toMatchObject({ passes: 1, layoutFrom: 'predicted' });
    expect(again.html).toBe(result.html);
    expect(Buffer.from(again.pdf).equals(Buffer.from(result.pdf))).toBe(true);
  });

  it('prints again when the prediction does not hold, and still gives the same bytes', async () => {
    const wrong = Object.fromEntries(Object.entries(result.pages).map(([id, page]) => [id, page === 1 ? 2 : page - 1]));
    const again = await withBrowser((browser) =>
      printPdf(browser, note.html, meta, { predicted: { pages: wrong, pageCount: result.pageCount } }),
    );
    expect(again.passes).toBe(2);
    expect(again.pages).toEqual(result.pages);
    expect(Buffer.from(again.pdf).equals(Buffer.from(result.pdf))).toBe(true);
  });

  it('ignores a prediction that does not place every target', async () => {
    const [first] = Object.keys(result.pages);
    const partial = Object.fromEntries(Object.entries(result.pages).filter(([id]) => id !== first));
    const again = await withBrowser((browser) =>
      printPdf(browser, note.html, meta, { predicted: { pages: partial, pageCount: result.pageCount } }),
    );
    expect(again).toMatchObject({ passes: 1, layoutFrom: 'emulated' });
    expect(Buffer.from(again.pdf).equals(Buffer.from(result.pdf))).toBe(true);
  });

  it('measures with an untagged print when not emulating, and gives the same bytes', async () => {
    const again = await withBrowser((browser) => printPdf(browser, note.html, meta, { emulate: false }));
    expect(again).toMatchObject({ passes: 2, layoutFrom: 'measuring', pages: result.pages, pageCount: result.pageCount });
    expect(Buffer.from(again.pdf).equals(Buffer.from(result.pdf))).toBe(true);
  });

  it('runs none of the document\'s JavaScript', () => {
    expect(pageText(file, 4)).not.toContain('SKRIPT KJØRTE');
  });

  it('blocks every request the document makes but data: URLs, and reports them', () => {
    expect(hits).toBe(0);
    expect(result.blockedRequests).toEqual(['http://example.invalid/x.png', expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/logo\.png$/)]);
  });
});

describe.skipIf(!browserForTests())('printPdf, edge cases', () => {
  const small = (body: string) => `<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

  /** A page reference in a 300 pt inline-block, so its number moves the text after it. */
  const growing = (before: string, width: string) =>
    small(`<style>@page { size: A4; margin: 20mm } .skip { break-after: page }
      .pageref { display: inline-block; ${width} word-break: break-all; font-size: 300pt; line-height: 1 }</style>
      ${before}<p>Se s. <span class="pageref" data-target="t"></span></p>
      <div style="height: 150pt; break-inside: avoid"></div><h2 id="t">Målet</h2>`);

  it('prints a third time when filling in a number moves its target', async () => {
    // Empty, the reference leaves "Målet" on page 1; as "1" its tall line pushes it to page 2.
    const html = growing('<div style="height: 450pt"></div>', '');
    const result = await withBrowser((browser) => printPdf(browser, html, meta, { emulate: false }));
    expect(result).toMatchObject({ pages: { t: 2 }, pageCount: 2, passes: 3 });
    expect(result.html).toContain('<span class="pageref" data-target="t">2</span>');
    // The emulated layout makes the same first guess (page 1, the numbers left empty) without printing.
    const emulated = await withBrowser((browser) => printPdf(browser, html, meta));
    expect(emulated).toMatchObject({ pages: { t: 2 }, pageCount: 2, passes: 2, layoutFrom: 'emulated' });
    expect(Buffer.from(emulated.pdf).equals(Buffer.from(result.pdf))).toBe(true);
  });

  it('fails loudly when the numbers do not settle within three prints', async () => {
    // One digit per 300 pt line: "9" pushes the target to page 10, "10" (two lines) to page 11.
    const html = growing('<div class="skip">x</div>'.repeat(8) + '<div style="height: 450pt"></div>', 'width: 1ch;');
    await expect(withBrowser((browser) => printPdf(browser, html, meta, { emulate: false }))).rejects.toThrow(
      /did not settle after 3 passes: .*"t" \(page 10 → 11\)/,
    );
    // A guess (emulated or predicted) may take one print more; here the third print finds the fixed point
    // ("11" on two lines lands the target on page 11), and a result is only ever returned when
    // its PDF puts the target where its text says.
    const settled = await withBrowser((browser) => printPdf(browser, html, meta));
    expect(settled).toMatchObject({ layoutFrom: 'emulated', pages: { t: 11 }, passes: 3 });
    expect(settled.html).toContain('<span class="pageref" data-target="t">11</span>');
  });

  it('names a page reference whose target is not in the document', async () => {
    const html = small('<h2 id="a">A</h2><p>s. <span class="pageref" data-target="fig-missing"></span></p>');
    const error = await withBrowser((browser) => printPdf(browser, html, meta)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KommunenotatError);
    expect((error as KommunenotatError).kind).toBe('render');
    expect((error as KommunenotatError).message).toMatch(/not in the document: "fig-missing"/);
  });

  it('gives a render error, quickly, when the browser dies while printing', async () => {
    const { html } = syntheticNote();
    const started = Date.now();
    let profile = '';
    const error = await withBrowser(async (browser) => {
      profile = browser.process()!.spawnargs.find((arg) => arg.startsWith('--user-data-dir='))!;
      setTimeout(() => browser.process()?.kill('SIGKILL'), 200);
      return printPdf(browser, html, meta);
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KommunenotatError);
    expect((error as KommunenotatError).message).toMatch(/browser closed or crashed while/);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(processesWith(profile)).toEqual([]); // the browser's helper processes went with it
  });

  it('gives a render error when a step takes longer than allowed', async () => {
    const { html } = syntheticNote();
    const error = await withBrowser((browser) => printPdf(browser, html, meta, { timeoutMs: 1 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KommunenotatError);
    expect((error as KommunenotatError).message).toMatch(/did not finish .* within 0\.001 s/);
  });
});
