// Gould–Fernandez brokerage roles on the undirected network, groups by primary function.

import type { UndirectedGraph } from 'graphology';
import type { BrokerageRoles } from '../types.ts';
import { groupOf } from './ei-index.ts';
import { adjacency } from './graph.ts';

/**
 * For every person b and every unordered pair {a, c} of b's neighbours that are not tied to each
 * other, one brokerage by b, classified by the groups of a, b, c:
 * coordinator (a, b, c alike), itinerant (a and c alike, b not), representative (b like exactly one
 * of a and c; undirected, representative and gatekeeper are the same role), liaison (all different).
 * Keys in id order. O(Σ degree²).
 */
export function brokerage(
  graph: UndirectedGraph,
  primaryFunction: Readonly<Record<string, string>>,
): Record<string, BrokerageRoles> {
  const { ids, neighbours } = adjacency(graph);
  const group = ids.map((id) => groupOf(primaryFunction, id));
  const tied = neighbours.map((list) => new Set(list));
  const result: Record<string, BrokerageRoles> = {};
  ids.forEach((id, b) => {
    const roles: BrokerageRoles = { coordinator: 0, itinerant: 0, representative: 0, liaison: 0, total: 0 };
    const list = neighbours[b]!;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const c = list[j]!;
        if (tied[a]!.has(c)) continue;
        roles[role(group[a]!, group[b]!, group[c]!)]++;
        roles.total++;
      }
    }
    result[id] = roles;
  });
  return result;
}

function role(a: string, b: string, c: string): Exclude<keyof BrokerageRoles, 'total'> {
  if (a === c) return a === b ? 'coordinator' : 'itinerant';
  if (b === a || b === c) return 'representative';
  return 'liaison';
}
