// Cut vertices (articulation points): persons whose removal splits their component.

import type { UndirectedGraph } from 'graphology';
import { adjacency } from './graph.ts';
import { sortIds } from './ids.ts';

/**
 * Ids whose removal increases the number of components, sorted. Tarjan's low-link method, written
 * iteratively so a long chain cannot overflow the stack. O(n + m).
 */
export function cutVertices(graph: UndirectedGraph): string[] {
  const { ids, neighbours } = adjacency(graph);
  const n = ids.length;
  const discovered = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const nextNeighbour = new Int32Array(n);
  const isCut = new Uint8Array(n);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (discovered[root] !== -1) continue;
    let rootChildren = 0;
    discovered[root] = low[root] = time++;
    const stack = [root];
    while (stack.length > 0) {
      const v = stack[stack.length - 1]!;
      const list = neighbours[v]!;
      if (nextNeighbour[v]! < list.length) {
        const w = list[nextNeighbour[v]!++]!;
        if (discovered[w] === -1) {
          parent[w] = v;
          if (v === root) rootChildren++;
          discovered[w] = low[w] = time++;
          stack.push(w);
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v]!, discovered[w]!);
        }
        continue;
      }
      stack.pop();
      const p = parent[v]!;
      if (p !== -1) {
        low[p] = Math.min(low[p]!, low[v]!);
        if (p !== root && low[v]! >= discovered[p]!) isCut[p] = 1;
      }
    }
    if (rootChildren >= 2) isCut[root] = 1;
  }
  return sortIds(ids.filter((_, i) => isCut[i]));
}
