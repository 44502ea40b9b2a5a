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
 * Colours for the rating scale 1..6 and "vet ikke": a diverging, colour-blind-safe scheme (Tol's
 * "sunset" ends) that is monotone in lightness from each end to the middle, and a neutral grey.
 */
export const RATING_COLOURS: Record<'1' | '2' | '3' | '4' | '5' | '6' | 'vet_ikke', string> = {
  '1': '#a50026',
  '2': '#f67e4b',
  '3': '#fedaa0',
  '4': '#c2e4ef',
  '5': '#6ea6cd',
  '6': '#364b9a',
  vet_ikke: '#bdbdbd',
};

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

/** The text colour (INK or white) with the higher contrast on a `#rrggbb` fill, for labels drawn on marks. */
export function inkOn(fill: string): string {
  const l = relativeLuminance(fill);
  const contrastInk = (l + 0.05) / (relativeLuminance(INK) + 0.05);
  const contrastWhite = 1.05 / (l + 0.05);
  return contrastInk >= contrastWhite ? INK : '#ffffff';
}
