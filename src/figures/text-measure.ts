// Text widths for figure layout: the figure font (Source Sans 3, from @fontsource) registered with the
// Skia canvas that vega also measures with, so labels are laid out at the width Chromium will draw them.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { GlobalFonts, createCanvas, type SKRSContext2D } from 'canvas';
import { FIGURE_FONT_FAMILY, FIGURE_FONT_STACK } from './style.ts';

export type FontWeight = 400 | 600 | 700;
export type FontStyle = 'normal' | 'italic';

export interface FontSpec {
  /** Size in px (SVG user units). */
  size: number;
  weight?: FontWeight;
  style?: FontStyle;
}

export interface FigureFontFile {
  weight: FontWeight;
  style: FontStyle;
  /** Absolute path of the woff2 file. */
  path: string;
}

// The latin subset covers æ ø å, en dash, minus, non-breaking and thin spaces; that is all the note draws.
const FACES: readonly { weight: FontWeight; style: FontStyle }[] = [
  { weight: 400, style: 'normal' },
  { weight: 600, style: 'normal' },
  { weight: 700, style: 'normal' },
  { weight: 400, style: 'italic' },
];

/** The woff2 files of the figure font that figures may use, resolved inside node_modules. */
export function figureFontFiles(): FigureFontFile[] {
  const require = createRequire(import.meta.url);
  return FACES.map(({ weight, style }) => ({
    weight,
    style,
    path: require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-${style}.woff2`),
  }));
}

// Registration is process-wide in Skia (GlobalFonts), so remembering that it happened is not hidden state.
let registered = false;

/**
 * Registers Source Sans 3 with the canvas (idempotent). Call before any vega rendering: vega caches
 * widths by font string, so a width measured with the fallback font would stick.
 */
export function registerFigureFonts(): void {
  if (registered) return;
  for (const file of figureFontFiles()) {
    GlobalFonts.registerFromPath(file.path, FIGURE_FONT_FAMILY);
  }
  const known = GlobalFonts.families.some((f) => f.family === FIGURE_FONT_FAMILY);
  if (!known) throw new Error(`The figure font ${FIGURE_FONT_FAMILY} could not be registered with the canvas`);
  registered = true;
}

let context: SKRSContext2D | undefined;

/** CSS font shorthand for a spec, with the figure font stack. */
export function cssFont(font: FontSpec): string {
  return `${font.style ?? 'normal'} ${font.weight ?? 400} ${font.size}px ${FIGURE_FONT_STACK}`;
}

/** Advance width of `text` in px, as Chromium draws it in the figure font. */
export function textWidth(text: string, font: FontSpec): number {
  registerFigureFonts();
  context ??= createCanvas(1, 1).getContext('2d');
  context.font = cssFont(font);
  return context.measureText(text).width;
}

/**
 * @font-face rules with the woff2 files embedded as base64, for rendering figures in a browser
 * outside the note (previews, tests). The note itself declares the font in its own CSS.
 */
export function figureFontFaceCss(): string {
  return figureFontFiles()
    .map(
      (f) =>
        `@font-face{font-family:'${FIGURE_FONT_FAMILY}';font-style:${f.style};font-weight:${f.weight};` +
        `src:url(data:font/woff2;base64,${readFileSync(f.path).toString('base64')}) format('woff2');}`,
    )
    .join('\n');
}

/**
 * Breaks `text` at ordinary spaces into lines no wider than `maxWidth` (a single word wider than that
 * keeps its own line: labels are never cut). Non-breaking spaces hold words together: "(17\u00a0av\u00a040)".
 */
export function wrapText(text: string, maxWidth: number, font: FontSpec): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, font) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
