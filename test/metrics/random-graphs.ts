// Seeded random graphs for the networkx cross-check: 1..60 persons, several components, isolates,
// densities from sparse to nearly complete, ids that sort differently as strings and as numbers.

import { mulberry32 } from '../../src/random.ts';

export interface GraphCase {
  name: string;
  nodes: string[];
  /** In random order and orientation, some given twice. */
  ties: [string, string][];
  primary: Record<string, string>;
}

const GROUPS = ['okonomi', 'tjenester', 'tildeling', 'drift', 'politisk'];
const DENSITIES = [0.05, 0.1, 0.2, 0.35, 0.6, 0.9];
const ID_STYLES = [(i: number) => `p${i}`, (i: number) => String(i), (i: number) => `å-${i}_x`];

export function randomGraphs(count = 30, seed = 20151): GraphCase[] {
  return Array.from({ length: count }, (_, k) => randomGraph(k, mulberry32(seed + k)));
}

function randomGraph(k: number, rng: () => number): GraphCase {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const n = k < 3 ? k + 1 : 4 + Math.floor(rng() * 57); // 1, 2, 3, then 4..60
  const id = ID_STYLES[k % ID_STYLES.length]!;
  const nodes = Array.from({ length: n }, (_, i) => id(i + 1));
  const groups = GROUPS.slice(0, 1 + Math.floor(rng() * GROUPS.length));
  const primary = Object.fromEntries(nodes.map((v) => [v, pick(groups)]));
  const blocks = 1 + Math.floor(rng() * 4);
  const isolateShare = rng() < 0.5 ? 0.15 : 0;
  const block = nodes.map(() => (rng() < isolateShare ? -1 : Math.floor(rng() * blocks)));
  const p = pick(DENSITIES);
  const ties: [string, string][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (block[i] === -1 || block[i] !== block[j] || rng() >= p) continue;
      const tie: [string, string] = rng() < 0.5 ? [nodes[i]!, nodes[j]!] : [nodes[j]!, nodes[i]!];
      ties.push(tie);
      if (rng() < 0.1) ties.push([tie[1], tie[0]]);
    }
  }
  shuffle(ties, rng);
  shuffle(nodes, rng);
  return { name: `graph-${k}-n${n}-b${blocks}-p${p}`, nodes, ties, primary };
}

function shuffle<T>(list: T[], rng: () => number): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
}
