// The legend under the drawing: function colours present, then the marks used (answered or
// not, tie strengths, cluster, bridge builder), flowed into rows within the figure's width.

import type { NormalNetwork } from './normalize.ts';
import type { TextMeasurer } from './text-measure.ts';
import { WIDTH_SLACK } from './text-measure.ts';
import type { LegendItem, LegendSymbol } from './types.ts';

export const LEGEND_SYMBOL_WIDTH: Record<LegendSymbol['kind'], number> = {
  function: 9,
  respondent: 9,
  nonRespondent: 9,
  tie: 18,
  cluster: 18,
  broker: 13,
  multiFunction: 9,
  note: -4,
};

/** Legend words per language; kept here so every figure says the same. */
export const LEGEND_WORDS = {
  nb: {
    respondent: 'Har svart',
    nonRespondent: 'Har ikke svart (bare nevnt av andre)',
    cluster: 'Klynge',
    broker: 'Brobygger',
    multiFunction: 'Flere funksjoner (én farge per funksjon)',
    fewLabels: 'Over 500 personer: tekst bare ved brobyggere og ved én person per klynge (klyngens vanligste funksjon).',
  },
  nn: {
    respondent: 'Har svart',
    nonRespondent: 'Har ikkje svart (berre nemnd av andre)',
    cluster: 'Klynge',
    broker: 'Brubyggjar',
    multiFunction: 'Fleire funksjonar (éin farge per funksjon)',
    fewLabels: 'Over 500 personar: tekst berre ved brubyggjarar og ved éin person per klynge (den vanlegaste funksjonen i klynga).',
  },
} as const;

/** The bokmål legend words. */
export const LEGEND_TEXT = LEGEND_WORDS.nb;

export function legendGroups(net: NormalNetwork, hasIsolatesOnly: boolean, fewLabels = false): { symbol: LegendSymbol; text: string }[][] {
  // Every function drawn, secondary ones too, in study order (unknown codes last, by code).
  const present = new Map<string, { index: number; colour: string }>();
  for (const p of net.persons) {
    p.functionCodes.forEach((code, k) => {
      const index = net.functions.findIndex((f) => f.code === code);
      present.set(code, { index: index < 0 ? net.functions.length : index, colour: p.colours[k]! });
    });
  }
  const functions = [...present]
    .sort((a, b) => a[1].index - b[1].index || (a[0] < b[0] ? -1 : 1))
    .map(([code, { index, colour }]) => ({ symbol: { kind: 'function', colour } as LegendSymbol, text: net.functions[index]?.label ?? code }));
  const LEGEND_TEXT = LEGEND_WORDS[net.lang];
  const marks: { symbol: LegendSymbol; text: string }[] = [];
  if (net.persons.some((p) => !p.respondent)) {
    marks.push({ symbol: { kind: 'respondent' }, text: LEGEND_TEXT.respondent });
    marks.push({ symbol: { kind: 'nonRespondent' }, text: LEGEND_TEXT.nonRespondent });
  }
  if (net.ties.length > 0 && !hasIsolatesOnly) {
    marks.push({ symbol: { kind: 'tie', strong: false }, text: net.tieLegend.tie });
    if (net.hasStrongTies) marks.push({ symbol: { kind: 'tie', strong: true }, text: net.tieLegend.strongTie });
  }
  if (net.clusters.length > 0) marks.push({ symbol: { kind: 'cluster' }, text: LEGEND_TEXT.cluster });
  if (net.persons.some((p) => p.broker)) marks.push({ symbol: { kind: 'broker' }, text: LEGEND_TEXT.broker });
  if (net.persons.some((p) => p.functionCodes.length > 1)) {
    marks.push({ symbol: { kind: 'multiFunction', colours: ['#5a5a5a', '#bdbdbd'] }, text: LEGEND_TEXT.multiFunction });
  }
  const notes = fewLabels ? [{ symbol: { kind: 'note' } as LegendSymbol, text: LEGEND_TEXT.fewLabels }] : [];
  return [functions, marks, notes].filter((g) => g.length > 0);
}

/** Flows the groups into rows starting at `top`; each group starts on a new row. */
export function layoutLegend(
  groups: { symbol: LegendSymbol; text: string }[][],
  measure: TextMeasurer,
  fontSize: number,
  left: number,
  right: number,
  top: number,
): { items: LegendItem[]; bottom: number } {
  const rowHeight = fontSize * 1.6;
  const items: LegendItem[] = [];
  let y = top + rowHeight / 2;
  for (const group of groups) {
    let x = left;
    for (const entry of group) {
      const symbolWidth = LEGEND_SYMBOL_WIDTH[entry.symbol.kind];
      const textWidth = measure(entry.text, fontSize) * WIDTH_SLACK;
      const itemWidth = symbolWidth + 4 + textWidth;
      if (x > left && x + itemWidth > right) {
        x = left;
        y += rowHeight;
      }
      items.push({
        symbol: entry.symbol,
        text: entry.text,
        x,
        y,
        textBox: { x: x + symbolWidth + 4, y: y - fontSize / 2, w: textWidth, h: fontSize },
      });
      x += itemWidth + 14;
    }
    y += rowHeight;
  }
  return { items, bottom: y - rowHeight / 2 };
}
