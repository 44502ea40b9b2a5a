// The emulated layout (src/output/pdf-emulate.ts) against Chromium's own print: every target on
// the page a measuring print finds, the document put back exactly, and a refusal wherever columns
// are known to differ from pages.

import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer';
import { withBrowser } from '../../src/output/browser.ts';
import { emulateLayout } from '../../src/output/pdf-emulate.ts';
import { printPdf, withoutSvgContent, type PdfMeta } from '../../src/output/pdf.ts';
import { browserForTests } from './helpers.ts';
import { syntheticNote } from './synthetic-note.ts';

const meta: PdfMeta = { title: 't', author: 'a', subject: 's', keywords: [], lang: 'nb', date: new Date('2026-03-01T12:00:00Z') };

const doc = (style: string, body: string) =>
  `<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>t</title><style>${style}</style></head><body>${body}</body></html>`;

const toc = (ids: string[]) => `<nav>${ids.map((id) => `<a href="#${id}">${id} <span class="toc-page" data-target="${id}"></span></a>`).join('<br>')}</nav>`;

const lorem = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Avsnitt ${i + 1}: samordning av arbeidet med boliger, tjenester og oppfølging av ` +
    'beboere krever at mange ansatte snakker sammen jevnlig, på tvers av etater og nivåer i kommunen.</p>').join('');

/** A document with what the note uses: forced breaks, a named page, headings kept with text, orphans and widows, unbreakable figures, a long table. */
function featureDocument(): { html: string; targets: string[] } {
  const rows = Array.from({ length: 70 }, (_, i) => `<tr><th>Kommune ${i + 1}</th><td>${(i * 7) % 13}</td><td>${(i * 3) % 11}</td></tr>`).join('');
  const sections = Array.from({ length: 9 }, (_, i) => {
    const figure = `<figure id="fig-${i}"><svg width="160mm" height="${40 + (i * 23) % 90}mm" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg><figcaption>Figur ${i + 1}</figcaption></figure>`;
    const table = i === 4 ? `<div class="table-wrap"><table id="tab-long"><caption>Tabell 1</caption><thead><tr><th>K</th><th>a</th><th>b</th></tr></thead><tbody>${rows}</tbody></table></div>` : '';
    return `<section class="chapter"><h2 id="kap-${i}">Kapittel ${i + 1}</h2>${lorem(3 + (i * 5) % 7)}<h3 id="sek-${i}">Underavsnitt</h3>${lorem(2 + i % 4)}${figure}${table}${lorem(i % 3)}</section>`;
  });
  const targets = [...Array.from({ length: 9 }, (_, i) => [`kap-${i}`, `sek-${i}`]).flat(), 'tab-long'];
  const style = `
    @page { size: A4; margin: 25mm 24mm }
    @page cover { @bottom-center { content: none } }
    body { font: 11pt/1.45 serif; }
    .cover { page: cover; min-height: 200mm; }
    .chapter { break-before: page; }
    h2, h3 { break-after: avoid; }
    p { orphans: 3; widows: 3; margin: 0 0 0.7em; }
    figure { break-inside: avoid; margin: 1.2em 0; }
    figure svg { max-width: 100%; height: auto; }
    table { width: 100%; border-collapse: collapse; }
    td, th { padding: 0.25em 0.5em; border-bottom: 1px solid #ccc; }`;
  const html = doc(style, `<div class="cover"><h1>Notat</h1></div>${toc(targets)}${sections.join('')}<p>Sider: <span class="page-count"></span></p>`);
  return { html, targets };
}

async function loaded(browser: Browser, html: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setContent(html, { waitUntil: 'load' });
  return page;
}

function onPage<T>(html: string, work: (page: Page) => Promise<T>): Promise<T> {
  return withBrowser(async (browser) => work(await loaded(browser, html)));
}

describe.skipIf(!browserForTests())('emulateLayout', () => {
  it('puts every target of a document with breaks, named pages, figures and a long table where the print does', async () => {
    const { html, targets } = featureDocument();
    const measured = await withBrowser((browser) => printPdf(browser, html, meta, { emulate: false }));
    expect(measured.pageCount).toBeGreaterThan(15);
    const emulated = await onPage(html, (page) => emulateLayout(page, targets));
    expect(emulated).toEqual({ pages: measured.pages, pageCount: measured.pageCount });
  });

  it('agrees with the print on the 58-page synthetic note (30 figures, 48 contents entries)', async () => {
    const note = syntheticNote();
    const measured = await withBrowser((browser) => printPdf(browser, note.html, meta, { emulate: false }));
    const emulated = await onPage(note.html, (page) => emulateLayout(page, Object.keys(measured.pages)));
    expect(emulated).toEqual({ pages: measured.pages, pageCount: measured.pageCount });
  });

  it('leaves the document exactly as it was', async () => {
    const { html, targets } = featureDocument();
    const [before, after, media] = await onPage(html, async (page) => {
      const before = await page.content();
      await emulateLayout(page, targets);
      return [before, await page.content(), await page.evaluate(() => matchMedia('print').matches)];
    });
    expect(after).toBe(before);
    expect(media).toBe(false);
  });

  it('declines where columns are known to differ from pages', async () => {
    const body = `${toc(['a'])}<h2 id="a">A</h2>`;
    const cases: [string, RegExp][] = [
      // Content wider than the page: Chromium's print shrinks it, columns cannot.
      ['@page { size: A4; margin: 20mm } table { width: 400mm }', /wider than the page/],
      ['@page { size: A4; margin: 20mm } @page :first { margin: 0 }', /:first has its own size or margins/],
      ['@page { size: 100mm; margin: 20mm }', /size "100mm"/],
      ['@page { size: A4 }', /margins/],
    ];
    await withBrowser(async (browser) => {
      for (const [style, reason] of cases) {
        const page = await loaded(browser, doc(style, `${body}<table><tr><td>x</td></tr></table>`));
        expect(await emulateLayout(page, ['a']), style).toEqual({ declined: expect.stringMatching(reason) });
      }
    });
  });

  it('leaves the PDF byte for byte as a measuring print or a prediction gives it, also two notes at once', async () => {
    // Table header cells carry structure ids (/ID (node…)) in the tagged PDF: they are what a
    // layout in columns on the printing page would renumber.
    const { html } = featureDocument();
    const other = featureDocument().html.replace('Kapittel 1<', 'Kapittel én<');
    await withBrowser(async (browser) => {
      const measured = await printPdf(browser, html, meta, { emulate: false });
      const [emulated, alsoEmulated] = await Promise.all([printPdf(browser, html, meta), printPdf(browser, other, meta)]);
      const predicted = await printPdf(browser, html, meta, { predicted: { pages: measured.pages, pageCount: measured.pageCount } });
      expect([emulated.layoutFrom, alsoEmulated.layoutFrom, predicted.layoutFrom]).toEqual(['emulated', 'emulated', 'predicted']);
      expect(Buffer.from(emulated.pdf).equals(Buffer.from(measured.pdf))).toBe(true);
      expect(Buffer.from(predicted.pdf).equals(Buffer.from(measured.pdf))).toBe(true);
      expect(Buffer.from(alsoEmulated.pdf).toString('latin1')).toMatch(/\/ID \(node\d+\)/);
    });
  });

  it('falls back to a measuring print when it declines, with the same result', async () => {
    const html = doc('@page { size: A4; margin: 20mm } @page :first { margin: 10mm }', `${toc(['a', 'b'])}${lorem(40)}<h2 id="a">A</h2>${lorem(30)}<h2 id="b">B</h2>`);
    const result = await withBrowser((browser) => printPdf(browser, html, meta));
    const measured = await withBrowser((browser) => printPdf(browser, html, meta, { emulate: false }));
    expect(result).toMatchObject({ layoutFrom: 'measuring', declined: expect.stringMatching(/:first/), passes: 2, pages: measured.pages });
    expect(Buffer.from(result.pdf).equals(Buffer.from(measured.pdf))).toBe(true);
  });
});

describe('withoutSvgContent (the guessing page of a first build)', () => {
  it('empties inline SVGs but keeps their start tags, and leaves whole what a page number needs', () => {
    const svg = (attrs: string, inner: string) => `<svg ${attrs}>${inner}</svg>`;
    const html = [
      '<p><span class="pageref" data-target="inside"></span></p>',
      svg('width="80mm" height="40mm" viewBox="0 0 10 10"', '<circle r="4"/><text>A</text>'),
      svg('width="10" height="10"', '<g id="inside"><rect/></g>'),
      svg('width="10" height="10"', '<svg width="5"><rect/></svg>'),
      svg('width="10" height="10"', '<text><span class="toc-page" data-target="x"></span></text>'),
    ].join('\n');
    expect(withoutSvgContent(html).split('\n')).toEqual([
      '<p><span class="pageref" data-target="inside"></span></p>',
      '<svg width="80mm" height="40mm" viewBox="0 0 10 10"></svg>',
      svg('width="10" height="10"', '<g id="inside"><rect/></g>'),
      svg('width="10" height="10"', '<svg width="5"><rect/></svg>'),
      svg('width="10" height="10"', '<text><span class="toc-page" data-target="x"></span></text>'),
    ]);
  });

  it('changes no page: the emulation on the emptied note puts every target where the print does', async () => {
    const { html, targets } = featureDocument();
    const measured = await withBrowser((browser) => printPdf(browser, html, meta, { emulate: false }));
    expect(withoutSvgContent(html).length).toBeLessThan(html.length);
    const emulated = await onPage(withoutSvgContent(html), (page) => emulateLayout(page, targets));
    expect(emulated).toEqual({ pages: measured.pages, pageCount: measured.pageCount });
  });
});
