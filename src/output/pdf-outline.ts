// The bookmarks' titles, repaired to the headings' own text.
//
// Chromium (Skia/PDF) makes each bookmark title from the text it paints inside the heading's
// structure element, and gets two things wrong: the lines of a heading that wraps are joined
// without a space ("boligsosialtarbeid"), and a heading that a page break pushes to the next page
// is also painted, with every glyph clipped away, at the foot of the page before (an empty
// `BT ET` in its marked content there), so its text is taken twice: "ForordForord", "Vedlegg 1:
// … boligsosialtVedlegg 1: … boligsosialtarbeid …". Whether a heading is hit depends only on
// where the page breaks fall, so about a third of a note's bookmarks were. The fix reads the
// headings' text from the page that was printed and writes it over each title it belongs to.

import type { Page } from 'puppeteer';
import { catalogOf, lookup, type Edit, type RawPdf } from './pdf-raw-file.ts';
import { decodeText, encodeText, isDict, isRef, isString, notSimple, type PdfDict, type PdfString, type PdfValue } from './pdf-raw-syntax.ts';

/** The text of every h1-h6 of the printed page in document order, whitespace collapsed, soft hyphens removed. */
export function headingTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'), (h) =>
      (h.textContent ?? '').replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim(),
    ),
  );
}

/**
 * What a heading and its bookmark title share whatever Chromium did: no spaces, lower case (a
 * title is painted as CSS `text-transform` shows it, e.g. the cover's upper case).
 */
function letters(text: string): string {
  return text.replace(/[\s\u00ad]+/g, '').toLowerCase();
}

/**
 * For each bookmark title (in outline order, which is document order), the heading it stands for:
 * the next heading, in order, whose letters end the title's letters (a doubled title ends with its
 * heading, a joined one is equal to it without spaces). A title that matches no heading keeps its
 * text; headings without a bookmark (e.g. hidden ones) are skipped.
 */
export function repairedTitles(titles: readonly string[], headings: readonly string[]): string[] {
  let next = 0;
  return titles.map((title) => {
    const have = letters(title);
    for (let j = next; j < headings.length; j++) {
      const want = letters(headings[j]!);
      if (want.length > 0 && have.endsWith(want)) {
        next = j + 1;
        return headings[j]!;
      }
    }
    return title;
  });
}

/** For pdf-raw.ts: each outline item's /Title replaced by its heading's text where they differ. */
export function outlineEdits(pdf: RawPdf, headings: readonly string[] | undefined): Edit[] {
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
