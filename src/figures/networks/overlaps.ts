// Checks a finished layout the way a reader would: does any label touch another label, or any
// person's mark? Used by the tests; pure.

import { boxesOverlap } from './geometry.ts';
import type { NetworkLayout } from './types.ts';

export interface LabelOverlap {
  label: string;
  /** The other person's id; `kind` says whether its label or its mark is hit. */
  other: string;
  kind: 'label' | 'mark';
}

export function labelOverlaps(layout: NetworkLayout): LabelOverlap[] {
  const found: LabelOverlap[] = [];
  const nodes = layout.nodes;
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i]!;
    if (!a.labelled) continue;
    for (let j = 0; j < nodes.length; j++) {
      if (i === j) continue;
      const b = nodes[j]!;
      if (j > i && b.labelled && boxesOverlap(a.labelBox, b.labelBox)) found.push({ label: a.id, other: b.id, kind: 'label' });
      if (boxesOverlap(a.labelBox, b.markBox)) found.push({ label: a.id, other: b.id, kind: 'mark' });
    }
    if (boxesOverlap(a.labelBox, a.markBox)) found.push({ label: a.id, other: a.id, kind: 'mark' });
  }
  return found;
}

/** Labels that stick out of the figure. */
export function labelsOutside(layout: NetworkLayout): string[] {
  return layout.nodes
    .filter((n) => n.labelled)
    .filter((n) => n.labelBox.x < 0 || n.labelBox.y < 0 || n.labelBox.x + n.labelBox.w > layout.width || n.labelBox.y + n.labelBox.h > layout.height)
    .map((n) => n.id);
}
