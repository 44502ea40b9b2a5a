// Large networks (more than LARGE_NETWORK persons): drawn in the large form (clusters laid out as
// groups, persons on a lattice, only bridge builders and one person per cluster labelled), with no
// label on a label or a mark, no mark on a mark, and the same bytes when drawn twice. No timing
// assertions: the times are printed (bench/ measures them).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticStudy } from '../../../scripts/synthetic-study.ts';
import { computeKommuneMetrics } from '../../../src/metrics/index.ts';
import { readKommune } from '../../../src/validate/kommune.ts';
import { readStudyConfig } from '../../../src/validate/study-config.ts';
import {
  kommuneNetworkInput,
  labelOverlaps,
  labelsOutside,
  layoutNetwork,
  networkFigure,
  type NetworkFigureInput,
  type NetworkLayout,
} from '../../../src/figures/networks/index.ts';
import { LARGE_NETWORK } from '../../../src/figures/networks/force-layout.ts';
import { LEGEND_WORDS } from '../../../src/figures/networks/legend.ts';
import { boxesOverlap } from '../../../src/figures/networks/geometry.ts';
import { syntheticNetwork } from './synthetic.ts';

/** Marks touching marks, through a sort on x (the figures have thousands of persons). */
function markOverlaps(layout: NetworkLayout): string[] {
  const nodes = [...layout.nodes].sort((a, b) => a.markBox.x - b.markBox.x);
  const widest = Math.max(...nodes.map((n) => n.markBox.w));
  const found: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i]!;
    for (let j = i + 1; j < nodes.length && nodes[j]!.markBox.x <= a.markBox.x + widest; j++) {
      if (boxesOverlap(a.markBox, nodes[j]!.markBox)) found.push(`${a.id}/${nodes[j]!.id}`);
    }
  }
  return found;
}

function expectReadableLarge(input: NetworkFigureInput): NetworkLayout {
  const started = performance.now();
  const layout = layoutNetwork(input);
  const ms = performance.now() - started;
  const labelled = layout.nodes.filter((n) => n.labelled);
  const brokers = layout.nodes.filter((n) => n.broker);
  console.log(
    `${input.id}: ${input.persons.length} persons, ${input.ties.length} ties, layout ${ms.toFixed(0)} ms, ` +
      `${layout.width}×${layout.height} units, ${labelled.length} labels, ${layout.clusters.length} clusters`,
  );
  expect(labelOverlaps(layout)).toEqual([]);
  expect(labelsOutside(layout)).toEqual([]);
  expect(markOverlaps(layout)).toEqual([]);
  // Every bridge builder is labelled, and one person per drawn cluster; nobody else.
  for (const b of brokers) expect(b.labelled, b.id).toBe(true);
  expect(labelled.length).toBeLessThanOrEqual(brokers.length + layout.clusters.length);
  expect(labelled.length).toBeGreaterThanOrEqual(Math.max(brokers.length, 1));
  // The legend says so.
  expect(layout.legend.map((i) => i.text)).toContain(LEGEND_WORDS.nb.fewLabels);
  return layout;
}

describe('a synthetic kommune of 3,000 persons (scripts/synthetic-study.ts, seed 1)', () => {
  let dir = '';
  const inputs: NetworkFigureInput[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kommunenotat-3k-'));
    writeSyntheticStudy(dir, { kommuner: 1, persons: 3000, seed: 1 });
    const config = readStudyConfig(dir);
    const { kommune } = readKommune(dir, config, config.kommuner[0]!);
    const metrics = computeKommuneMetrics(config, kommune);
    for (const level of ['daily', 'weekly', 'monthly'] as const) {
      inputs.push(
        kommuneNetworkInput({
          kommune,
          functions: config.functions,
          level,
          network: metrics.networks[level],
          strong: level === 'weekly' ? { level: 'daily', network: metrics.networks.daily } : undefined,
        }),
      );
    }
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is above the threshold of the large form', () => {
    expect(inputs).toHaveLength(3);
    for (const input of inputs) expect(input.persons.length).toBeGreaterThan(LARGE_NETWORK);
  });

  for (const level of ['daily', 'weekly', 'monthly']) {
    it(`${level}: every drawn label free, no mark on a mark, legend explains the labels`, () => {
      const input = inputs.find((i) => i.id.endsWith(`-${level}`))!;
      const layout = expectReadableLarge(input);
      expect(layout.nodes).toHaveLength(3000);
    }, 120_000);
  }

  it('monthly: the same bytes when drawn twice, one table row per person, no label text for unlabelled persons', () => {
    const input = inputs.find((i) => i.id.endsWith('-monthly'))!;
    const a = networkFigure(input);
    const b = networkFigure(structuredClone(input));
    expect(b.svg).toBe(a.svg);
    expect(a.table.rows).toHaveLength(3000);
    expect(a.alt).toContain('3000 personer');
    const texts = a.svg.match(/<g class="labels"[^>]*>(.*?)<\/g>/)![1]!.match(/<text/g) ?? [];
    const layout = layoutNetwork(input);
    expect(texts.length).toBe(layout.nodes.filter((n) => n.labelled).length);
  }, 120_000);
});

describe('a large network with bridge builders (800 persons, synthetic)', () => {
  it('labels the bridge builders and one person per cluster, without overlaps', () => {
    const input = syntheticNetwork({ seed: 800, persons: 800, groups: 16, isolates: 30, pIn: 0.06, pOut: 0.0015, strongShare: 0.2 });
    expect(input.brokers.length).toBeGreaterThan(0);
    expectReadableLarge(input);
  }, 60_000);
});
