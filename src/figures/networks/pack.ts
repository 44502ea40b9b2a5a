// Places the laid-out components side by side: each gets a box whose area grows with its number
// of persons, boxes fill rows left to right (largest first), and the whole is fitted to the width.

import type { Point } from './force-layout.ts';

export interface PackOptions {
  /** Width available to node centres. */
  width: number;
  /** Box area per person before fitting to the width. */
  areaPerPerson: number;
  /** Horizontal and vertical space between component boxes. */
  gap: number;
  /** The packed drawing is squeezed vertically to this height if taller. */
  maxHeight: number;
}

interface ComponentBox {
  points: Map<string, Point>;
  w: number;
  h: number;
}

/** Scales a component's points into a box of the area it deserves, keeping (up to a limit) its shape. */
function naturalBox(points: Map<string, Point>, area: number, maxWidth: number): ComponentBox {
  const list = [...points.values()];
  const x0 = Math.min(...list.map((p) => p.x));
  const y0 = Math.min(...list.map((p) => p.y));
  const bw = Math.max(...list.map((p) => p.x)) - x0;
  const bh = Math.max(...list.map((p) => p.y)) - y0;
  const aspect = Math.min(6, Math.max(0.5, (bw + 1e-6) / (bh + 1e-6)));
  // A pair or a short chain is drawn compactly, not as a line across the page.
  let w = Math.min(Math.sqrt(area * aspect), 60 * points.size);
  let h = Math.sqrt(area / aspect);
  // Too wide for the page: narrower and, within a factor of two, taller instead.
  if (w > maxWidth) {
    h = Math.min(h * 2, (w * h) / maxWidth);
    w = maxWidth;
  }
  const scaled = new Map<string, Point>();
  for (const [id, p] of points) {
    scaled.set(id, { x: bw > 1e-6 ? ((p.x - x0) / bw) * w : w / 2, y: bh > 1e-6 ? ((p.y - y0) / bh) * h : h / 2 });
  }
  return { points: scaled, w, h };
}

/**
 * Shelf packing in the given order. Returns node centres with x in [0, width] and y from 0, and
 * the height used.
 */
export function packComponents(
  components: Map<string, Point>[],
  options: PackOptions,
): { positions: Map<string, Point>; height: number } {
  if (components.length === 0) return { positions: new Map(), height: 0 };
  const boxes = components.map((c) => naturalBox(c, c.size * options.areaPerPerson, options.width));
  const rows: ComponentBox[][] = [];
  let filled = Infinity;
  for (const box of boxes) {
    if (rows.length === 0 || filled + options.gap + box.w > options.width) {
      rows.push([box]);
      filled = box.w;
    } else {
      rows[rows.length - 1]!.push(box);
      filled += options.gap + box.w;
    }
  }
  const rowWidth = (r: ComponentBox[]): number => r.reduce((t, b) => t + b.w, 0) + options.gap * (r.length - 1);
  // The first row (the largest component) is spread to the full width; later rows (small
  // components) at most as much and never by more than a quarter, so a pair is not drawn a page wide.
  const sx = options.width / rowWidth(rows[0]!);
  const rowScale = rows.map((r, i) => Math.min(options.width / rowWidth(r), i === 0 ? sx : Math.min(sx, 1.25)));
  // Height grows more slowly than width so small networks do not get tall; at most maxHeight.
  const natural = rows.reduce((t, r) => t + Math.max(...r.map((b) => b.h)) + options.gap, -options.gap);
  const sy = Math.min(sx >= 1 ? Math.max(1, Math.sqrt(sx) * 0.8) : 1, options.maxHeight / natural);
  const positions = new Map<string, Point>();
  let top = 0;
  rows.forEach((row, r) => {
    const scale = rowScale[r]!;
    const used = row.reduce((t, b) => t + b.w * scale, 0);
    const gap = row.length > 1 ? Math.min((options.width - used) / (row.length - 1), options.gap * 3) : 0;
    let left = (options.width - used - gap * (row.length - 1)) / 2;
    const ys = Math.min(sy, Math.max(scale, 1));
    const rowHeight = Math.max(...row.map((b) => b.h * ys));
    for (const box of row) {
      const dy = top + (rowHeight - box.h * ys) / 2;
      for (const [id, p] of box.points) positions.set(id, { x: left + p.x * scale, y: dy + p.y * ys });
      left += box.w * scale + gap;
    }
    top += rowHeight + options.gap;
  });
  return { positions, height: Math.max(0, top - options.gap) };
}

