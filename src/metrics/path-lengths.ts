// Diameter and average shortest path length inside one connected component, by breadth-first search.

import type { UndirectedGraph } from 'graphology';
import { KommunenotatError } from '../errors.ts';
import { adjacency, type Adjacency } from './graph.ts';

export interface PathLengths {
  /** Longest shortest path, in ties; 0 for a single person (or none). */
  diameter: number;
  /** Mean shortest path over all ordered pairs of distinct persons; 0 for a single person (or none). */
  averagePathLength: number;
}

/**
 * Path lengths among `component`, which must be connected (a connected component of `graph`).
 * One BFS per member: O(k · (n + m)).
 */
export function pathLengths(graph: UndirectedGraph, component: readonly string[]): PathLengths {
  if (component.length < 2) return { diameter: 0, averagePathLength: 0 };
  const adj = adjacency(graph);
  const sums = new PathSums(adj, component);
  const { offsets, targets } = adj;
  const distance = new Int32Array(adj.ids.length).fill(-1);
  const queue = new Int32Array(adj.ids.length);
  for (const source of sums.members) {
    let tail = 0;
    queue[tail++] = source;
    distance[source] = 0;
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        if (distance[w] === -1) {
          distance[w] = distance[v]! + 1;
          queue[tail++] = w;
        }
      }
    }
    sums.add(distance);
    for (let i = 0; i < tail; i++) distance[queue[i]!] = -1;
  }
  return sums.result();
}

/**
 * Sums distances from each member to every member (`add` once per member, with that member's
 * distances, -1 for unreached). Shared with networkMetrics, which reads the distances off the
 * betweenness passes instead of searching again.
 */
export class PathSums {
  readonly members: Int32Array;
  private readonly isMember: Uint8Array;
  private diameter = 0;
  private sum = 0;

  constructor(adj: Adjacency, component: readonly string[]) {
    this.members = Int32Array.from(component, (id) => adj.index.get(id)!);
    this.isMember = new Uint8Array(adj.ids.length);
    for (const m of this.members) this.isMember[m] = 1;
  }

  has(person: number): boolean {
    return this.isMember[person] === 1;
  }

  add(distance: Int32Array): void {
    const { members } = this;
    for (let i = 0; i < members.length; i++) {
      const d = distance[members[i]!]!;
      if (d === -1) throw new KommunenotatError('internal', 'metrics: path lengths asked for a disconnected set');
      this.sum += d;
      if (d > this.diameter) this.diameter = d;
    }
  }

  result(): PathLengths {
    const k = this.members.length;
    if (k < 2) return { diameter: 0, averagePathLength: 0 };
    return { diameter: this.diameter, averagePathLength: this.sum / (k * (k - 1)) };
  }
}
