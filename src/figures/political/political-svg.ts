// Political-contact layout → static SVG string (no script, no ids, fonts by family name).

import type { ContactType } from '../../types.ts';
import { CONTACT_TYPES } from '../../types.ts';
import { FIGURE_FONT_STACK, INK } from '../style.ts';
import { type FontSpec, textWidth } from '../text-measure.ts';
import { CONTACT_STYLES, contactStyles, type PoliticalLanguage } from './contact-style.ts';
import { type Box, type Heading, HEADING_FONT, type Link, type PoliticalLayout } from './political-layout.ts';

const ARROW_LENGTH = 7;
const ARROW_HALF_WIDTH = 3.2;
const LEGEND_FONT: FontSpec = { size: 11 };
const LEGEND_SAMPLE = 38;
const LEGEND_ROW = 18;

/** Coordinates with one decimal, never "-0". */
function n(value: number): string {
  const r = Math.round(value * 10) / 10;
  return String(r === 0 ? 0 : r);
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function fontAttrs(font: FontSpec): string {
  const weight = font.weight && font.weight !== 400 ? ` font-weight="${font.weight}"` : '';
  const style = font.style === 'italic' ? ' font-style="italic"' : '';
  return `font-size="${font.size}"${weight}${style}`;
}

/** A line with its arrowhead(s): the line stops at the arrow's base so the tip stays sharp. */
function drawLink(type: ContactType, x1: number, y1: number, x2: number, y2: number): string {
  const style = CONTACT_STYLES[type];
  const len = Math.hypot(x2 - x1, y2 - y1);
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  const head = (tx: number, ty: number, dx: number, dy: number): string => {
    const bx = tx - dx * ARROW_LENGTH;
    const by = ty - dy * ARROW_LENGTH;
    const px = -dy * ARROW_HALF_WIDTH;
    const py = dx * ARROW_HALF_WIDTH;
    return `<path d="M${n(tx)},${n(ty)}L${n(bx + px)},${n(by + py)}L${n(bx - px)},${n(by - py)}Z" fill="${style.colour}"/>`;
  };
  let [sx, sy, ex, ey] = [x1, y1, x2, y2];
  let heads = '';
  if (style.arrow === 'to-body') {
    ex -= ux * (ARROW_LENGTH - 1);
    ey -= uy * (ARROW_LENGTH - 1);
    heads = head(x2, y2, ux, uy);
  } else if (style.arrow === 'to-person') {
    sx += ux * (ARROW_LENGTH - 1);
    sy += uy * (ARROW_LENGTH - 1);
    heads = head(x1, y1, -ux, -uy);
  }
  const dash = style.dash ? ` stroke-dasharray="${style.dash}" stroke-linecap="round"` : '';
  return `<path d="M${n(sx)},${n(sy)}L${n(ex)},${n(ey)}" stroke="${style.colour}" stroke-width="${style.width}"${dash} fill="none"/>${heads}`;
}

function drawBox(box: Box): string {
  const lineH = box.font.size + 3;
  const firstBaseline = box.y + box.h / 2 - ((box.lines.length - 1) * lineH) / 2 + box.font.size * 0.34;
  const text = box.lines
    .map((l, i) => `<text x="${n(box.x + box.w / 2)}" y="${n(firstBaseline + i * lineH)}" text-anchor="middle" fill="${box.ink}" ${fontAttrs(box.font)}>${escapeXml(l)}</text>`)
    .join('');
  return `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.w)}" height="${n(box.h)}" rx="3" fill="${box.fill}" stroke="${box.stroke}" stroke-width="0.8"/>${text}`;
}

function drawHeading(h: Heading): string {
  return h.lines
    .map((l, i) => `<text x="${n(h.x)}" y="${n(h.y + 11 + i * 14)}" fill="${INK}" ${fontAttrs(HEADING_FONT)}>${escapeXml(l)}</text>`)
    .join('');
}

/** Legend items in as many aligned columns as fit the width; returns the SVG and the height it takes. */
export function legend(
  width: number,
  types: readonly ContactType[] = CONTACT_TYPES,
  lang: PoliticalLanguage = 'nb',
): { svg: string; height: number } {
  const styles = contactStyles(lang);
  const itemW = Math.max(...types.map((t) => LEGEND_SAMPLE + 6 + textWidth(styles[t].legend, LEGEND_FONT)));
  const columnGap = 24;
  const columns = [4, 3, 2, 1].find((c) => c * itemW + (c - 1) * columnGap <= width) ?? 1;
  const parts = types.map((t, i) => {
    const x = (i % columns) * (itemW + columnGap);
    const y = Math.floor(i / columns) * LEGEND_ROW + 9;
    const label = `<text x="${n(x + LEGEND_SAMPLE + 6)}" y="${n(y + 4)}" fill="${INK}" ${fontAttrs(LEGEND_FONT)}>${escapeXml(styles[t].legend)}</text>`;
    return drawLink(t, x, y, x + LEGEND_SAMPLE, y) + label;
  });
  return { svg: parts.join(''), height: Math.ceil(types.length / columns) * LEGEND_ROW + 10 };
}

export function politicalSvg(layout: PoliticalLayout, legendSvg: string, title: string): string {
  const links = layout.links.map((l: Link) => drawLink(l.type, l.x1, l.y1, l.x2, l.y2)).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" ` +
    `font-family="${escapeXml(FIGURE_FONT_STACK)}" role="img"><title>${escapeXml(title)}</title>` +
    `<rect width="${layout.width}" height="${layout.height}" fill="#ffffff"/>` +
    `<g>${legendSvg}</g><g>${layout.headings.map(drawHeading).join('')}</g>` +
    `<g>${links}</g><g>${layout.boxes.map(drawBox).join('')}</g></svg>`
  );
}
