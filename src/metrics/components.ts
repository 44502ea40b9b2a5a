// Connected components, and the largest of them (with the contract's tie rule).

import type { UndirectedGraph } from 'graphology';
import { adjacency } from './graph.ts';

/**
 * Connected components, an isolate counting as one. Each component is sorted, and the list is
 * ordered by each component's first (smallest) id.
 */
export function connectedComponents(graph: UndirectedGraph): string[][] {
  const { ids, neighbours } = adjacency(graph);
  const seen = new Uint8Array(ids.length);
  const components: string[][] = [];
  for (let start = 0; start < ids.length; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    const members = [start];
    for (let head = 0; head < members.length; head++) {
      for (const next of neighbours[members[head]!]!) {
        if (!seen[next]) {
          seen[next] = 1;
          members.push(next);
        }
      }
    }
    // Indices follow sorted ids, so sorting indices sorts the ids.
    components.push(members.sort((a, b) => a - b).map((i) => ids[i]!));
  }
  return components;
}

/**
 * The largest component; of several equally large, the one holding the id that sorts first.
 * Components must be sorted inside (as connectedComponents returns them). Empty for an empty graph.
 */
export function largestComponent(components: readonly string[][]): string[] {
  let best: string[] = [];
  for (const component of components) {
    const larger = component.length > best.length;
    const tieWithSmallerId = component.length === best.length && component.length > 0 && component[0]! < best[0]!;
    if (larger || tieWithSmallerId) best = component;
  }
  return best;
}
