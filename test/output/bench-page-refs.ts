// Benchmark for docs/pdf.md: how to learn the page each id lands on, on a ~60-page note with 30
// inline SVGs. Run: npx tsx test/output/bench-page-refs.ts [repetitions]
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { findBrowser, withBrowser } from '../../src/output/browser.ts';
import { printPdf } from '../../src/output/pdf.ts';
import { readDestinations } from '../../src/output/pdf-destinations.ts';
import { syntheticNote } from './synthetic-note.ts';

const reps = Number(process.argv[2] ?? 5);
const note = syntheticNote();
const meta = { title: 'T', author: 'A', subject: 'S', keywords: ['k'], lang: 'nb', date: new Date('2026-01-01T00:00:00Z') };
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--font-render-hinting=none'];
const PRINT = { format: 'A4', printBackground: true, preferCSSPageSize: true } as const;

const samples: Record<string, number[]> = {};
async function time<T>(label: string, work: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const out = await work();
  (samples[label] ??= []).push(performance.now() - t);
  return out;
}

async function freshPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setContent(note.html);
  return page;
}

/** (a) Outline: bookmark titles → page; ids only by matching titles, headings only. */
function outlinePages(doc: PDFDocument): Map<string, number> {
  const pageOf = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const out = new Map<string, number>();
  const walk = (item: PDFDict | undefined) => {
    for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const dest = node.lookupMaybe(PDFName.of('Dest'), PDFArray);
      const ref = dest?.get(0);
      if (ref instanceof PDFRef) out.set(String(node.lookup(PDFName.of('Title'))), pageOf.get(ref.toString())!);
      walk(node.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  return out;
}

const executablePath = findBrowser();
for (let rep = 0; rep < reps; rep++) {
  // Floor: launch + one page.pdf of the finished document, as TOOLCHAIN measured it.
  await time('floor: launch+setContent+pdf(tagged)+close', async () => {
    const browser = await puppeteer.launch({ executablePath, headless: true, args: ARGS });
    const page = await freshPage(browser);
    await page.pdf({ ...PRINT, outline: true, tagged: true });
    await browser.close();
  });
  await time('ours: withBrowser+printPdf', () => withBrowser((b) => printPdf(b, note.html, meta)));
  await withBrowser(async (browser) => {
    await time('warm printPdf (browser open)', () => printPdf(browser, note.html, meta));
    const page = await time('newPage+setContent', () => freshPage(browser));
    const untagged = await time('page.pdf untagged', () => page.pdf({ ...PRINT, outline: false, tagged: false }));
    const tagged = await time('page.pdf tagged+outline', () => page.pdf({ ...PRINT, outline: true, tagged: true }));
    const doc = await time('(b) pdf-lib load (58 p.)', () => PDFDocument.load(untagged, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest }));
    const dests = await time('(b) read /Dests', async () => readDestinations(doc));
    const tdoc = await PDFDocument.load(tagged, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
    const outline = await time('(a) read outline', async () => outlinePages(tdoc));
    await time('pdf-lib save', () => tdoc.save({ useObjectStreams: false }));
    // (c) Print-media emulation, positions from the unpaginated layout: page = top / page height.
    const guess = await time('(c) emulate print + measure', async () => {
      await page.emulateMediaType('print');
      return page.evaluate(() => Array.from(document.querySelectorAll('[id]')).map((el) => [el.id, el.getBoundingClientRect().top + scrollY] as const));
    });
    const pageHeightPx = (297 - 22 - 24) / 25.4 * 96;
    const wrong = guess.filter(([id, top]) => dests.has(id) && Math.floor(top / pageHeightPx) + 1 !== dests.get(id)).length;
    if (rep === 0) console.log(`dests: ${dests.size}, outline entries: ${outline.size}, (c) wrong pages: ${wrong} of ${guess.filter(([id]) => dests.has(id)).length}`);
    await page.close();
  });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [label, xs] of Object.entries(samples)) console.log(`${label.padEnd(44)} median ${median(xs).toFixed(0).padStart(5)} ms  (${xs.map((x) => x.toFixed(0)).join(', ')})`);
