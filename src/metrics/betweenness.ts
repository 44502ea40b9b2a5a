// Freeman betweenness centrality on the undirected network (Brandes' algorithm).

import type { UndirectedGraph } from 'graphology';
import { adjacency, type Adjacency } from './graph.ts';

/**
 * `{ id: value }` for every person: the sum over unordered pairs {s, t} (s, t ≠ v) of the share of
 * shortest s–t paths through v, divided by (n − 1)(n − 2)/2 with n = all persons (isolates
 * included). All 0 when n < 3. Cost O(n · m) time, O(n + m) memory.
 *
 * Own implementation rather than graphology-metrics, so the normalisation is exactly the
 * contract's and easy to read.
 */
export function betweenness(graph: UndirectedGraph): Record<string, number> {
  const adj = adjacency(graph);
  return normalizeBetweenness(adj.ids, rawBetweenness(adj));
}

/**
 * Brandes from every person: the unnormalised sums, each pair counted from both ends.
 * `afterSource` sees each finished pass (its BFS order and distances) before the buffers are reset.
 */
export function rawBetweenness(adj: Adjacency, afterSource?: (pass: BrandesPass) => void): Float64Array {
  const n = adj.ids.length;
  const raw = new Float64Array(n);
  if (n < 3 && !afterSource) return raw;
  const pass = brandesPass(adj, raw);
  for (let s = 0; s < n; s++) {
    pass.run(s);
    afterSource?.(pass);
    pass.reset();
  }
  return raw;
}

export function normalizeBetweenness(ids: readonly string[], raw: Float64Array): Record<string, number> {
  const n = ids.length;
  // Each unordered pair is counted from both of its ends: (raw / 2) / ((n − 1)(n − 2) / 2). Dividing
  // (rather than multiplying by a reciprocal) keeps hand-checkable values exact, e.g. 12 / 20 = 0.6.
  const pairs = (n - 1) * (n - 2);
  const result: Record<string, number> = {};
  ids.forEach((id, i) => {
    result[id] = n >= 3 ? raw[i]! / pairs : 0;
  });
  return result;
}

/** The state of one Brandes pass: after run(s), `order[0 .. reached)` are the persons s reaches, in BFS order. */
export interface BrandesPass {
  source: number;
  distance: Int32Array;
  order: Int32Array;
  reached: number;
  run(s: number): void;
  reset(): void;
}

/**
 * One Brandes pass per run(s): BFS from s counting shortest paths and noting each person's
 * predecessors on them, then dependencies accumulated into `raw` in reverse BFS order. The buffers
 * are allocated once (a person's predecessors are among its neighbours, so they fit in its slice of
 * the adjacency) and only what a pass touched is reset, so n passes cost O(n · m) and make no
 * garbage. Every dependency is summed in the textbook order (reverse BFS order), so the values are
 * exactly those of the textbook loop over all neighbours.
 */
function brandesPass({ offsets, targets }: Adjacency, raw: Float64Array): BrandesPass {
  const n = offsets.length - 1;
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const predecessors = new Int32Array(targets.length);
  const predecessorCount = new Int32Array(n);
  const state: BrandesPass = {
    source: -1,
    distance: new Int32Array(n).fill(-1),
    order: new Int32Array(n),
    reached: 0,
    run(s) {
      const { distance, order } = state;
      let tail = 0;
      order[tail++] = s;
      sigma[s] = 1;
      distance[s] = 0;
      for (let head = 0; head < tail; head++) {
        const v = order[head]!;
        const next = distance[v]! + 1;
        const paths = sigma[v]!;
        for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
          const w = targets[e]!;
          let d = distance[w]!;
          if (d === -1) {
            d = distance[w] = next;
            order[tail++] = w;
          }
          if (d === next) {
            sigma[w] += paths;
            predecessors[offsets[w]! + predecessorCount[w]!++] = v;
          }
        }
      }
      for (let i = tail - 1; i > 0; i--) {
        const w = order[i]!;
        const share = 1 + delta[w]!;
        const paths = sigma[w]!;
        for (let p = offsets[w]!, end = p + predecessorCount[w]!; p < end; p++) {
          const v = predecessors[p]!;
          delta[v] += (sigma[v]! / paths) * share;
        }
        raw[w] += delta[w]!;
      }
      state.source = s;
      state.reached = tail;
    },
    reset() {
      const { distance, order, reached } = state;
      if (reached > n >> 3) {
        // Most persons were reached: clearing whole arrays (a memset) beats clearing one by one.
        sigma.fill(0);
        delta.fill(0);
        distance.fill(-1);
        predecessorCount.fill(0);
      } else {
        for (let i = 0; i < reached; i++) {
          const v = order[i]!;
          sigma[v] = 0;
          delta[v] = 0;
          distance[v] = -1;
          predecessorCount[v] = 0;
        }
      }
      state.reached = 0;
    },
  };
  return state;
}
