// Uniform grids of boxes and of tie segments: what label placement asks "is anything here?", fast
// enough for figures of hundreds of persons.

import { boxesOverlap } from './geometry.ts';
import type { Box } from './types.ts';

/** A uniform grid of boxes, so a crowded figure of hundreds of persons stays fast. */
export class BoxGrid {
  private readonly cells = new Map<string, Box[]>();
  constructor(private readonly cell: number) {}
  private keys(b: Box, margin: number): string[] {
    const out: string[] = [];
    const c = this.cell;
    for (let i = Math.floor((b.x - margin) / c); i <= Math.floor((b.x + b.w + margin) / c); i++) {
      for (let j = Math.floor((b.y - margin) / c); j <= Math.floor((b.y + b.h + margin) / c); j++) out.push(`${i},${j}`);
    }
    return out;
  }
  add(b: Box): void {
    for (const k of this.keys(b, 0)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
  remove(b: Box): void {
    for (const k of this.keys(b, 0)) {
      const list = this.cells.get(k);
      if (list) this.cells.set(k, list.filter((o) => o !== b));
    }
  }
  /** Is there a box within `margin` of `b` for which `which` holds? */
  hitsWhere(b: Box, margin: number, which: (other: Box) => boolean): boolean {
    for (const k of this.keys(b, margin)) {
      for (const other of this.cells.get(k) ?? []) {
        if (boxesOverlap(b, other, margin) && which(other)) return true;
      }
    }
    return false;
  }
  hits(b: Box, margin: number, except?: Box): boolean {
    for (const k of this.keys(b, margin)) {
      for (const other of this.cells.get(k) ?? []) {
        if (other !== except && boxesOverlap(b, other, margin)) return true;
      }
    }
    return false;
  }
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Liang-Barsky: does the segment pass through the box? */
export function segmentHitsBox(s: Segment, b: Box): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, s.x1 - b.x],
    [dx, b.x + b.w - s.x1],
    [-dy, s.y1 - b.y],
    [dy, b.y + b.h - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** Tie lines bucketed by the grid cells their bounding boxes touch. */
export class SegmentGrid {
  private readonly cells = new Map<string, Segment[]>();
  constructor(private readonly cell: number, segments: Segment[]) {
    const c = this.cell;
    for (const s of segments) {
      const b = { x: Math.min(s.x1, s.x2), y: Math.min(s.y1, s.y2), w: Math.abs(s.x2 - s.x1), h: Math.abs(s.y2 - s.y1) };
      // The cells of `keys(b)`, in the same order, without parsing keys back into numbers.
      for (let i = Math.floor(b.x / c); i <= Math.floor((b.x + b.w) / c); i++) {
        for (let j = Math.floor(b.y / c); j <= Math.floor((b.y + b.h) / c); j++) {
          if (!segmentHitsBox(s, { x: i * c, y: j * c, w: c, h: c })) continue;
          const k = `${i},${j}`;
          const list = this.cells.get(k);
          if (list) list.push(s);
          else this.cells.set(k, [s]);
        }
      }
    }
  }
  private keys(b: Box): string[] {
    const out: string[] = [];
    const c = this.cell;
    for (let i = Math.floor(b.x / c); i <= Math.floor((b.x + b.w) / c); i++) {
      for (let j = Math.floor(b.y / c); j <= Math.floor((b.y + b.h) / c); j++) out.push(`${i},${j}`);
    }
    return out;
  }
  hits(b: Box): boolean {
    for (const k of this.keys(b)) {
      for (const s of this.cells.get(k) ?? []) if (segmentHitsBox(s, b)) return true;
    }
    return false;
  }
}

