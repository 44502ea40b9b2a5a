// The generator's own network measures, so it can refuse to write data that misses a target
// shape. Same definitions as the contract (§3, §4); kept independent of src/metrics on purpose.

import type { Frequency } from './design.ts';
import { FREQUENCY_ORDER } from './design.ts';
import type { DemoContact } from './model.ts';

export type Adjacency = Map<string, Set<string>>;

export const LEVEL_FREQUENCY = { daily: 'daglig', weekly: 'ukentlig', monthly: 'manedlig' } as const;
export type Level = keyof typeof LEVEL_FREQUENCY;

/** Undirected ties at a level: either end reported at least that often. */
export function network(ids: readonly string[], contacts: readonly DemoContact[], level: Level): Adjacency {
  const adjacency: Adjacency = new Map(ids.map((id) => [id, new Set<string>()]));
  const limit = FREQUENCY_ORDER.indexOf(LEVEL_FREQUENCY[level] as Frequency);
  for (const c of contacts) {
    if (FREQUENCY_ORDER.indexOf(c.frequency) > limit) continue;
    adjacency.get(c.from)!.add(c.to);
    adjacency.get(c.to)!.add(c.from);
  }
  return adjacency;
}

export interface Shape {
  edges: number;
  components: string[][];
  isolates: string[];
  largest: string[];
  diameter: number;
  averagePathLength: number;
  betweenness: Map<string, number>;
  brokers: string[];
  eiIndex: number | null;
}

export function shape(adjacency: Adjacency, primary: ReadonlyMap<string, string>): Shape {
  const components = componentsOf(adjacency);
  const largest = components.reduce((best, c) => (c.length > best.length ? c : best), [] as string[]);
  const { diameter, average } = pathLengths(adjacency, largest);
  const betweenness = brandes(adjacency);
  return {
    edges: [...adjacency.values()].reduce((sum, set) => sum + set.size, 0) / 2,
    components,
    isolates: [...adjacency.keys()].filter((id) => adjacency.get(id)!.size === 0),
    largest,
    diameter,
    averagePathLength: average,
    betweenness,
    brokers: brokersOf(betweenness),
    eiIndex: eiIndex(adjacency, primary),
  };
}

function componentsOf(adjacency: Adjacency): string[][] {
  const seen = new Set<string>();
  const components: string[][] = [];
  for (const start of [...adjacency.keys()].sort()) {
    if (seen.has(start)) continue;
    const component = [...distancesFrom(adjacency, start).keys()];
    component.forEach((id) => seen.add(id));
    components.push(component);
  }
  return components;
}

function distancesFrom(adjacency: Adjacency, start: string): Map<string, number> {
  const distance = new Map([[start, 0]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i]!;
    for (const w of adjacency.get(v)!) {
      if (!distance.has(w)) {
        distance.set(w, distance.get(v)! + 1);
        queue.push(w);
      }
    }
  }
  return distance;
}

function pathLengths(adjacency: Adjacency, component: readonly string[]): { diameter: number; average: number } {
  let diameter = 0;
  let sum = 0;
  let pairs = 0;
  for (const v of component) {
    for (const [w, d] of distancesFrom(adjacency, v)) {
      if (w === v) continue;
      diameter = Math.max(diameter, d);
      sum += d;
      pairs++;
    }
  }
  return { diameter, average: pairs === 0 ? 0 : sum / pairs };
}

/** Brandes' algorithm; undirected, normalised by (n−1)(n−2)/2 over all persons. */
function brandes(adjacency: Adjacency): Map<string, number> {
  const nodes = [...adjacency.keys()];
  const score = new Map(nodes.map((v) => [v, 0]));
  for (const s of nodes) {
    const stack: string[] = [];
    const predecessors = new Map(nodes.map((v) => [v, [] as string[]]));
    const sigma = new Map(nodes.map((v) => [v, 0]));
    const distance = new Map<string, number>([[s, 0]]);
    sigma.set(s, 1);
    const queue = [s];
    for (let i = 0; i < queue.length; i++) {
      const v = queue[i]!;
      stack.push(v);
      for (const w of adjacency.get(v)!) {
        if (!distance.has(w)) {
          distance.set(w, distance.get(v)! + 1);
          queue.push(w);
        }
        if (distance.get(w) === distance.get(v)! + 1) {
          sigma.set(w, sigma.get(w)! + sigma.get(v)!);
          predecessors.get(w)!.push(v);
        }
      }
    }
    const delta = new Map(nodes.map((v) => [v, 0]));
    while (stack.length > 0) {
      const w = stack.pop()!;
      for (const v of predecessors.get(w)!) {
        delta.set(v, delta.get(v)! + (sigma.get(v)! / sigma.get(w)!) * (1 + delta.get(w)!));
      }
      if (w !== s) score.set(w, score.get(w)! + delta.get(w)!);
    }
  }
  const n = nodes.length;
  const norm = n < 3 ? 0 : ((n - 1) * (n - 2)) / 2;
  return new Map(nodes.map((v) => [v, norm === 0 ? 0 : score.get(v)! / 2 / norm]));
}

/** The project's rule: betweenness ≥ 0.1 and ≥ half the highest, at most five, highest first. */
export function brokersOf(betweenness: ReadonlyMap<string, number>): string[] {
  const highest = Math.max(0, ...betweenness.values());
  if (highest <= 0) return [];
  const floor = Math.max(0.1, 0.5 * highest) - 1e-12;
  return [...betweenness.entries()]
    .filter(([, b]) => b >= floor)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, 5)
    .map(([id]) => id);
}

function eiIndex(adjacency: Adjacency, primary: ReadonlyMap<string, string>): number | null {
  let internal = 0;
  let external = 0;
  for (const [v, neighbours] of adjacency) {
    for (const w of neighbours) {
      if (v >= w) continue;
      if (primary.get(v) === primary.get(w)) internal++;
      else external++;
    }
  }
  return internal + external === 0 ? null : (external - internal) / (external + internal);
}
