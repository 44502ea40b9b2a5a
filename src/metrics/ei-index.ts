// Krackhardt–Stern E-I index of the whole network, with groups given by primary function.

import type { UndirectedGraph } from 'graphology';
import { KommunenotatError } from '../errors.ts';

/** (E − I) / (E + I) over all ties: E between different primary functions, I within one. Null with no ties. */
export function eiIndex(graph: UndirectedGraph, primaryFunction: Readonly<Record<string, string>>): number | null {
  if (graph.size === 0) return null;
  let external = 0;
  let internal = 0;
  graph.forEachEdge((_edge, _attributes, a, b) => {
    if (groupOf(primaryFunction, a) === groupOf(primaryFunction, b)) internal++;
    else external++;
  });
  return (external - internal) / (external + internal);
}

/** The primary function of a person; every person in a network must have one. */
export function groupOf(primaryFunction: Readonly<Record<string, string>>, id: string): string {
  const group = Object.hasOwn(primaryFunction, id) ? primaryFunction[id] : undefined;
  if (group === undefined) throw new KommunenotatError('internal', `metrics: person "${id}" has no primary function`);
  return group;
}
