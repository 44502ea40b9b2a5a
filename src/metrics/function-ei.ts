// E-I index of each primary-function group: how much of the group's contact goes outside it.

import type { UndirectedGraph } from 'graphology';
import type { FunctionEI } from '../types.ts';
import { groupOf } from './ei-index.ts';
import { sortIds } from './ids.ts';

/**
 * Per primary-function code held by at least one person of the graph (keys sorted): internal = ties
 * with both ends in the group, external = ties with exactly one end in it, ei = (E − I) / (E + I),
 * null when the group has no tie.
 */
export function functionEI(
  graph: UndirectedGraph,
  primaryFunction: Readonly<Record<string, string>>,
): Record<string, FunctionEI> {
  const codes = sortIds(new Set(graph.mapNodes((id) => groupOf(primaryFunction, id))));
  const counts = new Map(codes.map((code): [string, { internal: number; external: number }] => [code, { internal: 0, external: 0 }]));
  graph.forEachEdge((_edge, _attributes, a, b) => {
    const ga = groupOf(primaryFunction, a);
    const gb = groupOf(primaryFunction, b);
    if (ga === gb) {
      counts.get(ga)!.internal++;
    } else {
      counts.get(ga)!.external++;
      counts.get(gb)!.external++;
    }
  });
  const result: Record<string, FunctionEI> = {};
  for (const [code, { internal, external }] of counts) {
    const total = internal + external;
    result[code] = { internal, external, ei: total === 0 ? null : (external - internal) / total };
  }
  return result;
}
