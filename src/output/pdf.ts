// HTML string → A4 PDF, with the contents' and text's page numbers read back from the printed PDF.
// The document protocol and the choice of method are described in docs/pdf.md.

import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import type { Browser, PDFOptions } from 'puppeteer';
import { KommunenotatError } from '../errors.ts';
import { readDestinations } from './pdf-destinations.ts';
import { finishPdf, type PdfMeta } from './pdf-metadata.ts';
import { messages } from './pdf-messages.ts';
import { openDocumentPage, type DocumentPage } from './pdf-page.ts';
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
  /** How many times the document was printed (1 without page references, else 2, rarely 3). */
  passes: number;
}

export interface PrintOptions {
  /** Bound on each browser step (loading, one print); default 60 s. */
  timeoutMs?: number;
}

const MAX_PASSES = 3;
const DEFAULT_STEP_TIMEOUT_MS = 60_000;

/** Margins and page size come from the document's @page rules. */
const PRINT: PDFOptions = { format: 'A4', printBackground: true, preferCSSPageSize: true };

interface Layout {
  pages: Record<string, number>;
  pageCount: number;
}

/**
 * Prints `html` on a fresh page of `browser`:
 * 1. load it with its JavaScript off and the network blocked;
 * 2. find the page-number spans and check that each target id exists once;
 * 3. print, read where each target landed, fill the numbers in, and print again until nothing
 *    moves (at most 3 prints; the first, measuring only, is untagged and so cheaper);
 * 4. set metadata, fixed dates and a content-derived file ID.
 */
export async function printPdf(browser: Browser, html: string, meta: PdfMeta, options: PrintOptions = {}): Promise<PdfResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_STEP_TIMEOUT_MS;
  const session = await openDocumentPage(browser, html, timeoutMs);
  try {
    const spans = await session.step('finding page references', () => spanKindsInDom(session.page));
    checkSameSpans(html, spans);
    const targets = referencedTargets(spans);
    await session.step('checking page references', () => prepareTargets(session.page, targets));
    const { doc, layout, passes } = await printUntilStable(session, spans, targets, timeoutMs);
    const finalHtml = fillSpansInText(html, spans, layout.pages, layout.pageCount);
    const pdf = await finishPdf(doc, meta, finalHtml);
    return { pdf, html: finalHtml, ...layout, blockedRequests: [...session.blockedRequests], passes };
  } finally {
    await session.close();
  }
}

async function printUntilStable(session: DocumentPage, spans: PageSpan[], targets: string[], timeoutMs: number) {
  let previous: Layout | undefined;
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    // Only a print whose numbers are already filled in can be the final one; it gets outline and tags.
    const final = previous !== undefined || spans.length === 0;
    const bytes = await session.step(`printing the PDF (pass ${pass})`, () =>
      session.page.pdf({ ...PRINT, outline: final, tagged: final, timeout: timeoutMs }),
    );
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
    const layout = readLayout(doc, targets);
    if (spans.length === 0 || (previous && changes(previous, layout).length === 0)) return { doc, layout, passes: pass };
    if (pass === MAX_PASSES) throw new KommunenotatError('render', messages.unstable(pass, changes(previous!, layout)));
    await session.step('filling in page numbers', () => fillSpansInDom(session.page, spans, layout.pages, layout.pageCount));
    previous = layout;
  }
  throw new KommunenotatError('internal', 'printUntilStable: unreachable');
}

function readLayout(doc: PDFDocument, targets: string[]): Layout {
  const destinations = readDestinations(doc);
  const unresolved = targets.filter((id) => !destinations.has(id));
  if (unresolved.length > 0) throw new KommunenotatError('render', messages.unresolvedTargets(unresolved));
  const pages = Object.fromEntries(targets.map((id) => [id, destinations.get(id)!]));
  return { pages, pageCount: doc.getPageCount() };
}

/** What moved between two prints, for the loop's test and its error message. */
function changes(before: Layout, after: Layout): string[] {
  const moved = Object.keys(after.pages)
    .filter((id) => before.pages[id] !== after.pages[id])
    .map((id) => `"${id}" (page ${before.pages[id]} → ${after.pages[id]})`);
  if (before.pageCount !== after.pageCount) moved.push(`the page count (${before.pageCount} → ${after.pageCount})`);
  return moved;
}
