// Invariants of networkMetrics on random graphs (fast-check): whatever the graph, the measures agree
// with each other and stay in their ranges. Complements the hand-worked and networkx checks in test/metrics/.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { networkMetrics } from '../../src/metrics/index.ts';
import type { NetworkMetrics } from '../../src/types.ts';

const GROUPS = ['okonomi', 'tjenester', 'tildeling', 'drift'];
const EPS = 1e-9;

interface Graph {
  nodes: string[];
  ties: [string, string][];
  primary: Record<string, string>;
}

/** 0..24 persons with ids that sort differently as strings and numbers, random ties (repeats, both orientations). */
const graphs: fc.Arbitrary<Graph> = fc
  .record({
    n: fc.integer({ min: 0, max: 24 }),
    style: fc.constantFrom((i: number) => `p${i}`, (i: number) => String(i), (i: number) => `x-${i}_Å`),
    pairs: fc.array(fc.tuple(fc.nat(23), fc.nat(23)), { maxLength: 80 }),
    groups: fc.array(fc.nat(GROUPS.length - 1), { minLength: 24, maxLength: 24 }),
  })
  .map(({ n, style, pairs, groups }) => {
    const nodes = Array.from({ length: n }, (_, i) => style(i + 1));
    const ties = pairs
      .filter(([a, b]) => a < n && b < n && a !== b)
      .map(([a, b]) => [nodes[a]!, nodes[b]!] as [string, string]);
    const primary = Object.fromEntries(nodes.map((id, i) => [id, GROUPS[groups[i]!]!]));
    return { nodes, ties, primary };
  });

const distinctPairs = (ties: [string, string][]) => new Set(ties.map(([a, b]) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`))).size;

function checkInvariants(g: Graph, m: NetworkMetrics): void {
  const n = g.nodes.length;
  const ids = new Set(g.nodes);
  // Counts.
  expect(m.nodes).toBe(n);
  expect(m.edges).toBe(distinctPairs(g.ties));
  expect(m.ties).toHaveLength(m.edges);
  // Degree sum = 2·edges; every person has a degree.
  expect(Object.keys(m.degree).sort()).toEqual([...ids].sort());
  expect(Object.values(m.degree).reduce((a, b) => a + b, 0)).toBe(2 * m.edges);
  // Density in [0, 1] and by its formula.
  expect(m.density).toBeGreaterThanOrEqual(0);
  expect(m.density).toBeLessThanOrEqual(1);
  expect(m.density).toBeCloseTo(n < 2 ? 0 : (2 * m.edges) / (n * (n - 1)), 12);
  // Betweenness in [0, 1] for every person; all 0 below three persons.
  expect(Object.keys(m.betweenness).sort()).toEqual([...ids].sort());
  for (const value of Object.values(m.betweenness)) {
    expect(value).toBeGreaterThanOrEqual(-EPS);
    expect(value).toBeLessThanOrEqual(1 + EPS);
    if (n < 3) expect(value).toBe(0);
  }
  // Isolates are exactly the persons without ties; isolates and communities partition the persons.
  expect(m.isolates).toEqual(g.nodes.filter((id) => m.degree[id] === 0).sort());
  const inCommunities = m.communities.flat();
  expect(new Set(inCommunities).size).toBe(inCommunities.length);
  expect([...m.isolates, ...inCommunities].sort()).toEqual([...ids].sort());
  for (const community of m.communities) expect(community.length).toBeGreaterThan(0);
  // Components: every isolate is one, the tied persons form at least one and at most one per community.
  const tied = n - m.isolates.length;
  expect(m.components).toBeGreaterThanOrEqual(m.isolates.length + (tied > 0 ? 1 : 0));
  expect(m.components - m.isolates.length).toBeLessThanOrEqual(m.communities.length);
  expect(m.components).toBeLessThanOrEqual(n);
  // Largest component and its paths.
  expect(m.largestComponent).toBeLessThanOrEqual(n);
  expect(m.largestComponent).toBeGreaterThanOrEqual(n > 0 ? 1 : 0);
  if (tied > 0) expect(m.largestComponent).toBeGreaterThanOrEqual(2);
  expect(m.diameter).toBeLessThanOrEqual(Math.max(0, m.largestComponent - 1));
  expect(m.averagePathLength).toBeLessThanOrEqual(m.diameter + EPS);
  if (m.largestComponent >= 2) expect(m.averagePathLength).toBeGreaterThanOrEqual(1);
  // Cut vertices have at least two ties.
  for (const id of m.cutVertices) expect(m.degree[id]).toBeGreaterThanOrEqual(2);
  // Brokers ⊆ persons with betweenness > 0, most important first.
  for (const id of m.brokers) {
    expect(ids.has(id)).toBe(true);
    expect(m.betweenness[id]).toBeGreaterThan(0);
  }
  const values = m.brokers.map((id) => m.betweenness[id]!);
  expect(values).toEqual([...values].sort((a, b) => b - a));
  // Modularity and E-I: null without ties, else in range.
  if (m.edges === 0) {
    expect(m.modularity).toBeNull();
    expect(m.eiIndex).toBeNull();
  } else {
    expect(m.modularity!).toBeGreaterThanOrEqual(-0.5 - EPS);
    expect(m.modularity!).toBeLessThanOrEqual(1 + EPS);
    expect(m.eiIndex!).toBeGreaterThanOrEqual(-1);
    expect(m.eiIndex!).toBeLessThanOrEqual(1);
  }
}

describe('networkMetrics on random graphs', () => {
  it('keeps its invariants (degree sum, ranges, partitions, brokers)', () => {
    fc.assert(
      fc.property(graphs, (g) => {
        checkInvariants(g, networkMetrics(g.nodes, g.ties, g.primary));
      }),
      { numRuns: 200, seed: 20151 },
    );
  });

  it('does not depend on the order of persons or ties, nor their orientation', () => {
    fc.assert(
      fc.property(graphs, fc.integer(), (g, salt) => {
        const shuffle = <T>(list: T[]) =>
          list.map((x, i) => ({ x, k: Math.sin(salt + i * 7919) })).sort((a, b) => a.k - b.k).map((e) => e.x);
        const flipped = shuffle(g.ties).map(([a, b], i) => ((salt + i) % 2 === 0 ? [b, a] : [a, b]) as [string, string]);
        const a = networkMetrics(g.nodes, g.ties, g.primary);
        const b = networkMetrics(shuffle(g.nodes), flipped, g.primary);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 100, seed: 20152 },
    );
  });
});
