// Builds the graphology graph every network measure works on, always in the same order, so the
// results do not depend on the order of rows in the data. The graph never leaves src/metrics/.

import { UndirectedGraph } from 'graphology';
import { KommunenotatError } from '../errors.ts';
import { compareIds, sortIds } from './ids.ts';

/** An undirected tie; normalised ties have a < b. */
export type Tie = [string, string];

/** Orders each tie as [a, b] with a < b, drops duplicates and sorts the list. */
export function normalizeTies(ties: Iterable<readonly [string, string]>): Tie[] {
  const seen = new Map<string, Tie>();
  for (const [x, y] of ties) {
    if (x === y) throw new KommunenotatError('internal', `metrics: tie of "${x}" with itself`);
    const tie: Tie = x < y ? [x, y] : [y, x];
    seen.set(`${tie[0]}\u0000${tie[1]}`, tie);
  }
  return [...seen.values()].sort((s, t) => compareIds(s[0], t[0]) || compareIds(s[1], t[1]));
}

/** An undirected simple graph with nodes and edges inserted in sorted order. */
export function buildGraph(nodes: Iterable<string>, ties: Iterable<readonly [string, string]>): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const id of sortIds(nodes)) {
    if (graph.hasNode(id)) throw new KommunenotatError('internal', `metrics: person "${id}" given twice`);
    graph.addNode(id);
  }
  for (const [a, b] of normalizeTies(ties)) {
    for (const end of [a, b]) {
      if (!graph.hasNode(end)) throw new KommunenotatError('internal', `metrics: tie to unknown person "${end}"`);
    }
    graph.addEdge(a, b);
  }
  return graph;
}

/**
 * Index-based adjacency for the algorithms' inner loops: ids sorted, neighbour lists ascending.
 * `offsets`/`targets` hold the same lists in one typed array (compressed sparse rows: the
 * neighbours of i are targets[offsets[i] .. offsets[i + 1])), which the O(n·m) measures walk
 * several times faster than arrays of arrays, with no garbage.
 */
export interface Adjacency {
  ids: string[];
  index: Map<string, number>;
  neighbours: number[][];
  offsets: Int32Array;
  targets: Int32Array;
}

export function adjacency(graph: UndirectedGraph): Adjacency {
  const ids = sortIds(graph.nodes());
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const neighbours = ids.map((id) =>
    graph
      .neighbors(id)
      .map((other) => index.get(other)!)
      .sort((a, b) => a - b),
  );
  const offsets = new Int32Array(ids.length + 1);
  neighbours.forEach((list, i) => {
    offsets[i + 1] = offsets[i]! + list.length;
  });
  const targets = new Int32Array(offsets[ids.length]!);
  neighbours.forEach((list, i) => targets.set(list, offsets[i]!));
  return { ids, index, neighbours, offsets, targets };
}
