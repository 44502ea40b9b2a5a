// Community detection and modularity.

import { describe, expect, it } from 'vitest';
import { communities } from '../../src/metrics/communities.ts';
import { buildGraph } from '../../src/metrics/graph.ts';
import { modularity } from '../../src/metrics/modularity.ts';

const triangles: [string, string][] = [['a', 'b'], ['b', 'c'], ['a', 'c'], ['x', 'y'], ['y', 'z'], ['x', 'z']];

describe('modularity', () => {
  const graph = buildGraph(['a', 'b', 'c', 'x', 'y', 'z', 'lone'], triangles);

  it('follows Q = Σ L_c/m − (d_c/2m)²', () => {
    expect(modularity(graph, [['a', 'b', 'c'], ['x', 'y', 'z']])).toBe(0.5); // 2 · (3/6 − (6/12)²)
    expect(modularity(graph, [['a', 'b', 'c', 'x', 'y', 'z']])).toBe(0); // 6/6 − (12/12)²
    // six singletons: 6 · (0 − (2/12)²) = −1/6
    expect(modularity(graph, [['a'], ['b'], ['c'], ['x'], ['y'], ['z']])).toBeCloseTo(-1 / 6, 15);
  });

  it('lets persons without ties be left out or included (they add 0)', () => {
    expect(modularity(graph, [['a', 'b', 'c'], ['x', 'y', 'z'], ['lone']])).toBe(0.5);
  });

  it('is null without ties', () => {
    expect(modularity(buildGraph(['a', 'b'], []), [])).toBeNull();
  });

  it('rejects a partition that misses or repeats a person', () => {
    expect(() => modularity(graph, [['a', 'b', 'c']])).toThrow(/has ties but no community/);
    expect(() => modularity(graph, [['a', 'b', 'c'], ['c', 'x', 'y', 'z']])).toThrow(/two communities/);
  });
});

describe('communities', () => {
  it('finds the two triangles and leaves the isolate out', () => {
    const graph = buildGraph(['lone', 'z', 'y', 'x', 'c', 'b', 'a'], triangles);
    expect(communities(graph)).toEqual([['a', 'b', 'c'], ['x', 'y', 'z']]);
  });

  it('sorts communities by size, then first id', () => {
    // a 4-clique {m,n,o,p} and a triangle {a,b,c}
    const clique: [string, string][] = [['m', 'n'], ['m', 'o'], ['m', 'p'], ['n', 'o'], ['n', 'p'], ['o', 'p']];
    const graph = buildGraph(['a', 'b', 'c', 'm', 'n', 'o', 'p'], [...triangles.slice(0, 3), ...clique]);
    expect(communities(graph)).toEqual([['m', 'n', 'o', 'p'], ['a', 'b', 'c']]);
  });

  it('is empty without ties', () => {
    expect(communities(buildGraph(['a', 'b'], []))).toEqual([]);
  });

  it('is the same for every run and every insertion order', () => {
    const ties: [string, string][] = [];
    const ids = Array.from({ length: 30 }, (_, i) => `p${i}`);
    for (let i = 0; i < 30; i++) {
      ties.push([ids[i]!, ids[(i + 1) % 30]!], [ids[i]!, ids[(i * 7 + 3) % 30]!]);
    }
    const clean = ties.filter(([a, b]) => a !== b);
    const first = communities(buildGraph(ids, clean));
    const again = communities(buildGraph([...ids].reverse(), [...clean].reverse()));
    expect(again).toEqual(first);
    expect(first.flat().sort()).toEqual([...ids].sort());
  });

  it('takes seed and runs as options', () => {
    const graph = buildGraph(['a', 'b', 'c', 'x', 'y', 'z'], triangles);
    expect(communities(graph, { seed: 7, runs: 1 })).toEqual([['a', 'b', 'c'], ['x', 'y', 'z']]);
  });
});
