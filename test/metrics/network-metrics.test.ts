// Hand-worked small graphs: every NetworkMetrics field, with the arithmetic beside each answer.

import { describe, expect, it } from 'vitest';
import { networkMetrics } from '../../src/metrics/index.ts';

/** Everyone in one group, for graphs where E-I and brokerage are not the point. */
function oneGroup(nodes: string[]): Record<string, string> {
  return Object.fromEntries(nodes.map((id) => [id, 'x']));
}

const zeroRoles = { coordinator: 0, itinerant: 0, representative: 0, liaison: 0, total: 0 };

describe('networkMetrics on a star (centre a, leaves b..e)', () => {
  const nodes = ['a', 'b', 'c', 'd', 'e'];
  const primary = { a: 'x', b: 'x', c: 'y', d: 'y', e: 'z' };
  const m = networkMetrics(nodes, [['a', 'b'], ['c', 'a'], ['a', 'd'], ['e', 'a']], primary);

  it('has the hand-worked size, density and paths', () => {
    expect(m.nodes).toBe(5);
    expect(m.edges).toBe(4);
    expect(m.density).toBe(0.4); // 2·4 / (5·4)
    expect(m.components).toBe(1);
    expect(m.isolates).toEqual([]);
    expect(m.largestComponent).toBe(5);
    expect(m.diameter).toBe(2); // leaf – a – leaf
    expect(m.averagePathLength).toBe(1.6); // (8 ordered centre–leaf pairs·1 + 12 leaf–leaf pairs·2) / 20 = 32/20
  });

  it('puts all betweenness on the centre, which is the only cut vertex and the one broker', () => {
    expect(m.degree).toEqual({ a: 4, b: 1, c: 1, d: 1, e: 1 });
    expect(m.betweenness).toEqual({ a: 1, b: 0, c: 0, d: 0, e: 0 }); // a: 6 leaf pairs / (4·3/2)
    expect(m.cutVertices).toEqual(['a']);
    expect(m.brokers).toEqual(['a']);
  });

  it('keeps the star as one community with modularity 0', () => {
    expect(m.communities).toEqual([['a', 'b', 'c', 'd', 'e']]);
    expect(m.modularity).toBe(0); // L/m − (d/2m)² = 4/4 − (8/8)²
  });

  it('counts E-I and brokerage by primary function', () => {
    expect(m.eiIndex).toBe(0.5); // internal a–b; external a–c, a–d, a–e: (3 − 1) / 4
    expect(m.functionEI).toEqual({
      x: { internal: 1, external: 3, ei: 0.5 }, // (3 − 1) / 4
      y: { internal: 0, external: 2, ei: 1 },
      z: { internal: 0, external: 1, ei: 1 },
    });
    // a (x) brokers 6 leaf pairs: b–c, b–d, b–e representative (a like b only); c–d itinerant (y, x, y);
    // c–e and d–e liaison (y/x/z).
    expect(m.brokerage.a).toEqual({ coordinator: 0, itinerant: 1, representative: 3, liaison: 2, total: 6 });
    for (const leaf of ['b', 'c', 'd', 'e']) expect(m.brokerage[leaf]).toEqual(zeroRoles);
    expect(m.ties).toEqual([['a', 'b'], ['a', 'c'], ['a', 'd'], ['a', 'e']]);
  });
});

describe('networkMetrics on a path a–b–c–d–e', () => {
  const nodes = ['a', 'b', 'c', 'd', 'e'];
  const m = networkMetrics(nodes, [['d', 'e'], ['b', 'c'], ['a', 'b'], ['c', 'd']], oneGroup(nodes));

  it('has the hand-worked values', () => {
    expect(m.edges).toBe(4);
    expect(m.density).toBe(0.4); // 2·4 / 20
    expect(m.components).toBe(1);
    expect(m.largestComponent).toBe(5);
    expect(m.diameter).toBe(4);
    expect(m.averagePathLength).toBe(2); // unordered: 4·1 + 3·2 + 2·3 + 1·4 = 20 → 40 ordered / 20
    expect(m.degree).toEqual({ a: 1, b: 2, c: 2, d: 2, e: 1 });
    // b lies on a–c, a–d, a–e (3 pairs); c on a–d, a–e, b–d, b–e (4); normalised by 4·3/2 = 6.
    expect(m.betweenness).toEqual({ a: 0, b: 0.5, c: 4 / 6, d: 0.5, e: 0 });
    expect(m.cutVertices).toEqual(['b', 'c', 'd']);
    // highest 2/3; floor max(0.1, 1/3): c, then b and d (equal, by id)
    expect(m.brokers).toEqual(['c', 'b', 'd']);
    expect(m.eiIndex).toBe(-1); // all 4 ties internal: (0 − 4) / 4
    expect(m.ties).toEqual([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']]);
  });

  it('finds a best split of the path', () => {
    // {a,b}{c,d,e}: (1/4 − (3/8)²) + (2/4 − (5/8)²) = 0.109375 + 0.109375; the mirror split is as good.
    expect(m.modularity).toBe(0.21875);
    expect([
      [['c', 'd', 'e'], ['a', 'b']],
      [['a', 'b', 'c'], ['d', 'e']],
    ]).toContainEqual(m.communities);
  });

  it('brokerage: each inner person links two persons of its own group', () => {
    expect(m.brokerage.b).toEqual({ ...zeroRoles, coordinator: 1, total: 1 });
    expect(m.brokerage.c).toEqual({ ...zeroRoles, coordinator: 1, total: 1 });
    expect(m.brokerage.a).toEqual(zeroRoles);
  });
});

describe('networkMetrics on cycles', () => {
  it('cycle of 5', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e'];
    const m = networkMetrics(nodes, [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'a']], oneGroup(nodes));
    expect(m.density).toBe(0.5); // 2·5 / 20
    expect(m.diameter).toBe(2);
    expect(m.averagePathLength).toBe(1.5); // per person 1+1+2+2 = 6; 5·6 / 20
    // each person is the unique middle of one distance-2 pair: 1 / (4·3/2)
    for (const id of nodes) expect(m.betweenness[id]).toBeCloseTo(1 / 6, 15);
    expect(m.cutVertices).toEqual([]);
    expect(m.brokers).toEqual(['a', 'b', 'c', 'd', 'e']); // all equal, all ≥ 0.1, not more than 5
    // a 2 + 3 split: (1/5 − (4/10)²) + (2/5 − (6/10)²) = 0.04 + 0.04
    expect(m.modularity).toBeCloseTo(0.08, 15);
    expect(m.communities.map((c) => c.length)).toEqual([3, 2]);
    expect(m.eiIndex).toBe(-1);
  });

  it('cycle of 6', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e', 'f'];
    const ties: [string, string][] = [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'a']];
    const m = networkMetrics(nodes, ties, oneGroup(nodes));
    expect(m.density).toBe(0.4); // 2·6 / (6·5)
    expect(m.diameter).toBe(3);
    expect(m.averagePathLength).toBe(1.8); // per person 1+1+2+2+3 = 9; 6·9 / 30
    // middle of one distance-2 pair (1) + on one of the two paths of two opposite pairs (2 · 1/2) = 2; / (5·4/2)
    for (const id of nodes) expect(m.betweenness[id]).toBeCloseTo(0.2, 15);
    expect(m.cutVertices).toEqual([]);
    // six equal candidates for five places: the rule does not choose among equals by id, so none.
    expect(m.brokers).toEqual([]);
    // two triples: 2 · (2/6 − (6/12)²) = 1/6; three pairs: 3 · (1/6 − (4/12)²) = 1/6 as well
    expect(m.modularity).toBeCloseTo(1 / 6, 15);
    expect(m.communities.flat().sort()).toEqual(nodes);
  });
});

describe('networkMetrics on two triangles joined by a bridge c–d', () => {
  const nodes = ['a', 'b', 'c', 'd', 'e', 'f'];
  const ties: [string, string][] = [['a', 'b'], ['a', 'c'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['d', 'f'], ['e', 'f']];
  const primary = { a: 'x', b: 'x', c: 'x', d: 'y', e: 'y', f: 'y' };
  const m = networkMetrics(nodes, ties, primary);

  it('has the hand-worked values', () => {
    expect(m.edges).toBe(7);
    expect(m.density).toBe(14 / 30); // 2·7 / (6·5)
    expect(m.diameter).toBe(3); // a – c – d – e
    // unordered pairs: 7 at distance 1, 4 at 2 (c–e, c–f, a–d, b–d), 4 at 3 → 27; 54 ordered / 30
    expect(m.averagePathLength).toBe(1.8);
    expect(m.degree).toEqual({ a: 2, b: 2, c: 3, d: 3, e: 2, f: 2 });
    // c lies on the 6 pairs {a,b}×{d,e,f}; / (5·4/2)
    expect(m.betweenness).toEqual({ a: 0, b: 0, c: 0.6, d: 0.6, e: 0, f: 0 });
    expect(m.cutVertices).toEqual(['c', 'd']);
    expect(m.brokers).toEqual(['c', 'd']); // the two bridge builders
  });

  it('splits at the bridge', () => {
    expect(m.communities).toEqual([['a', 'b', 'c'], ['d', 'e', 'f']]);
    expect(m.modularity).toBeCloseTo(5 / 14, 15); // 2 · (3/7 − (7/14)²) = 2 · 5/28
  });

  it('counts E-I and brokerage', () => {
    expect(m.eiIndex).toBe(-5 / 7); // 1 external (c–d), 6 internal: (1 − 6) / 7
    expect(m.functionEI).toEqual({
      x: { internal: 3, external: 1, ei: -0.5 }, // (1 − 3) / 4
      y: { internal: 3, external: 1, ei: -0.5 },
    });
    // c brokers a–d and b–d (a–b are tied): c is like a, not d → representative
    expect(m.brokerage.c).toEqual({ ...zeroRoles, representative: 2, total: 2 });
    expect(m.brokerage.d).toEqual({ ...zeroRoles, representative: 2, total: 2 });
    expect(m.brokerage.a).toEqual(zeroRoles);
  });
});

describe('networkMetrics on a graph with isolates', () => {
  const nodes = ['e', 'd', 'c', 'b', 'a'];
  const m = networkMetrics(nodes, [['a', 'b'], ['b', 'c']], oneGroup(nodes));

  it('counts isolates as components and measures only the largest component', () => {
    expect(m.nodes).toBe(5);
    expect(m.density).toBe(0.2); // 2·2 / 20
    expect(m.components).toBe(3); // {a,b,c}, {d}, {e}
    expect(m.isolates).toEqual(['d', 'e']);
    expect(m.largestComponent).toBe(3);
    expect(m.diameter).toBe(2);
    expect(m.averagePathLength).toBe(4 / 3); // (1 + 1 + 2) · 2 ordered / (3·2)
    expect(m.degree).toEqual({ a: 1, b: 2, c: 1, d: 0, e: 0 });
    expect(m.betweenness).toEqual({ a: 0, b: 1 / 6, c: 0, d: 0, e: 0 }); // n = 5: 1 / (4·3/2)
    expect(m.cutVertices).toEqual(['b']);
    expect(m.brokers).toEqual(['b']);
    expect(m.communities).toEqual([['a', 'b', 'c']]); // isolates are in no community
    expect(m.modularity).toBe(0); // 2/2 − (4/4)²
    expect(m.eiIndex).toBe(-1);
  });
});

