// HTML string → A4 PDF, with the contents' and text's page numbers read back from the printed PDF.
// The document protocol and the choice of method are described in docs/pdf.md.

import type { Browser, Page, PDFOptions } from 'puppeteer';
import { KommunenotatError } from '../errors.ts';
import { emulateLayout } from './pdf-emulate.ts';
import type { PdfMeta } from './pdf-metadata.ts';
import { messages } from './pdf-messages.ts';
import { headingTexts } from './pdf-outline.ts';
import { openDocumentPage, type DocumentPage } from './pdf-page.ts';
import { finishPrintedPdf, readPrintedPdf } from './pdf-raw.ts';
import {
  checkSameSpans,
  fillSpansInDom,
  fillSpansInText,
  prepareTargets,
  referencedTargets,
  spanKindsInDom,
  type PageSpan,
} from './pdf-page-refs.ts';

export type { PdfMeta } from './pdf-metadata.ts';

export interface PdfResult {
  pdf: Uint8Array;
  /** The input HTML with the page numbers filled in, byte for byte otherwise. */
  html: string;
  pageCount: number;
  /** Page (1-based) of every id referenced by a toc-page or pageref span. */
  pages: Record<string, number>;
  /** URLs the document tried to load; all were blocked. */
  blockedRequests: string[];
  /**
   * How many times the document was printed: 1 without page references or when the first guess
   * (`predicted`, or the emulated layout) held, else 2 (rarely 3; one more after a guess that did
   * not hold).
   */
  passes: number;
  /**
   * Where the page numbers of the first tagged print came from: `predicted`, the `emulated` layout
   * (a first build), a `measuring` print (the emulation declined: `declined` says why), or `none`
   * (the document has no page references).
   */
  layoutFrom: 'predicted' | 'emulated' | 'measuring' | 'none';
  declined?: string;
}

export interface PrintOptions {
  /** Bound on each browser step (loading, one print); default 60 s. */
  timeoutMs?: number;
  /**
   * Where the targets are expected to land, e.g. the `pages` and `pageCount` of the previous build
   * (build.json). Filled in before the first print, which is then tagged: if the printed PDF puts
   * every target where predicted, it is the PDF (one print); otherwise the measured numbers are
   * filled in and it prints again, as without a prediction. A wrong prediction costs one print,
   * never correctness. Ignored unless it has a page for every target.
   */
  predicted?: { pages: Record<string, number>; pageCount: number };
  /**
   * Without a usable prediction, guess the page numbers from a paginated layout emulated on the
   * page (default true); false measures with a print instead, as before the emulation existed.
   */
  emulate?: boolean;
}

/** Prints after the first, measuring one (a prediction that did not hold adds one more). */
const MAX_PASSES = 3;
const DEFAULT_STEP_TIMEOUT_MS = 60_000;

/** Margins and page size come from the document's @page rules. */
const PRINT: PDFOptions = { format: 'A4', printBackground: true, preferCSSPageSize: true };

interface Layout {
  pages: Record<string, number>;
  pageCount: number;
}

/** A fresh page with the document loaded, its page-number spans found and their targets prepared. */
interface Loaded {
  session: DocumentPage;
  spans: PageSpan[];
  targets: string[];
}

/**
 * Prints `html` in `browser`:
 * 1. load it on a fresh page with its JavaScript off and the network blocked;
 * 2. find the page-number spans and check that each target id exists once;
 * 3. guess where each target lands: the `predicted` numbers; else, while a fresh page loads for
 *    the final print, a paginated layout emulated on the first page without printing
 *    (pdf-emulate.ts), or where the emulation declines a first, untagged print of it;
 * 4. fill the numbers in and print tagged, with outline; if every target is where it says, that
 *    is the PDF, else fill in what it measured and print again on a fresh page (at most 3
 *    prints, 4 after a guess that did not hold). When the guess holds, the whole is one print;
 * 5. set metadata, fixed dates and a content-derived file ID.
 *
 * The final PDF is always the first print of a page that did nothing else: Chromium numbers the
 * structure elements (`/ID (node…)`) in the order the renderer first meets the nodes, and an
 * earlier print, or the emulation's layout in columns (whose paint may or may not happen before
 * the print, depending on timing), would change those numbers. So a build from a prediction,
 * from the emulation and from a measuring print give the same bytes.
 */
export async function printPdf(browser: Browser, html: string, meta: PdfMeta, options: PrintOptions = {}): Promise<PdfResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_STEP_TIMEOUT_MS;
  const opened: Promise<Loaded>[] = [];
  const open = (document = html, media?: 'print') => {
    const loading = loadDocument(browser, document, timeoutMs, media);
    loading.catch(() => undefined); // Awaited below; a page still loading when another step fails must not go unhandled.
    opened.push(loading);
    return loading;
  };
  try {
    // Without a prediction the final print needs a second, fresh page: it loads beside the first.
    let next = options.predicted ? undefined : open();
    // Without a prediction the first page only guesses (or measures): it may go without the SVGs' content.
    const guessing = !options.predicted;
    const first = await (guessing ? open(withoutSvgContent(html), 'print') : open());
    const { spans, targets } = first;
    let candidate = spans.length > 0 ? usablePrediction(options.predicted, targets) : undefined;
    let layoutFrom: PdfResult['layoutFrom'] = spans.length === 0 ? 'none' : 'predicted';
    let declined: string | undefined;
    let page: Loaded | undefined = first;
    let passes = 0;
    if (spans.length > 0 && !candidate) {
      // The first page guesses (or measures); its layout or print is never the PDF's.
      next ??= open();
      if (options.emulate !== false) {
        const emulated = await first.session.step('emulating the page layout', () => emulateLayout(first.session.page, targets, { inPrintMedia: guessing }));
        if ('declined' in emulated) declined = emulated.declined;
        else [candidate, layoutFrom] = [emulated, 'emulated'];
      }
      if (!candidate) {
        layoutFrom = 'measuring';
        await first.session.step('leaving figures unpainted', () => unpaintFigures(first.session.page, targets));
        const bytes = await print(first.session, false, timeoutMs);
        passes++;
        candidate = await readLayout(bytes, targets);
      }
      page = await next;
    }
    const maxPasses = MAX_PASSES + (layoutFrom !== 'measuring' && candidate && passes === 0 ? 1 : 0);
    for (;;) {
      page ??= await open();
      if (candidate) {
        const numbers = candidate;
        await page.session.step('filling in page numbers', () => fillSpansInDom(page!.session.page, spans, numbers.pages, numbers.pageCount));
      }
      const printed = await print(page.session, true, timeoutMs);
      passes++;
      const layout = await readLayout(printed, targets);
      const moved = candidate ? changes(candidate, layout) : [];
      if (moved.length === 0) {
        const finalHtml = fillSpansInText(html, spans, layout.pages, layout.pageCount);
        const session = page.session;
        const headings = await session.step('reading the headings', () => headingTexts(session.page));
        const pdf = finishPrintedPdf(printed, { ...meta, headings }, finalHtml) ?? (await (await import('./pdf-lib-fallback.ts')).finishWithPdfLib(printed, { ...meta, headings }, finalHtml));
        const blockedRequests = [...page.session.blockedRequests];
        return { pdf, html: finalHtml, ...layout, blockedRequests, passes, layoutFrom, ...(declined ? { declined } : {}) };
      }
      if (passes >= maxPasses) throw new KommunenotatError('render', messages.unstable(passes, moved));
      candidate = layout;
      page = undefined;
    }
  } finally {
    await Promise.all(opened.map((loading) => loading.then((loaded) => loaded.session.close(), () => undefined)));
  }
}

/**
 * `html` with every inline SVG emptied but its start tag (so the same box: an SVG's size comes from
 * its attributes and CSS, never its content), for the page that only guesses the layout: network
 * figures are most of a note's elements, and of the time to load it. An SVG holding a page-number
 * span, a nested SVG or an id that a span points at is left whole.
 */
export function withoutSvgContent(html: string): string {
  const targets = new Set(Array.from(html.matchAll(/data-target="([^"]*)"/g), (m) => m[1]));
  return html.replace(/(<svg\b[^>]*>)([\s\S]*?)(<\/svg>)/g, (whole, start: string, inner: string, end: string) => {
    const keep =
      start.endsWith('/>') ||
      /<svg\b|data-target=|class="(?:pageref|toc-page|page-count)"/.test(inner) ||
      Array.from(inner.matchAll(/\bid="([^"]*)"/g)).some((m) => targets.has(m[1]));
    return keep ? whole : start + end;
  });
}

async function loadDocument(browser: Browser, html: string, timeoutMs: number, media?: 'print'): Promise<Loaded> {
  const session = await openDocumentPage(browser, html, timeoutMs, media);
  try {
    const spans = await session.step('finding page references', () => spanKindsInDom(session.page));
    checkSameSpans(html, spans);
    const targets = referencedTargets(spans);
    await session.step('checking page references', () => prepareTargets(session.page, targets));
    return { session, spans, targets };
  } catch (error) {
    await session.close();
    throw error;
  }
}

/**
 * On the measuring page only (its print is never kept): the inline SVG figures keep their boxes
 * (an SVG's size comes from its attributes and CSS, never from its content) but their content is
 * not painted, which is most of a print's cost in a note with many network figures. Layout and so
 * every page number stay as they are; the final print, on a fresh page, checks them anyway. Left
 * alone if a target is inside an SVG (it would lose its destination).
 */
async function unpaintFigures(page: Page, targets: string[]): Promise<void> {
  await page.evaluate((ids: string[]) => {
    if (ids.some((id) => document.getElementById(id)?.closest('svg'))) return;
    const style = document.createElement('style');
    style.textContent = 'svg * { display: none !important; }';
    document.head.append(style);
  }, targets);
}

/** One print; only a print whose numbers are filled in can be the final one: it gets outline and tags. */
function print(session: DocumentPage, final: boolean, timeoutMs: number): Promise<Uint8Array> {
  return session.step(`printing the PDF (${final ? 'tagged' : 'measuring'})`, () =>
    session.page.pdf({ ...PRINT, outline: final, tagged: final, timeout: timeoutMs }),
  );
}

/** The prediction restricted to the targets, if it places every one of them. */
function usablePrediction(predicted: PrintOptions['predicted'], targets: string[]): Layout | undefined {
  if (!predicted || !Number.isInteger(predicted.pageCount) || predicted.pageCount < 1) return undefined;
  const pages: Record<string, number> = {};
  for (const id of targets) {
    const page = Object.hasOwn(predicted.pages, id) ? predicted.pages[id] : undefined;
    if (!Number.isInteger(page) || page! < 1 || page! > predicted.pageCount) return undefined;
    pages[id] = page!;
  }
  return { pages, pageCount: predicted.pageCount };
}

/** Where each target landed and how many pages there are, read from the printed bytes. */
async function readLayout(bytes: Uint8Array, targets: string[]): Promise<Layout> {
  const read = readPrintedPdf(bytes) ?? (await (await import('./pdf-lib-fallback.ts')).readWithPdfLib(bytes));
  const unresolved = targets.filter((id) => !read.destinations.has(id));
  if (unresolved.length > 0) throw new KommunenotatError('render', messages.unresolvedTargets(unresolved));
  const pages = Object.fromEntries(targets.map((id) => [id, read.destinations.get(id)!]));
  return { pages, pageCount: read.pageCount };
}

/** What moved between two prints, for the loop's test and its error message. */
function changes(before: Layout, after: Layout): string[] {
  const moved = Object.keys(after.pages)
    .filter((id) => before.pages[id] !== after.pages[id])
    .map((id) => `"${id}" (page ${before.pages[id]} → ${after.pages[id]})`);
  if (before.pageCount !== after.pageCount) moved.push(`the page count (${before.pageCount} → ${after.pageCount})`);
  return moved;
}
