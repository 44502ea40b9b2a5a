import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, ratingCounts, ratingDistributionAll, ratingMeans } from '../../../src/figures/charts/index.ts';
import { RATING_KEYS } from '../../../src/figures/charts/rating-scale.ts';
import { RATING_COLOURS, RATING_DONT_KNOW_STROKE } from '../../../src/figures/style.ts';
import type { Figure } from '../../../src/types.ts';
import { MOTEPLASSER, OPPDAL_MOTEPLASSER, SAMORDNING, tabell2Rows } from './rating-fixtures.ts';

/** The text of every <text> element, one entry per line (<tspan>) of multi-line labels, entities decoded. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)]
    .flatMap((m) => (m[1]!.includes('<tspan') ? [...m[1]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]!) : [m[1]!]))
    .map((t) => t.replace(/&amp;/g, '&').replace(/&lt;/g, '<'));
}

function allFigures(): Promise<Figure[]> {
  const rows = tabell2Rows();
  return Promise.all([
    ratingDistributionAll(SAMORDNING, rows),
    ratingCounts(SAMORDNING, 'oppdal', 'Oppdal', rows[2]!.metrics),
    ratingCounts(MOTEPLASSER, 'oppdal', 'Oppdal', OPPDAL_MOTEPLASSER),
    ratingMeans(SAMORDNING, rows),
  ]);
}

describe('Norwegian number format', () => {
  it('uses a decimal comma, rounds half up and groups thousands with a non-breaking space', () => {
    expect(formatNumber(2.7, 1)).toBe('2,7');
    expect(formatNumber(4, 1)).toBe('4,0');
    expect(formatNumber(2.65, 1)).toBe('2,7');
    expect(formatNumber(12345)).toBe('12\u00a0345');
    expect(formatNumber(6250)).toBe('6250'); // four digits: no separator, as in the note's text
    expect(formatNumber(-0.04, 1)).toBe('0,0');
    expect(formatPercent(6 / 23)).toBe('26\u00a0%');
  });
});

describe('rating charts', () => {
  it('are byte-identical for the same input', async () => {
    const first = await allFigures();
    const second = await allFigures();
    expect(second.map((f) => f.svg)).toEqual(first.map((f) => f.svg));
  });

  it('are static SVG with a title, an alt text and the data table', async () => {
    for (const f of await allFigures()) {
      expect(f.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(f.svg).not.toMatch(/<script|on\w+=|<foreignObject/i);
      expect(f.title.length).toBeGreaterThan(10);
      expect(f.alt.length).toBeGreaterThan(40);
      expect(f.table.rows.length).toBeGreaterThan(0);
      for (const row of f.table.rows) expect(row).toHaveLength(f.table.headers.length);
      expect(f.svg).toContain("'Source Sans 3'");
    }
  });

  it('prints Tabell 2 means sorted high to low, one decimal with a decimal comma', async () => {
    const f = await ratingMeans(SAMORDNING, tabell2Rows());
    expect(f.id).toBe('means-samordning');
    // Equal means keep the study order (Rissa before Volda).
    expect(f.table.rows.map((r) => [r[0], r[1]])).toEqual([
      ['Rissa', '4,0'],
      ['Volda', '4,0'],
      ['Nærøy', '3,7'],
      ['Ørland', '2,9'],
      ['Oppdal', '2,7'],
    ]);
    const texts = svgTexts(f.svg);
    // Formatted by vega with the note's locale, not by us.
    expect(texts).toEqual(expect.arrayContaining(['4,0', '3,7', '2,9', '2,7']));
    expect(texts.filter((t) => /^\d\.\d$/.test(t))).toEqual([]);
    expect(f.alt).toContain('Rissa 4,0, Volda 4,0, Nærøy 3,7, Ørland 2,9, Oppdal 2,7');
  });

  it('shows every kommune with its N, in the given order, and the scale ends in the legend (Figur 7)', async () => {
    const f = await ratingDistributionAll(SAMORDNING, tabell2Rows());
    expect(f.id).toBe('rating-samordning-all');
    const texts = svgTexts(f.svg);
    const kommuner = texts.filter((t) => /\(N = \d+\)$/.test(t));
    expect(kommuner).toEqual(['Ørland (N = 15)', 'Nærøy (N = 20)', 'Oppdal (N = 23)', 'Rissa (N = 24)', 'Volda (N = 24)']);
    expect(texts).toEqual(expect.arrayContaining(['1 Svært dårlig', '6 Svært godt', 'Vet ikke', '50\u00a0%']));
    // No midpoint tick any more: the colours get darker from 1 to 6, so grey print keeps the order.
    expect(f.svg).not.toMatch(/h2v28h-2Z/);
    // Segments of the scale are parted by white lines; «Vet ikke» (white) is the one outlined in grey,
    // in the bars (one per kommune where someone answered it) and in the legend.
    const segments = [...f.svg.matchAll(/<path d="M[^"]*v22h[^"]*" fill="(#[0-9a-f]{6})" stroke="(#[0-9a-f]{6})"/g)].map((m) => [m[1], m[2]]);
    expect(segments.filter(([fill]) => fill === RATING_COLOURS.vet_ikke)).toEqual(
      tabell2Rows().filter((r) => r.metrics.dontKnow > 0).map(() => [RATING_COLOURS.vet_ikke, RATING_DONT_KNOW_STROKE]),
    );
    expect(segments.filter(([fill]) => fill !== RATING_COLOURS.vet_ikke).every(([, stroke]) => stroke === '#ffffff')).toBe(true);
    const symbols = [...f.svg.matchAll(/<path transform="translate\(6,6\)" d="[^"]*" fill="(#[0-9a-f]{6})" stroke="(#[0-9a-f]{6})"/g)].map((m) => [m[1], m[2]]);
    expect(symbols).toEqual(RATING_KEYS.map((k) => [RATING_COLOURS[k], k === 'vet_ikke' ? RATING_DONT_KNOW_STROKE : '#ffffff']));
    // Rissa: 10 of 24 don't know.
    expect(f.table.rows[3]).toEqual(['Rissa', '24', '0 (0\u00a0%)', '1 (4\u00a0%)', '3 (13\u00a0%)', '5 (21\u00a0%)', '5 (21\u00a0%)', '0 (0\u00a0%)', '10 (42\u00a0%)']);
    expect(f.alt).toContain('Oppdal (N = 23): 70\u00a0% svarte 1–3, 17\u00a0% svarte 4–6 og 13\u00a0% vet ikke');
  });

  it("shows one kommune's counts with N and the scale's end labels (Figur 18, 22)", async () => {
    const f = await ratingCounts(MOTEPLASSER, 'oppdal', 'Oppdal', OPPDAL_MOTEPLASSER);
    expect(f.id).toBe('rating-moteplasser-oppdal');
    const texts = svgTexts(f.svg);
    expect(texts).toEqual(expect.arrayContaining(['Svaralternativ (N = 23)', 'Helt uenig', 'Helt enig', 'Vet ikke']));
    // Only the «Vet ikke» bar (white) has an outline.
    const bars = [...f.svg.matchAll(/<path d="M[^"]*" fill="(#[0-9a-f]{6})"( stroke="(#[0-9a-f]{6})")? stroke-width="1"\/>/g)].map((m) => [m[1], m[3] ?? null]);
    expect(bars).toEqual(RATING_KEYS.map((k) => [RATING_COLOURS[k], k === 'vet_ikke' ? RATING_DONT_KNOW_STROKE : null]));
    // One count label per bar, zeros included.
    expect(texts.filter((t) => /^\d+$/.test(t) && t !== '1' && t !== '6').length).toBeGreaterThanOrEqual(4);
    expect(f.table.rows).toEqual([
      ['1 Helt uenig', '7'],
      ['2', '8'],
      ['3', '4'],
      ['4', '2'],
      ['5', '1'],
      ['6 Helt enig', '0'],
      ['Vet ikke', '1'],
      ['Totalt (N)', '23'],
    ]);
    expect(f.alt).toContain('23 svarte (N = 23): 1: 7, 2: 8, 3: 4, 4: 2, 5: 1, 6: 0, vet ikke: 1');
  });

  it('handles a kommune where nobody gave a valid answer', async () => {
    const rows = tabell2Rows();
    rows.push({ slug: 'tom', name: 'Tomvik', metrics: { answered: 3, dontKnow: 3, valid: 0, mean: null, counts: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0 } } });
    const means = await ratingMeans(SAMORDNING, rows);
    expect(means.table.rows.at(-1)).toEqual(['Tomvik', '–', '0', '3']);
    expect(svgTexts(means.svg)).toContain('ingen gyldige svar');
    const all = await ratingDistributionAll(SAMORDNING, rows);
    expect(all.alt).toContain('Tomvik (N = 3): 0\u00a0% svarte 1–3, 0\u00a0% svarte 4–6 og 100\u00a0% vet ikke');
  });
});
