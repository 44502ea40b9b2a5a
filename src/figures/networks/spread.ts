// After packing: room for labels and outlines. Persons too close for their labels are pushed apart,
// and clusters whose outlines would cross are moved apart whole.

import type { Point } from './force-layout.ts';

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
