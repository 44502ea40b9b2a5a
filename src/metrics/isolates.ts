// Persons without any tie.

import type { UndirectedGraph } from 'graphology';
import { sortIds } from './ids.ts';

/** Ids of persons with degree 0, sorted. */
export function isolates(graph: UndirectedGraph): string[] {
  return sortIds(graph.filterNodes((id) => graph.degree(id) === 0));
}
