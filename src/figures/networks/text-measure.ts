// Label widths for placement, from the shared figure-font measurer (src/figures/text-measure.ts:
// Source Sans 3 registered with the Skia canvas; widths agree with Chromium's to about 0.01 %).

import { textWidth } from '../text-measure.ts';

/** Width of `text` at `fontSize` in SVG units, for the given weight. */
export type TextMeasurer = (text: string, fontSize: number, weight?: 400 | 600) => number;

/**
 * Slack on every measured width: if the SVG is ever shown without the font, the stand-ins (Arial,
 * Liberation Sans) are about 4 % wider, and boxes should still stay clear of each other.
 */
export const WIDTH_SLACK = 1.05;

/** A measurer with its own cache (a figure measures the same few function labels many times). */
export function createTextMeasurer(): TextMeasurer {
  const cache = new Map<string, number>();
  return (text, fontSize, weight = 400) => {
    const key = `${weight}|${fontSize}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      width = textWidth(text, { size: fontSize, weight });
      cache.set(key, width);
    }
    return width;
  };
}

let shared: TextMeasurer | undefined;

/** The process's measurer, created on first use (its cache only saves time; widths never change). */
export function defaultMeasurer(): TextMeasurer {
  shared ??= createTextMeasurer();
  return shared;
}
