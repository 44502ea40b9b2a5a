// Figures as Chromium draws them: text widths against our canvas measurement, labels neither cut,
// padded nor overlapping, and PNGs to look at (written to $FIGURE_PNG_DIR or the temp folder).

import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ratingCounts, ratingDistributionAll, ratingMeans } from '../../../src/figures/charts/index.ts';
import { politicalAllFigure, politicalBodyFigure } from '../../../src/figures/political/index.ts';
import { type FontSpec, textWidth } from '../../../src/figures/text-measure.ts';
import type { Figure } from '../../../src/types.ts';
import { oppdalLike } from '../political/oppdal-like.ts';
import { chromiumTextWidths, figureFontLoaded, fontPage, launchChromium, screenshotSvg } from './chromium.ts';
import { MOTEPLASSER, OPPDAL_MOTEPLASSER, SAMORDNING, tabell2Rows } from './rating-fixtures.ts';

const LABELS = [
  'Oppdal (N = 23)',
  'Nærøy (N = 20)',
  'Ørland (N = 15)',
  '1 Svært dårlig',
  '6 Helt enig',
  'Vet ikke',
  '100\u00a0%',
  '2,7',
  'Øk. virkemidler',
  'Politisk folkevalgt',
  'Hovedutvalg helse og omsorg',
  'Gir informasjon (pil mot organet)',
  'Andel av dem som svarte',
];
const FONTS: FontSpec[] = [{ size: 11 }, { size: 12 }, { size: 12, weight: 600 }, { size: 12, weight: 700 }, { size: 12, style: 'italic' }];

interface TextBox {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** The <rect> drawn just before the text, when the text is a label inside it (political figures). */
  box?: { x: number; y: number; w: number; h: number };
}

/** Renders a figure and returns its SVG size and the screen boxes of all its texts. */
async function textBoxes(page: Page, svg: string): Promise<{ width: number; height: number; texts: TextBox[] }> {
  await page.evaluate((svg) => {
    document.body.innerHTML = svg;
  }, svg);
  return page.evaluate(() => {
    const root = document.querySelector('svg')!.getBoundingClientRect();
    const rel = (r: DOMRect) => ({ x: r.x - root.x, y: r.y - root.y, w: r.width, h: r.height });
    const texts = Array.from(document.querySelectorAll('text')).map((el) => {
      let prev = el.previousElementSibling;
      while (prev && prev.tagName === 'text') prev = prev.previousElementSibling;
      const inBox = prev?.tagName === 'rect' && prev.getAttribute('rx') === '3';
      return { text: el.textContent ?? '', ...rel(el.getBoundingClientRect()), ...(inBox ? { box: rel(prev!.getBoundingClientRect()) } : {}) };
    });
    return { width: root.width, height: root.height, texts };
  });
}

/** Glyph boxes of a line overlap their neighbours' by design (line height); compare the ink band. */
function overlaps(a: TextBox, b: TextBox): boolean {
  const shrink = (t: TextBox) => ({ x0: t.x + 0.5, x1: t.x + t.w - 0.5, y0: t.y + t.h * 0.2, y1: t.y + t.h * 0.8 });
  const p = shrink(a);
  const q = shrink(b);
  return p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1;
}

describe('figures in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let figures: Figure[];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await fontPage(browser);
    const rows = tabell2Rows();
    figures = [
      await ratingDistributionAll(SAMORDNING, rows),
      await ratingCounts(SAMORDNING, 'oppdal', 'Oppdal', rows[2]!.metrics),
      await ratingCounts(MOTEPLASSER, 'oppdal', 'Oppdal', OPPDAL_MOTEPLASSER),
      await ratingMeans(SAMORDNING, rows),
      politicalBodyFigure(oppdalLike(), 'formannskap'),
      politicalBodyFigure(oppdalLike(), 'kommunestyre'),
      politicalBodyFigure(oppdalLike(), 'ordforer'),
      politicalAllFigure(oppdalLike()),
    ];
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads the embedded figure font', async () => {
    expect(await figureFontLoaded(page)).toBe(true);
  });

  it('measures text within 3 % of Chromium', async () => {
    for (const font of FONTS) {
      const chromium = await chromiumTextWidths(page, LABELS, font);
      LABELS.forEach((label, i) => {
        const ours = textWidth(label, font);
        expect(Math.abs(ours / chromium[i]! - 1), `${label} ${JSON.stringify(font)}: ${ours} vs ${chromium[i]}`).toBeLessThan(0.03);
      });
    }
  });

  it('draws no label cut off, overlapping another or outside its box', async () => {
    for (const f of figures) {
      const { width, height, texts } = await textBoxes(page, f.svg);
      expect(texts.length, f.id).toBeGreaterThan(3);
      for (const t of texts) {
        const where = `${f.id}: "${t.text}"`;
        expect(t.x, where).toBeGreaterThanOrEqual(-0.5);
        expect(t.y, where).toBeGreaterThanOrEqual(-0.5);
        expect(t.x + t.w, where).toBeLessThanOrEqual(width + 0.5);
        expect(t.y + t.h, where).toBeLessThanOrEqual(height + 0.5);
        if (t.box) {
          expect(t.x, where).toBeGreaterThanOrEqual(t.box.x + 1);
          expect(t.x + t.w, where).toBeLessThanOrEqual(t.box.x + t.box.w - 1);
        }
      }
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) {
          expect(overlaps(texts[i]!, texts[j]!), `${f.id}: "${texts[i]!.text}" overlaps "${texts[j]!.text}"`).toBe(false);
        }
      }
    }
  });

  it('has an overlap check that catches overlapping and cut labels', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40" font-family="\'Source Sans 3\'">' +
      '<text x="2" y="20" font-size="12">Formannskapet</text><text x="50" y="24" font-size="12">Ordføreren</text></svg>';
    const { width, texts } = await textBoxes(page, svg);
    expect(overlaps(texts[0]!, texts[1]!)).toBe(true);
    expect(texts[1]!.x + texts[1]!.w).toBeGreaterThan(width);
  });

  it('leaves no padding beside the widest axis label (vega measured with the same font)', async () => {
    for (const f of figures.filter((x) => x.id.startsWith('rating-samordning-all') || x.id.startsWith('means-'))) {
      const { texts } = await textBoxes(page, f.svg);
      const left = Math.min(...texts.map((t) => t.x));
      // Vega's padding is 4 px; a fallback-font measurement would leave more or cut the label.
      expect(left, f.id).toBeGreaterThanOrEqual(3);
      expect(left, f.id).toBeLessThanOrEqual(5.5);
    }
  });

  it('renders PNGs to look at', async () => {
    const dir = process.env.FIGURE_PNG_DIR ?? join(tmpdir(), 'kommunenotat-figures');
    mkdirSync(dir, { recursive: true });
    for (const f of figures) {
      await screenshotSvg(browser, f.svg, join(dir, `${f.id}.png`));
      await screenshotSvg(browser, f.svg, join(dir, `${f.id}-grey.png`), 2, true);
    }
    console.log(`figure PNGs in ${dir}`);
  });
});
