// What the note read-back tests (oppdal-pdf, compact-pdf) read from a printed note: its contents
// entries from the HTML, and its figure and table captions and references from the PDF's text.

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
