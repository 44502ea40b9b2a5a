// After packing: room for labels and outlines. Persons too close for their labels are pushed apart,
// and clusters whose outlines would cross are moved apart whole.

import type { Point } from './force-layout.ts';
import { BoxGrid } from './grids.ts';
import type { Box } from './types.ts';

/**
 * Pushes apart persons whose personal space overlaps (a few sweeps, pairs in id order), so a
 * dense star or clique leaves room for its labels: two persons need `dx` apart side by side (part
 * of their label widths) or `dy` apart one above the other, whichever is the smaller push.
 * x stays within [0, width]; y may grow.
 */
export function spreadApart(
  positions: Map<string, Point>,
  space: Map<string, { dx: number; dy: number }>,
  width: number,
  sweeps = 40,
): void {
  const ids = [...positions.keys()].sort();
  const pts = ids.map((id) => positions.get(id)!);
  const room = ids.map((id) => space.get(id)!);
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let moved = false;
    for (let i = 0; i < pts.length; i++) {
      for (let j = i + 1; j < pts.length; j++) {
        const a = pts[i]!;
        const b = pts[j]!;
        const needX = (room[i]!.dx + room[j]!.dx) / 2;
        const needY = (room[i]!.dy + room[j]!.dy) / 2;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const ox = needX - Math.abs(dx);
        const oy = needY - Math.abs(dy);
        if (ox <= 0 || oy <= 0) continue;
        if (ox < oy) {
          const s = dx >= 0 ? 1 : -1;
          a.x = Math.min(width, Math.max(0, a.x - (s * ox) / 2));
          b.x = Math.min(width, Math.max(0, b.x + (s * ox) / 2));
        } else {
          const s = dy >= 0 ? 1 : -1;
          a.y -= (s * oy) / 2;
          b.y += (s * oy) / 2;
        }
        moved = true;
      }
    }
    if (!moved) return;
  }
}

/**
 * Moves whole clusters apart where the space they need (members with room for their labels and
 * the red outline) overlaps, so two outlines do not cross. Pairs in a fixed order, a few sweeps.
 */
export function separateClusters(
  positions: Map<string, Point>,
  clusters: string[][],
  space: Map<string, { dx: number; dy: number }>,
  pad: number,
  width: number,
  sweeps = 20,
): void {
  const present = clusters.map((c) => c.filter((id) => positions.has(id))).filter((c) => c.length > 0);
  const boxOf = (members: string[]): { x0: number; y0: number; x1: number; y1: number } => {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const id of members) {
      const p = positions.get(id)!;
      const r = space.get(id)!;
      x0 = Math.min(x0, p.x - r.dx / 2 - pad);
      x1 = Math.max(x1, p.x + r.dx / 2 + pad);
      y0 = Math.min(y0, p.y - r.dy / 2 - pad);
      y1 = Math.max(y1, p.y + r.dy / 2 + pad);
    }
    return { x0, y0, x1, y1 };
  };
  const shift = (members: string[], dx: number, dy: number): void => {
    const b = boxOf(members);
    // Keep the cluster on the page: shift no further than its room to the edge.
    const sx = dx < 0 ? Math.max(dx, -(b.x0 + pad)) : Math.min(dx, width + pad - b.x1);
    for (const id of members) {
      const p = positions.get(id)!;
      p.x += Math.max(-Math.abs(dx), Math.min(Math.abs(dx), sx));
      p.y += dy;
    }
  };
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let moved = false;
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        const a = boxOf(present[i]!);
        const b = boxOf(present[j]!);
        const ox = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
        const oy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
        if (ox <= 0 || oy <= 0) continue;
        // Clusters that interleave cannot be pulled apart by moving them whole; leave those.
        if (ox > 0.6 * Math.min(a.x1 - a.x0, b.x1 - b.x0) && oy > 0.6 * Math.min(a.y1 - a.y0, b.y1 - b.y0)) continue;
        if (ox < oy) {
          const s = a.x0 + a.x1 < b.x0 + b.x1 ? 1 : -1;
          shift(present[i]!, (-s * ox) / 2, 0);
          shift(present[j]!, (s * ox) / 2, 0);
        } else {
          const s = a.y0 + a.y1 < b.y0 + b.y1 ? 1 : -1;
          shift(present[i]!, 0, (-s * oy) / 2);
          shift(present[j]!, 0, (s * oy) / 2);
        }
        moved = true;
      }
    }
    if (!moved) return;
  }
}

export interface LatticePerson {
  id: string;
  /** Half the side of the mark's box. */
  half: number;
  /** Label size, if the person's label is drawn. */
  label?: { w: number; h: number; gap: number };
}

/**
 * Room for large figures (more than LARGE_NETWORK persons, few labels), instead of `spreadApart`:
 * each person in turn (the given order: labelled persons first, then by degree) takes the free
 * point of a square lattice (pitch `pitch`, x within [0, width]) nearest its laid-out place, on
 * growing rings. A point is free when the person's mark, kept `markGap` from every mark taken so
 * far, and (for a labelled person) its label to the right or left, kept `margin` from marks and
 * labels, touch nothing. So no two marks crowd and every drawn label has a place: O(n) grid
 * look-ups instead of sweeps over pairs that may not settle when thousands of persons are dense.
 */
export function snapToLattice(
  positions: Map<string, Point>,
  persons: LatticePerson[],
  opt: { pitch: number; width: number; markGap: number; margin: number; labelSlack: number },
): void {
  const cellSize = Math.max(opt.pitch, ...persons.map((p) => 2 * p.half + opt.markGap), ...persons.map((p) => p.label?.w ?? 0));
  const marks = new BoxGrid(cellSize);
  const labels = new BoxGrid(cellSize);
  const columns = Math.max(0, Math.floor(opt.width / opt.pitch));
  const eps = 0.05;
  for (const person of persons) {
    const want = positions.get(person.id)!;
    const ci = Math.min(columns, Math.max(0, Math.round(want.x / opt.pitch)));
    const cj = Math.round(want.y / opt.pitch);
    let placed = false;
    for (let ring = 0; ring < 400 && !placed; ring++) {
      const points: [number, number][] = [];
      for (let di = -ring; di <= ring; di++) {
        for (let dj = -ring; dj <= ring; dj++) {
          if (Math.max(Math.abs(di), Math.abs(dj)) !== ring) continue;
          const i = ci + di;
          if (i < 0 || i > columns) continue;
          points.push([i, cj + dj]);
        }
      }
      const dist = (q: [number, number]): number => (q[0] * opt.pitch - want.x) ** 2 + (q[1] * opt.pitch - want.y) ** 2;
      points.sort((a, b) => dist(a) - dist(b) || a[0] - b[0] || a[1] - b[1]);
      for (const [i, j] of points) {
        const x = i * opt.pitch;
        const y = j * opt.pitch;
        const mark: Box = { x: x - person.half, y: y - person.half, w: 2 * person.half, h: 2 * person.half };
        if (marks.hits(mark, opt.markGap + eps) || labels.hits(mark, opt.margin + eps)) continue;
        let label: Box | undefined;
        if (person.label) {
          const { w, h, gap } = person.label;
          const right: Box = { x: x + person.half + gap, y: y - h / 2, w, h };
          const left: Box = { x: x - person.half - gap - w, y: y - h / 2, w, h };
          const free = (b: Box): boolean =>
            b.x >= -opt.labelSlack && b.x + b.w <= opt.width + opt.labelSlack && !marks.hits(b, opt.margin + eps) && !labels.hits(b, opt.margin + eps);
          label = free(right) ? right : free(left) ? left : undefined;
          if (!label) continue;
        }
        marks.add(mark);
        if (label) labels.add(label);
        want.x = x;
        want.y = y;
        placed = true;
        break;
      }
    }
    if (!placed) throw new Error('internal: no lattice point free for a person');
  }
}
