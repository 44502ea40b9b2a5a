// The red outline round a cluster: a smoothed contour that follows its members instead of a convex
// hull. A point of the page belongs to cluster c when its nearest mark or label is one of c's, lies
// within `pad` of it, and every mark or label not of c is at least `gap` further away. So two
// clusters' areas can never overlap (their outlines keep `gap` apart across the line halfway
// between them), and no stranger's square or label is ever inside an outline or cut by one,
// whatever the layout did. The contour is traced on a grid (marching squares), simplified, and drawn
// as quadratic curves through the midpoints of its edges; `rings` are the curves as polygons
// (4 points per curve), which the readability checks measure.

import { boxesOverlap, fmt, unionBox } from './geometry.ts';
import { BoxGrid, segmentHitsBox } from './grids.ts';
import { roundedHull } from './hulls.ts';
import { insideRings, outlinesMeet } from './readability.ts';
import type { Point } from './force-layout.ts';
import type { Box } from './types.ts';

export interface OutlineElement {
  box: Box;
  /** Index of the drawn cluster the element belongs to, or -1 (a person in no drawn cluster). */
  cluster: number;
}

/** A tie between two members of a cluster, from centre to centre. */
export interface OutlineLink {
  cluster: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Tiny boxes along a tie, one per grid step: the field then measures distance to the tie. */
function linkBoxes(l: OutlineLink, step: number): OutlineElement[] {
  const len = Math.hypot(l.x2 - l.x1, l.y2 - l.y1);
  const n = Math.max(1, Math.ceil(len / step));
  return Array.from({ length: n + 1 }, (_, k) => {
    const t = k / n;
    return { box: { x: l.x1 + t * (l.x2 - l.x1), y: l.y1 + t * (l.y2 - l.y1), w: 0, h: 0 }, cluster: l.cluster };
  });
}

export interface OutlineOptions {
  /** Distance from a member's square or label to its outline. */
  pad: number;
  /** Least distance between the outline and anything not of the cluster. */
  gap: number;
  /** Grid step of the contour; smaller is more exact and slower. */
  cell?: number;
  /**
   * Radius of the morphological closing: gaps between members narrower than about twice this are
   * filled, so the outline is one smooth shape instead of a ring round each square and label.
   */
  closing?: number;
}

export interface ClusterOutline {
  /** SVG path data: every ring, each a closed run of quadratic curves. */
  path: string;
  /** The drawn curves as closed polygons (outer rings and holes; even-odd inside). */
  rings: Point[][];
  box: Box;
}

function boxDistance(b: Box, x: number, y: number): number {
  const dx = Math.max(b.x - x, 0, x - (b.x + b.w));
  const dy = Math.max(b.y - y, 0, y - (b.y + b.h));
  return Math.hypot(dx, dy);
}

interface Field {
  x0: number;
  y0: number;
  cell: number;
  nx: number;
  ny: number;
  d1: Float64Array;
  l1: Int32Array;
  d2: Float64Array;
  l2: Int32Array;
}

/** For every grid point the nearest element's distance and cluster, and the nearest of another cluster. */
function nearestField(elements: OutlineElement[], opt: Required<OutlineOptions>): Field {
  const reach = Math.max(opt.pad, opt.closing) + opt.gap + 2 * opt.cell;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const { box } of elements) {
    x0 = Math.min(x0, box.x);
    y0 = Math.min(y0, box.y);
    x1 = Math.max(x1, box.x + box.w);
    y1 = Math.max(y1, box.y + box.h);
  }
  x0 -= reach;
  y0 -= reach;
  const nx = Math.ceil((x1 + reach - x0) / opt.cell) + 1;
  const ny = Math.ceil((y1 + reach - y0) / opt.cell) + 1;
  const size = nx * ny;
  const f: Field = {
    x0, y0, cell: opt.cell, nx, ny,
    d1: new Float64Array(size).fill(Infinity), l1: new Int32Array(size).fill(-2),
    d2: new Float64Array(size).fill(Infinity), l2: new Int32Array(size).fill(-2),
  };
  for (const { box, cluster } of elements) {
    const i0 = Math.max(0, Math.floor((box.x - reach - x0) / opt.cell));
    const i1 = Math.min(nx - 1, Math.ceil((box.x + box.w + reach - x0) / opt.cell));
    const j0 = Math.max(0, Math.floor((box.y - reach - y0) / opt.cell));
    const j1 = Math.min(ny - 1, Math.ceil((box.y + box.h + reach - y0) / opt.cell));
    for (let j = j0; j <= j1; j++) {
      for (let i = i0; i <= i1; i++) {
        const k = j * nx + i;
        const d = boxDistance(box, x0 + i * opt.cell, y0 + j * opt.cell);
        if (cluster === f.l1[k]) {
          if (d < f.d1[k]!) f.d1[k] = d;
        } else if (d < f.d1[k]!) {
          f.d2[k] = f.d1[k]!;
          f.l2[k] = f.l1[k]!;
          f.d1[k] = d;
          f.l1[k] = cluster;
        } else if (cluster === f.l2[k]) {
          if (d < f.d2[k]!) f.d2[k] = d;
        } else if (d < f.d2[k]!) {
          f.d2[k] = d;
          f.l2[k] = cluster;
        }
      }
    }
  }
  return f;
}

/**
 * Positive where cluster c may be, within `reach` of its members and `gap` nearer to them than to
 * anything else; negative outside. Continuous across the halfway line.
 */
function inside(f: Field, k: number, c: number, reach: number, gap: number): number {
  // Where a stranger comes nearer than 2·gap to a member, the outline passes a third of the way
  // between them instead, so it never runs through the member's own square or label.
  const apart = (own: number, other: number): number => other - own - Math.min(gap, other / 2);
  if (f.l1[k] === c) return Math.min(reach - f.d1[k]!, apart(f.d1[k]!, f.d2[k]!));
  if (f.l2[k] === c) return Math.min(reach - f.d2[k]!, apart(f.d2[k]!, f.d1[k]!));
  return -reach;
}

/** Chamfer distance (two passes) from each grid point inside (`value > 0`) to the nearest outside. */
function distanceInside(value: Float64Array, w: number, h: number, cell: number): Float64Array {
  const d = new Float64Array(w * h);
  for (let k = 0; k < d.length; k++) d[k] = value[k]! > 0 ? Infinity : 0;
  const a = cell;
  const b = cell * Math.SQRT2;
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) {
      const k = j * w + i;
      if (d[k] === 0) continue;
      let m = d[k]!;
      if (i > 0) m = Math.min(m, d[k - 1]! + a);
      if (j > 0) {
        m = Math.min(m, d[k - w]! + a);
        if (i > 0) m = Math.min(m, d[k - w - 1]! + b);
        if (i < w - 1) m = Math.min(m, d[k - w + 1]! + b);
      }
      d[k] = m;
    }
  }
  for (let j = h - 1; j >= 0; j--) {
    for (let i = w - 1; i >= 0; i--) {
      const k = j * w + i;
      if (d[k] === 0) continue;
      let m = d[k]!;
      if (i < w - 1) m = Math.min(m, d[k + 1]! + a);
      if (j < h - 1) {
        m = Math.min(m, d[k + w]! + a);
        if (i < w - 1) m = Math.min(m, d[k + w + 1]! + b);
        if (i > 0) m = Math.min(m, d[k + w - 1]! + b);
      }
      d[k] = m;
    }
  }
  return d;
}

/** Marching squares over the grid points of cluster c: closed rings of grid-edge crossings. */
function traceRings(f: Field, c: number, members: Box[], opt: Required<OutlineOptions>): Point[][] {
  const reach = Math.max(opt.pad, opt.closing) + opt.cell;
  const bounds = unionBox(members);
  const [bx0, by0, bx1, by1] = [bounds.x, bounds.y, bounds.x + bounds.w, bounds.y + bounds.h];
  const i0 = Math.max(0, Math.floor((bx0 - reach - f.x0) / f.cell) - 1);
  const i1 = Math.min(f.nx - 1, Math.ceil((bx1 + reach - f.x0) / f.cell) + 1);
  const j0 = Math.max(0, Math.floor((by0 - reach - f.y0) / f.cell) - 1);
  const j1 = Math.min(f.ny - 1, Math.ceil((by1 + reach - f.y0) / f.cell) + 1);
  const w = i1 - i0 + 1;
  const h = j1 - j0 + 1;
  // The union of the tight area (within pad of the members) and the closing: the area within
  // `closing` of the members, eroded by closing − pad. Both keep `gap` from everyone else.
  const tight = new Float64Array(w * h);
  const wide = new Float64Array(w * h);
  for (let j = j0; j <= j1; j++) {
    for (let i = i0; i <= i1; i++) {
      const k = j * f.nx + i;
      tight[(j - j0) * w + (i - i0)] = inside(f, k, c, opt.pad, opt.gap);
      wide[(j - j0) * w + (i - i0)] = inside(f, k, c, opt.closing, opt.gap);
    }
  }
  const depth = distanceInside(wide, w, h, f.cell);
  const value = new Float64Array(w * h);
  for (let k = 0; k < value.length; k++) {
    const eroded = wide[k]! > 0 ? depth[k]! - (opt.closing - opt.pad) : wide[k]! - (opt.closing - opt.pad);
    value[k] = Math.max(tight[k]!, Math.min(eroded, wide[k]!));
  }
  // The border of the window is forced outside, so every ring closes.
  const v = (i: number, j: number): number =>
    i <= i0 || j <= j0 || i >= i1 || j >= j1 ? -1 : value[(j - j0) * w + (i - i0)]!;
  // Edge ids: horizontal edge (i,j)-(i+1,j) = 2·(j·nx+i), vertical (i,j)-(i,j+1) = 2·(j·nx+i)+1.
  const point = new Map<number, Point>();
  const edgePoint = (id: number): number => {
    if (!point.has(id)) {
      const base = id >> 1;
      const i = base % f.nx;
      const j = (base - i) / f.nx;
      const [ia, ja, ib, jb] = id & 1 ? [i, j, i, j + 1] : [i, j, i + 1, j];
      const a = v(ia, ja);
      const b = v(ib, jb);
      const t = Math.min(1, Math.max(0, a / (a - b)));
      point.set(id, { x: f.x0 + (ia + t * (ib - ia)) * f.cell, y: f.y0 + (ja + t * (jb - ja)) * f.cell });
    }
    return id;
  };
  // Directed segments with the inside on the left (screen coordinates): from edge id → to edge id.
  const next = new Map<number, number>();
  const link = (a: number, b: number): void => {
    next.set(edgePoint(a), edgePoint(b));
  };
  for (let j = j0; j < j1; j++) {
    for (let i = i0; i < i1; i++) {
      const tl = v(i, j) > 0;
      const tr = v(i + 1, j) > 0;
      const br = v(i + 1, j + 1) > 0;
      const bl = v(i, j + 1) > 0;
      const code = (tl ? 8 : 0) | (tr ? 4 : 0) | (br ? 2 : 0) | (bl ? 1 : 0);
      if (code === 0 || code === 15) continue;
      const top = 2 * (j * f.nx + i);
      const bottom = 2 * ((j + 1) * f.nx + i);
      const left = 2 * (j * f.nx + i) + 1;
      const right = 2 * (j * f.nx + i + 1) + 1;
      const centre = code === 5 || code === 10 ? (v(i, j) + v(i + 1, j) + v(i + 1, j + 1) + v(i, j + 1)) / 4 > 0 : false;
      switch (code) {
        case 1: link(left, bottom); break;
        case 2: link(bottom, right); break;
        case 3: link(left, right); break;
        case 4: link(right, top); break;
        case 5: if (centre) { link(left, top); link(right, bottom); } else { link(left, bottom); link(right, top); } break;
        case 6: link(bottom, top); break;
        case 7: link(left, top); break;
        case 8: link(top, left); break;
        case 9: link(top, bottom); break;
        case 10: if (centre) { link(top, right); link(bottom, left); } else { link(top, left); link(bottom, right); } break;
        case 11: link(top, right); break;
        case 12: link(right, left); break;
        case 13: link(right, bottom); break;
        case 14: link(bottom, left); break;
      }
    }
  }
  const rings: Point[][] = [];
  const starts = [...next.keys()].sort((a, b) => a - b);
  const used = new Set<number>();
  for (const start of starts) {
    if (used.has(start)) continue;
    const ring: Point[] = [];
    let at = start;
    while (!used.has(at)) {
      used.add(at);
      ring.push(point.get(at)!);
      const to = next.get(at);
      if (to === undefined) break;
      at = to;
    }
    if (ring.length >= 3) rings.push(ring);
  }
  return rings;
}

/** Douglas-Peucker on a closed ring (split at the first point and the point farthest from it). */
function simplify(ring: Point[], tolerance: number): Point[] {
  const far = ring.reduce((best, p, i) => (Math.hypot(p.x - ring[0]!.x, p.y - ring[0]!.y) > Math.hypot(ring[best]!.x - ring[0]!.x, ring[best]!.y - ring[0]!.y) ? i : best), 0);
  const run = (pts: Point[]): Point[] => {
    if (pts.length <= 2) return pts;
    const a = pts[0]!;
    const b = pts[pts.length - 1]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    let worst = 0;
    let at = 0;
    for (let i = 1; i < pts.length - 1; i++) {
      const d = Math.abs((b.x - a.x) * (a.y - pts[i]!.y) - (a.x - pts[i]!.x) * (b.y - a.y)) / len;
      if (d > worst) {
        worst = d;
        at = i;
      }
    }
    if (worst <= tolerance) return [a, b];
    return [...run(pts.slice(0, at + 1)).slice(0, -1), ...run(pts.slice(at))];
  };
  const first = run(ring.slice(0, far + 1));
  const second = run([...ring.slice(far), ring[0]!]);
  const out = [...first.slice(0, -1), ...second.slice(0, -1)];
  return out.length >= 3 ? out : ring;
}

function straightPath(ring: Point[]): string {
  return `${ring.map((p, i) => `${i === 0 ? 'M' : 'L'}${fmt(p.x)} ${fmt(p.y)}`).join('')}Z`;
}

/** Quadratic curves through the edge midpoints, control points at the vertices: path and polygon. */
function smooth(ring: Point[]): { path: string; polygon: Point[] } {
  const n = ring.length;
  const mid = (i: number): Point => {
    const a = ring[i % n]!;
    const b = ring[(i + 1) % n]!;
    return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  };
  const start = mid(n - 1);
  const parts = [`M${fmt(start.x)} ${fmt(start.y)}`];
  const polygon: Point[] = [];
  let from = start;
  for (let i = 0; i < n; i++) {
    const c = ring[i]!;
    const to = mid(i);
    parts.push(`Q${fmt(c.x)} ${fmt(c.y)} ${fmt(to.x)} ${fmt(to.y)}`);
    for (const t of [0, 0.25, 0.5, 0.75]) {
      const u = 1 - t;
      polygon.push({ x: u * u * from.x + 2 * u * t * c.x + t * t * to.x, y: u * u * from.y + 2 * u * t * c.y + t * t * to.y });
    }
    from = to;
  }
  parts.push('Z');
  return { path: parts.join(''), polygon };
}

/** Above this many marks and labels a split cluster keeps its rings (the wider field would be slow). */
const WIDER_CLOSING_ELEMENTS = 400;

/** Does the box lie (in part) inside the rings, or does a ring pass through it? */
function touches(rings: Point[][], b: Box): boolean {
  const pts = [
    { x: b.x, y: b.y }, { x: b.x + b.w, y: b.y }, { x: b.x + b.w, y: b.y + b.h }, { x: b.x, y: b.y + b.h }, { x: b.x + b.w / 2, y: b.y + b.h / 2 },
  ];
  if (pts.some((p) => insideRings(rings, p.x, p.y))) return true;
  return rings.some((ring) => ring.some((p, i) => {
    const q = ring[(i + 1) % ring.length]!;
    return segmentHitsBox({ x1: p.x, y1: p.y, x2: q.x, y2: q.y }, b);
  }));
}

/**
 * The outline of every drawn cluster (index 0..clusters-1) round its elements, keeping away from
 * all other elements. A cluster whose members are split by strangers gets several rings.
 */
export function clusterOutlines(elements: OutlineElement[], clusters: number, options: OutlineOptions, links: OutlineLink[] = []): ClusterOutline[] {
  const opt: Required<OutlineOptions> = { cell: 1, closing: options.pad + 12, ...options };
  if (clusters === 0 || elements.length === 0) return [];
  const field = nearestField(elements, opt);
  const members = Array.from({ length: clusters }, (_, c) => elements.filter((e) => e.cluster === c).map((e) => e.box));
  const outlineOf = (f: Field, c: number, o: Required<OutlineOptions>): ClusterOutline => {
    const boxes = members[c]!;
    if (boxes.length === 0) return { path: '', rings: [], box: { x: 0, y: 0, w: 0, h: 0 } };
    const hull = roundedHull(boxes, o.pad + o.gap).box;
    const near = elements.filter((e) => boxesOverlap(e.box, hull)).map((e) => e.box);
    return contour(f, c, boxes, o, near);
  };
  const outlines = members.map((_, c) => outlineOf(field, c, opt));
  // A cluster whose members lie far apart comes out as several rings: its own ties join them, as a
  // band within pad of each tie (still clear of everyone else), so the outline follows the ties
  // from member to member. Only in figures of up to WIDER_CLOSING_ELEMENTS marks and labels.
  const split = outlines.map((o, c) => (o.rings.length > 1 ? c : -1)).filter((c) => c >= 0);
  if (split.length > 0 && elements.length <= WIDER_CLOSING_ELEMENTS && links.length > 0) {
    const joining = new Set(split);
    const extra = links.filter((l) => joining.has(l.cluster)).flatMap((l) => linkBoxes(l, opt.cell));
    const linked = [...elements, ...extra];
    const linkedField = nearestField(linked, opt);
    for (const c of split) {
      const boxes = [...members[c]!, ...extra.filter((e) => e.cluster === c).map((e) => e.box)];
      const hull = roundedHull(boxes, opt.pad + opt.gap).box;
      const near = elements.filter((e) => boxesOverlap(e.box, hull)).map((e) => e.box);
      const joined = contour(linkedField, c, boxes, opt, near);
      if (joined.rings.length < outlines[c]!.rings.length) outlines[c] = joined;
    }
  }
  // The rounded convex hull instead, where it takes in nobody else and meets no other outline:
  // the calmest shape. One cluster at a time, so accepted hulls are checked against each other too.
  members.forEach((boxes, c) => {
    if (boxes.length === 0) return;
    const hull = roundedHull(boxes, opt.pad);
    const reach = roundedHull(boxes, opt.pad + opt.gap).rings;
    if (elements.some((e) => e.cluster !== c && touches(reach, e.box))) return;
    if (outlines.some((o, d) => d !== c && outlinesMeet(reach, o.rings))) return;
    outlines[c] = hull;
  });
  return outlines;
}

/** Does any ring pass through one of the boxes? */
function cuts(rings: Point[][], boxes: Box[]): boolean {
  const grid = new BoxGrid(24);
  for (const b of boxes) grid.add(b);
  return rings.some((ring) => ring.some((p, i) => {
    const q = ring[(i + 1) % ring.length]!;
    const seg = { x1: p.x, y1: p.y, x2: q.x, y2: q.y };
    const around = { x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), w: Math.abs(p.x - q.x), h: Math.abs(p.y - q.y) };
    return grid.hitsWhere(around, 0, (b) => segmentHitsBox(seg, b));
  }));
}

function contour(field: Field, c: number, members: Box[], opt: Required<OutlineOptions>, near: Box[]): ClusterOutline {
  const raw = traceRings(field, c, members, opt);
  let drawn = raw.map((r) => smooth(simplify(r, opt.cell * 0.35)));
  // Where the smoothing would cut a corner into a square or label (two clusters pressed close),
  // the traced contour is drawn as it is.
  if (cuts(drawn.map((d) => d.polygon), near)) drawn = raw.map((r) => ({ path: straightPath(r), polygon: r }));
  // A hole with nobody in it (the space inside a triangle of ties) is left filled: one ring less.
  const centres = near.map((b) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 }));
  drawn = drawn.filter((d, i) => {
    const hole = drawn.some((o, j) => j !== i && insideRings([o.polygon], d.polygon[0]!.x, d.polygon[0]!.y));
    return !hole || centres.some((p) => insideRings([d.polygon], p.x, p.y));
  });
  const all = drawn.flatMap((d) => d.polygon);
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const box = all.length > 0
    ? { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) }
    : { x: 0, y: 0, w: 0, h: 0 };
  return { path: drawn.map((d) => d.path).join(''), rings: drawn.map((d) => d.polygon), box };
}
