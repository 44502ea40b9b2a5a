// The pdf-lib path, for a PDF that is not in the simple form Chromium prints (pdf-raw.ts gives
// undefined): the same page count, destinations and metadata, at the cost of loading every object.

import { ParseSpeeds, PDFDict, PDFDocument, PDFHeader, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { SRGB_PROFILE_NAME, srgbIccProfile } from './srgb-icc.ts';
import { xmpPacket } from './pdf-xmp.ts';
import { readDestinations } from './pdf-destinations.ts';
import { fileId, type PdfMeta } from './pdf-metadata.ts';
import { repairedTitles } from './pdf-outline.ts';

export interface PdfLibLayout {
  pageCount: number;
  destinations: Map<string, number>;
}

export async function readWithPdfLib(bytes: Uint8Array): Promise<PdfLibLayout> {
  const doc = await load(bytes);
  return { pageCount: doc.getPageCount(), destinations: readDestinations(doc) };
}

export async function finishWithPdfLib(bytes: Uint8Array, meta: PdfMeta, identity: string): Promise<Uint8Array> {
  return finishPdf(await load(bytes), meta, identity);
}

export interface FinishPdfOptions {
  /** Header 1.7, XMP and the output intent, as pdf-raw-archival.ts writes them; default true. */
  archival?: boolean;
}

function load(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

/** Sets metadata and the file ID, and serialises without object streams (stable, widely readable). */
export async function finishPdf(doc: PDFDocument, meta: PdfMeta, identity: string, options: FinishPdfOptions = {}): Promise<Uint8Array> {
  const chromium = doc.getProducer() ?? 'Chromium';
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  // One string, comma-separated: keywords may contain spaces ("boligsosialt arbeid").
  doc.setKeywords([meta.keywords.join(', ')]);
  doc.setCreator(meta.creator ?? 'kommunenotat');
  doc.setProducer(`${chromium}; kommunenotat`);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(meta.lang));
  if (meta.headings) repairOutline(doc, meta.headings);
  // The archival form as pdf-raw-archival.ts writes it; page furniture is not marked as artifacts
  // on this path (docs/pdf.md).
  if (options.archival !== false) archivalForm(doc, meta, `${chromium}; kommunenotat`);
  const id = fileId(meta, identity);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}

/** Each outline item's /Title set to its heading's text (pdf-outline.ts), as pdf-raw.ts does. */
function repairOutline(doc: PDFDocument, headings: readonly string[]): void {
  const items: PDFDict[] = [];
  const seen = new Set<PDFRef>();
  const visit = (ref: unknown): void => {
    for (let at = ref; at instanceof PDFRef && !seen.has(at); ) {
      seen.add(at);
      const item = doc.context.lookup(at);
      if (!(item instanceof PDFDict)) return;
      items.push(item);
      visit(item.get(PDFName.of('First')));
      at = item.get(PDFName.of('Next'));
    }
  };
  const root = doc.catalog.lookup(PDFName.of('Outlines'));
  if (root instanceof PDFDict) visit(root.get(PDFName.of('First')));
  const title = (item: PDFDict) => {
    const value = item.lookup(PDFName.of('Title'));
    return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : '';
  };
  const titles = items.map(title);
  repairedTitles(titles, headings).forEach((text, i) => {
    if (text !== titles[i]) items[i]!.set(PDFName.of('Title'), PDFHexString.fromText(text));
  });
}

function archivalForm(doc: PDFDocument, meta: PdfMeta, producer: string): void {
  const context = doc.context;
  context.header = PDFHeader.forVersion(1, 7);
  const xmp = context.stream(Buffer.from(xmpPacket(meta, producer), 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), context.register(xmp));
  const profile = context.register(context.flateStream(srgbIccProfile(), { N: 3 }));
  const intent = context.obj({
    Type: 'OutputIntent', S: 'GTS_PDFA1', OutputConditionIdentifier: PDFString.of(SRGB_PROFILE_NAME),
    Info: PDFString.of(SRGB_PROFILE_NAME), DestOutputProfile: profile,
  });
  doc.catalog.set(PDFName.of('OutputIntents'), context.obj([context.register(intent)]));
}
