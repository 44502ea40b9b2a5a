// The bundled demo study reproduces every number and network shape of SEED-FACTS.md, measured
// through the project's real stages (validate → metrics). The expected numbers are copied from
// the published note, not from the generator, so the two cannot drift together.

import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeKommuneMetrics } from '../../src/metrics/index.ts';
import type { KommuneData, KommuneMetrics, NetworkMetrics, RatingMetrics, TextMetrics } from '../../src/types.ts';
import { readKommune } from '../../src/validate/kommune.ts';
import { readStudyConfig } from '../../src/validate/study-config.ts';

const ROOT = fileURLToPath(new URL('../../data', import.meta.url));
const SLUGS = ['orland', 'naroy', 'oppdal', 'rissa', 'volda'] as const;
type Slug = (typeof SLUGS)[number];

// Tabell 1, columns in SLUGS order.
const TABELL_1: Record<string, readonly number[]> = {
  okonomi: [7, 8, 12, 3, 10],
  tjenester: [7, 16, 10, 13, 21],
  tildeling: [4, 8, 7, 7, 8],
  husleie: [3, 3, 2, 2, 1],
  utbygging: [2, 3, 2, 2, 2],
  skaffe: [4, 5, 3, 4, 6],
  arealplan: [2, 4, 3, 2, 1],
  drift: [3, 2, 2, 2, 2],
  boligsosialplan: [3, 4, 5, 3, 5],
  samfunnsplan: [2, 4, 4, 4, 5],
  politisk: [2, 2, 3, 2, 3],
};
const TOTAL_FUNCTIONS = [39, 59, 53, 44, 64];
const PERSONS = [27, 29, 29, 29, 43];
const RESPONDENTS = [15, 20, 23, 24, 24];
const PRINTED_RATE = [56, 69, 79, 83, 56];
const SAMORDNING_MEAN = [2.9, 3.7, 2.7, 4.0, 4.0];

const data = {} as Record<Slug, { kommune: KommuneData; metrics: KommuneMetrics; warnings: number }>;

beforeAll(() => {
  const config = readStudyConfig(ROOT);
  expect(config.kommuner).toEqual([...SLUGS]);
  for (const slug of SLUGS) {
    const { kommune, warnings } = readKommune(ROOT, config, slug);
    data[slug] = { kommune, metrics: computeKommuneMetrics(config, kommune), warnings: warnings.length };
  }
});

const metrics = (slug: Slug) => data[slug].metrics;
const weekly = (slug: Slug): NetworkMetrics => metrics(slug).networks.weekly;
const rating = (slug: Slug, id: string) => metrics(slug).questions[id] as RatingMetrics;
const others = (slug: Slug) => SLUGS.filter((s) => s !== slug);

describe('Tabell 1 and response', () => {
  it.each(SLUGS.map((slug, i) => [slug, i] as const))('%s: functions, persons, respondents, rate', (slug, i) => {
    const m = metrics(slug);
    for (const [code, counts] of Object.entries(TABELL_1)) expect(m.functions[code], code).toBe(counts[i]);
    expect(m.functionTotal).toBe(TOTAL_FUNCTIONS[i]);
    expect(m.persons).toBe(PERSONS[i]);
    expect(m.respondents).toBe(RESPONDENTS[i]);
    expect(Math.round(m.responseRate * 100)).toBe(PRINTED_RATE[i]);
    expect(data[slug].warnings).toBe(0);
  });

  it('no person lists a function twice', () => {
    for (const slug of SLUGS) {
      for (const p of data[slug].kommune.persons) expect(new Set(p.functions).size).toBe(p.functions.length);
    }
  });
});

describe('Tabell 2: samordning', () => {
  it.each(SLUGS.map((slug, i) => [slug, i] as const))('%s: mean prints as published, away from a rounding edge', (slug, i) => {
    const r = rating(slug, 'samordning');
    expect(Math.round(r.mean! * 10) / 10).toBe(SAMORDNING_MEAN[i]);
    expect(Math.abs(r.mean! - SAMORDNING_MEAN[i]!)).toBeLessThanOrEqual(0.03);
  });

  it('nobody answers 6, in any kommune or rating question', () => {
    for (const slug of SLUGS) {
      expect(rating(slug, 'samordning').counts['6']).toBe(0);
      expect(rating(slug, 'moteplasser').counts['6']).toBe(0);
    }
  });

  it('Oppdal is the most uniformly negative, Ørland the most spread, Rissa the most "vet ikke"', () => {
    const negativeShare = (s: Slug) => {
      const r = rating(s, 'samordning');
      return (r.counts['1'] + r.counts['2'] + r.counts['3']) / r.valid;
    };
    const spread = (s: Slug) => {
      const r = rating(s, 'samordning');
      const values = Object.entries(r.counts).flatMap(([v, n]) => Array<number>(n).fill(Number(v)));
      return Math.sqrt(values.reduce((sum, v) => sum + (v - r.mean!) ** 2, 0) / values.length);
    };
    const dontKnowShare = (s: Slug) => rating(s, 'samordning').dontKnow / rating(s, 'samordning').answered;
    for (const other of others('oppdal')) expect(negativeShare('oppdal')).toBeGreaterThan(negativeShare(other));
    for (const other of others('orland')) expect(spread('orland')).toBeGreaterThan(spread(other));
    for (const other of others('rissa')) expect(dontKnowShare('rissa')).toBeGreaterThan(dontKnowShare(other));
  });
});

describe('Oppdal: survey', () => {
  it('Figur 18: N = 23', () => {
    expect(rating('oppdal', 'samordning').answered).toBe(23);
  });

  it('free text: 15 strengths, 18 challenges, 15 of 23 on coordination', () => {
    const text = (id: string) => (metrics('oppdal').questions[id] as TextMetrics).answered;
    expect(text('styrker')).toBe(15);
    expect(text('utfordringer')).toBe(18);
    expect(text('samordningsutfordringer')).toBe(15);
  });

  it('Figur 22: mostly disagreement on formal meeting places', () => {
    const r = rating('oppdal', 'moteplasser');
    expect(r.counts['1'] + r.counts['2'] + r.counts['3']).toBeGreaterThan(r.valid / 2 + 3);
  });

  it('6 of 29 did not respond and are present only through others\' reports', () => {
    const { kommune } = data.oppdal;
    const respondents = new Set(kommune.responses.map((r) => r.id));
    const silent = kommune.persons.filter((p) => !respondents.has(p.id));
    expect(silent).toHaveLength(6);
    for (const p of silent) expect(kommune.contacts.some((c) => c.to === p.id)).toBe(true);
  });
});

describe('Oppdal: political contact', () => {
  const rows = () => data.oppdal.kommune.political;
  const personsWith = (filter: (r: ReturnType<typeof rows>[number]) => boolean) =>
    new Set(rows().filter(filter).map((r) => r.person)).size;
  const discussion = (type: string) => type === 'politisk_diskusjon' || type === 'faglig_diskusjon';

  it('23 answered, 10 of them have contact', () => {
    expect(metrics('oppdal').political.answered).toBe(23);
    expect(metrics('oppdal').political.withAnyContact).toBe(10);
  });

  it('Formannskapet: 6, all give information, 1 also gets it, nobody discusses', () => {
    expect(metrics('oppdal').political.bodies['formannskap']).toEqual({
      persons: 6,
      types: { gir_informasjon: 6, far_informasjon: 1, politisk_diskusjon: 0, faglig_diskusjon: 0 },
    });
  });

  it('Kommunestyret: 5, only giving or getting information', () => {
    const body = metrics('oppdal').political.bodies['kommunestyre']!;
    expect(body.persons).toBe(5);
    expect(body.types.politisk_diskusjon + body.types.faglig_diskusjon).toBe(0);
  });

  it('Ordføreren: 7, 2 of them also discuss', () => {
    expect(metrics('oppdal').political.bodies['ordforer']!.persons).toBe(7);
    expect(personsWith((r) => r.body === 'ordforer' && discussion(r.type))).toBe(2);
    expect(personsWith((r) => r.body === 'ordforer' && !discussion(r.type))).toBe(7);
  });

  it('across all bodies 4 get information and 2 discuss', () => {
    expect(metrics('oppdal').political.anyBodyTypes.far_informasjon).toBe(4);
    expect(personsWith((r) => discussion(r.type))).toBe(2);
  });

  it('those with contact mostly hold technical functions', () => {
    const primary = new Map(data.oppdal.kommune.persons.map((p) => [p.id, p.functions[0]]));
    const technical = ['okonomi', 'samfunnsplan', 'utbygging'];
    const formannskap = rows().filter((r) => r.body === 'formannskap').map((r) => r.person);
    const inFormannskap = [...new Set(formannskap)];
    expect(inFormannskap.filter((id) => technical.includes(primary.get(id)!)).length).toBe(inFormannskap.length);
  });

  it('Oppdal has the smallest share of respondents with political contact', () => {
    const share = (s: Slug) => metrics(s).political.withAnyContact / metrics(s).political.answered;
    for (const other of others('oppdal')) expect(share('oppdal')).toBeLessThan(share(other));
  });
});

describe('network shapes', () => {
  it('Nærøy: one weekly network, nobody left out', () => {
    expect(weekly('naroy').components).toBe(1);
    expect(weekly('naroy').isolates).toEqual([]);
  });

  it('Volda: connected and dense weekly, two communities held by one to three bridge builders', () => {
    const w = weekly('volda');
    expect(w.components).toBe(1);
    expect(w.communities.length).toBeGreaterThanOrEqual(2);
    expect(w.brokers.length).toBeGreaterThanOrEqual(1);
    expect(w.brokers.length).toBeLessThanOrEqual(3);
    expect(w.density).toBeGreaterThan(0.15);
  });

  it('Rissa: the longest weekly distances of the five', () => {
    for (const other of others('rissa')) {
      expect(weekly('rissa').diameter).toBeGreaterThan(weekly(other).diameter);
      expect(weekly('rissa').averagePathLength).toBeGreaterThan(weekly(other).averagePathLength);
    }
  });

  it('Ørland: a wholly separate weekly component of økonomi and tildeling', () => {
    const { kommune } = data.orland;
    const primary = new Map(kommune.persons.map((p) => [p.id, p.functions[0]]));
    const w = weekly('orland');
    const separate = componentsOf(kommune.persons.map((p) => p.id), w.ties).filter(
      (c) => c.length >= 3 && c.length < w.largestComponent && c.every((id) => ['okonomi', 'tildeling'].includes(primary.get(id)!)),
    );
    expect(separate).toHaveLength(1);
  });

  it('Oppdal: the most weekly isolates, functions to themselves, connected monthly through two brokers', () => {
    for (const other of others('oppdal')) expect(weekly('oppdal').isolates.length).toBeGreaterThan(weekly(other).isolates.length);
    expect(weekly('oppdal').components).toBeGreaterThan(5);
    expect(weekly('oppdal').eiIndex!).toBeLessThan(-0.3);
    const monthly = metrics('oppdal').networks.monthly;
    expect(monthly.components).toBe(1);
    expect(monthly.brokers).toHaveLength(2);
    const [first, second] = monthly.brokers.map((id) => monthly.betweenness[id]!);
    const rest = Object.entries(monthly.betweenness).filter(([id]) => !monthly.brokers.includes(id)).map(([, b]) => b);
    expect(Math.max(...rest)).toBeLessThan(Math.min(first!, second!) / 4);
  });
});

/** Connected components from a tie list, for shapes metrics.json does not list one by one. */
function componentsOf(ids: readonly string[], ties: readonly [string, string][]): string[][] {
  const neighbours = new Map(ids.map((id) => [id, [] as string[]]));
  for (const [a, b] of ties) {
    neighbours.get(a)!.push(b);
    neighbours.get(b)!.push(a);
  }
  const seen = new Set<string>();
  const components: string[][] = [];
  for (const start of ids) {
    if (seen.has(start)) continue;
    const component = [start];
    seen.add(start);
    for (let i = 0; i < component.length; i++) {
      for (const next of neighbours.get(component[i]!)!) {
        if (!seen.has(next)) {
          seen.add(next);
          component.push(next);
        }
      }
    }
    components.push(component);
  }
  return components;
}
