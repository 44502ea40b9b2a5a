// Gould–Fernandez roles on a small labelled graph where one broker plays all four roles.

import { describe, expect, it } from 'vitest';
import { brokerage } from '../../src/metrics/brokerage.ts';
import { buildGraph } from '../../src/metrics/graph.ts';

describe('brokerage', () => {
  // Broker b (group X) with neighbours p, q, u (X), r, s (Y), t (Z); p–q are tied to each other.
  const primary = { b: 'X', p: 'X', q: 'X', u: 'X', r: 'Y', s: 'Y', t: 'Z' };
  const graph = buildGraph(Object.keys(primary), [
    ['b', 'p'], ['b', 'q'], ['b', 'u'], ['b', 'r'], ['b', 's'], ['b', 't'], ['p', 'q'],
  ]);
  const roles = brokerage(graph, primary);

  it('classifies every open pair of the broker', () => {
    // 6 neighbours → 15 pairs; p–q tied → 14 brokered pairs:
    //   coordinator:    p–u, q–u                                   (X, X, X)      = 2
    //   itinerant:      r–s                                        (Y, X, Y)      = 1
    //   representative: {p,q,u} × {r,s,t}                          (X, X, other)  = 9
    //   liaison:        r–t, s–t                                   (Y/Z, X, Z/Y)  = 2
    expect(roles.b).toEqual({ coordinator: 2, itinerant: 1, representative: 9, liaison: 2, total: 14 });
  });

  it('gives nothing to persons whose neighbours are all tied to each other or who have one neighbour', () => {
    const none = { coordinator: 0, itinerant: 0, representative: 0, liaison: 0, total: 0 };
    expect(roles.p).toEqual(none); // neighbours b and q are tied
    for (const id of ['q', 'u', 'r', 's', 't']) expect(roles[id]).toEqual(none);
  });

  it('counts representative from either side: b like c but not a is the same role', () => {
    const g = buildGraph(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']]);
    expect(brokerage(g, { a: 'Y', b: 'X', c: 'X' }).b.representative).toBe(1);
    expect(brokerage(g, { a: 'X', b: 'X', c: 'Y' }).b.representative).toBe(1);
  });
});
