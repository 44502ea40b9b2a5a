// Post-processing of Chromium's PDF: document metadata the HTML cannot carry, fixed dates and a
// content-derived file ID, so the same note gives the same bytes. Outline and tags are kept as is.

import { createHash } from 'node:crypto';
import { PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47 language of the note, e.g. `nb`; should match `<html lang>`. */
  lang: string;
  /** Defaults to `kommunenotat`. */
  creator?: string;
  /** Creation and modification date; fixed by the caller so a rebuild gives the same bytes. */
  date: Date;
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
  doc.setProducer(`${chromium}; pdf-lib`);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(meta.lang));
  // The file ID: derived from what was printed, so it is the same for the same note and differs
  // between notes (viewers use it to tell documents apart).
  const id = createHash('sha256').update(identity).update(JSON.stringify({ ...meta, date: meta.date.toISOString() })).digest('hex').slice(0, 32);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}
