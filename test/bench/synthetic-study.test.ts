// The synthetic data sets of the benchmark: valid contract data, seeded, clustered as described in bench/README.md.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticStudy, writeSyntheticStudy } from '../../scripts/synthetic-study.ts';
import { computeKommuneMetrics } from '../../src/metrics/index.ts';
import { readKommune } from '../../src/validate/kommune.ts';
import { readStudyConfig } from '../../src/validate/study-config.ts';

const dir = mkdtempSync(join(tmpdir(), 'synthetic-study-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('syntheticStudy', () => {
  it('gives the same bytes for the same options, other bytes for another seed', () => {
    const a = syntheticStudy({ kommuner: 2, persons: 40, seed: 5 });
    const b = syntheticStudy({ kommuner: 2, persons: 40, seed: 5 });
    const c = syntheticStudy({ kommuner: 2, persons: 40, seed: 6 });
    expect([...a]).toEqual([...b]);
    expect(a.get('kommuner/syn01/contacts.csv')).not.toEqual(c.get('kommuner/syn01/contacts.csv'));
  });

  it('writes a study that validates without problems, with the demo study functions and questions', () => {
    writeSyntheticStudy(dir, { kommuner: 3, persons: 120, seed: 1 });
    const config = readStudyConfig(dir);
    expect(config.kommuner).toEqual(['syn01', 'syn02', 'syn03']);
    expect(config.functions.length).toBeGreaterThan(3);
    expect(config.questions.some((q) => q.kind === 'rating')).toBe(true);
    for (const slug of config.kommuner) {
      const { kommune, warnings } = readKommune(dir, config, slug);
      expect(warnings).toEqual([]);
      expect(kommune.persons).toHaveLength(120);
    }
  });

  it('makes clustered networks: about 5-10 ties per person, non-respondents, ties mostly inside functions', () => {
    writeSyntheticStudy(dir, { kommuner: 1, persons: 300, seed: 2 });
    const config = readStudyConfig(dir);
    const { kommune } = readKommune(dir, config, 'syn01');
    const metrics = computeKommuneMetrics(config, kommune);
    const monthly = metrics.networks.monthly;
    const meanDegree = (2 * monthly.edges) / monthly.nodes;
    expect(meanDegree).toBeGreaterThan(4);
    expect(meanDegree).toBeLessThan(10);
    expect(metrics.responseRate).toBeGreaterThan(0.7);
    expect(metrics.responseRate).toBeLessThan(0.9);
    expect(monthly.eiIndex!).toBeLessThan(0);
    expect(monthly.communities.length).toBeGreaterThan(5);
    expect(monthly.largestComponent).toBeGreaterThan(250);
  });
});
