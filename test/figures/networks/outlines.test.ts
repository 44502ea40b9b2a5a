// Clusters a reader can see: in every network figure of the demo study and of generated networks
// (stars, a chain, two groups and a bridge, a generated kommune of 300 persons) no two outlines
// cross, no outline takes in a person of another cluster, and none runs through a square or a label.
// Communities come from the metrics stage, whatever partition it finds.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticStudy } from '../../../scripts/synthetic-study.ts';
import { kommuneNetworkInput, layoutNetwork, type NetworkFigureInput } from '../../../src/figures/networks/index.ts';
import { foreignInside, insideRings, outlineCrossings, outlinesThroughMarks } from '../../../src/figures/networks/readability.ts';
import { communities } from '../../../src/metrics/communities.ts';
import { buildGraph } from '../../../src/metrics/graph.ts';
import { computeKommuneMetrics } from '../../../src/metrics/index.ts';
import { readKommune } from '../../../src/validate/kommune.ts';
import { readStudyConfig } from '../../../src/validate/study-config.ts';
import { demoFigureInputs } from './demo-figures.ts';
import { mulberry32, STUDY_FUNCTIONS } from './synthetic.ts';

function expectClearOutlines(input: NetworkFigureInput): void {
  const layout = layoutNetwork(input);
  expect(outlineCrossings(layout), `${input.id}: outlines crossing`).toEqual([]);
  expect(foreignInside(layout), `${input.id}: persons inside another cluster's outline`).toEqual([]);
  expect(outlinesThroughMarks(layout), `${input.id}: outlines through a square or label`).toEqual([]);
  // Every member's square is inside its own outline.
  for (const c of layout.clusters) {
    for (const id of c.members) {
      const n = layout.nodes.find((p) => p.id === id)!;
      expect(insideRings(c.rings, n.x, n.y), `${input.id}: ${id} inside outline ${c.number}`).toBe(true);
    }
  }
}

/** A network from its ties, with communities as the metrics stage finds them. */
function generated(id: string, persons: string[], ties: [string, string][]): NetworkFigureInput {
  return {
    id,
    title: id,
    persons: persons.map((p, i) => ({ id: p, functionCode: STUDY_FUNCTIONS[i % STUDY_FUNCTIONS.length]!.code, respondent: i % 5 !== 0 })),
    functions: STUDY_FUNCTIONS,
    ties,
    communities: communities(buildGraph(persons, ties)),
    brokers: [],
  };
}

const ids = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);

function stars(): NetworkFigureInput {
  const persons: string[] = [];
  const ties: [string, string][] = [];
  for (let s = 0; s < 3; s++) {
    const [hub, ...leaves] = ids(`s${s}-`, 9);
    persons.push(hub!, ...leaves);
    for (const leaf of leaves) ties.push([hub!, leaf]);
    if (s > 0) ties.push([`s${s - 1}-01`, hub!]);
  }
  return generated('stars', persons, ties);
}

function chain(): NetworkFigureInput {
  const persons = ids('c', 30);
  return generated('chain', persons, persons.slice(1).map((p, i): [string, string] => [persons[i]!, p]));
}

function twoGroupsAndABridge(): NetworkFigureInput {
  const rnd = mulberry32(11);
  const a = ids('a', 12);
  const b = ids('b', 12);
  const ties: [string, string][] = [];
  for (const group of [a, b]) {
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) if (rnd() < 0.45) ties.push([group[i]!, group[j]!]);
    for (let i = 1; i < group.length; i++) ties.push([group[i - 1]!, group[i]!]);
  }
  ties.push(['a01', 'bridge'], ['bridge', 'b01']);
  return generated('two-groups-bridge', [...a, ...b, 'bridge'], ties);
}

describe('cluster outlines in the demo study', () => {
  for (const { input } of demoFigureInputs()) {
    it(`${input.id}: no crossing, no stranger inside, nothing cut`, () => expectClearOutlines(input));
  }
});

describe('cluster outlines in generated networks', () => {
  for (const make of [stars, chain, twoGroupsAndABridge]) {
    it(`${make.name}: no crossing, no stranger inside, nothing cut`, () => {
      const input = make();
      expect(layoutNetwork(input).clusters.length).toBeGreaterThan(1);
      expectClearOutlines(input);
    });
  }

  describe('a generated kommune of 300 persons (scripts/synthetic-study.ts, seed 3)', () => {
    let dir = '';
    const inputs: NetworkFigureInput[] = [];
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'kommunenotat-300-'));
      writeSyntheticStudy(dir, { kommuner: 1, persons: 300, seed: 3 });
      const config = readStudyConfig(dir);
      const { kommune } = readKommune(dir, config, config.kommuner[0]!);
      const metrics = computeKommuneMetrics(config, kommune);
      for (const level of ['daily', 'weekly', 'monthly'] as const) {
        inputs.push(kommuneNetworkInput({ kommune, functions: config.functions, level, network: metrics.networks[level] }));
      }
    }, 120_000);
    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });
    for (const level of ['daily', 'weekly', 'monthly']) {
      it(`${level}: no crossing, no stranger inside, nothing cut`, () => {
        const input = inputs.find((i) => i.id.endsWith(`-${level}`))!;
        expect(input.persons.length).toBe(300);
        expectClearOutlines(input);
      }, 120_000);
    }
  });
});
