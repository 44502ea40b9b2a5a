// Reads and finishes the PDF as Chromium (Skia/PDF) prints it, without loading it into pdf-lib:
// only the xref table, the trailer, the catalog, the page tree, /Dests and the Info dictionary are
// parsed, never the thousands of structure objects of a tagged print. A file in any other form
// (an xref stream, an incremental update, encryption, a /Names tree of destinations, …) gives
// undefined, and the caller falls back to pdf-lib (pdf-destinations.ts, pdf-metadata.ts).

import { fileId, pdfDate, type PdfMeta } from './pdf-metadata.ts';
import { repairedTitles } from './pdf-outline.ts';
import {
  decodeText,
  destinationId,
  encodeText,
  isDict,
  isName,
  isRef,
  isString,
  notSimple,
  NotSimplePdf,
  parseObject,
  parseValue,
  skipSpace,
  type PdfDict,
  type PdfString,
  type PdfValue,
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

/**
 * The same result as finishPdf (pdf-metadata.ts) without pdf-lib, or undefined when the file is
 * not in Chromium's simple form:
 * 1. the Info dictionary is replaced in place (so Chromium's clock-dependent dates are gone);
 * 2. the catalog gets /Lang and /ViewerPreferences /DisplayDocTitle true where it lacks them, and
 *    each bookmark's /Title the text of its heading (pdf-outline.ts), given `meta.headings`;
 * 3. the xref table is rewritten with every offset after an edit shifted, and the trailer gets
 *    the /ID. Still one revision; every other object keeps its bytes.
 */
export function finishPrintedPdf(bytes: Uint8Array, meta: PdfMeta, identity: string): Uint8Array | undefined {
  return unlessNotSimple(() => {
    const pdf = openPdf(bytes);
    const edits = [infoEdit(pdf, meta), ...catalogEdits(pdf, meta.lang), ...outlineEdits(pdf, meta.headings)];
    return rewrite(pdf, edits, fileId(meta, identity));
  });
}

interface XrefEntry {
  offset: number;
  gen: number;
  inUse: boolean;
  /** The entry's 20 bytes as written. */
  raw: string;
}

interface RawPdf {
  bytes: Uint8Array;
  /** The whole file, one char per byte. */
  text: string;
  /** Indexed by object number. */
  xref: XrefEntry[];
  /** Where `xref` starts, and its first entry. */
  xrefStart: number;
  entriesStart: number;
  trailer: PdfDict;
}

/** Replace text[start, end) with `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

const XREF_HEAD = /xref[ \t]*(?:\r\n|\r|\n)0 (\d+)[ \t]*(?:\r\n|\r|\n)/y;
const XREF_ENTRY = /(\d{10}) (\d{5}) ([nf])(?: \r| \n|\r\n)/y;
const TRAILER = /[\0\t\n\f\r ]*trailer/y;
const FILE_END = /startxref[\0\t\n\f\r ]+(\d+)[\0\t\n\f\r ]+%%EOF[\0\t\n\f\r ]*$/y;
const TRAILER_KEYS = new Set(['Size', 'Root', 'Info', 'ID']);

function unlessNotSimple<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof NotSimplePdf) return undefined;
    throw error;
  }
}

/** Header, the one classic xref table and its trailer, each in-use entry checked against its object. */
function openPdf(bytes: Uint8Array): RawPdf {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!text.startsWith('%PDF-')) notSimple('no PDF header');
  const tail = text.lastIndexOf('startxref');
  const fileEnd = sticky(FILE_END, text, tail) ?? notSimple('no startxref and %%EOF at the end');
  const xrefStart = Number(fileEnd[1]);
  const head = sticky(XREF_HEAD, text, xrefStart) ?? notSimple('no classic xref table in one section (an xref stream?)');
  const entriesStart = xrefStart + head[0].length;
  const xref: XrefEntry[] = [];
  for (let num = 0, count = Number(head[1]); num < count; num++) {
    const entry = sticky(XREF_ENTRY, text, entriesStart + 20 * num) ?? notSimple(`bad xref entry ${num}`);
    const [raw, offset, gen, type] = entry as unknown as [string, string, string, string];
    xref.push({ offset: Number(offset), gen: Number(gen), inUse: type === 'n', raw });
    if (type === 'n' && !(Number(offset) < xrefStart && text.startsWith(`${num} ${Number(gen)} obj`, Number(offset)))) {
      notSimple(`xref entry ${num} does not point at its object`);
    }
  }
  const trailerKeyword = sticky(TRAILER, text, entriesStart + 20 * xref.length) ?? notSimple('no trailer after the xref table');
  const { value: trailer, end } = parseValue(text, trailerKeyword.index + trailerKeyword[0].length);
  if (!isDict(trailer) || skipSpace(text, end) !== tail) notSimple('the trailer is not one dictionary before startxref');
  if ([...trailer.entries.keys()].some((key) => !TRAILER_KEYS.has(key))) notSimple('trailer keys other than Size, Root, Info, ID');
  if (trailer.entries.get('Size')?.value !== xref.length) notSimple('the trailer /Size is not the xref table size');
  return { bytes, text, xref, xrefStart, entriesStart, trailer };
}

function sticky(pattern: RegExp, text: string, pos: number): RegExpExecArray | null {
  if (pos < 0) return null;
  pattern.lastIndex = pos;
  return pattern.exec(text);
}

/** A reference resolved to its object (null if there is none); other values as they are. */
function lookup(pdf: RawPdf, value: PdfValue | undefined): PdfValue | undefined {
  if (!isRef(value)) return value;
  const entry = pdf.xref[value.num];
  if (!entry?.inUse || entry.gen !== value.gen) return null;
  return parseObject(pdf.text, entry.offset, value.num, value.gen).value;
}

function catalogOf(pdf: RawPdf): PdfDict {
  const catalog = lookup(pdf, pdf.trailer.entries.get('Root')?.value);
  return isDict(catalog) ? catalog : notSimple('no catalog');
}

/** Page references ("num gen") in page-tree order, as pdf-lib's getPages() lists them. */
function pageRefs(pdf: RawPdf, catalog: PdfDict): string[] {
  const pages: string[] = [];
  const seen = new Set<string>();
  const visit = (ref: PdfValue | undefined, root: boolean) => {
    if (!isRef(ref)) return notSimple('a page tree node that is not a reference');
    const key = `${ref.num} ${ref.gen}`;
    if (seen.has(key)) notSimple('a page tree with a cycle');
    seen.add(key);
    const node = lookup(pdf, ref);
    const type = isDict(node) ? node.entries.get('Type')?.value : undefined;
    if (isDict(node) && isName(type, 'Pages')) {
      const kids = lookup(pdf, node.entries.get('Kids')?.value);
      if (!Array.isArray(kids)) notSimple('a page tree node without /Kids');
      for (const kid of kids) visit(kid, false);
    } else if (isName(type, 'Page') && !root) pages.push(key);
    else notSimple('a page tree node that is neither /Pages nor /Page');
  };
  visit(catalog.entries.get('Pages')?.value, true);
  return pages;
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
function infoEdit(pdf: RawPdf, meta: PdfMeta): Edit {
  const dict = infoOf(pdf);
  const date = pdfDate(meta.date);
  const fields: Record<string, string> = {
    Title: meta.title,
    Author: meta.author,
    Subject: meta.subject,
    Keywords: meta.keywords.join(', '), // One string: keywords may contain spaces.
    Creator: meta.creator ?? 'kommunenotat',
    Producer: `${producerOf(dict) ?? 'Chromium'}; kommunenotat`,
    CreationDate: date,
    ModDate: date,
  };
  const written = Object.entries(fields).map(([key, value]) => `/${key} ${encodeText(value)}`);
  const kept = [...dict.entries].filter(([key]) => !Object.hasOwn(fields, key)).map(([, entry]) => pdf.text.slice(entry.keyStart, entry.end));
  return { start: dict.start, end: dict.end, text: `<<${[...written, ...kept].join('\n')}>>` };
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

/** Each outline item's /Title replaced by its heading's text where they differ (pdf-outline.ts). */
function outlineEdits(pdf: RawPdf, headings: readonly string[] | undefined): Edit[] {
  const root = lookup(pdf, catalogOf(pdf).entries.get('Outlines')?.value);
  if (!headings || !isDict(root)) return [];
  const items: PdfDict[] = [];
  const seen = new Set<number>();
  const visit = (ref: PdfValue | undefined): void => {
    for (let at = ref; isRef(at); ) {
      if (seen.has(at.num)) notSimple('an outline with a cycle');
      seen.add(at.num);
      const item = lookup(pdf, at);
      if (!isDict(item) || !isString(item.entries.get('Title')?.value)) return notSimple('an outline item without a /Title');
      items.push(item);
      visit(item.entries.get('First')?.value);
      at = item.entries.get('Next')?.value;
    }
  };
  visit(root.entries.get('First')?.value);
  const titles = items.map((item) => decodeText(item.entries.get('Title')!.value as PdfString));
  const repaired = repairedTitles(titles, headings);
  return items.flatMap((item, i) => {
    const entry = item.entries.get('Title')!;
    return repaired[i] === titles[i] ? [] : [{ start: entry.start, end: entry.end, text: encodeText(repaired[i]!) }];
  });
}

function insertEntry(dict: PdfDict, entry: string): Edit {
  return { start: dict.end - 2, end: dict.end - 2, text: `\n${entry}` };
}

/** The file with the edits applied, its xref offsets shifted to match, and a new trailer with the /ID. */
function rewrite(pdf: RawPdf, unsorted: Edit[], id: string): Uint8Array {
  const edits = unsorted.map((edit, i) => ({ ...edit, i })).sort((a, b) => a.start - b.start || a.i - b.i);
  edits.forEach((edit, i) => {
    if (edit.end > pdf.xrefStart || (i > 0 && edit.start < edits[i - 1]!.end)) notSimple('overlapping edits');
  });
  // Edits lie inside objects, never across an object's start, so `start < offset` is exact.
  const shift = (offset: number) => edits.reduce((sum, edit) => (edit.start < offset ? sum + edit.text.length - (edit.end - edit.start) : sum), offset);
  const entries = pdf.xref.map((entry) => (entry.inUse ? String(shift(entry.offset)).padStart(10, '0') + entry.raw.slice(10) : entry.raw));
  const raw = (key: string) => {
    const entry = pdf.trailer.entries.get(key)!;
    return pdf.text.slice(entry.start, entry.end);
  };
  const tail =
    pdf.text.slice(pdf.xrefStart, pdf.entriesStart) + entries.join('') +
    `trailer\n<</Size ${raw('Size')}\n/Root ${raw('Root')}\n/Info ${raw('Info')}\n/ID [<${id}> <${id}>]>>\n` +
    `startxref\n${shift(pdf.xrefStart)}\n%%EOF\n`;
  const pieces: Uint8Array[] = [];
  let at = 0;
  for (const edit of edits) {
    pieces.push(pdf.bytes.subarray(at, edit.start), latin1(edit.text));
    at = edit.end;
  }
  pieces.push(pdf.bytes.subarray(at, pdf.xrefStart), latin1(tail));
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let offset = 0;
  for (const piece of pieces) {
    out.set(piece, offset);
    offset += piece.length;
  }
  return out;
}

function latin1(text: string): Uint8Array {
  return Buffer.from(text, 'latin1');
}
