// The shape rules on networks whose shape is plain to see (docs/reading.md).

import { describe, expect, it } from 'vitest';
import { circle, corePeriphery, group, join, path, read, star, withTies } from './shapes.ts';

describe('readNetwork: clear-cut shapes', () => {
  it('a star of 12 reads as a star: one person reaches all eleven others', () => {
    const r = read(star(12));
    expect(r.shapes[0]).toBe('star');
    expect(r.hub).toEqual({ degree: 11, share: 1 });
    expect(r.centralization).toBeCloseTo(1, 12); // Σ(11 − 1)·11 / (11·10) = 1
    expect(r.chain).toBeNull();
  });

  it('a circle of 12 reads as a circle, not as a chain', () => {
    const r = read(circle(12));
    expect(r.shapes).toEqual(['circle']);
    expect(r.centralization).toBe(0);
  });

  it('a chain of 12 reads as a chain: diameter 11 of 11 possible', () => {
    const r = read(path('p', 12));
    expect(r.shapes[0]).toBe('chain');
    expect(r.diameter).toBe(11);
    expect(r.shapes).not.toContain('clusters'); // the path's Louvain pieces are chain, not clusters
  });

  it('two groups of six joined by one tie read as two clusters with the tie ends as bridge builders', () => {
    const net = withTies(join(group('a', 6, 'a'), group('b', 6, 'b')), [['a01', 'b01']]);
    const r = read(net);
    expect(r.shapes[0]).toBe('clusters');
    expect(r.shapes).toContain('integrated'); // diameter 3: everyone within three steps
    expect(r.clusters.map((c) => [c.persons, c.functions])).toEqual([[6, ['a']], [6, ['b']]]);
    // a01 and b01 each carry 25 of the 55 pairs' shortest paths: betweenness 25 / 55 ≈ 0.45.
    expect(r.bridgeBuilders).toEqual([
      { function: 'a', joins: [0, 1] },
      { function: 'b', joins: [0, 1] },
    ]);
    expect(r.homophily.inward).toEqual(['a', 'b']); // 15 ties inside each, one across: E-I = (1 − 15) / 16
  });

  it('two groups of five joined by a chain of four read as chain and clusters, the chain of four persons', () => {
    const chain = path('c', 4, 'c');
    const net = withTies(join(group('a', 5, 'a'), chain, group('b', 5, 'b')), [['a01', 'c01'], ['c04', 'b01']]);
    const r = read(net);
    expect(r.shapes.slice(0, 2)).toEqual(['chain', 'clusters']); // diameter 7 of 13: elongated first
    expect(r.chain).toEqual({ persons: 4 });
    expect(r.sides.map((s) => [s.persons, s.functions])).toEqual([[5, ['a']], [5, ['b']]]);
    expect(r.clusters.map((c) => c.persons)).toEqual([5, 5]); // chain persons are not cluster members
  });

  it('one dense group of 20 reads as integrated', () => {
    const r = read(group('g', 20, 'a'));
    expect(r.shapes).toEqual(['integrated']);
    expect(r.diameter).toBe(1);
    expect(r.clusters.length).toBeLessThanOrEqual(1);
  });

  it('five separate triangles read as fragmented', () => {
    const r = read(join(...['a', 'b', 'c', 'd', 'e'].map((p) => group(p, 3, 'a'))));
    expect(r.shapes[0]).toBe('fragmented');
    expect(r.components).toBe(5);
    expect(r.largestShare).toBeCloseTo(3 / 15, 12);
    expect(r.isolates).toBe(0);
  });

  it('a core of 8 with a periphery of 12 reads as integrated, with its core and periphery named', () => {
    const r = read(corePeriphery(8, 12));
    expect(r.shapes[0]).toBe('integrated');
    expect(r.core).toEqual({ persons: 8, periphery: 12 });
    expect(r.diameter).toBe(3); // fringe – core – core – fringe
  });

  it('isolates are counted with their functions; no ties at all is fragmented', () => {
    const net = { ids: ['x1', 'x2', 'x3'], ties: [] as [string, string][], primary: { x1: 'a', x2: 'a', x3: 'b' } };
    const r = read(net);
    expect(r.shapes).toEqual(['fragmented']);
    expect(r.isolateFunctions).toEqual([{ function: 'a', persons: 2 }, { function: 'b', persons: 1 }]);
    expect(r.homophily.eiIndex).toBeNull();
  });
});
