// Sizes of marks and type for a figure of n persons: full size up to 40 persons, shrinking
// smoothly (logarithmically) to the smallest readable size at 400 and beyond.

export interface FigureScale {
  fontSize: number;
  /** Label box height and the baseline's distance from the box top. */
  labelHeight: number;
  baselineOffset: number;
  square: number;
  labelGap: number;
  brokerRadius: number;
  /** Space between a cluster's members (squares and labels) and its red outline. */
  hullPad: number;
  /** Margin kept free around every label box. */
  labelMargin: number;
  legendFontSize: number;
}

export function figureScale(persons: number): FigureScale {
  const t = Math.min(1, Math.max(0, Math.log(Math.max(persons, 1) / 40) / Math.log(10)));
  const fontSize = round2(10 - 2.5 * t);
  // Beyond 500 persons (large figures, few labels) squares shrink further, to 4 at 3,000.
  const u = persons > 500 ? Math.min(1, Math.log(persons / 500) / Math.log(6)) : 0;
  const square = round2(9 - 3 * t - 2 * u);
  return {
    fontSize,
    // Source Sans 3: ascender ~0.72 em, descender ~0.2 em above/below the baseline.
    labelHeight: round2(fontSize * 1.0),
    baselineOffset: round2(fontSize * 0.76),
    square,
    labelGap: round2(2 - 0.5 * t),
    brokerRadius: round2(square * 0.5 + 3.2),
    hullPad: round2(7 - 2 * t),
    labelMargin: 1,
    legendFontSize: 9.5,
  };
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
