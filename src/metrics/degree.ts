// Degree (number of ties) of every person.

import type { UndirectedGraph } from 'graphology';
import { sortIds } from './ids.ts';

/** `{ id: ties }` for every person, keys in id order. */
export function degree(graph: UndirectedGraph): Record<string, number> {
  const result: Record<string, number> = {};
  for (const id of sortIds(graph.nodes())) result[id] = graph.degree(id);
  return result;
}
