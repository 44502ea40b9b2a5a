// All measures of one network (contract §4 NetworkMetrics), on any small graph.

import type { NetworkMetrics } from '../types.ts';
import { betweenness } from './betweenness.ts';
import { brokerage } from './brokerage.ts';
import { brokers, type BrokerOptions } from './brokers.ts';
import { communities, type CommunityOptions } from './communities.ts';
import { connectedComponents, largestComponent } from './components.ts';
import { cutVertices } from './cut-vertices.ts';
import { degree } from './degree.ts';
import { density } from './density.ts';
import { eiIndex } from './ei-index.ts';
import { functionEI } from './function-ei.ts';
import { buildGraph, normalizeTies } from './graph.ts';
import { isolates } from './isolates.ts';
import { modularity } from './modularity.ts';
import { pathLengths } from './path-lengths.ts';

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
  const { diameter, averagePathLength } = pathLengths(graph, largest);
  const centrality = betweenness(graph);
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
