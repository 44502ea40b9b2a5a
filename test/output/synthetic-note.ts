// A synthetic research note for the PDF tests and the page-reference benchmark: cover, contents with
// toc-page spans, many sections with inline SVG figures, a pageref, a colophon with page-count.
// It follows the document protocol of docs/pdf.md; the text is filler, deterministic per options.

export interface SyntheticNoteOptions {
  /** Numbered sections, each listed in the contents (default 24). */
  sections?: number;
  /** Inline SVG figures, spread over the sections (default 30). */
  figures?: number;
  /** Paragraphs of filler per section (default 6); about 60 pages with the defaults. */
  paragraphs?: number;
  /** Extra HTML placed in the first section, e.g. an external image. */
  extraBody?: string;
  /** A pageref to this id instead of the first figure (to test a missing target). */
  pagerefTarget?: string;
}

export interface SyntheticNote {
  html: string;
  /** Heading ids in contents order, with their text. */
  headings: { id: string; text: string }[];
  /** Figure ids, with their caption number. */
  figures: { id: string; caption: string }[];
}

const WORDS = (
  'kommunen boligsosialt arbeid samarbeid tjenester nettverk kontakt ukentlig daglig ' +
  'enheter rådmann helse omsorg bolig NAV flyktning barnevern sentralitet aktører ' +
  'koordinering tiltak brukere oppfølging strategi planen leder prosjekt tverrfaglig'
).split(' ');

/** Deterministic filler: a linear congruential generator seeded per paragraph. */
function filler(seed: number, words: number): string {
  let state = seed * 7919 + 17;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out.push(WORDS[state % WORDS.length]!);
  }
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

function figureSvg(n: number): string {
  const bars = Array.from({ length: 12 }, (_, i) => {
    const h = 20 + ((n * 37 + i * 53) % 140);
    return `<rect x="${20 + i * 38}" y="${180 - h}" width="28" height="${h}" fill="#3b6ea5"/>` +
      `<text x="${34 + i * 38}" y="196" font-size="10" text-anchor="middle">${i + 1}</text>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 200" width="480" height="200" role="img">` +
    `<title>Figur ${n}</title><line x1="15" y1="180" x2="470" y2="180" stroke="#333"/>${bars}</svg>`;
}

const STYLE = `
@page { size: A4; margin: 22mm 20mm 24mm 20mm;
  @bottom-center { content: "side " counter(page) " av " counter(pages); font: 9pt serif; } }
@page :first { @bottom-center { content: none; } }
body { font: 11pt/1.45 serif; margin: 0; }
.cover { break-after: page; padding-top: 80mm; text-align: center; }
.toc { break-after: page; }
.toc ol { list-style: none; padding: 0; }
.toc li { display: flex; }
.toc a { color: inherit; text-decoration: none; flex: 1; }
.toc .toc-page { min-width: 2em; text-align: right; }
h2 { break-before: page; }
figure { break-inside: avoid; margin: 1em 0; }
.colophon { break-before: page; }
`;

/** Builds the synthetic note; with the defaults about 60 A4 pages and 30 SVGs. */
export function syntheticNote(options: SyntheticNoteOptions = {}): SyntheticNote {
  const sections = options.sections ?? 24;
  const figureCount = options.figures ?? 30;
  const paragraphs = options.paragraphs ?? 6;
  const headings: SyntheticNote['headings'] = [];
  const figures: SyntheticNote['figures'] = [];
  const body: string[] = [];
  let figureNo = 0;
  for (let s = 1; s <= sections; s++) {
    const id = `sec-${s}`;
    const text = `${s} Del ${s} om samarbeid`;
    headings.push({ id, text });
    body.push(`<section><h2 id="${id}">${text}</h2>`);
    if (s === 1 && options.extraBody) body.push(options.extraBody);
    const figuresHere = Math.floor((s * figureCount) / sections) - Math.floor(((s - 1) * figureCount) / sections);
    for (let p = 0; p < paragraphs; p++) {
      body.push(`<p>${filler(s * 100 + p, 110)}</p>`);
      if (p === 1 && s === 2) {
        const target = options.pagerefTarget ?? 'fig-1';
        body.push(`<p>Se figur 1, s. <span class="pageref" data-target="${target}"></span>, for oversikten.</p>`);
      }
      if (p === 2) {
        const subId = `sec-${s}-1`;
        const subText = `${s}.1 Underavsnitt`;
        headings.push({ id: subId, text: subText });
        body.push(`<h3 id="${subId}">${subText}</h3>`);
      }
      if (p < figuresHere) {
        figureNo++;
        const figId = `fig-${figureNo}`;
        const caption = `Figur ${figureNo}`;
        figures.push({ id: figId, caption });
        body.push(`<figure id="${figId}">${figureSvg(figureNo)}<figcaption>${caption}. Søyler.</figcaption></figure>`);
      }
    }
    body.push('</section>');
  }
  const toc = headings
    .map((h) => `<li><a href="#${h.id}">${h.text}</a><span class="toc-page" data-target="${h.id}"></span></li>`)
    .join('\n');
  const html = `<!DOCTYPE html>
<html lang="nb"><head><meta charset="utf-8"><title>Syntetisk notat</title><style>${STYLE}</style></head>
<body>
<div class="cover"><h1>Syntetisk notat</h1><p>Samarbeid i kommunen</p></div>
<nav class="toc"><h2 style="break-before:auto">Innhold</h2><ol>
${toc}
</ol></nav>
${body.join('\n')}
<div class="colophon"><p>SIDER: <span class="page-count"></span></p></div>
</body></html>`;
  return { html, headings, figures };
}
