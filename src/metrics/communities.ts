// Community detection: seeded Louvain, made canonical so the same data always gives the same list.

import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { adjacency, type Adjacency } from './graph.ts';
import { compareIds, SCORE_EPSILON } from './ids.ts';
import { mulberry32 } from '../random.ts';

export interface CommunityOptions {
  /** Seed of the first Louvain run; run i shuffles the node order and drives Louvain with seed + i. */
  seed?: number;
  /** The fewest Louvain runs; the partition with the highest modularity wins (the earliest on equal modularity). */
  runs?: number;
  /**
   * Ties visited by all runs together that small networks may use for more runs: a network of m
   * ties gets max(runs, min(maxRuns, ⌊tieBudget / m⌋)) runs, so a network of up to 200 ties is
   * searched 20 times, one of 300 ties 13 times, and a 3,000-person network no more than `runs` times.
   */
  tieBudget?: number;
  /** The most runs a small network gets from the tie budget. */
  maxRuns?: number;
}

export const DEFAULT_COMMUNITY_OPTIONS: Required<CommunityOptions> = { seed: 2015, runs: 10, tieBudget: 4_000, maxRuns: 20 };

/**
 * A partition of every person with at least one tie, the best of several Louvain runs (see
 * CommunityOptions for how many).
 *
 * graphology-communities-louvain (resolution 1, unweighted) visits the nodes in insertion order,
 * starting at a random one: its rng alone only rotates the start of one fixed order, so ten seeds
 * explore little. Run i therefore inserts the persons with ties, and their ties, in an order
 * shuffled by mulberry32(seed + i) (run 0 keeps the sorted order), and drives Louvain with the same
 * generator. Each run's partition is then polished by moving single persons to the neighbouring
 * community that raises modularity most until none does (Louvain's aggregated levels cannot undo a
 * person's early choice), and a community left internally disconnected is split into its connected
 * parts; neither step ever lowers modularity. Of all runs the highest modularity wins, the earliest
 * on a tie, so the result depends only on the data and the seed. Each community is sorted; the list
 * is sorted by size descending, then by first id. Empty when there are no ties.
 *
 * Everything after Louvain itself works on person indices (sorted ids); the modularity that picks
 * the best run is the one of modularity.ts, summed in the same order.
 */
export function communities(graph: UndirectedGraph, options: CommunityOptions = {}): string[][] {
  const { seed, runs, tieBudget, maxRuns } = { ...DEFAULT_COMMUNITY_OPTIONS, ...options };
  const ids = graph.filterNodes((id) => graph.degree(id) > 0).sort(compareIds);
  if (ids.length === 0) return [];
  const ties = graph.mapEdges((_e, _a, s, t) => (compareIds(s, t) < 0 ? [s, t] : [t, s]) as [string, string]);
  ties.sort((x, y) => compareIds(x[0], y[0]) || compareIds(x[1], y[1]));
  const adj = adjacency(tiedSubgraph(ids, ties));
  let best: number[][] = [];
  let bestQ = -Infinity;
  const total = Math.max(1, runs, Math.min(maxRuns, Math.floor(tieBudget / ties.length)));
  for (let run = 0; run < total; run++) {
    const rng = mulberry32(seed + run);
    const order = run === 0 ? ids : shuffled(ids, rng);
    const mapping = louvain(tiedSubgraph(order, run === 0 ? ties : shuffled(ties, rng)), { rng, getEdgeWeight: null });
    const community = Int32Array.from(adj.ids, (id) => mapping[id]!);
    moveSinglePersons(adj, community);
    const partition = connectedParts(adj, community);
    const q = partitionModularity(adj, partition);
    if (q > bestQ + SCORE_EPSILON) {
      best = partition;
      bestQ = q;
    }
  }
  return best.map((members) => members.map((i) => adj.ids[i]!));
}

/** A graph of the given persons and ties, inserted in the given orders. */
function tiedSubgraph(ids: readonly string[], ties: readonly (readonly [string, string])[]): UndirectedGraph {
  const sub = new UndirectedGraph();
  for (const id of ids) sub.addNode(id);
  for (const [a, b] of ties) sub.addEdge(a, b);
  return sub;
}

/** A Fisher-Yates shuffled copy. */
function shuffled<T>(list: readonly T[], rng: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/**
 * Local moving at the level of persons: person v (in index order, sweep after sweep) moves from
 * community A to the community B (a neighbouring one, or a new empty one) with the largest gain
 *   ΔQ = (k_vB − k_vA) / m − k_v (D_B − D_A + k_v) / 2m²
 * (k_vX: v's ties into X without v, D_X: degree sum of X with v, k_v: v's degree), when that gain
 * exceeds SCORE_EPSILON; equal gains go to the new community, then the lower community number.
 * Every move raises Q, so the sweeps end. Changes `community` in place; labels stay below n.
 */
function moveSinglePersons({ offsets, targets }: Adjacency, community: Int32Array): void {
  const n = community.length;
  const m = targets.length / 2;
  const degreeSum = new Float64Array(n);
  const size = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    degreeSum[community[v]!] += offsets[v + 1]! - offsets[v]!;
    size[community[v]!]++;
  }
  const tiesInto = new Float64Array(n);
  let moved = true;
  for (let sweep = 0; moved && sweep < 1000; sweep++) {
    moved = false;
    for (let v = 0; v < n; v++) {
      const own = community[v]!;
      const k = offsets[v + 1]! - offsets[v]!;
      const touched: number[] = [];
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const c = community[targets[e]!]!;
        if (tiesInto[c] === 0) touched.push(c);
        tiesInto[c]! += 1;
      }
      const gainTo = (into: number, degrees: number): number =>
        (into - tiesInto[own]!) / m - (k * (degrees - degreeSum[own]! + k)) / (2 * m * m);
      let target = own;
      let bestGain = SCORE_EPSILON;
      if (size[own]! > 1 && gainTo(0, 0) > bestGain) {
        bestGain = gainTo(0, 0);
        target = size.indexOf(0); // a free label exists: some community has at least two members
      }
      for (const c of touched.sort((x, y) => x - y)) {
        if (c === own) continue;
        const gain = gainTo(tiesInto[c]!, degreeSum[c]!);
        if (gain > bestGain) {
          bestGain = gain;
          target = c;
        }
      }
      for (const c of touched) tiesInto[c] = 0;
      if (target !== own) {
        degreeSum[own] -= k;
        degreeSum[target] += k;
        size[own]--;
        size[target]++;
        community[v] = target;
        moved = true;
      }
    }
  }
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
