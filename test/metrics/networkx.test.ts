// Independent check against networkx: ~30 seeded random graphs. The expected values are committed
// (test/fixtures/metrics/networkx-expected.json, written by scripts/networkx-check.py), so the check
// runs everywhere; where python3 with networkx is installed, the script is also run live.
// Regenerate the fixture: UPDATE_NETWORKX_FIXTURE=1 npx vitest run test/metrics/networkx.test.ts

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/metrics/graph.ts';
import { networkMetrics } from '../../src/metrics/index.ts';
import { modularity } from '../../src/metrics/modularity.ts';
import type { NetworkMetrics } from '../../src/types.ts';
import { randomGraphs, type GraphCase } from './random-graphs.ts';

const SCRIPT = fileURLToPath(new URL('../../scripts/networkx-check.py', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/metrics/networkx-expected.json', import.meta.url));
const TOLERANCE = 1e-9;

interface CheckInput {
  nodes: string[];
  ties: [string, string][];
  primary: Record<string, string>;
  /** Our communities when the fixture was written: networkx's modularity is of this partition. */
  partition: string[][];
}

interface FixtureCase {
  name: string;
  input: CheckInput;
  expected: Record<string, unknown>;
}

const CHECKED_KEYS = [
  'nodes', 'edges', 'density', 'components', 'isolates', 'largestComponent', 'diameter', 'averagePathLength',
  'degree', 'betweenness', 'cutVertices', 'eiIndex', 'functionEI', 'brokerage',
] as const;

const hasNetworkx = spawnSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;

function inputOf(graph: GraphCase): CheckInput {
  const { communities } = networkMetrics(graph.nodes, graph.ties, graph.primary);
  return { nodes: graph.nodes, ties: graph.ties, primary: graph.primary, partition: communities };
}

function runNetworkx(inputs: CheckInput[]): Record<string, unknown>[] {
  const result = spawnSync('python3', [SCRIPT], { input: JSON.stringify(inputs), encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`networkx-check.py failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, unknown>[];
}

/** Deep comparison with numbers equal within TOLERANCE; the path names the first difference. */
function expectClose(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), `${path}: ${actual} vs networkx ${expected}`).toBeLessThanOrEqual(TOLERANCE);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, `${path}.length`).toBe(expected.length);
    expected.forEach((value, i) => expectClose((actual as unknown[])[i], value, `${path}[${i}]`));
  } else if (expected !== null && typeof expected === 'object') {
    expect(Object.keys(actual as object).sort(), `${path} keys`).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) {
      expectClose((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    }
  } else {
    expect(actual, path).toEqual(expected);
  }
}

function compare(ours: NetworkMetrics, input: CheckInput, expected: Record<string, unknown>, name: string): void {
  for (const key of CHECKED_KEYS) expectClose(ours[key], expected[key], `${name}.${key}`);
  const graph = buildGraph(input.nodes, input.ties);
  expectClose(modularity(graph, input.partition), expected.modularity, `${name}.modularity`);
}

const graphs = randomGraphs();

if (process.env.UPDATE_NETWORKX_FIXTURE && hasNetworkx) {
  const inputs = graphs.map(inputOf);
  const expected = runNetworkx(inputs);
  const cases = graphs.map((g, i) => ({ name: g.name, input: inputs[i], expected: expected[i] }));
  writeFileSync(FIXTURE, `[\n${cases.map((c) => JSON.stringify(c)).join(',\n')}\n]\n`); // one graph a line
}

const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as FixtureCase[];

describe('networkx cross-check, committed expected values', () => {
  it('covers the generated graphs (regenerate the fixture when the generator changes)', () => {
    expect(fixture.map((c) => c.name)).toEqual(graphs.map((g) => g.name));
    fixture.forEach((c, i) => {
      expect(c.input.nodes).toEqual(graphs[i]!.nodes);
      expect(c.input.ties).toEqual(graphs[i]!.ties);
    });
    const sizes = fixture.map((c) => c.input.nodes.length);
    expect(Math.min(...sizes)).toBe(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(60);
    expect(fixture.some((c) => (c.expected.components as number) > 2)).toBe(true);
    expect(fixture.some((c) => (c.expected.isolates as string[]).length > 0)).toBe(true);
  });

  it.each(fixture.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const ours = networkMetrics(c.input.nodes, c.input.ties, c.input.primary);
    compare(ours, c.input, c.expected, name);
    // Louvain is seeded: the same partition as when the fixture was written, on every machine.
    expect(ours.communities).toEqual(c.input.partition);
    expectClose(ours.modularity, c.expected.modularity, `${name}.modularity (ours)`);
  });

  it('gives connected communities that partition the persons with ties', () => {
    for (const c of fixture) {
      const ours = networkMetrics(c.input.nodes, c.input.ties, c.input.primary);
      const tied = Object.entries(ours.degree).filter(([, d]) => d > 0).map(([id]) => id).sort();
      expect(ours.communities.flat().sort()).toEqual(tied);
      for (const community of ours.communities) {
        const members = new Set(community);
        const inside = ours.ties.filter(([a, b]) => members.has(a) && members.has(b));
        expect(networkMetrics(community, inside, c.input.primary).components, c.name).toBe(1);
      }
    }
  });
});

describe.skipIf(!hasNetworkx)('networkx cross-check, live (python3 + networkx)', () => {
  it('agrees with networkx on every generated graph within 1e-9', () => {
    const inputs = graphs.map(inputOf);
    const expected = runNetworkx(inputs);
    graphs.forEach((g, i) => {
      compare(networkMetrics(g.nodes, g.ties, g.primary), inputs[i]!, expected[i]!, g.name);
    });
  });
});
