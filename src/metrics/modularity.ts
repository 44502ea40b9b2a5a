// Newman modularity of a partition of the network's persons.

import type { UndirectedGraph } from 'graphology';
import { KommunenotatError } from '../errors.ts';

/**
 * Q = Σ_c [ L_c / m − (d_c / 2m)² ], with m the number of ties, L_c the ties inside community c and
 * d_c the sum of its members' degrees. Every person with a tie must be in exactly one community;
 * persons without ties may be left out (they add 0). Null when there are no ties.
 */
export function modularity(graph: UndirectedGraph, partition: readonly (readonly string[])[]): number | null {
  const m = graph.size;
  if (m === 0) return null;
  const community = communityOf(graph, partition);
  const inside = new Float64Array(partition.length);
  const degreeSum = new Float64Array(partition.length);
  graph.forEachEdge((_edge, _attributes, a, b) => {
    if (community.get(a) === community.get(b)) inside[community.get(a)!]++;
  });
  graph.forEachNode((id) => {
    const c = community.get(id);
    if (c !== undefined) degreeSum[c] += graph.degree(id);
  });
  let q = 0;
  for (let c = 0; c < partition.length; c++) {
    q += inside[c]! / m - (degreeSum[c]! / (2 * m)) ** 2;
  }
  return q;
}

function communityOf(graph: UndirectedGraph, partition: readonly (readonly string[])[]): Map<string, number> {
  const community = new Map<string, number>();
  partition.forEach((members, c) => {
    for (const id of members) {
      if (!graph.hasNode(id)) throw new KommunenotatError('internal', `modularity: unknown person "${id}"`);
      if (community.has(id)) throw new KommunenotatError('internal', `modularity: "${id}" in two communities`);
      community.set(id, c);
    }
  });
  graph.forEachNode((id) => {
    if (!community.has(id) && graph.degree(id) > 0) {
      throw new KommunenotatError('internal', `modularity: "${id}" has ties but no community`);
    }
  });
  return community;
}
