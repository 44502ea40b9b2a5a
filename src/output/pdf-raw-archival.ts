// What makes Chromium's tagged PDF an archival, accessible file (docs/pdf.md): header 1.7, an XMP
// metadata stream matching the Info dictionary with PDF/A-2 and PDF/UA-1 identification, an sRGB
// output intent, and page furniture marked as artifacts in the page content. Edits and new
// objects for pdf-raw-file.ts's rewrite; every other object keeps its bytes.

import { deflateSync, inflateSync } from 'node:zlib';
import { markArtifacts } from './pdf-artifacts.ts';
import type { PdfMeta } from './pdf-metadata.ts';
import { insertEntry, lookup, notSimpleStream, pageRefs, type Edit, type RawPdf } from './pdf-raw-file.ts';
import { isDict, isName, isRef, notSimple, parseObject, skipSpace, type PdfDict, type PdfValue } from './pdf-raw-syntax.ts';
import { SRGB_PROFILE_NAME, srgbIccProfile } from './srgb-icc.ts';
import { xmpPacket } from './pdf-xmp.ts';

export const PDF_VERSION = '1.7';

export interface ArchivalChanges {
  edits: Edit[];
  /** New objects, numbered on from the xref table's size. */
  appended: string[];
}

export function archivalChanges(pdf: RawPdf, catalog: PdfDict, meta: PdfMeta, producer: string): ArchivalChanges {
  if (catalog.entries.has('Metadata') || catalog.entries.has('OutputIntents')) notSimple('the catalog has /Metadata or /OutputIntents already');
  const first = pdf.xref.length;
  const xmp = Buffer.from(xmpPacket(meta, producer), 'utf8').toString('latin1');
  const icc = deflateSync(srgbIccProfile()).toString('latin1');
  const appended = [
    `<</Type /Metadata /Subtype /XML /Length ${xmp.length}>>\nstream\n${xmp}\nendstream`,
    `<</N 3 /Filter /FlateDecode /Length ${icc.length}>>\nstream\n${icc}\nendstream`,
    `<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (${SRGB_PROFILE_NAME}) /Info (${SRGB_PROFILE_NAME}) /DestOutputProfile ${first + 1} 0 R>>`,
  ];
  const edits: Edit[] = [
    headerEdit(pdf),
    insertEntry(catalog, `/Metadata ${first} 0 R`),
    insertEntry(catalog, `/OutputIntents [${first + 2} 0 R]`),
    ...roleMapEdits(pdf, catalog),
    ...artifactEdits(pdf, catalog),
  ];
  return { edits, appended };
}

/**
 * Structure types Chromium writes that PDF 1.7 does not define (they are PDF 2.0's), mapped to the
 * standard type a PDF/UA-1 reader falls back to.
 */
export const ROLE_MAP: Record<string, string> = { Em: 'Span', Strong: 'Span' };

/** A /RoleMap in the structure tree root, where Chromium writes none. */
function roleMapEdits(pdf: RawPdf, catalog: PdfDict): Edit[] {
  const rootRef = catalog.entries.get('StructTreeRoot')?.value;
  if (rootRef === undefined) return []; // an untagged print
  if (!isRef(rootRef)) return notSimple('a /StructTreeRoot that is not a reference');
  const root = lookup(pdf, rootRef);
  if (!isDict(root)) return notSimple('a /StructTreeRoot that is not a dictionary');
  if (root.entries.has('RoleMap')) return [];
  const map = Object.entries(ROLE_MAP).map(([from, to]) => `/${from} /${to}`).join(' ');
  return [insertEntry(root, `/RoleMap <<${map}>>`)];
}

function headerEdit(pdf: RawPdf): Edit {
  const header = /^%PDF-\d\.\d/.exec(pdf.text) ?? notSimple('no PDF header');
  return { start: 0, end: header[0].length, text: `%PDF-${PDF_VERSION}` };
}

/** Each page content stream with painting outside marked content, rewritten with it as /Artifact. */
function artifactEdits(pdf: RawPdf, catalog: PdfDict): Edit[] {
  const edits: Edit[] = [];
  const seen = new Set<number>();
  for (const key of pageRefs(pdf, catalog)) {
    const [num, gen] = key.split(' ').map(Number) as [number, number];
    const page = lookup(pdf, { kind: 'ref', num, gen });
    if (!isDict(page)) notSimple('a page that is not a dictionary');
    const contents = page.entries.get('Contents')?.value;
    if (contents === undefined) continue; // an empty page
    const refs = Array.isArray(contents) ? contents : [contents];
    for (const ref of refs) {
      if (!isRef(ref)) notSimple('page contents that are not references');
      if (seen.has(ref.num)) continue;
      seen.add(ref.num);
      const edit = contentEdit(pdf, ref.num, ref.gen);
      if (edit) edits.push(edit);
    }
  }
  return edits;
}

function contentEdit(pdf: RawPdf, num: number, gen: number): Edit | undefined {
  const entry = pdf.xref[num];
  if (!entry?.inUse) return notSimple(`content stream ${num} is not in use`);
  const { value: dict, end } = parseObject(pdf.text, entry.offset, num, gen);
  if (!isDict(dict)) return notSimple(`content ${num} is not a stream`);
  const stream = streamData(pdf, dict, end);
  const filter = dict.entries.get('Filter')?.value;
  const flate = isName(filter, 'FlateDecode');
  if (filter !== undefined && !flate) return notSimpleStream(num, 'a filter other than FlateDecode');
  const bytes = Buffer.from(stream.data, 'latin1');
  const decoded = (flate ? inflateSync(bytes) : bytes).toString('latin1');
  const marked = markArtifacts(decoded);
  if (marked.wrapped === 0) return undefined;
  const data = (flate ? deflateSync(Buffer.from(marked.content, 'latin1')) : Buffer.from(marked.content, 'latin1')).toString('latin1');
  const kept = [...dict.entries].filter(([key]) => key !== 'Length').map(([, e]) => pdf.text.slice(e.keyStart, e.end));
  return { start: dict.start, end: stream.end, text: `<<${[...kept, `/Length ${data.length}`].join(' ')}>>\nstream\n${data}\nendstream` };
}

/** The stream's raw data after its dictionary, and where `endstream` ends. */
function streamData(pdf: RawPdf, dict: PdfDict, afterDict: number): { data: string; end: number } {
  let pos = skipSpace(pdf.text, afterDict);
  if (!pdf.text.startsWith('stream', pos)) notSimple('a content object without stream');
  pos += 'stream'.length;
  if (pdf.text[pos] === '\r') pos++;
  if (pdf.text[pos] === '\n') pos++;
  const length = lookup(pdf, dict.entries.get('Length')?.value as PdfValue);
  if (typeof length !== 'number') notSimple('a stream without a numeric /Length');
  const close = pdf.text.indexOf('endstream', pos + length);
  if (close < 0 || pdf.text.slice(pos + length, close).trim() !== '') notSimple('a stream whose /Length does not reach endstream');
  return { data: pdf.text.slice(pos, pos + length), end: close + 'endstream'.length };
}
