// Reads and finishes the PDF as Chromium (Skia/PDF) prints it, without loading it into pdf-lib:
// only the xref table, the trailer, the catalog, the page tree, /Dests and the Info dictionary are
// parsed, never the thousands of structure objects of a tagged print. A file in any other form
// (an xref stream, an incremental update, encryption, a /Names tree of destinations, …) gives
// undefined, and the caller falls back to pdf-lib (pdf-destinations.ts, pdf-metadata.ts).

import { fileId, type PdfMeta } from './pdf-metadata.ts';
import { outlineEdits } from './pdf-outline.ts';
import { archivalChanges } from './pdf-raw-archival.ts';
import { catalogOf, insertEntry, lookup, openPdf, pageRefs, rewrite, unlessNotSimple, type Edit, type RawPdf } from './pdf-raw-file.ts';
import {
  decodeText,
  destinationId,
  encodeText,
  isDict,
  isRef,
  isString,
  notSimple,
  parseObject,
  skipSpace,
  type PdfDict,
} from './pdf-raw-syntax.ts';

export interface PrintedPdf {
  pageCount: number;
  /** Element id → 1-based page, exactly as readDestinations (pdf-destinations.ts) reads it. */
  destinations: Map<string, number>;
  /** The Info dictionary's /Producer, e.g. `Skia/PDF m156`. */
  producer: string | undefined;
}

/** Page count, named destinations and producer; undefined when the file is not in Chromium's simple form. */
export function readPrintedPdf(bytes: Uint8Array): PrintedPdf | undefined {
  return unlessNotSimple(() => {
    const pdf = openPdf(bytes);
    const catalog = catalogOf(pdf);
    const pages = pageRefs(pdf, catalog);
    return { pageCount: pages.length, destinations: destinations(pdf, catalog, pages), producer: producerOf(infoOf(pdf)) };
  });
}

export interface FinishOptions {
  /** Header 1.7, XMP, output intent and artifacts (pdf-raw-archival.ts); default true. */
  archival?: boolean;
}

/**
 * The same result as finishPdf (pdf-metadata.ts) without pdf-lib, or undefined when the file is
 * not in Chromium's simple form:
 * 1. the Info dictionary is replaced in place (so Chromium's clock-dependent dates are gone);
 * 2. the catalog gets /Lang and /ViewerPreferences /DisplayDocTitle true where it lacks them, and
 *    each bookmark's /Title the text of its heading (pdf-outline.ts), given `meta.headings`;
 * 3. the archival form (pdf-raw-archival.ts): header 1.7, XMP metadata, the sRGB output intent,
 *    page furniture marked as artifacts;
 * 4. the xref table is rewritten with every offset after an edit shifted and the new objects
 *    added, and the trailer gets the /ID. Still one revision; every other object keeps its bytes.
 */
export function finishPrintedPdf(bytes: Uint8Array, meta: PdfMeta, identity: string, options: FinishOptions = {}): Uint8Array | undefined {
  return unlessNotSimple(() => {
    const pdf = openPdf(bytes);
    const producer = finishedProducer(infoOf(pdf));
    const archival = options.archival === false ? { edits: [], appended: [] } : archivalChanges(pdf, catalogOf(pdf), meta, producer);
    const edits = [infoEdit(pdf, meta, producer), ...catalogEdits(pdf, meta.lang), ...outlineEdits(pdf, meta.headings), ...archival.edits];
    return rewrite(pdf, edits, fileId(meta, identity), archival.appended);
  });
}

/** The catalog's /Dests dictionary read as readDestinations reads it; a /Names /Dests tree is left to pdf-lib. */
function destinations(pdf: RawPdf, catalog: PdfDict, pages: string[]): Map<string, number> {
  const names = lookup(pdf, catalog.entries.get('Names')?.value);
  if (isDict(names) && names.entries.has('Dests')) notSimple('destinations in a /Names tree');
  const pageOf = new Map(pages.map((ref, i) => [ref, i + 1]));
  const out = new Map<string, number>();
  const dests = lookup(pdf, catalog.entries.get('Dests')?.value);
  if (dests === undefined || dests === null) return out;
  if (!isDict(dests)) return notSimple('/Dests is not a dictionary');
  for (const [name, entry] of dests.entries) {
    let dest = lookup(pdf, entry.value);
    if (isDict(dest)) dest = lookup(pdf, dest.entries.get('D')?.value); // { /D [page …] } form
    const page = Array.isArray(dest) && isRef(dest[0]) ? pageOf.get(`${dest[0].num} ${dest[0].gen}`) : undefined;
    if (page !== undefined) out.set(destinationId(name), page);
  }
  return out;
}

/** The Info dictionary, which must be an object of its own (not a stream): it is replaced whole. */
function infoOf(pdf: RawPdf): PdfDict {
  const ref = pdf.trailer.entries.get('Info')?.value;
  const entry = isRef(ref) ? pdf.xref[ref.num] : undefined;
  if (!isRef(ref) || !entry?.inUse || entry.gen !== ref.gen) return notSimple('no Info dictionary');
  const { value, end } = parseObject(pdf.text, entry.offset, ref.num, ref.gen);
  if (!isDict(value) || !pdf.text.startsWith('endobj', skipSpace(pdf.text, end))) notSimple('the Info object is not a dictionary');
  return value;
}

function producerOf(info: PdfDict): string | undefined {
  const producer = info.entries.get('Producer')?.value;
  if (producer === undefined) return undefined;
  return isString(producer) ? decodeText(producer) : notSimple('/Producer is not a string');
}

/** What finishPdf sets in the Info dictionary; any other entry is kept as written. */
/** Chromium's /Producer with ours after it, as the Info dictionary and the XMP packet both give it. */
function finishedProducer(info: PdfDict): string {
  return `${producerOf(info) ?? 'Chromium'}; kommunenotat`;
}

function infoEdit(pdf: RawPdf, meta: PdfMeta, producer: string): Edit {
  const dict = infoOf(pdf);
  const date = pdfDate(meta.date);
  const fields: Record<string, string> = {
    Title: meta.title,
    Author: meta.author,
    Subject: meta.subject,
    Keywords: meta.keywords.join(', '), // One string: keywords may contain spaces.
    Creator: meta.creator ?? 'kommunenotat',
    Producer: producer,
    CreationDate: date,
    ModDate: date,
  };
  const written = Object.entries(fields).map(([key, value]) => `/${key} ${encodeText(value)}`);
  const kept = [...dict.entries].filter(([key]) => !Object.hasOwn(fields, key)).map(([, entry]) => pdf.text.slice(entry.keyStart, entry.end));
  return { start: dict.start, end: dict.end, text: `<<${[...written, ...kept].join('\n')}>>` };
}

/** The date as pdf-lib's setCreationDate writes it: `D:YYYYMMDDHHmmSSZ`, in UTC. */
export function pdfDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `D:${String(date.getUTCFullYear()).padStart(4, '0')}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}` +
    `${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`;
}

/** /Lang and /ViewerPreferences /DisplayDocTitle true, edited in only where Chromium's differ. */
function catalogEdits(pdf: RawPdf, lang: string): Edit[] {
  const catalog = catalogOf(pdf);
  const edits: Edit[] = [];
  const langText = encodeText(lang);
  const current = catalog.entries.get('Lang');
  if (!current) edits.push(insertEntry(catalog, `/Lang ${langText}`));
  else if (pdf.text.slice(current.start, current.end) !== langText) edits.push({ start: current.start, end: current.end, text: langText });
  const prefsEntry = catalog.entries.get('ViewerPreferences');
  if (!prefsEntry) return [...edits, insertEntry(catalog, '/ViewerPreferences <</DisplayDocTitle true>>')];
  const prefs = lookup(pdf, prefsEntry.value);
  if (!isDict(prefs)) return [...edits, { start: prefsEntry.start, end: prefsEntry.end, text: '<</DisplayDocTitle true>>' }];
  const flag = prefs.entries.get('DisplayDocTitle');
  if (flag?.value === true) return edits;
  return [...edits, flag ? { start: flag.start, end: flag.end, text: 'true' } : insertEntry(prefs, '/DisplayDocTitle true')];
}
