// The five demo kommuner read as the reference note describes their networks (SEED-FACTS.md).

import { beforeAll, describe, expect, it } from 'vitest';
import { measureStudy, type MeasuredStudy } from '../../src/pipeline/build.ts';
import { defaultEffects, silentLogger } from '../../src/pipeline/effects.ts';
import type { KommuneReadingFacts } from '../../src/reading/index.ts';

let measured: MeasuredStudy;
const facts = (slug: string): KommuneReadingFacts => measured.readings.get(slug)!;

beforeAll(async () => {
  measured = await measureStudy('data', { ...defaultEffects(), logger: silentLogger() });
});

describe('the demo study read as the reference describes it', () => {
  it('Nærøy weekly: one integrated network', () => {
    const r = facts('naroy').levels.weekly;
    expect(r.shapes).toEqual(['integrated']);
    expect(r.largestShare).toBe(1);
  });

  it('Volda weekly: two clusters held together by a few bridge builders', () => {
    const r = facts('volda').levels.weekly;
    expect(r.shapes[0]).toBe('clusters');
    expect(r.clusters).toHaveLength(2);
    expect(r.bridgeBuilders).toHaveLength(2);
    expect(r.bridgeBuilders.every((b) => b.joins.length === 2)).toBe(true);
  });

  it('Rissa weekly: elongated, two parts joined by a chain of four, one technical, one of tildeling and tjenester', () => {
    const r = facts('rissa').levels.weekly;
    expect(r.shapes.slice(0, 2)).toEqual(['chain', 'clusters']);
    expect(r.chain).toEqual({ persons: 4 });
    expect(r.diameter).toBe(15);
    const [care, technical] = r.sides;
    expect(new Set(care!.functions.slice(0, 2))).toEqual(new Set(['tjenester', 'tildeling']));
    expect(technical!.functions).not.toContain('tjenester');
    expect(technical!.functions).not.toContain('tildeling');
  });

  it('Ørland weekly: three clusters, and a separate one of økonomiske virkemidler and tildeling', () => {
    const r = facts('orland').levels.weekly;
    expect(r.shapes[0]).toBe('clusters');
    expect(r.clusters.filter((c) => !c.separate)).toHaveLength(3);
    const separate = r.clusters.filter((c) => c.separate);
    expect(separate).toHaveLength(1);
    expect(new Set(separate[0]!.functions)).toEqual(new Set(['okonomi', 'tildeling']));
    expect(r.chain).toEqual({ persons: 4 }); // the chain of four between the stars
  });

  it('Oppdal weekly: fragmented, many isolates, functions keeping to themselves; monthly integrated with two bridge builders', () => {
    const weekly = facts('oppdal').levels.weekly;
    expect(weekly.shapes[0]).toBe('fragmented');
    expect(weekly.isolates).toBe(7);
    expect(weekly.homophily.inward.length).toBeGreaterThan(0);
    expect(weekly.homophily.eiIndex!).toBeLessThanOrEqual(-0.3);
    const monthly = facts('oppdal').levels.monthly;
    expect(monthly.shapes[0]).toBe('integrated');
    expect(monthly.bridgeBuilders).toHaveLength(2);
  });

  it('Oppdal has the study’s least connected weekly network; Rissa the longest weekly distances', () => {
    expect(facts('oppdal').standing.weekly.least).toBe(true);
    expect(facts('rissa').standing.weekly.longest).toBe(15);
    expect(facts('naroy').standing.weekly.longest).toBeNull();
  });
});
