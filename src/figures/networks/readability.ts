// Measures a finished layout the way a careful reader looks at it: do cluster outlines cross, does
// an outline take in a person of another cluster, does it cut through a square or a label, and how
// many labels are struck through by a tie. Pure; used by the tests and the figure report script.

import { segmentHitsBox } from './grids.ts';
import type { Box, NetworkLayout, OutlinePoint } from './types.ts';

type Ring = OutlinePoint[];

function ringBox(ring: Ring): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of ring) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

function boxesMeet(a: Box, b: Box): boolean {
  return a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;
}

/** Even-odd: is the point inside the area the rings (outer rings and holes) enclose? */
export function insideRings(rings: Ring[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
    }
  }
  return inside;
}

function segmentsCross(p: OutlinePoint, q: OutlinePoint, r: OutlinePoint, s: OutlinePoint): boolean {
  const d = (a: OutlinePoint, b: OutlinePoint, c: OutlinePoint): number => (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
  const d1 = d(r, s, p);
  const d2 = d(r, s, q);
  const d3 = d(p, q, r);
  const d4 = d(p, q, s);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** Segments of a ring bucketed by the grid cells their bounding boxes touch. */
function segmentCells(ring: Ring, cell: number): Map<string, number[]> {
  const cells = new Map<string, number[]>();
  for (let j = 0; j < ring.length; j++) {
    const r = ring[j]!;
    const s = ring[(j + 1) % ring.length]!;
    for (let x = Math.floor(Math.min(r.x, s.x) / cell); x <= Math.floor(Math.max(r.x, s.x) / cell); x++) {
      for (let y = Math.floor(Math.min(r.y, s.y) / cell); y <= Math.floor(Math.max(r.y, s.y) / cell); y++) {
        const k = `${x},${y}`;
        const list = cells.get(k);
        if (list) list.push(j);
        else cells.set(k, [j]);
      }
    }
  }
  return cells;
}

const CROSS_CELL = 16;

export function ringsCross(a: Ring, b: Ring): boolean {
  if (!boxesMeet(ringBox(a), ringBox(b))) return false;
  const cells = segmentCells(b, CROSS_CELL);
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!;
    const q = a[(i + 1) % a.length]!;
    for (let x = Math.floor(Math.min(p.x, q.x) / CROSS_CELL); x <= Math.floor(Math.max(p.x, q.x) / CROSS_CELL); x++) {
      for (let y = Math.floor(Math.min(p.y, q.y) / CROSS_CELL); y <= Math.floor(Math.max(p.y, q.y) / CROSS_CELL); y++) {
        for (const j of cells.get(`${x},${y}`) ?? []) {
          if (segmentsCross(p, q, b[j]!, b[(j + 1) % b.length]!)) return true;
        }
      }
    }
  }
  return false;
}

/** Do two outlines (each a set of rings) cross, or does one lie inside the other? */
export function outlinesMeet(a: Ring[], b: Ring[]): boolean {
  if (a.some((ra) => b.some((rb) => ringsCross(ra, rb)))) return true;
  return a.some((ra) => ra.length > 0 && insideRings(b, ra[0]!.x, ra[0]!.y)) || b.some((rb) => rb.length > 0 && insideRings(a, rb[0]!.x, rb[0]!.y));
}

/** Pairs of clusters whose outlines cross, or whose areas overlap (one inside the other). */
export function outlineCrossings(layout: NetworkLayout): [number, number][] {
  const found: [number, number][] = [];
  const cs = layout.clusters;
  for (let i = 0; i < cs.length; i++) {
    for (let j = i + 1; j < cs.length; j++) {
      if (outlinesMeet(cs[i]!.rings, cs[j]!.rings)) found.push([cs[i]!.number, cs[j]!.number]);
    }
  }
  return found;
}

function corners(b: Box): OutlinePoint[] {
  return [
    { x: b.x + b.w / 2, y: b.y + b.h / 2 },
    { x: b.x, y: b.y },
    { x: b.x + b.w, y: b.y },
    { x: b.x + b.w, y: b.y + b.h },
    { x: b.x, y: b.y + b.h },
  ];
}

/** Persons whose square lies (in part) inside the outline of a cluster they do not belong to. */
export function foreignInside(layout: NetworkLayout): { person: string; cluster: number }[] {
  const found: { person: string; cluster: number }[] = [];
  for (const c of layout.clusters) {
    const members = new Set(c.members);
    for (const n of layout.nodes) {
      if (members.has(n.id)) continue;
      if (corners(n.markBox).some((p) => insideRings(c.rings, p.x, p.y))) found.push({ person: n.id, cluster: c.number });
    }
  }
  return found;
}

/** Outlines that pass through a square or a drawn label (anyone's, members' too). */
export function outlinesThroughMarks(layout: NetworkLayout): { cluster: number; person: string; what: 'mark' | 'label' }[] {
  const found: { cluster: number; person: string; what: 'mark' | 'label' }[] = [];
  for (const c of layout.clusters) {
    for (const ring of c.rings) {
      const rb = ringBox(ring);
      for (const n of layout.nodes) {
        const boxes: ['mark' | 'label', Box][] = n.labelled ? [['mark', n.markBox], ['label', n.labelBox]] : [['mark', n.markBox]];
        for (const [what, box] of boxes) {
          if (!boxesMeet(rb, box)) continue;
          for (let i = 0; i < ring.length; i++) {
            const p = ring[i]!;
            const q = ring[(i + 1) % ring.length]!;
            if (segmentHitsBox({ x1: p.x, y1: p.y, x2: q.x, y2: q.y }, box)) {
              found.push({ cluster: c.number, person: n.id, what });
              break;
            }
          }
        }
      }
    }
  }
  return found;
}

/** Drawn labels that a tie line passes through (the box shrunk by half a unit, so a graze does not count). */
export function labelsCrossedByTies(layout: NetworkLayout): string[] {
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  const segments = layout.ties.map((t) => {
    const a = at.get(t.a)!;
    const b = at.get(t.b)!;
    return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
  });
  return layout.nodes
    .filter((n) => n.labelled && n.labelBox.w > 0)
    .filter((n) => {
      const b = { x: n.labelBox.x + 0.5, y: n.labelBox.y + 0.5, w: n.labelBox.w - 1, h: n.labelBox.h - 1 };
      return segments.some((s) => segmentHitsBox(s, b));
    })
    .map((n) => n.id);
}

export interface Readability {
  outlineCrossings: number;
  foreignInside: number;
  outlinesThrough: number;
  labels: number;
  labelsCrossed: number;
}

export function readability(layout: NetworkLayout): Readability {
  return {
    outlineCrossings: outlineCrossings(layout).length,
    foreignInside: foreignInside(layout).length,
    outlinesThrough: outlinesThroughMarks(layout).length,
    labels: layout.nodes.filter((n) => n.labelled && n.labelBox.w > 0).length,
    labelsCrossed: labelsCrossedByTies(layout).length,
  };
}
