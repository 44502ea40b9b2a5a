// Geometry of a political-contact figure: respondents in columns, bodies on the right, one straight
// line per contact type. Pure: model in, positioned boxes and lines out; no SVG here.

import type { ContactType, PoliticalBody } from '../../types.ts';
import { INK, inkOn } from '../style.ts';
import { type FontSpec, textWidth, wrapText } from '../text-measure.ts';
import { type PoliticalModel, type RespondentNode, contactTypes } from './political-input.ts';

export const FIGURE_WIDTH = 600;
export const PERSON_FONT: FontSpec = { size: 11 };
export const BODY_FONT: FontSpec = { size: 12, weight: 600 };
export const HEADING_FONT: FontSpec = { size: 11, weight: 600 };
const LINE_GAP = 4; // between parallel lines of one person-body pair
const BUNDLE_GAP = 9; // between pairs arriving at one body: wide enough for two arrowheads side by side
const BODY_LABEL_MAX = 150;
const MIN_LINK_SPAN = 110; // horizontal room the lines need to be told apart
const MIN_BODY_GAP = 14;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  fill: string;
  ink: string;
  stroke: string;
  font: FontSpec;
}

export interface Link {
  type: ContactType;
  /** Person end. */
  x1: number;
  y1: number;
  /** Body end. */
  x2: number;
  y2: number;
}

export interface Heading {
  x: number;
  y: number;
  lines: string[];
}

export interface PoliticalLayout {
  width: number;
  height: number;
  top: number;
  boxes: Box[];
  links: Link[];
  headings: Heading[];
}

export interface LayoutRequest {
  /** Respondents without political contact, drawn as a list on the left (empty: no list). */
  left: RespondentNode[];
  leftHeading: string;
  /** Respondents with contact, top to bottom. */
  middle: RespondentNode[];
  middleHeading: string;
  bodies: PoliticalBody[];
  bodiesHeading: string;
  /** Space above for the legend. */
  top: number;
}

interface Bundle {
  person: RespondentNode;
  body: string;
  types: ContactType[];
  personY: number;
  bodyY: number;
}

function rowStep(rows: number): { step: number; box: number } {
  return rows <= 24 ? { step: 22, box: 18 } : { step: 19, box: 16 };
}

function personBox(node: RespondentNode, x: number, y: number, w: number, h: number): Box {
  return { x, y, w, h, lines: [node.label], fill: node.colour, ink: inkOn(node.colour), stroke: '#7a7a7a', font: PERSON_FONT };
}

function headingLines(text: string, width: number): string[] {
  return wrapText(text, Math.max(width, 60), HEADING_FONT);
}

/** Pairs (person, body) with their contact types, person ends spread over the person's box edge. */
function bundlesOf(model: PoliticalModel, middle: RespondentNode[], bodies: PoliticalBody[], rowTop: (i: number) => number, boxH: number): Bundle[] {
  return middle.flatMap((person, i) => {
    const pairs = bodies.map((b) => ({ body: b.id, types: contactTypes(model, person.id, b.id) })).filter((p) => p.types.length > 0);
    return pairs.map((p, j) => ({ person, ...p, personY: rowTop(i) + (boxH * (j + 1)) / (pairs.length + 1), bodyY: 0 }));
  });
}

/** The contact types of each person in `persons` who has contact with `body`. */
function bundlesTo(model: PoliticalModel, persons: RespondentNode[], body: string): ContactType[][] {
  return persons.map((p) => contactTypes(model, p.id, body)).filter((t) => t.length > 0);
}

function bundleSpan(b: Bundle): number {
  return (b.types.length - 1) * LINE_GAP;
}

export function layoutPolitical(model: PoliticalModel, req: LayoutRequest): PoliticalLayout {
  const everyone = [...req.left, ...req.middle];
  const personW = Math.ceil(Math.max(60, ...everyone.map((p) => textWidth(p.label, PERSON_FONT))) + 14);
  const bodyLines = req.bodies.map((b) => wrapText(b.label, BODY_LABEL_MAX, BODY_FONT));
  const bodyW = Math.ceil(Math.max(...bodyLines.flat().map((l) => textWidth(l, BODY_FONT))) + 18);

  // 1. Columns: the no-contact list in one or two columns, the contacts, the bodies.
  const leftCols = req.left.length > Math.max(req.middle.length, 12) ? 2 : 1;
  const leftRows = Math.ceil(req.left.length / leftCols);
  const leftW = req.left.length ? leftCols * personW + (leftCols - 1) * 8 : 0;
  const middleX = req.left.length ? leftW + 36 : 0;
  const width = Math.max(FIGURE_WIDTH, middleX + personW + MIN_LINK_SPAN + bodyW);
  const bodyX = width - bodyW;

  // 2. Headings over each column, wrapped to the column's width.
  const headings: Heading[] = [];
  if (req.left.length) headings.push({ x: 0, y: req.top, lines: headingLines(req.leftHeading, leftW + 24) });
  headings.push({ x: middleX, y: req.top, lines: headingLines(req.middleHeading, Math.max(personW + 24, bodyX - middleX - 24)) });
  headings.push({ x: bodyX, y: req.top, lines: headingLines(req.bodiesHeading, bodyW) });
  const headingH = Math.max(...headings.map((h) => h.lines.length)) * 14 + 8;
  const contentTop = req.top + headingH;

  // 3. Rows of respondents. The contacts and the bodies share a band at the top, centred on each
  //    other; a longer no-contact list simply runs on below it.
  const { step, box } = rowStep(Math.max(leftRows, req.middle.length));
  const bodyHeights = req.bodies.map((b, i) => {
    const arriving = bundlesTo(model, req.middle, b.id);
    const slots = arriving.reduce((s, t) => s + (t.length - 1) * LINE_GAP, 0) + Math.max(0, arriving.length - 1) * BUNDLE_GAP;
    return Math.max(bodyLines[i]!.length * 15 + 12, slots + 12);
  });
  const totalBodyH = bodyHeights.reduce((a, b) => a + b, 0);
  const minBodiesH = totalBodyH + MIN_BODY_GAP * (req.bodies.length - 1);
  const middleH = Math.max(req.middle.length, 1) * step - (step - box);
  const bandH = Math.max(middleH, minBodiesH);
  const middleTop = contentTop + (bandH - middleH) / 2;
  const rowTop = (i: number): number => contentTop + i * step;
  const middleRowTop = (i: number): number => middleTop + i * step;
  const boxes: Box[] = req.left.map((p, i) =>
    personBox(p, Math.floor(i / leftRows) * (personW + 8), rowTop(i % leftRows), personW, box),
  );
  req.middle.forEach((p, i) => boxes.push(personBox(p, middleX, middleRowTop(i), personW, box)));
  const leftH = leftRows * step - (step - box);

  // 4. Bodies spread down the band, each tall enough for the lines arriving at it.
  const bundles = bundlesOf(model, req.middle, req.bodies, middleRowTop, box);
  const gap = req.bodies.length > 1 ? (bandH - totalBodyH) / (req.bodies.length - 1) : 0;
  let y = req.bodies.length > 1 ? contentTop : contentTop + (bandH - totalBodyH) / 2;
  req.bodies.forEach((b, i) => {
    const h = bodyHeights[i]!;
    boxes.push({ x: bodyX, y, w: bodyW, h, lines: bodyLines[i]!, fill: '#ffffff', ink: INK, stroke: INK, font: BODY_FONT });
    // Arriving pairs in the order of their person ends, so lines into one body never cross.
    const arriving = bundles.filter((x) => x.body === b.id).sort((p, q) => p.personY - q.personY);
    const slots = arriving.reduce((s, x) => s + bundleSpan(x), 0) + Math.max(0, arriving.length - 1) * BUNDLE_GAP;
    let slotY = y + (h - slots) / 2;
    for (const a of arriving) {
      a.bodyY = slotY + bundleSpan(a) / 2;
      slotY += bundleSpan(a) + BUNDLE_GAP;
    }
    y += h + gap;
  });

  // 5. One line per contact type, offset vertically within its pair so the pair reads as parallel lines.
  const links: Link[] = bundles.flatMap((b) =>
    b.types.map((type, k) => {
      const off = (k - (b.types.length - 1) / 2) * LINE_GAP;
      return { type, x1: middleX + personW, y1: b.personY + off, x2: bodyX, y2: b.bodyY + off };
    }),
  );
  return { width, height: Math.ceil(contentTop + Math.max(bandH, leftH) + 4), top: req.top, boxes, links, headings };
}
