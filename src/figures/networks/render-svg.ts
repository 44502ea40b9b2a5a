// renderNetworkSvg: a laid-out network → a standalone, static SVG string. Pure and stable: the
// same layout always gives the same bytes (numbers rounded to 2 decimals, fixed element order).

import { FIGURE_FONT_STACK, INK, MARK_RED, MUTED_INK, TIE_GREY } from '../style.ts';
import { fmt } from './geometry.ts';
import { LEGEND_SYMBOL_WIDTH } from './legend.ts';
import type { LegendItem, NetworkLayout, PlacedNode } from './types.ts';

/** Ties of the stronger kind (e.g. daily within weekly). */
export const STRONG_TIE_GREY = '#404040';
/** Thin outline that keeps light function colours visible on white paper. */
const SQUARE_EDGE = '#404040';
const NON_RESPONDENT_FILL = '#ffffff';

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * One stripe per function, side by side, each `<rect data-function="code">` so the functions drawn
 * can be counted (Tabell 1). `inset` leaves a white band inside a non-respondent's border.
 */
function stripes(x: number, y: number, size: number, inset: number, colours: string[], codes: string[]): string {
  const inner = size - 2 * inset;
  const w = inner / colours.length;
  return colours
    .map((colour, k) => {
      const code = codes[k] === undefined ? '' : ` data-function="${escapeXml(codes[k]!)}"`;
      return `<rect x="${fmt(x - inner / 2 + k * w)}" y="${fmt(y - inner / 2)}" width="${fmt(w)}" height="${fmt(inner)}" fill="${colour}"${code}/>`;
    })
    .join('');
}

/**
 * A person's square: filled with its function's colour, or divided into one stripe per function.
 * Non-respondents are hollow, with a dashed border in the (first) function's colour and a dark
 * dashed inner line, so even the lightest colours read as "not answered"; their functions are a
 * small divided square inside.
 */
function square(x: number, y: number, size: number, colours: string[], respondent: boolean, codes: string[] = []): string {
  const h = size / 2;
  const base = `x="${fmt(x - h)}" y="${fmt(y - h)}" width="${fmt(size)}" height="${fmt(size)}"`;
  const edge = `<rect ${base} fill="none" stroke="${SQUARE_EDGE}" stroke-width="0.5"/>`;
  if (respondent) return `${stripes(x, y, size, 0, colours, codes)}${edge}`;
  const inside = codes.length > 1 ? stripes(x, y, size, size * 0.28, colours, codes) : '';
  const code = codes.length === 1 ? ` data-function="${escapeXml(codes[0]!)}"` : '';
  return (
    `<rect ${base} fill="${NON_RESPONDENT_FILL}" stroke="${colours[0]}" stroke-width="1.6"${code}/>` +
    inside +
    `<rect ${base} fill="none" stroke="${SQUARE_EDGE}" stroke-width="0.6" stroke-dasharray="1.5 1.2"/>`
  );
}

function nodeMarks(nodes: PlacedNode[]): string[] {
  return nodes.map((n) => square(n.x, n.y, n.size, n.colours, n.respondent, n.functionCodes));
}

function brokerMarks(layout: NetworkLayout): string[] {
  return layout.nodes
    .filter((n) => n.broker)
    .map((n) => `<circle cx="${fmt(n.x)}" cy="${fmt(n.y)}" r="${fmt(n.markBox.w / 2 - 0.7)}"/>`);
}

function text(x: number, y: number, s: string): string {
  return `<text x="${fmt(x)}" y="${fmt(y)}">${escapeXml(s)}</text>`;
}

function tieLines(layout: NetworkLayout, strong: boolean): string[] {
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  return layout.ties
    .filter((t) => t.strong === strong)
    .map((t) => {
      const a = at.get(t.a)!;
      const b = at.get(t.b)!;
      return `<line x1="${fmt(a.x)}" y1="${fmt(a.y)}" x2="${fmt(b.x)}" y2="${fmt(b.y)}"/>`;
    });
}

function legendSymbol(item: LegendItem, squareSize: number): string {
  const { x, y } = item;
  const w = LEGEND_SYMBOL_WIDTH[item.symbol.kind];
  switch (item.symbol.kind) {
    case 'function':
      return square(x + w / 2, y, squareSize, [item.symbol.colour], true);
    case 'respondent':
      return square(x + w / 2, y, squareSize, ['#bdbdbd'], true);
    case 'nonRespondent':
      return square(x + w / 2, y, squareSize, ['#bdbdbd'], false);
    case 'multiFunction':
      return square(x + w / 2, y, squareSize, item.symbol.colours, true);
    case 'tie':
      return item.symbol.strong
        ? `<line x1="${fmt(x)}" y1="${fmt(y)}" x2="${fmt(x + w)}" y2="${fmt(y)}" stroke="${STRONG_TIE_GREY}" stroke-width="1.8"/>`
        : `<line x1="${fmt(x)}" y1="${fmt(y)}" x2="${fmt(x + w)}" y2="${fmt(y)}" stroke="${TIE_GREY}" stroke-width="0.8"/>`;
    case 'cluster':
      return `<rect x="${fmt(x + 0.5)}" y="${fmt(y - 5)}" width="${fmt(w - 1)}" height="10" rx="5" fill="none" stroke="${MARK_RED}" stroke-width="1.3"/>`;
    case 'note':
      return '';
    case 'broker':
      return `<circle cx="${fmt(x + w / 2)}" cy="${fmt(y)}" r="5.6" fill="none" stroke="${MARK_RED}" stroke-width="1.2"/>${square(x + w / 2, y, 5, ['#bdbdbd'], true)}`;
  }
}

function legend(layout: NetworkLayout): string {
  if (layout.legend.length === 0) return '';
  const symbols = layout.legend.map((i) => legendSymbol(i, 8));
  const texts = layout.legend.map((i) => text(i.textBox.x, i.y + layout.legendFontSize * 0.33, i.text));
  return `<g class="legend">${symbols.join('')}<g font-size="${fmt(layout.legendFontSize)}" fill="${INK}">${texts.join('')}</g></g>`;
}

function opacity(layout: NetworkLayout): string {
  return layout.tieStyle.opacity < 1 ? ` stroke-opacity="${fmt(layout.tieStyle.opacity)}"` : '';
}

export function renderNetworkSvg(layout: NetworkLayout): string {
  const id = escapeXml(layout.id);
  const labels = layout.nodes.filter((n) => n.labelled).map((n) => text(n.labelBox.x + 0.5, n.labelBox.y + layout.baselineOffset, n.label));
  const caption = layout.isolateCaption
    ? `<text x="${fmt(layout.isolateCaption.box.x)}" y="${fmt(layout.isolateCaption.box.y + layout.baselineOffset)}" fill="${MUTED_INK}" font-size="${fmt(layout.fontSize)}" font-style="italic">${escapeXml(layout.isolateCaption.text)}</text>`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${fmt(layout.width)} ${fmt(layout.height)}" width="${fmt(layout.width / 4)}mm" height="${fmt(layout.height / 4)}mm" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${escapeXml(FIGURE_FONT_STACK)}">`,
    `<title id="${id}-title">${escapeXml(layout.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(layout.alt)}</desc>`,
    `<g class="clusters" fill="none" stroke="${MARK_RED}" stroke-width="1.3">${layout.clusters.map((c) => `<path d="${c.path}"/>`).join('')}</g>`,
    `<g class="ties" stroke="${TIE_GREY}" stroke-width="${fmt(layout.tieStyle.width)}"${opacity(layout)}>${tieLines(layout, false).join('')}</g>`,
    `<g class="strong-ties" stroke="${STRONG_TIE_GREY}" stroke-width="${fmt(layout.tieStyle.strongWidth)}"${opacity(layout)}>${tieLines(layout, true).join('')}</g>`,
    `<g class="persons">${nodeMarks(layout.nodes).join('')}</g>`,
    `<g class="brokers" fill="none" stroke="${MARK_RED}" stroke-width="1.2">${brokerMarks(layout).join('')}</g>`,
    `<g class="labels" font-size="${fmt(layout.fontSize)}" fill="${INK}" stroke="#ffffff" stroke-width="2.2" stroke-linejoin="round" paint-order="stroke">${labels.join('')}</g>`,
    caption,
    legend(layout),
    '</svg>',
  ].join('\n');
}
