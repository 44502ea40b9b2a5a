// The red outline around a cluster: the convex hull of its members' squares and labels, grown
// by a padding radius, so the outline is smooth (straight runs joined by circular arcs).

import { fmt } from './geometry.ts';
import type { Point } from './force-layout.ts';
import type { Box } from './types.ts';

/** Andrew's monotone chain; returns the hull without repeated points. */
export function convexHull(points: Point[]): Point[] {
  const pts = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (pts.length <= 2) return pts;
  const cross = (o: Point, a: Point, b: Point): number => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const lower: Point[] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

function corners(b: Box): Point[] {
  return [
    { x: b.x, y: b.y },
    { x: b.x + b.w, y: b.y },
    { x: b.x + b.w, y: b.y + b.h },
    { x: b.x, y: b.y + b.h },
  ];
}

/** Path data and bounding box of the hull around `boxes`, grown by `pad`. */
export function roundedHull(boxes: Box[], pad: number): { path: string; rings: Point[][]; box: Box } {
  let hull = convexHull(boxes.flatMap(corners));
  // Orient so that (dy, -dx) of each edge points outwards (clockwise on screen, y down).
  const area = hull.reduce((s, p, i) => {
    const q = hull[(i + 1) % hull.length]!;
    return s + (p.x * q.y - q.x * p.y);
  }, 0);
  if (area < 0) hull = [...hull].reverse();
  const k = hull.length;
  const normal = (i: number): Point => {
    const a = hull[i]!;
    const b = hull[(i + 1) % k]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    return { x: (b.y - a.y) / len, y: -(b.x - a.x) / len };
  };
  const parts: string[] = [];
  const polygon: Point[] = [];
  for (let i = 0; i < k; i++) {
    const n = normal(i);
    const a = hull[i]!;
    const b = hull[(i + 1) % k]!;
    const start = { x: a.x + pad * n.x, y: a.y + pad * n.y };
    if (i === 0) parts.push(`M${fmt(start.x)} ${fmt(start.y)}`);
    parts.push(`L${fmt(b.x + pad * n.x)} ${fmt(b.y + pad * n.y)}`);
    const m = normal((i + 1) % k);
    const a0 = Math.atan2(n.y, n.x);
    let a1 = Math.atan2(m.y, m.x);
    while (a1 < a0) a1 += 2 * Math.PI;
    for (let s = 0; s <= 6; s++) {
      const t = a0 + ((a1 - a0) * s) / 6;
      polygon.push({ x: b.x + pad * Math.cos(t), y: b.y + pad * Math.sin(t) });
    }
    parts.push(`A${fmt(pad)} ${fmt(pad)} 0 0 1 ${fmt(b.x + pad * m.x)} ${fmt(b.y + pad * m.y)}`);
  }
  parts.push('Z');
  const xs = hull.map((p) => p.x);
  const ys = hull.map((p) => p.y);
  const box = {
    x: Math.min(...xs) - pad,
    y: Math.min(...ys) - pad,
    w: Math.max(...xs) - Math.min(...xs) + 2 * pad,
    h: Math.max(...ys) - Math.min(...ys) + 2 * pad,
  };
  return { path: parts.join(''), rings: [polygon], box };
}
