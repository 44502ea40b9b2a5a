// One network level → its reading: the measured shape, the drawn clusters with their functions,
// the bridge builders and what they join, the chain, isolates, centralisation and homophily.
// Pure: metrics and drawn clusters in, a reading out (the sentences are made in src/render/).

import { compareIds } from '../metrics/ids.ts';
import type { NetworkMetrics } from '../types.ts';
import { chainFacts } from '../metrics/chains.ts';
import { degreeCentralization, neighboursOf, pieces, type Neighbours } from '../metrics/id-graph.ts';
import { RULES, shapesOf } from './shapes.ts';
import type { BridgeBuilderReading, ClusterReading, LevelReading } from './types.ts';

export interface NetworkReadingInput {
  network: NetworkMetrics;
  /** Primary function of every person. */
  primary: Readonly<Record<string, string>>;
  /** Function codes in study order (orders ties between equally large groups). */
  functionOrder: readonly string[];
  /** The clusters the figure outlines, as member ids (figures/networks/cluster-rule.ts). */
  drawnClusters: readonly (readonly string[])[];
}

/** Minimum members of a cluster the reading speaks of (as the figures outline). */
export const CLUSTER_MIN = 3;
/** A function whose ties have an E-I index at most this keeps to itself. */
export const INWARD_EI = -0.3;

export function readNetwork(input: NetworkReadingInput): LevelReading {
  const { network } = input;
  const ids = Object.keys(network.degree).sort(compareIds);
  const neighbours = neighboursOf(ids, network.ties);
  const components = pieces(neighbours);
  const largest = components[0] ?? [];
  const largestSet = new Set(largest);
  const chains = chainFacts(neighbours);
  const clusters = readClusters(input, largestSet);
  const hub = hubOf(largest, neighbours);
  const largestTies = network.ties.filter(([a]) => largestSet.has(a)).length;
  const hubTies = hub.id === null ? 0 : neighbours.get(hub.id)!.length;
  const shapes = shapesOf({
    persons: ids.length,
    largest: largest.length,
    coverPieces: coverPieces(components, ids.length),
    isolates: network.isolates.length,
    diameter: network.diameter,
    modularity: network.modularity,
    hubDegree: hubTies,
    largestTies,
    hubTies,
    ring: largest.length > 0 && largest.every((id) => neighbours.get(id)!.length === 2),
    clusters: clusters.length,
    separateClusters: clusters.filter((c) => c.reading.separate).length,
    chainRun: chains.longest?.persons.length ?? 0,
    cohesive: clusters.length >= 2 && clusters.slice(0, 2).every((c) => cohesion(c.members, neighbours) >= RULES.cohesion),
  });
  return {
    shapes,
    clusters: clusters.map((c) => c.reading),
    bridgeBuilders: bridgeBuilders(network.brokers, input.primary, clusters.map((c) => c.members), neighbours),
    chain: chains.longest === null ? null : { persons: chains.longest.persons.length },
    sides: chains.longest === null ? [] : chains.longest.sides.map((side) => {
      const counted = countFunctions(side, input);
      return { persons: side.length, functions: counted.map(([fn]) => fn), counts: counted.map(([, n]) => n) };
    }),
    isolates: network.isolates.length,
    components: network.components,
    largestShare: ids.length === 0 ? 0 : network.largestComponent / ids.length,
    centralization: degreeCentralization(network.degree),
    homophily: { eiIndex: network.eiIndex, inward: inward(input) },
    persons: ids.length,
    ties: network.edges,
    density: network.density,
    diameter: network.diameter,
    averagePathLength: network.averagePathLength,
    isolateFunctions: countFunctions(network.isolates, input).map(([fn, n]) => ({ function: fn, persons: n })),
    core: coreOf(largest, neighbours),
    hub: { degree: hub.degree, share: ids.length > 1 ? hub.degree / (ids.length - 1) : 0 },
  };
}

interface DrawnCluster {
  members: string[];
  reading: ClusterReading;
}

function readClusters(input: NetworkReadingInput, largest: Set<string>): DrawnCluster[] {
  return input.drawnClusters
    .map((c) => [...c].sort(compareIds))
    .filter((members) => members.length >= CLUSTER_MIN)
    .sort((a, b) => b.length - a.length || compareIds(a[0]!, b[0]!))
    .map((members) => {
      const counted = countFunctions(members, input);
      return {
        members,
        reading: {
          persons: members.length,
          functions: counted.map(([fn]) => fn),
          counts: counted.map(([, n]) => n),
          separate: !members.some((id) => largest.has(id)),
        },
      };
    });
}

/** Primary functions of `ids`, most holders first, then study order. */
function countFunctions(ids: readonly string[], input: NetworkReadingInput): [string, number][] {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const fn = input.primary[id];
    if (fn !== undefined) counts.set(fn, (counts.get(fn) ?? 0) + 1);
  }
  const rank = (fn: string) => {
    const i = input.functionOrder.indexOf(fn);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...counts].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]) || compareIds(a[0], b[0]));
}

function bridgeBuilders(
  brokers: readonly string[],
  primary: Readonly<Record<string, string>>,
  clusters: readonly string[][],
  neighbours: Neighbours,
): BridgeBuilderReading[] {
  return brokers.map((id) => {
    const near = new Set([id, ...neighbours.get(id)!]);
    const joins = clusters.flatMap((members, i) => (members.some((m) => near.has(m)) ? [i] : []));
    return { function: primary[id] ?? '', joins };
  });
}

/** Share of a cluster's members left in one connected piece when its most connected member is taken out. */
function cohesion(members: readonly string[], neighbours: Neighbours): number {
  const set = new Set(members);
  const inner = (id: string) => neighbours.get(id)!.filter((o) => set.has(o)).length;
  const top = [...members].sort((a, b) => inner(b) - inner(a) || compareIds(a, b))[0];
  if (top === undefined || members.length < 2) return 0;
  set.delete(top);
  const rest = pieces(neighbours, set);
  return (rest[0]?.length ?? 0) / (members.length - 1);
}

function coverPieces(components: readonly string[][], persons: number): number {
  let held = 0;
  let count = 0;
  for (const c of components) {
    if (held >= RULES.coverShare * persons) break;
    held += c.length;
    count += 1;
  }
  return count;
}

function hubOf(largest: readonly string[], neighbours: Neighbours): { id: string | null; degree: number } {
  let best: { id: string | null; degree: number } = { id: null, degree: 0 };
  for (const id of largest) {
    const degree = neighbours.get(id)!.length;
    if (degree > best.degree) best = { id, degree };
  }
  return best;
}

function inward(input: NetworkReadingInput): string[] {
  const holders = countFunctions(Object.keys(input.network.degree), input);
  const many = new Set(holders.filter(([, n]) => n >= 2).map(([fn]) => fn));
  return Object.entries(input.network.functionEI)
    .filter(([fn, ei]) => many.has(fn) && ei.ei !== null && ei.ei <= INWARD_EI && ei.internal > 0)
    .sort((a, b) => a[1].ei! - b[1].ei! || compareIds(a[0], b[0]))
    .map(([fn]) => fn);
}

/** A dense core with a fringe of persons who have one tie each: core density ≥ 0.5, fringe ≥ a quarter. */
function coreOf(largest: readonly string[], neighbours: Neighbours): LevelReading['core'] {
  const fringe = largest.filter((id) => neighbours.get(id)!.length === 1);
  const core = largest.filter((id) => neighbours.get(id)!.length > 1);
  if (core.length < 4 || fringe.length < largest.length / 4) return null;
  const set = new Set(core);
  const inner = core.reduce((sum, id) => sum + neighbours.get(id)!.filter((o) => set.has(o)).length, 0) / 2;
  const density = inner / ((core.length * (core.length - 1)) / 2);
  return density >= 0.5 ? { persons: core.length, periphery: fringe.length } : null;
}
