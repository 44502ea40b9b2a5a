// The rating colours as a reader without colour sees them: lightness (CIELAB L*), grey print,
// simulated colour-blindness and the contrast of the labels printed on them.

import { describe, expect, it } from 'vitest';
import { RATING_KEYS, ratingColour, ratingLabelInk, ratingStroke } from '../../../src/figures/charts/rating-scale.ts';
import { INK, RATING_COLOURS, cieLightness } from '../../../src/figures/style.ts';

type Rgb = [number, number, number];
type Lab = [number, number, number];

const SCALE = ['1', '2', '3', '4', '5', '6'] as const;

// --- Colour science, written out here so the test does not trust style.ts's helpers. ---

function channels(hex: string): Rgb {
  expect(hex).toMatch(/^#[0-9a-f]{6}$/i);
  return [0, 1, 2].map((i) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255) as Rgb;
}

/** sRGB (IEC 61966-2-1) to linear light. */
function linear(hex: string): Rgb {
  return channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as Rgb;
}

/** Linear sRGB → XYZ (D65) → CIELAB. */
function labOf([r, g, b]: Rgb): Lab {
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const lab = (hex: string): Lab => labOf(linear(hex));
const lightness = (hex: string): number => lab(hex)[0];
const deltaE = (p: Lab, q: Lab): number => Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);

/** Grey level 0..255 from the gamma-encoded channels, as simple greyscale conversions do. */
function luma(hex: string, [wr, wg, wb]: Rgb): number {
  const [r, g, b] = channels(hex);
  return 255 * (wr * r + wg * g + wb * b);
}
/** ImageMagick 6 `-colorspace Gray` (Rec. 709 luma). */
const REC709: Rgb = [0.2126, 0.7152, 0.0722];
/** Rec. 601 luma, used by many printer drivers and photo tools. */
const REC601: Rgb = [0.299, 0.587, 0.114];

/** WCAG 2 contrast ratio. */
function contrast(a: string, b: string): number {
  const y = (hex: string) => {
    const [r, g, bl] = linear(hex);
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [y(a), y(b)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Machado, Oliveira & Fernandes (2009), full severity, applied to linear sRGB. */
const DICHROMACY: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function simulated(hex: string, m: number[][]): Lab {
  const c = linear(hex);
  return labOf(m.map((row) => Math.min(1, Math.max(0, row[0]! * c[0] + row[1]! * c[1] + row[2]! * c[2]))) as Rgb);
}

const scale = SCALE.map((k) => RATING_COLOURS[k]);
const dontKnow = RATING_COLOURS.vet_ikke;

describe('rating colours', () => {
  it('computes L* as the CIE defines it', () => {
    expect(lightness('#000000')).toBeCloseTo(0, 6);
    expect(lightness('#ffffff')).toBeCloseTo(100, 3);
    expect(lightness('#777777')).toBeCloseTo(50.04, 1);
    expect(lab('#ff0000').map((v) => Math.round(v))).toEqual([53, 80, 67]);
    // style.ts's helper (used in docs and comments) agrees.
    for (const hex of Object.values(RATING_COLOURS)) expect(cieLightness(hex)).toBeCloseTo(lightness(hex), 1);
  });

  it('get darker from 1 to 6 in clear steps of CIELAB lightness (ΔL* ≥ 10)', () => {
    const ls = scale.map(lightness);
    for (let i = 1; i < ls.length; i++) {
      expect(ls[i - 1]! - ls[i]!, `L* ${SCALE[i - 1]} → ${SCALE[i]}: ${ls.map((l) => l.toFixed(1)).join(', ')}`).toBeGreaterThanOrEqual(10);
    }
    // The scale uses most of the range between black text and white paper.
    expect(ls[0]! - ls[5]!).toBeGreaterThanOrEqual(60);
  });

  it('stay in order and apart when printed in grey, «Vet ikke» included', () => {
    for (const [name, grey, step] of [
      ['L*', lightness, 10],
      ['Rec. 709 luma (ImageMagick)', (h: string) => luma(h, REC709), 20],
      ['Rec. 601 luma', (h: string) => luma(h, REC601), 20],
    ] as const) {
      const g = scale.map(grey);
      for (let i = 1; i < g.length; i++) expect(g[i - 1]! - g[i]!, `${name} ${SCALE[i - 1]} → ${SCALE[i]}`).toBeGreaterThanOrEqual(step);
      // «Vet ikke» is lighter than every step by at least one step, and the only outlined category.
      for (let i = 0; i < g.length; i++) expect(grey(dontKnow) - g[i]!, `${name} vet ikke vs ${SCALE[i]}`).toBeGreaterThanOrEqual(step);
    }
    for (const k of SCALE) expect(ratingStroke(k)).toBeNull();
    const outline = ratingStroke('vet_ikke')!;
    // Non-text contrast (WCAG 1.4.11) of the outline against its white fill and the paper.
    expect(contrast(outline, dontKnow)).toBeGreaterThanOrEqual(3);
    expect(lightness(outline)).toBeLessThan(lightness(scale[0]!) - 30);
  });

  it('stay in order and apart for protan, deutan and tritan readers, with warm 1–3 and cool 4–6', () => {
    for (const [name, m] of Object.entries(DICHROMACY)) {
      const labs = scale.map((h) => simulated(h, m));
      for (let i = 1; i < labs.length; i++) {
        const where = `${name} ${SCALE[i - 1]} → ${SCALE[i]}`;
        expect(labs[i - 1]![0] - labs[i]![0], where).toBeGreaterThanOrEqual(8);
        expect(deltaE(labs[i - 1]!, labs[i]!), where).toBeGreaterThanOrEqual(10);
      }
      const dk = simulated(dontKnow, m);
      for (let i = 0; i < labs.length; i++) expect(deltaE(dk, labs[i]!), `${name} vet ikke vs ${SCALE[i]}`).toBeGreaterThanOrEqual(10);
      // Yellowish below the midpoint, bluish above it: the blue-yellow axis every dichromat keeps.
      expect(labs.map((l) => Math.sign(l[2])), name).toEqual([1, 1, 1, -1, -1, -1]);
    }
  });

  it('carry labels with at least 4.5:1 contrast, dark on 1–3 and white on 4–6', () => {
    for (const k of RATING_KEYS) {
      expect(contrast(ratingColour(k), ratingLabelInk(k)), k).toBeGreaterThanOrEqual(4.5);
    }
    // The ink flips exactly at the scale's midpoint, a second cue for 1–3 against 4–6 in grey print.
    expect(RATING_KEYS.map(ratingLabelInk)).toEqual([INK, INK, INK, '#ffffff', '#ffffff', '#ffffff', INK]);
  });
});
