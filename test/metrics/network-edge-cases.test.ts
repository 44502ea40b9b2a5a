// Edge cases of networkMetrics: degenerate graphs, the largest-component tie rule, input handling.

import { describe, expect, it } from 'vitest';
import { networkMetrics } from '../../src/metrics/index.ts';
import type { NetworkMetrics } from '../../src/types.ts';

/** Everyone in one group, for graphs where E-I and brokerage are not the point. */
function oneGroup(nodes: string[]): Record<string, string> {
  return Object.fromEntries(nodes.map((id) => [id, 'x']));
}

const zeroRoles = { coordinator: 0, itinerant: 0, representative: 0, liaison: 0, total: 0 };

function zeros(nodes: string[]): Record<string, number> {
  return Object.fromEntries(nodes.map((id) => [id, 0]));
}

describe('networkMetrics on degenerate graphs', () => {
  it('single person', () => {
    const m = networkMetrics(['a'], [], { a: 'x' });
    const expected: NetworkMetrics = {
      nodes: 1,
      edges: 0,
      density: 0,
      components: 1,
      isolates: ['a'],
      largestComponent: 1,
      diameter: 0,
      averagePathLength: 0,
      degree: { a: 0 },
      betweenness: { a: 0 },
      cutVertices: [],
      communities: [],
      modularity: null,
      brokers: [],
      eiIndex: null,
      functionEI: { x: { internal: 0, external: 0, ei: null } },
      brokerage: { a: zeroRoles },
      ties: [],
    };
    expect(m).toEqual(expected);
  });

  it('empty graph', () => {
    const expected: NetworkMetrics = {
      nodes: 0,
      edges: 0,
      density: 0,
      components: 0,
      isolates: [],
      largestComponent: 0,
      diameter: 0,
      averagePathLength: 0,
      degree: {},
      betweenness: {},
      cutVertices: [],
      communities: [],
      modularity: null,
      brokers: [],
      eiIndex: null,
      functionEI: {},
      brokerage: {},
      ties: [],
    };
    expect(networkMetrics([], [], {})).toEqual(expected);
  });

  it('persons but no ties', () => {
    const m = networkMetrics(['b', 'a', 'c'], [], oneGroup(['a', 'b', 'c']));
    expect(m.components).toBe(3);
    expect(m.isolates).toEqual(['a', 'b', 'c']);
    expect(m.largestComponent).toBe(1);
    expect(m.betweenness).toEqual(zeros(['a', 'b', 'c']));
    expect(m.modularity).toBeNull();
    expect(m.eiIndex).toBeNull();
    expect(m.brokers).toEqual([]);
  });

  it('two persons, one tie: betweenness all 0 (n < 3)', () => {
    const m = networkMetrics(['a', 'b'], [['b', 'a']], oneGroup(['a', 'b']));
    expect(m.density).toBe(1); // 2·1 / (2·1)
    expect(m.diameter).toBe(1);
    expect(m.averagePathLength).toBe(1);
    expect(m.betweenness).toEqual({ a: 0, b: 0 });
    expect(m.communities).toEqual([['a', 'b']]);
    expect(m.modularity).toBe(0); // 1/1 − (2/2)²
    expect(m.ties).toEqual([['a', 'b']]);
  });
});

describe('largest component tie rule', () => {
  // Two components of three: the path f–b–g holds "b", the id that sorts first; the triangle c, d, e does not.
  const nodes = ['c', 'd', 'e', 'f', 'b', 'g'];
  const ties: [string, string][] = [['c', 'd'], ['d', 'e'], ['c', 'e'], ['f', 'b'], ['b', 'g']];

  it('measures the component holding the first id', () => {
    const m = networkMetrics(nodes, ties, oneGroup(nodes));
    expect(m.components).toBe(2);
    expect(m.largestComponent).toBe(3);
    expect(m.diameter).toBe(2); // the path, not the triangle (1)
    expect(m.averagePathLength).toBe(4 / 3); // (1 + 1 + 2) · 2 / 6
  });

  it('sorts ids as strings, so "10" comes before "9"', () => {
    const numeric = ['9', '8', '7', '10', '11', '12'];
    const m = networkMetrics(
      numeric,
      [['9', '8'], ['8', '7'], ['7', '9'], ['10', '11'], ['11', '12']],
      oneGroup(numeric),
    );
    expect(m.diameter).toBe(2); // component {10, 11, 12} is a path and holds "10" < "7"
    expect(m.isolates).toEqual([]);
    expect(m.ties).toEqual([['10', '11'], ['11', '12'], ['7', '8'], ['7', '9'], ['8', '9']]);
  });
});

describe('input handling', () => {
  it('merges a tie given twice or in both directions', () => {
    const m = networkMetrics(['a', 'b'], [['a', 'b'], ['b', 'a'], ['a', 'b']], oneGroup(['a', 'b']));
    expect(m.edges).toBe(1);
  });

  it('rejects a tie to an unknown person, a tie to oneself and a person without a primary function', () => {
    expect(() => networkMetrics(['a'], [['a', 'z']], { a: 'x' })).toThrow(/unknown person "z"/);
    expect(() => networkMetrics(['a'], [['a', 'a']], { a: 'x' })).toThrow(/itself/);
    expect(() => networkMetrics(['a', 'b'], [['a', 'b']], { a: 'x' })).toThrow(/"b" has no primary function/);
  });

  it('gives the same result whatever the order of nodes and ties', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const ties: [string, string][] = [['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'd']];
    const primary = { a: 'x', b: 'y', c: 'x', d: 'z', e: 'y', f: 'x', g: 'y' };
    const reordered = networkMetrics(
      [...nodes].reverse(),
      ties.map(([s, t]) => [t, s] as [string, string]).reverse(),
      primary,
    );
    expect(reordered).toEqual(networkMetrics(nodes, ties, primary));
  });
});
