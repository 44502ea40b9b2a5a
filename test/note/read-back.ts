// What the note read-back tests (oppdal-pdf, compact-pdf) read from a printed note: its contents
// entries from the HTML, its figure and table captions and references from the PDF's text, and its
// bookmarks.

import { execFileSync } from 'node:child_process';

/** Whitespace (including no-break spaces) collapsed, soft hyphens out. */
export const norm = (text: string) => text.replace(/\u00ad/g, '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** The contents as the HTML gives it: heading id, text and printed page. */
export function contentsEntries(html: string): { id: string; text: string; page: number }[] {
  return [...html.matchAll(/<a href="#([^"]+)"><span class="toc-text">([^<]*)<\/span><span class="toc-page" data-target="[^"]+">(\d*)<\/span>/g)]
    .map((m) => ({ id: m[1]!, text: decode(m[2]!), page: Number(m[3]) }));
}

/** The numbers of the figure and table captions (`Figur 3:`, `Tabell 1:`), in the order printed. */
export function captionNumbers(pages: string[]): { figures: number[]; tables: number[] } {
  const text = pages.join('\n');
  return {
    figures: [...text.matchAll(/^\s*Figur (\d+):/gm)].map((m) => Number(m[1])),
    tables: [...text.matchAll(/^\s*Tabell (\d+):/gm)].map((m) => Number(m[1])),
  };
}

/** The numbers the running text refers to as `figur 3`, `figurene 4–6`, `tabell 2` (captions left out). */
export function referredNumbers(pages: string[], word: 'figur' | 'tabell'): Set<number> {
  const text = pages.map((p) => p.replace(/^\s*(?:Figur|Tabell) \d+:.*$/gm, '')).join('\n').replace(/[\u00a0\u202f]/g, ' ');
  const referred = new Set<number>();
  for (const m of text.matchAll(new RegExp(`\\b${word}(?:ene)?\\s+(\\d+)(?:\\s*[–-]\\s*(\\d+))?`, 'gi'))) {
    for (let n = Number(m[1]); n <= Number(m[2] ?? m[1]); n++) referred.add(n);
  }
  return referred;
}

function decode(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'");
}

/** The headings' text in document order, as the HTML gives it (tags out, whitespace collapsed). */
export function headingTexts(html: string): string[] {
  return [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => norm(decode(m[2]!.replace(/<[^>]*>/g, ''))));
}

/** The PDF's bookmark titles in outline order (depth first), read with qpdf. */
export function bookmarkTitles(pdf: string): string[] {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', pdf], { encoding: 'utf8', maxBuffer: 1 << 26 })) as {
    outlines: Bookmark[];
  };
  const titles: string[] = [];
  const walk = (items: Bookmark[]) => items.forEach((item) => (titles.push(item.title), walk(item.kids)));
  walk(json.outlines);
  return titles;
}

interface Bookmark {
  title: string;
  kids: Bookmark[];
}

/** A string that is some text twice over ("ForordForord"). */
export const isDoubled = (text: string) => text.length >= 2 && text.length % 2 === 0 && text.slice(0, text.length / 2) === text.slice(text.length / 2);
