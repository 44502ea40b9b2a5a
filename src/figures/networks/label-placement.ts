// Puts each label beside its square without touching any other label or any node mark: greedy
// choice among candidate positions; where none is free, nudge the crowded nodes apart and retry.

import { boxesOverlap, unionBox } from './geometry.ts';
import { BoxGrid, SegmentGrid } from './grids.ts';
import type { Box } from './types.ts';

export interface LabelNode {
  id: string;
  x: number;
  y: number;
  /** Half the side of the mark's box (the square, or the broker's circle). */
  half: number;
  /** Label size. */
  w: number;
  h: number;
  degree: number;
  /** Index of the drawn cluster the node belongs to, if any. */
  cluster?: number;
  /** False: the node is drawn without a label (large figures); it only needs room for its mark. */
  labelled?: boolean;
}

/** What an unlabelled node gets instead of a label box: an empty box at its centre. */
export function noLabelBox(n: { x: number; y: number }): Box {
  return { x: n.x, y: n.y, w: 0, h: 0 };
}

export interface PlacementOptions {
  gap: number;
  /** Free space kept between two labels, and between a label and a mark. */
  margin: number;
  /** Free space kept between two marks (squares, broker circles). */
  markGap: number;
  /** Labels and marks stay within [minX, maxX]. */
  minX: number;
  maxX: number;
  /**
   * Room a label would rather keep from the squares and labels of another cluster (or, for a
   * person in no cluster, of any cluster), so both outlines can pass between them.
   */
  clusterGap?: number;
}

export function markBoxOf(n: LabelNode): Box {
  return { x: n.x - n.half, y: n.y - n.half, w: 2 * n.half, h: 2 * n.half };
}

/** Candidate label boxes in order of preference: right, left, below, above, then the corners. */
export function candidateBoxes(n: LabelNode, gap: number): Box[] {
  const r = n.half + gap;
  const { x, y, w, h } = n;
  const at = (bx: number, by: number): Box => ({ x: bx, y: by, w, h });
  return [
    at(x + r, y - h / 2),
    at(x - r - w, y - h / 2),
    at(x - w / 2, y + r),
    at(x - w / 2, y - r - h),
    at(x + r, y - h),
    at(x + r, y),
    at(x - r - w, y - h),
    at(x - r - w, y),
    at(x - n.half, y + r),
    at(x + n.half - w, y + r),
    at(x - n.half, y - r - h),
    at(x + n.half - w, y - r - h),
  ];
}

/** Nodes by degree (hubs sit where it is crowded), then id. */
function placementOrder(nodes: LabelNode[]): number[] {
  return nodes
    .map((_, i) => i)
    .sort((a, b) => nodes[b]!.degree - nodes[a]!.degree || (nodes[a]!.id < nodes[b]!.id ? -1 : 1));
}

interface Occupied {
  marks: BoxGrid;
  labels: BoxGrid;
  markBoxes: Box[];
  /** Tie lines as they stood when placement began; a label would rather not sit on one. */
  ties: SegmentGrid;
  /** Bounding box of each cluster's marks; a member's label should not reach into another's. */
  clusterBoxes: Box[];
  /** The cluster (or -1) of every mark and placed label, by box. */
  owner: Map<Box, number>;
}

/**
 * The first free candidate around the node as it stands now, or null: first among those clear of
 * tie lines, then among all (the label's white halo keeps it legible over a line).
 */
function freeCandidate(n: LabelNode, own: Box, occ: Occupied, opt: PlacementOptions, preferClear: boolean, apart = true): Box | null {
  let best: Box | null = null;
  let bestCost = Infinity;
  for (const c of candidateBoxes(n, opt.gap)) {
    if (c.x < opt.minX || c.x + c.w > opt.maxX) continue;
    if (occ.marks.hits(c, opt.margin, own) || occ.labels.hits(c, opt.margin)) continue;
    if (apart && crowdsStrangers(n, c, own, occ, opt)) continue;
    if (!preferClear) return c;
    // A label as near another person's square as its own reads as that person's: worst.
    // Worst: a label as near another person's square as its own (it reads as theirs); then a
    // member's label reaching into another cluster (the red outlines would cross); then a tie under it.
    const ambiguous = occ.marks.hits(c, Math.max(2 * opt.gap + 2, n.h * 0.8), own);
    const intrudes = n.cluster !== undefined && occ.clusterBoxes.some((b, k) => k !== n.cluster && boxesOverlap(c, b, 4));
    const cost = (ambiguous ? 4 : 0) + (intrudes ? 2 : 0) + (occ.ties.hits(c) ? 1 : 0);
    if (cost === 0) return c;
    if (cost < bestCost) {
      best = c;
      bestCost = cost;
    }
  }
  return best;
}

/**
 * Does the label come within `clusterGap` of a square or label of another cluster (for a person in
 * no cluster: of any cluster)? Then the outlines would have no room between them.
 */
function crowdsStrangers(n: LabelNode, c: Box, own: Box, occ: Occupied, opt: PlacementOptions): boolean {
  if (opt.clusterGap === undefined) return false;
  const mine = n.cluster ?? -1;
  const strange = (other: Box): boolean => {
    const k = occ.owner.get(other) ?? -1;
    return other !== own && k !== mine && (k >= 0 || mine >= 0);
  };
  return occ.marks.hitsWhere(c, opt.clusterGap, strange) || occ.labels.hitsWhere(c, opt.clusterGap, strange);
}

/**
 * Nodes whose mark touches the mark of a node placed before them (same order as the labels):
 * they are nudged like nodes without a free label spot.
 */
function crowdedMarks(markBoxes: Box[], order: number[], cell: number, margin: number): Set<number> {
  const seen = new BoxGrid(cell);
  const crowded = new Set<number>();
  for (const i of order) {
    if (seen.hits(markBoxes[i]!, margin)) crowded.add(i);
    else seen.add(markBoxes[i]!);
  }
  return crowded;
}

/**
 * One greedy pass; a node whose every candidate is blocked, or whose mark sits on another's,
 * gets null (its mark is then left out of the obstacles, to be nudged).
 */
export function greedyLabels(
  nodes: LabelNode[],
  ties: [number, number][],
  opt: PlacementOptions,
): { labels: (Box | null)[]; occ: Occupied; crowded: Set<number> } {
  const cell = Math.max(20, ...nodes.map((n) => n.w));
  const segments = ties.map(([a, b]) => ({ x1: nodes[a]!.x, y1: nodes[a]!.y, x2: nodes[b]!.x, y2: nodes[b]!.y }));
  const markBoxes = nodes.map(markBoxOf);
  const clusterCount = Math.max(0, ...nodes.map((n) => (n.cluster ?? -1) + 1));
  const clusterBoxes = Array.from({ length: clusterCount }, (_, k) => unionBox(markBoxes.filter((_, i) => nodes[i]!.cluster === k)));
  const owner = new Map(markBoxes.map((b, i) => [b, nodes[i]!.cluster ?? -1]));
  const occ: Occupied = { marks: new BoxGrid(cell), labels: new BoxGrid(cell), markBoxes, ties: new SegmentGrid(cell, segments), clusterBoxes, owner };
  const order = placementOrder(nodes);
  const crowded = crowdedMarks(occ.markBoxes, order, cell, opt.markGap);
  occ.markBoxes.forEach((b, i) => {
    if (!crowded.has(i)) occ.marks.add(b);
  });
  const labels: (Box | null)[] = nodes.map(() => null);
  for (const i of order) {
    if (crowded.has(i)) continue;
    if (nodes[i]!.labelled === false) {
      labels[i] = noLabelBox(nodes[i]!);
      continue;
    }
    const c = freeCandidate(nodes[i]!, occ.markBoxes[i]!, occ, opt, true);
    if (c) {
      labels[i] = c;
      occ.labels.add(c);
      occ.owner.set(c, nodes[i]!.cluster ?? -1);
    }
  }
  return { labels, occ, crowded };
}

/**
 * Nudges a node whose label found no place: tries positions on growing rings around it (fixed
 * order, so deterministic) until its mark and one of its label candidates are free. Moves only
 * this node; returns false if nothing within `reach` fits.
 */
function nudge(i: number, nodes: LabelNode[], occ: Occupied, opt: PlacementOptions, reach: number, apart: boolean): Box | null {
  const n = nodes[i]!;
  const home = { x: n.x, y: n.y };
  occ.marks.remove(occ.markBoxes[i]!);
  // Staying put is the first spot tried (a crowded mark never fits there).
  {
    const mark = markBoxOf(n);
    const free = !occ.marks.hits(mark, opt.markGap) && !occ.labels.hits(mark, opt.margin);
    const c = free ? (n.labelled === false ? noLabelBox(n) : freeCandidate(n, mark, occ, opt, false, apart)) : null;
    if (c) {
      occ.marks.add(mark);
      if (n.labelled !== false) occ.labels.add(c);
      occ.owner.set(c, n.cluster ?? -1);
      return c;
    }
  }
  const step = Math.max(2, n.h / 2);
  for (let k = 1; k * step <= reach; k++) {
    const r = k * step;
    const samples = Math.max(8, Math.round((2 * Math.PI * r) / step));
    for (let s = 0; s < samples; s++) {
      const angle = (2 * Math.PI * s) / samples;
      n.x = home.x + r * Math.cos(angle);
      n.y = home.y + r * Math.sin(angle);
      const mark = markBoxOf(n);
      if (mark.x < opt.minX || mark.x + mark.w > opt.maxX) continue;
      if (occ.marks.hits(mark, opt.markGap) || occ.labels.hits(mark, opt.margin)) continue;
      const c = n.labelled === false ? noLabelBox(n) : freeCandidate(n, mark, occ, opt, false, apart);
      if (c) {
        occ.markBoxes[i] = mark;
        occ.marks.add(mark);
        occ.owner.set(mark, n.cluster ?? -1);
        if (n.labelled !== false) occ.labels.add(c);
        occ.owner.set(c, n.cluster ?? -1);
        return c;
      }
    }
  }
  n.x = home.x;
  n.y = home.y;
  return null;
}

/**
 * Places every label: greedily among candidate positions; a node left without one is nudged to
 * the nearest spot where it and its label fit. If some node finds none nearby, the drawing is
 * stretched vertically and placement starts over, so it always ends with every label placed.
 * Moves nodes in place.
 */
export function placeLabels(nodes: LabelNode[], ties: [number, number][], opt: PlacementOptions): Box[] {
  const start = nodes.map((n) => ({ x: n.x, y: n.y }));
  for (let stretch = 0; stretch < 30; stretch++) {
    const { labels, occ } = greedyLabels(nodes, ties, opt);
    let ok = true;
    for (const i of placementOrder(nodes)) {
      if (labels[i]) continue;
      const n = nodes[i]!;
      const reach = n.labelled === false ? 6 * (2 * n.half + opt.markGap) : 3 * (n.w + 2 * n.half);
      // Kept apart from other clusters if it can be, else anywhere free.
      labels[i] = nudge(i, nodes, occ, opt, reach, true) ?? nudge(i, nodes, occ, opt, reach, false);
      if (!labels[i]) {
        ok = false;
        break;
      }
    }
    if (ok) return labels as Box[];
    const factor = 1.1 ** (stretch + 1);
    nodes.forEach((n, i) => {
      n.x = start[i]!.x;
      n.y = start[i]!.y * factor;
    });
  }
  throw new Error('internal: network labels could not be placed');
}
