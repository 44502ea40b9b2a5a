// The pdf-lib path, for a PDF that is not in the simple form Chromium prints (pdf-raw.ts gives
// undefined): the same page count, destinations and metadata, at the cost of loading every object.

import { ParseSpeeds, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { readDestinations } from './pdf-destinations.ts';
import { fileId, type PdfMeta } from './pdf-metadata.ts';

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

function load(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

/** Sets metadata and the file ID, and serialises without object streams (stable, widely readable). */
export async function finishPdf(doc: PDFDocument, meta: PdfMeta, identity: string): Promise<Uint8Array> {
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
  const id = fileId(meta, identity);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}

