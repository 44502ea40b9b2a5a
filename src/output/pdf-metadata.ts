// What the finished PDF says about itself beyond the HTML: document metadata, fixed dates and a
// content-derived file ID, so the same note gives the same bytes. Written by pdf-raw.ts (or, for a
// PDF in another form than Chromium's, by pdf-lib in pdf-lib-fallback.ts).

import { createHash } from 'node:crypto';

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
  /**
   * The note's headings in document order (pdf-outline.ts): each bookmark's title is set to the
   * heading it stands for. Without it the titles stay as Chromium wrote them.
   */
  headings?: readonly string[];
}

/**
 * The file ID (32 hex digits): derived from what was printed, so it is the same for the same note
 * and differs between notes (viewers use it to tell documents apart).
 */
export function fileId(meta: PdfMeta, identity: string): string {
  return createHash('sha256').update(identity).update(JSON.stringify({ ...meta, date: meta.date.toISOString() })).digest('hex').slice(0, 32);
}
