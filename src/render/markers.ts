// Render stage: placeholders for what can only be written once the whole note is assembled
// (figure and table numbers, page references, trusted HTML), and the link step that fills them in.

import { KommunenotatError, formatSource, type Problem } from '../errors.ts';
import type { Source } from '../types.ts';

export type Marker =
  | { kind: 'figure'; ref: string; figureId: string; caption: string | null; loc: Source }
  | { kind: 'table'; ref: string; tableId: string; caption: string | null; loc: Source }
  | { kind: 'ref'; target: 'figure' | 'table'; refs: string[]; capital: boolean; loc: Source }
  | { kind: 'pageref'; target: string; loc: Source }
  | { kind: 'anchor'; id: string; loc: Source }
  | { kind: 'html'; html: string };

const OPEN = '\ue000';
const CLOSE = '\ue001';
const TOKEN = /\ue000(\d+)\ue001/g;
const BLOCK_TOKEN = /<p>\ue000(\d+)\ue001<\/p>\n?/g;

/** The markers of one note. Tokens are private-use characters that Markdown leaves alone. */
export class Markers {
  readonly list: Marker[] = [];

  /** An inline token. */
  inline(marker: Marker): string {
    this.list.push(marker);
    return `${OPEN}${this.list.length - 1}${CLOSE}`;
  }

  /** A token on a paragraph of its own (figures, tables, quotes). */
  block(marker: Marker): string {
    return `\n\n${this.inline(marker)}\n\n`;
  }
}

/** Removes tokens from text that must stay plain (the contents, the PDF title). */
export function stripTokens(text: string): string {
  return text.replace(TOKEN, '');
}

export interface Placement {
  kind: 'figure' | 'table';
  ref: string;
  number: number;
  marker: Extract<Marker, { kind: 'figure' | 'table' }>;
}

export interface LinkOptions {
  figureLabel: string;
  tableLabel: string;
  figureRef: string;
  tableRef: string;
  pageRef: string;
  renderFigure: (placement: Placement) => string;
  renderTable: (placement: Placement) => string;
}

/**
 * The link step: numbers figures and tables in order of appearance, replaces every token, and checks
 * that every reference points somewhere and every figure and table is referred to at least once.
 */
export function link(html: string, markers: Markers, options: LinkOptions): { html: string; placements: Placement[] } {
  const problems: Problem[] = [];
  const placements = numberPlacements(html, markers, problems);
  const byRef = new Map(placements.map((p) => [`${p.kind}:${p.ref}`, p]));
  const referred = new Set<Placement>();
  const refText = (marker: Extract<Marker, { kind: 'ref' }>): string => {
    const found = marker.refs.map((ref) => byRef.get(`${marker.target}:${ref}`));
    marker.refs.forEach((ref, i) => {
      if (!found[i]) problems.push(unknownRef(marker.target, ref, marker.loc, placements));
    });
    const numbers = found.filter((p): p is Placement => p !== undefined).map((p) => p.number);
    if (numbers.length === 0) return '??';
    const [first, last] = [Math.min(...numbers), Math.max(...numbers)];
    for (const p of placements) if (p.kind === marker.target && p.number >= first && p.number <= last) referred.add(p);
    const word = marker.target === 'figure' ? options.figureRef : options.tableRef;
    const label = marker.capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
    return `${label}\u00a0${first === last ? first : `${first}\u2013${last}`}`;
  };
  const ids = collectIds(html);
  const anchors = markers.list.filter((m): m is Extract<Marker, { kind: 'anchor' }> => m.kind === 'anchor');
  anchors.forEach((anchor, i) => {
    const earlier = anchors.findIndex((other) => other.id === anchor.id);
    if (ids.has(anchor.id) || earlier < i) {
      problems.push({
        source: anchor.loc,
        message: `anchor "${anchor.id}" is already an id in the note${earlier < i ? ` (an anchor at ${formatSource(anchors[earlier]!.loc)})` : ' (a heading, figure or table)'}`,
        fix: 'Give the anchor a name of its own, or refer to the heading by its id.',
      });
    }
  });
  for (const anchor of anchors) ids.add(anchor.id);
  let out = html.replace(BLOCK_TOKEN, (whole, index: string) => {
    const marker = markers.list[Number(index)];
    return marker.kind === 'figure' || marker.kind === 'table' || marker.kind === 'html' ? `${tokenOf(index)}\n` : whole;
  });
  out = out.replace(TOKEN, (_whole, index: string) => {
    const marker = markers.list[Number(index)];
    switch (marker.kind) {
      case 'figure':
      case 'table': {
        const placement = placements.find((p) => p.marker === marker);
        if (!placement) return ''; // placed a second time: reported by numberPlacements
        return marker.kind === 'figure' ? options.renderFigure(placement) : options.renderTable(placement);
      }
      case 'ref':
        return refText(marker);
      case 'pageref': {
        if (!ids.has(marker.target) && !placements.some((p) => domId(p) === marker.target)) {
          problems.push({
            source: marker.loc,
            message: `page reference to "${marker.target}", but the note has no element with that id`,
            fix: 'Use a heading id from the contents, or fig-<figure> / tab-<table> of a placed figure or table.',
          });
        }
        const placement = placements.find((p) => domId(p) === marker.target);
        if (placement) referred.add(placement);
        // A link too: on screen the reference takes the reader there (docs/pdf.md, "On a screen").
        return `<a class="pageref-link" href="#${marker.target}">${options.pageRef}\u00a0<span class="pageref" data-target="${marker.target}"></span></a>`;
      }
      case 'anchor':
        return `<span class="anchor" id="${marker.id}"></span>`;
      case 'html':
        return marker.html;
    }
  });
  for (const p of placements) {
    if (referred.has(p)) continue;
    const what = p.kind === 'figure' ? options.figureLabel : options.tableLabel;
    const helper = p.kind === 'figure' ? 'fig' : 'tab';
    problems.push({
      source: p.marker.loc,
      message: `${what} ${p.number} ("${p.ref}") is never referred to in the text`,
      fix: `Refer to it with {{${helper} "${p.ref}"}} where the text discusses it.`,
    });
  }
  throwTemplateProblems(problems);
  return { html: out, placements };
}

/** The element id of a placed figure or table: fig-<ref> / tab-<ref>. */
export function domId(placement: Pick<Placement, 'kind' | 'ref'>): string {
  return `${placement.kind === 'figure' ? 'fig' : 'tab'}-${placement.ref}`;
}

export function throwTemplateProblems(problems: Problem[]): void {
  if (problems.length === 0) return;
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  throw new KommunenotatError('template', `${formatSource(first.source)}: ${first.message}${more}`, { problems });
}

function tokenOf(index: string): string {
  return `${OPEN}${index}${CLOSE}`;
}

function numberPlacements(html: string, markers: Markers, problems: Problem[]): Placement[] {
  const placements: Placement[] = [];
  const seen = new Map<string, Placement>();
  const counters = { figure: 0, table: 0 };
  for (const match of html.matchAll(TOKEN)) {
    const marker = markers.list[Number(match[1])];
    if (marker.kind !== 'figure' && marker.kind !== 'table') continue;
    const key = `${marker.kind}:${marker.ref}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({
        source: marker.loc,
        message: `"${marker.ref}" is placed twice (first at ${formatSource(earlier.marker.loc)})`,
        fix: `Give the second placement its own name: as="${marker.ref}-2", and refer to that name.`,
      });
      continue;
    }
    const placement: Placement = { kind: marker.kind, ref: marker.ref, number: ++counters[marker.kind], marker };
    seen.set(key, placement);
    placements.push(placement);
  }
  return placements;
}

function unknownRef(target: 'figure' | 'table', ref: string, loc: Source, placements: Placement[]): Problem {
  const known = placements.filter((p) => p.kind === target).map((p) => p.ref);
  return {
    source: loc,
    message: `reference to ${target} "${ref}", which the note does not place`,
    fix: known.length > 0 ? `Placed ${target}s: ${known.join(', ')}.` : `Place it with {{${target} "${ref}"}}.`,
  };
}

function collectIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
}
