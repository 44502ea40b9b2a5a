// Community detection: seeded Louvain, made canonical so the same data always gives the same list.

import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { adjacency, type Adjacency } from './graph.ts';
import { compareIds, SCORE_EPSILON } from './ids.ts';
import { mulberry32 } from '../random.ts';

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
 *
 * Everything after Louvain itself works on person indices (sorted ids), so the ten runs cost little
 * more than Louvain does; the modularity that picks the best run is the one of modularity.ts,
 * summed in the same order.
 */
export function communities(graph: UndirectedGraph, options: CommunityOptions = {}): string[][] {
  const { seed, runs } = { ...DEFAULT_COMMUNITY_OPTIONS, ...options };
  const tied = tiedSubgraph(graph);
  if (tied.size === 0) return [];
  const adj = adjacency(tied);
  let best: number[][] = [];
  let bestQ = -Infinity;
  for (let run = 0; run < Math.max(1, runs); run++) {
    const mapping = louvain(tied, { rng: mulberry32(seed + run), getEdgeWeight: null });
    const partition = connectedParts(adj, Int32Array.from(adj.ids, (id) => mapping[id]!));
    const q = partitionModularity(adj, partition);
    if (q > bestQ + SCORE_EPSILON) {
      best = partition;
      bestQ = q;
    }
  }
  return best.map((members) => members.map((i) => adj.ids[i]!));
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

/**
 * Splits every community (community[i] of person i) into the connected parts of the subgraph it
 * induces, in canonical order: members ascending (indices follow sorted ids), parts by size
 * descending, then first member.
 */
function connectedParts({ offsets, targets }: Adjacency, community: Int32Array): number[][] {
  const n = community.length;
  const seen = new Uint8Array(n);
  const parts: number[][] = [];
  for (let start = 0; start < n; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    const members = [start];
    for (let head = 0; head < members.length; head++) {
      const v = members[head]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        if (!seen[w] && community[w] === community[v]) {
          seen[w] = 1;
          members.push(w);
        }
      }
    }
    parts.push(members.sort((a, b) => a - b));
  }
  // First members are distinct, so this order is total.
  return parts.sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}

/** modularity.ts's Q for a partition of every person of `adj` (all have ties), communities in list order. */
function partitionModularity({ offsets, targets }: Adjacency, partition: readonly number[][]): number {
  const m = targets.length / 2;
  const part = new Int32Array(offsets.length - 1);
  partition.forEach((members, c) => {
    for (const i of members) part[i] = c;
  });
  const inside = new Float64Array(partition.length);
  const degreeSum = new Float64Array(partition.length);
  for (let v = 0; v < part.length; v++) {
    degreeSum[part[v]!] += offsets[v + 1]! - offsets[v]!;
    for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
      const w = targets[e]!;
      if (v < w && part[w] === part[v]) inside[part[v]!]++;
    }
  }
  let q = 0;
  for (let c = 0; c < partition.length; c++) {
    q += inside[c]! / m - (degreeSum[c]! / (2 * m)) ** 2;
  }
  return q;
}
