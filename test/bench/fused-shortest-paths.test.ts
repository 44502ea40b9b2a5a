// networkMetrics reads path lengths off the betweenness searches (an optimisation measured by the
// bench); the standalone betweenness() and pathLengths() must give exactly the same numbers.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betweenness } from '../../src/metrics/betweenness.ts';
import { connectedComponents, largestComponent } from '../../src/metrics/components.ts';
import { buildGraph } from '../../src/metrics/graph.ts';
import { networkMetrics } from '../../src/metrics/network-metrics.ts';
import { pathLengths } from '../../src/metrics/path-lengths.ts';

const graphs = fc
  .integer({ min: 1, max: 30 })
  .chain((n) =>
    fc.record({
      nodes: fc.constant(Array.from({ length: n }, (_, i) => `p${i}`)),
      pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n }),
    }),
  )
  .map(({ nodes, pairs }) => ({
    nodes,
    ties: pairs.filter(([a, b]) => a !== b).map(([a, b]) => [nodes[a]!, nodes[b]!] as [string, string]),
  }));

describe('networkMetrics shortest paths', () => {
  it('equal betweenness() and pathLengths() of the largest component, bit for bit', () => {
    fc.assert(
      fc.property(graphs, ({ nodes, ties }) => {
        const metrics = networkMetrics(nodes, ties, Object.fromEntries(nodes.map((id, i) => [id, `f${i % 3}`])));
        const graph = buildGraph(nodes, ties);
        const largest = largestComponent(connectedComponents(graph));
        expect(metrics.betweenness).toEqual(betweenness(graph));
        expect({ diameter: metrics.diameter, averagePathLength: metrics.averagePathLength }).toEqual(pathLengths(graph, largest));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
