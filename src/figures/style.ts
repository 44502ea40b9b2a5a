// The look shared by every figure and by the note: fonts, colours, the red marks of clusters and brokers.

/** The family the note's HTML declares with @font-face (bundled from @fontsource/source-sans-3). */
export const FIGURE_FONT_FAMILY = 'Source Sans 3';
export const FIGURE_FONT_STACK = "'Source Sans 3', 'Source Sans Pro', Arial, sans-serif";
/** The body text's family (bundled from @fontsource/source-serif-4). */
export const BODY_FONT_FAMILY = 'Source Serif 4';

/** Clusters and bridge builders are marked in red, as in the reference note. */
export const MARK_RED = '#c8102e';

export const INK = '#1a1a1a';
export const MUTED_INK = '#595959';
export const TIE_GREY = '#8c8c8c';

/**
 * Colours for function groups: Paul Tol's colour-blind-safe "muted" and "light" schemes, ordered so
 * neighbours in the list differ strongly in lightness too (they stay apart when printed in grey).
 */
export const FUNCTION_PALETTE: readonly string[] = [
  '#332288', // indigo
  '#DDCC77', // sand
  '#117733', // green
  '#CC6677', // rose
  '#88CCEE', // cyan
  '#882255', // wine
  '#44AA99', // teal
  '#EEDD88', // light yellow
  '#AA4499', // purple
  '#BBCC33', // pear
  '#999933', // olive
];

/**
 * Colours for the rating scale 1..6: sequential in lightness, diverging in hue. Each step is at
 * least 11.5 CIELAB L* darker than the one before (1 = L* 86 … 6 = L* 21), so the scale stays
 * ordered and every step distinct in grey print and for colour-blind readers (lightness is what
 * greyscale and dichromats keep); the hue turns from warm (1-3: sand, orange, terracotta) to cool
 * (4-6: teal, blue, navy) at the midpoint, along the blue-yellow axis that red-green colour-blind
 * readers see too. 3 is an orange rather than a red, which protanopes would see much darker. No
 * step lies in L* 50-54, where neither INK nor white text reaches 4.5:1, so labels on 1-3 are dark
 * and on 4-6 white: the midpoint shows in grey print as well. Checked in rating-colours.test.ts.
 *
 * «Vet ikke» is not on the scale and is drawn as such: white with a dark outline
 * (RATING_DONT_KNOW_STROKE), the only outlined category, 14 L* lighter than the lightest step.
 */
export const RATING_COLOURS: Record<'1' | '2' | '3' | '4' | '5' | '6' | 'vet_ikke', string> = {
  '1': '#f5d47c', // L* 86.0 sand
  '2': '#f9a255', // L* 74.0 orange
  '3': '#e07c51', // L* 62.4 terracotta
  '4': '#067989', // L* 46.3 teal
  '5': '#02567e', // L* 34.3 blue
  '6': '#11335b', // L* 21.0 navy
  vet_ikke: '#ffffff',
};

/** The outline of «Vet ikke» marks (bars, segments, legend symbol): 7:1 against white. */
export const RATING_DONT_KNOW_STROKE = MUTED_INK;

/** Colour of a function by its position in study.yaml's list (wraps around past the palette). */
export function functionColour(index: number): string {
  return FUNCTION_PALETTE[((index % FUNCTION_PALETTE.length) + FUNCTION_PALETTE.length) % FUNCTION_PALETTE.length];
}

/** WCAG relative luminance of a `#rrggbb` colour (0 black … 1 white). */
export function relativeLuminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** CIELAB L* (D65) of a `#rrggbb` colour, 0 black … 100 white: the lightness grey print keeps. */
export function cieLightness(hex: string): number {
  const y = relativeLuminance(hex);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (y * 24389) / 27;
}

/** The text colour (INK or white) with the higher contrast on a `#rrggbb` fill, for labels drawn on marks. */
export function inkOn(fill: string): string {
  const l = relativeLuminance(fill);
  const contrastInk = (l + 0.05) / (relativeLuminance(INK) + 0.05);
  const contrastWhite = 1.05 / (l + 0.05);
  return contrastInk >= contrastWhite ? INK : '#ffffff';
}
