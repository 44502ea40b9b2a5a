// All measures of one network (contract §4 NetworkMetrics), on any small graph.

import type { UndirectedGraph } from 'graphology';
import type { NetworkMetrics } from '../types.ts';
import { normalizeBetweenness, rawBetweenness, type BrandesPass } from './betweenness.ts';
import { brokerage } from './brokerage.ts';
import { brokers, type BrokerOptions } from './brokers.ts';
import { communities, type CommunityOptions } from './communities.ts';
import { connectedComponents, largestComponent } from './components.ts';
import { cutVertices } from './cut-vertices.ts';
import { degree } from './degree.ts';
import { density } from './density.ts';
import { eiIndex } from './ei-index.ts';
import { functionEI } from './function-ei.ts';
import { adjacency, buildGraph, normalizeTies } from './graph.ts';
import { isolates } from './isolates.ts';
import { modularity } from './modularity.ts';
import { PathSums, type PathLengths } from './path-lengths.ts';

export interface NetworkOptions {
  communities?: CommunityOptions;
  brokers?: BrokerOptions;
}

/**
 * Measures of the undirected network on `nodes` with `ties` (each unordered pair once or more, in
 * any order and orientation). `primaryFunction` gives every node its group for E-I and brokerage.
 * The result does not depend on the order of `nodes` or `ties`.
 */
export function networkMetrics(
  nodes: readonly string[],
  ties: readonly (readonly [string, string])[],
  primaryFunction: Readonly<Record<string, string>>,
  options: NetworkOptions = {},
): NetworkMetrics {
  const graph = buildGraph(nodes, ties);
  const components = connectedComponents(graph);
  const largest = largestComponent(components);
  const { centrality, diameter, averagePathLength } = shortestPaths(graph, largest);
  const partition = communities(graph, options.communities);
  return {
    nodes: graph.order,
    edges: graph.size,
    density: density(graph),
    components: components.length,
    isolates: isolates(graph),
    largestComponent: largest.length,
    diameter,
    averagePathLength,
    degree: degree(graph),
    betweenness: centrality,
    cutVertices: cutVertices(graph),
    communities: partition,
    modularity: modularity(graph, partition),
    brokers: brokers(centrality, options.brokers),
    eiIndex: eiIndex(graph, primaryFunction),
    functionEI: functionEI(graph, primaryFunction),
    brokerage: brokerage(graph, primaryFunction),
    ties: normalizeTies(ties),
  };
}

/**
 * Betweenness and the largest component's path lengths from one set of breadth-first searches: the
 * Brandes pass from each member of the component already holds its distances to every other
 * member. Same values as betweenness() and pathLengths(), bit for bit (test/bench/fused-shortest-paths.test.ts).
 */
function shortestPaths(graph: UndirectedGraph, largest: readonly string[]): PathLengths & { centrality: Record<string, number> } {
  const adj = adjacency(graph);
  const paths = new PathSums(adj, largest);
  const visit = (pass: BrandesPass) => {
    if (paths.has(pass.source)) paths.add(pass.distance);
  };
  const raw = rawBetweenness(adj, largest.length >= 2 ? visit : undefined);
  return { centrality: normalizeBetweenness(adj.ids, raw), ...paths.result() };
}
