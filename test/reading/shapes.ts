// Clear-cut networks for the reading tests, each built as plain ids and ties with its functions.

import { drawnCommunities } from '../../src/figures/networks/cluster-rule.ts';
import { networkMetrics } from '../../src/metrics/index.ts';
import { readNetwork } from '../../src/reading/index.ts';
import type { LevelReading } from '../../src/reading/index.ts';

export interface TestNetwork {
  ids: string[];
  ties: [string, string][];
  primary: Record<string, string>;
}

const id = (prefix: string, i: number) => `${prefix}${String(i).padStart(2, '0')}`;

export function group(prefix: string, n: number, fn: string): TestNetwork {
  const ids = Array.from({ length: n }, (_, i) => id(prefix, i + 1));
  const ties: [string, string][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) ties.push([ids[i]!, ids[j]!]);
  return { ids, ties, primary: Object.fromEntries(ids.map((x) => [x, fn])) };
}

export function join(...parts: TestNetwork[]): TestNetwork {
  return {
    ids: parts.flatMap((p) => p.ids),
    ties: parts.flatMap((p) => p.ties),
    primary: Object.assign({}, ...parts.map((p) => p.primary)),
  };
}

export function withTies(net: TestNetwork, ties: [string, string][]): TestNetwork {
  return { ...net, ties: [...net.ties, ...ties] };
}

export function star(n: number): TestNetwork {
  const ids = Array.from({ length: n }, (_, i) => id('s', i + 1));
  return { ids, ties: ids.slice(1).map((x) => [ids[0]!, x]), primary: Object.fromEntries(ids.map((x, i) => [x, i % 2 ? 'a' : 'b'])) };
}

export function path(prefix: string, n: number, fn = 'a'): TestNetwork {
  const ids = Array.from({ length: n }, (_, i) => id(prefix, i + 1));
  return { ids, ties: ids.slice(1).map((x, i) => [ids[i]!, x]), primary: Object.fromEntries(ids.map((x) => [x, fn])) };
}

export function circle(n: number): TestNetwork {
  const p = path('c', n);
  return withTies(p, [[p.ids[0]!, p.ids[n - 1]!]]);
}

/** A dense core (complete) with `fringe` persons tied to one core member each, in turn. */
export function corePeriphery(core: number, fringe: number): TestNetwork {
  const inner = group('k', core, 'a');
  const outer = Array.from({ length: fringe }, (_, i) => id('f', i + 1));
  return {
    ids: [...inner.ids, ...outer],
    ties: [...inner.ties, ...outer.map((x, i) => [inner.ids[i % core]!, x] as [string, string])],
    primary: { ...inner.primary, ...Object.fromEntries(outer.map((x) => [x, 'b'])) },
  };
}

/** The reading of a test network, with the clusters its figure would draw. */
export function read(net: TestNetwork): LevelReading {
  const network = networkMetrics(net.ids, net.ties, net.primary);
  const drawnClusters = drawnCommunities(network.communities, network.ties);
  return readNetwork({ network, primary: net.primary, functionOrder: ['a', 'b', 'c'], drawnClusters });
}
