// Freeman betweenness centrality on the undirected network (Brandes' algorithm).

import type { UndirectedGraph } from 'graphology';
import { adjacency } from './graph.ts';

/**
 * `{ id: value }` for every person: the sum over unordered pairs {s, t} (s, t ≠ v) of the share of
 * shortest s–t paths through v, divided by (n − 1)(n − 2)/2 with n = all persons (isolates
 * included). All 0 when n < 3. Cost O(n · m) time, O(n + m) memory.
 *
 * Own implementation rather than graphology-metrics, so the normalisation is exactly the
 * contract's and easy to read.
 */
export function betweenness(graph: UndirectedGraph): Record<string, number> {
  const { ids, neighbours } = adjacency(graph);
  const n = ids.length;
  const raw = new Float64Array(n);
  if (n >= 3) {
    for (let s = 0; s < n; s++) accumulateFrom(s, neighbours, raw);
  }
  // Each unordered pair is counted from both of its ends: (raw / 2) / ((n − 1)(n − 2) / 2). Dividing
  // (rather than multiplying by a reciprocal) keeps hand-checkable values exact, e.g. 12 / 20 = 0.6.
  const pairs = (n - 1) * (n - 2);
  const result: Record<string, number> = {};
  ids.forEach((id, i) => {
    result[id] = n >= 3 ? raw[i]! / pairs : 0;
  });
  return result;
}

/** One Brandes pass: BFS from s, then dependencies accumulated in reverse BFS order. */
function accumulateFrom(s: number, neighbours: number[][], raw: Float64Array): void {
  const n = neighbours.length;
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  const delta = new Float64Array(n);
  const order: number[] = [s];
  sigma[s] = 1;
  distance[s] = 0;
  for (let head = 0; head < order.length; head++) {
    const v = order[head]!;
    for (const w of neighbours[v]!) {
      if (distance[w] === -1) {
        distance[w] = distance[v]! + 1;
        order.push(w);
      }
      if (distance[w] === distance[v]! + 1) sigma[w] += sigma[v]!;
    }
  }
  for (let i = order.length - 1; i > 0; i--) {
    const w = order[i]!;
    for (const v of neighbours[w]!) {
      if (distance[v] === distance[w]! - 1) delta[v] += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
    }
    raw[w] += delta[w]!;
  }
}
