// Diameter and average shortest path length inside one connected component, by breadth-first search.

import type { UndirectedGraph } from 'graphology';
import { KommunenotatError } from '../errors.ts';
import { adjacency } from './graph.ts';

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
  const k = component.length;
  if (k < 2) return { diameter: 0, averagePathLength: 0 };
  const { index, neighbours } = adjacency(graph);
  const members = component.map((id) => index.get(id)!);
  const distance = new Int32Array(index.size);
  let diameter = 0;
  let sum = 0;
  for (const source of members) {
    distance.fill(-1);
    distance[source] = 0;
    const queue = [source];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      for (const w of neighbours[v]!) {
        if (distance[w] === -1) {
          distance[w] = distance[v]! + 1;
          queue.push(w);
        }
      }
    }
    for (const target of members) {
      const d = distance[target]!;
      if (d === -1) throw new KommunenotatError('internal', 'metrics: path lengths asked for a disconnected set');
      sum += d;
      if (d > diameter) diameter = d;
    }
  }
  return { diameter, averagePathLength: sum / (k * (k - 1)) };
}
