// The whole kommune: network levels from contacts, and the text of metrics.json.

import { describe, expect, it } from 'vitest';
import { computeKommuneMetrics, networkMetrics, networkTies, serializeMetrics } from '../../src/metrics/index.ts';
import type { KommuneMetrics } from '../../src/types.ts';
import { config, kommune } from './kommune-fixture.ts';

describe('networkTies', () => {
  const contacts = kommune().contacts;

  it('keeps ties at least as frequent as the level, reported from either side', () => {
    expect(networkTies(contacts, 'daily')).toEqual([['p1', 'p2']]);
    // p1–p3: p1 said månedlig, p3 said ukentlig → the more frequent report counts
    expect(networkTies(contacts, 'weekly')).toEqual([['p1', 'p2'], ['p1', 'p3']]);
    // p2 → p4 (månedlig) brings the non-respondent p4 in; sjeldnere and aldri never count
    expect(networkTies(contacts, 'monthly')).toEqual([['p1', 'p2'], ['p1', 'p3'], ['p2', 'p4']]);
  });
});

describe('computeKommuneMetrics', () => {
  const m = computeKommuneMetrics(config, kommune());

  it('fills the survey and political parts', () => {
    expect(m.kommune).toBe('testby');
    expect(m.persons).toBe(5);
    expect(m.respondents).toBe(3);
    expect(m.responseRate).toBe(0.6);
    expect(m.functionTotal).toBe(7);
    expect(m.political.withAnyContact).toBe(2);
  });

  it('builds the three networks on every person, groups by primary function', () => {
    expect(m.networks.daily.nodes).toBe(5);
    expect(m.networks.daily.edges).toBe(1);
    expect(m.networks.daily.isolates).toEqual(['p3', 'p4', 'p5']);
    expect(m.networks.weekly.edges).toBe(2);
    const monthly = m.networks.monthly;
    expect(monthly.edges).toBe(3);
    expect(monthly.density).toBe(0.3); // 2·3 / (5·4)
    expect(monthly.components).toBe(2); // p4–p2–p1–p3 and p5
    expect(monthly.isolates).toEqual(['p5']);
    expect(monthly.largestComponent).toBe(4);
    expect(monthly.diameter).toBe(3); // p4 – p2 – p1 – p3
    // path of 4: unordered 3·1 + 2·2 + 1·3 = 10 → 20 ordered / 12
    expect(monthly.averagePathLength).toBe(20 / 12);
    // p1 on p2–p3, p4–p3; p2 on p4–p1, p4–p3; n = 5 → / (4·3/2)
    expect(monthly.betweenness).toEqual({ p1: 2 / 6, p2: 2 / 6, p3: 0, p4: 0, p5: 0 });
    expect(monthly.brokers).toEqual(['p1', 'p2']);
    // primary: p1 okonomi, p2 tildeling, p3 tjenester, p4 okonomi: all 3 ties external
    expect(monthly.eiIndex).toBe(1);
    expect(monthly.functionEI.tildeling).toEqual({ internal: 0, external: 2, ei: 1 }); // p1–p2, p2–p4
    expect(Object.keys(monthly.functionEI)).toEqual(['okonomi', 'tildeling', 'tjenester']);
    // p2 (tildeling) brokers p1–p4 (both okonomi): itinerant; p1 (okonomi) brokers p2–p3: liaison
    expect(monthly.brokerage.p2).toMatchObject({ itinerant: 1, total: 1 });
    expect(monthly.brokerage.p1).toMatchObject({ liaison: 1, total: 1 });
  });
});

describe('serializeMetrics', () => {
  const m = computeKommuneMetrics(config, kommune());
  const text = serializeMetrics(m);

  it('writes JSON with 2-space indent and a trailing newline that reads back as the metrics', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "kommune": "testby",\n  "persons": 5,')).toBe(true);
    expect(JSON.parse(text)).toEqual(m);
    // same layout as JSON.stringify where no key is integer-like
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  it('puts keys in the contract order', () => {
    const top = [...text.matchAll(/^ {2}"(\w+)":/gm)].map((match) => match[1]);
    expect(top).toEqual([
      'kommune', 'persons', 'respondents', 'responseRate', 'functions', 'functionTotal', 'questions', 'networks', 'political',
    ]);
    const daily = text.slice(text.indexOf('"daily"'), text.indexOf('"weekly"'));
    const network = [...daily.matchAll(/^ {6}"(\w+)":/gm)].map((match) => match[1]);
    expect(network).toEqual([
      'nodes', 'edges', 'density', 'components', 'isolates', 'largestComponent', 'diameter', 'averagePathLength',
      'degree', 'betweenness', 'cutVertices', 'communities', 'modularity', 'brokers', 'eiIndex',
      'functionEI', 'brokerage', 'ties',
    ]);
  });

  it('is identical for the same data in another insertion order', () => {
    expect(serializeMetrics(computeKommuneMetrics(config, kommune(true)))).toBe(text);
  });

  it('writes unrounded numbers', () => {
    expect(text).toContain('"averagePathLength": 1.6666666666666667');
  });

  it('sorts integer-like ids as strings, which a plain JS object would not', () => {
    const network = networkMetrics(['2', '10', 'b'], [['2', '10'], ['10', 'b']], { '2': 'x', '10': 'x', b: 'y' });
    const withNumericIds: KommuneMetrics = { ...m, networks: { daily: network, weekly: network, monthly: network } };
    const out = serializeMetrics(withNumericIds);
    const degreeBlock = out.slice(out.indexOf('"degree"'), out.indexOf('"betweenness"'));
    expect(degreeBlock.indexOf('"10"')).toBeLessThan(degreeBlock.indexOf('"2"'));
    expect(degreeBlock.indexOf('"2"')).toBeLessThan(degreeBlock.indexOf('"b"'));
    expect(Object.keys(network.degree)).toEqual(['2', '10', 'b']); // what JSON.stringify would write
  });

  it('refuses a number JSON cannot hold', () => {
    expect(() => serializeMetrics({ ...m, responseRate: Number.NaN })).toThrow(/not a number/);
  });
});
