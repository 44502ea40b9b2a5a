// The PDF as Chromium prints it, opened without loading its objects (pdf-raw.ts reads and finishes
// it): the one classic xref table, the trailer, object lookup, the catalog and the page tree, and
// the rewrite that applies in-place edits, appends new objects and writes a new xref and trailer.

import {
  isDict,
  isName,
  isRef,
  notSimple,
  NotSimplePdf,
  parseObject,
  parseValue,
  skipSpace,
  type PdfDict,
  type PdfValue,
} from './pdf-raw-syntax.ts';

export interface XrefEntry {
  offset: number;
  gen: number;
  inUse: boolean;
  /** The entry's 20 bytes as written. */
  raw: string;
}

export interface RawPdf {
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
export interface Edit {
  start: number;
  end: number;
  text: string;
}

const XREF_HEAD = /xref[ \t]*(?:\r\n|\r|\n)0 (\d+)[ \t]*(?:\r\n|\r|\n)/y;
const XREF_ENTRY = /(\d{10}) (\d{5}) ([nf])(?: \r| \n|\r\n)/y;
const TRAILER = /[\0\t\n\f\r ]*trailer/y;
const FILE_END = /startxref[\0\t\n\f\r ]+(\d+)[\0\t\n\f\r ]+%%EOF[\0\t\n\f\r ]*$/y;
const TRAILER_KEYS = new Set(['Size', 'Root', 'Info', 'ID']);

export function unlessNotSimple<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof NotSimplePdf) return undefined;
    throw error;
  }
}

/** Header, the one classic xref table and its trailer, each in-use entry checked against its object. */
export function openPdf(bytes: Uint8Array): RawPdf {
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
export function lookup(pdf: RawPdf, value: PdfValue | undefined): PdfValue | undefined {
  if (!isRef(value)) return value;
  const entry = pdf.xref[value.num];
  if (!entry?.inUse || entry.gen !== value.gen) return null;
  return parseObject(pdf.text, entry.offset, value.num, value.gen).value;
}

export function catalogOf(pdf: RawPdf): PdfDict {
  const catalog = lookup(pdf, pdf.trailer.entries.get('Root')?.value);
  return isDict(catalog) ? catalog : notSimple('no catalog');
}

/** Page references ("num gen") in page-tree order, as pdf-lib's getPages() lists them. */
export function pageRefs(pdf: RawPdf, catalog: PdfDict): string[] {
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

export function notSimpleStream(num: number, why: string): never {
  return notSimple(`content stream ${num}: ${why}`);
}

export function insertEntry(dict: PdfDict, entry: string): Edit {
  return { start: dict.end - 2, end: dict.end - 2, text: `\n${entry}` };
}

/**
 * The file with the edits applied, its xref offsets shifted to match, `appended` objects (bodies
 * without the `N 0 obj` line, numbered on from the xref table's size) written after the last one,
 * and a new trailer with the /ID.
 */
export function rewrite(pdf: RawPdf, unsorted: Edit[], id: string, appended: string[] = []): Uint8Array {
  const edits = unsorted.map((edit, i) => ({ ...edit, i })).sort((a, b) => a.start - b.start || a.i - b.i);
  edits.forEach((edit, i) => {
    if (edit.end > pdf.xrefStart || (i > 0 && edit.start < edits[i - 1]!.end)) notSimple('overlapping edits');
  });
  // Edits lie inside objects, never across an object's start, so `start < offset` is exact.
  const shift = (offset: number) => edits.reduce((sum, edit) => (edit.start < offset ? sum + edit.text.length - (edit.end - edit.start) : sum), offset);
  const entries = pdf.xref.map((entry) => (entry.inUse ? String(shift(entry.offset)).padStart(10, '0') + entry.raw.slice(10) : entry.raw));
  let objectsEnd = shift(pdf.xrefStart);
  const added = appended.map((body, i) => {
    const text = `${pdf.xref.length + i} 0 obj\n${body}\nendobj\n`;
    entries.push(`${String(objectsEnd).padStart(10, '0')} 00000 n\r\n`);
    objectsEnd += text.length;
    return text;
  });
  const size = pdf.xref.length + appended.length;
  const raw = (key: string) => {
    const entry = pdf.trailer.entries.get(key)!;
    return pdf.text.slice(entry.start, entry.end);
  };
  const tail =
    added.join('') +
    (appended.length === 0 ? pdf.text.slice(pdf.xrefStart, pdf.entriesStart) : `xref\n0 ${size}\n`) + entries.join('') +
    `trailer\n<</Size ${appended.length === 0 ? raw('Size') : size}\n/Root ${raw('Root')}\n/Info ${raw('Info')}\n/ID [<${id}> <${id}>]>>\n` +
    `startxref\n${objectsEnd}\n%%EOF\n`;
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

export function latin1(text: string): Uint8Array {
  return Buffer.from(text, 'latin1');
}
