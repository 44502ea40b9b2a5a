// Community detection: seeded Louvain, made canonical so the same data always gives the same list.

import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from './components.ts';
import { compareIds, SCORE_EPSILON } from './ids.ts';
import { modularity } from './modularity.ts';
import { mulberry32 } from './rng.ts';

export interface CommunityOptions {
  /** Seed of the first Louvain run; run i uses seed + i. */
  seed?: number;
  /** Louvain runs; the partition with the highest modularity wins (the earliest on equal modularity). */
  runs?: number;
}

export const DEFAULT_COMMUNITY_OPTIONS: Required<CommunityOptions> = { seed: 2015, runs: 10 };

/**
 * A partition of every person with at least one tie. Louvain (graphology-communities-louvain,
 * resolution 1, unweighted) runs on the persons with ties, inserted in sorted order, with a seeded
 * mulberry32 rng; a community that Louvain leaves internally disconnected is split into its
 * connected parts (which never lowers modularity). Each community is sorted; the list is sorted by
 * size descending, then by first id. Empty when there are no ties.
 */
export function communities(graph: UndirectedGraph, options: CommunityOptions = {}): string[][] {
  const { seed, runs } = { ...DEFAULT_COMMUNITY_OPTIONS, ...options };
  const tied = tiedSubgraph(graph);
  if (tied.size === 0) return [];
  let best: string[][] = [];
  let bestQ = -Infinity;
  for (let run = 0; run < Math.max(1, runs); run++) {
    const mapping = louvain(tied, { rng: mulberry32(seed + run), getEdgeWeight: null });
    const partition = canonical(splitDisconnected(tied, groupBy(mapping)));
    const q = modularity(tied, partition)!;
    if (q > bestQ + SCORE_EPSILON) {
      best = partition;
      bestQ = q;
    }
  }
  return best;
}

/** The persons with at least one tie and all ties, inserted in sorted order (nodes from the sorted graph). */
function tiedSubgraph(graph: UndirectedGraph): UndirectedGraph {
  const sub = new UndirectedGraph();
  const ids = graph.filterNodes((id) => graph.degree(id) > 0).sort(compareIds);
  for (const id of ids) sub.addNode(id);
  const ties = graph.mapEdges((_e, _a, s, t) => (s < t ? [s, t] : [t, s]) as [string, string]);
  ties.sort((x, y) => compareIds(x[0], y[0]) || compareIds(x[1], y[1]));
  for (const [a, b] of ties) sub.addEdge(a, b);
  return sub;
}

function groupBy(mapping: Record<string, number>): string[][] {
  const groups = new Map<number, string[]>();
  for (const [id, c] of Object.entries(mapping)) {
    const members = groups.get(c) ?? [];
    members.push(id);
    groups.set(c, members);
  }
  return [...groups.values()];
}

/** Splits every community into the connected components of the subgraph it induces. */
function splitDisconnected(graph: UndirectedGraph, partition: string[][]): string[][] {
  return partition.flatMap((members) => {
    const inside = new Set(members);
    const induced = new UndirectedGraph();
    for (const id of members) induced.addNode(id);
    for (const id of members) {
      graph.forEachNeighbor(id, (other) => {
        if (inside.has(other) && id < other) induced.addEdge(id, other);
      });
    }
    return connectedComponents(induced);
  });
}

/** Each community sorted; communities by size descending, then first id. */
export function canonical(partition: readonly (readonly string[])[]): string[][] {
  return partition
    .map((members) => [...members].sort(compareIds))
    .sort((a, b) => b.length - a.length || compareIds(a[0]!, b[0]!));
}
