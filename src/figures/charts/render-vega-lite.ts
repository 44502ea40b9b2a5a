// Vega-Lite spec → static SVG string, rendered in Node with the figure font measured by canvas.

import { compile, type TopLevelSpec } from 'vega-lite';
import { View, parse, type LoggerInterface } from 'vega';
import { KommunenotatError } from '../../errors.ts';
import type { Config } from 'vega-lite';
import { FIGURE_FONT_STACK, INK, MUTED_INK } from '../style.ts';
import { registerFigureFonts } from '../text-measure.ts';
import { NB_NUMBER_LOCALE } from './number-format.ts';

/** Width of every chart in px; the note scales figures to its text column (about 160 mm). */
export const CHART_WIDTH = 600;
export const LABEL_FONT_SIZE = 12;

/** The look shared by all charts: figure font, Norwegian number format, quiet axes. */
export const CHART_CONFIG: Config = {
  font: FIGURE_FONT_STACK,
  background: '#ffffff',
  // The note gives each figure an alt text and a data table; per-mark ARIA labels would only
  // make a screen reader read out every bar.
  aria: false,
  // 4 px: the line box of Source Sans 3 reaches about 1 px beyond the font size vega sizes text by.
  padding: 4,
  locale: { number: { ...NB_NUMBER_LOCALE, grouping: [...NB_NUMBER_LOCALE.grouping], currency: [...NB_NUMBER_LOCALE.currency] } },
  view: { stroke: null },
  axis: {
    labelFontSize: LABEL_FONT_SIZE,
    titleFontSize: LABEL_FONT_SIZE,
    titleFontWeight: 600,
    labelColor: INK,
    titleColor: INK,
    domainColor: MUTED_INK,
    tickColor: MUTED_INK,
    gridColor: '#e0e0e0',
  },
  legend: {
    labelFontSize: LABEL_FONT_SIZE,
    titleFontSize: LABEL_FONT_SIZE,
    labelColor: INK,
    titleColor: INK,
    titleFontWeight: 600,
  },
  text: { fontSize: LABEL_FONT_SIZE, color: INK },
};

/**
 * Compiles and renders a Vega-Lite spec to SVG. Async because vega's dataflow is: there is no
 * synchronous way to run a View. The output is byte-identical for the same spec.
 */
export async function renderVegaLite(spec: TopLevelSpec): Promise<string> {
  // 1. The font must be known to the canvas before vega measures (and caches) any label.
  registerFigureFonts();
  // 2. Vega-Lite → Vega; a warning means one of our specs is wrong, so it fails the build.
  const vegaSpec = compile(spec, { logger: strictLogger() }).spec;
  // 3. Vega → scenegraph → SVG, headless.
  const view = new View(parse(vegaSpec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

// Vega-Lite warns "Dropping fit-y" even when it keeps the fit-x we asked for (a discrete height
// cannot fit): harmless, so it is the one warning let through.
const HARMLESS_WARNING = /^Dropping "fit-y" because spec has discrete height/;

function strictLogger(): LoggerInterface {
  const logger: LoggerInterface = {
    level: (() => logger) as LoggerInterface['level'],
    error: (...args: readonly unknown[]) => {
      throw new KommunenotatError('render', `Vega-Lite: ${args.join(' ')}`);
    },
    warn: (...args: readonly unknown[]) => {
      const message = args.join(' ');
      if (!HARMLESS_WARNING.test(message)) throw new KommunenotatError('render', `Vega-Lite warning: ${message}`);
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}
