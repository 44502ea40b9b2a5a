// Density of an undirected network.

import type { UndirectedGraph } from 'graphology';

/** 2m / (n(n − 1)); 0 with fewer than two persons. */
export function density(graph: UndirectedGraph): number {
  const n = graph.order;
  return n < 2 ? 0 : (2 * graph.size) / (n * (n - 1));
}
