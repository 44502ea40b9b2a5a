// Response rate, function counts and question figures on a tiny hand-made kommune.

import { describe, expect, it } from 'vitest';
import { politicalMetrics, ratingMetrics, surveyMetrics, textMetrics } from '../../src/metrics/index.ts';
import { config, kommune } from './kommune-fixture.ts';

describe('surveyMetrics', () => {
  const m = surveyMetrics(config, kommune());

  it('counts persons, respondents and the response rate', () => {
    expect(m.persons).toBe(5);
    expect(m.respondents).toBe(3); // p1, p2, p3
    expect(m.responseRate).toBe(0.6); // 3 / 5
  });

  it('counts persons per function at any position, in study.yaml order, zero included', () => {
    // okonomi: p1 (1st), p3 (2nd), p4; tjenester: p3; tildeling: p1 (2nd), p2, p5; drift: nobody
    expect(m.functions).toEqual({ okonomi: 3, tjenester: 1, tildeling: 3, drift: 0 });
    expect(Object.keys(m.functions)).toEqual(['okonomi', 'tjenester', 'tildeling', 'drift']);
    expect(m.functionTotal).toBe(7); // 3 + 1 + 3 + 0
  });

  it('summarises rating and text questions', () => {
    expect(m.questions.samordning).toEqual({
      answered: 3, // 3, vet ikke, 6
      dontKnow: 1,
      valid: 2,
      mean: 4.5, // (3 + 6) / 2
      counts: { '1': 0, '2': 0, '3': 1, '4': 0, '5': 0, '6': 1 },
    });
    expect(m.questions.moteplasser).toEqual({
      answered: 0,
      dontKnow: 0,
      valid: 0,
      mean: null,
      counts: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0 },
    });
    expect(m.questions.styrker).toEqual({ answered: 1 }); // '  ' and '\n' are blank
  });
});

describe('ratingMetrics and textMetrics', () => {
  it('count valid values, don\'t know and blanks', () => {
    // valid 1, 2, 2, 6: mean 11/4; one vet ikke; two unanswered
    expect(ratingMetrics([1, 2, null, 'vet_ikke', 2, 6, null])).toEqual({
      answered: 5,
      dontKnow: 1,
      valid: 4,
      mean: 2.75,
      counts: { '1': 1, '2': 2, '3': 0, '4': 0, '5': 0, '6': 1 },
    });
    expect(ratingMetrics([]).mean).toBeNull();
    expect(textMetrics(['', ' \t', 'x', ' y '])).toEqual({ answered: 2 });
  });
});

describe('politicalMetrics', () => {
  const p = politicalMetrics(kommune());

  it('counts distinct respondents, never rows', () => {
    expect(p.answered).toBe(3); // respondents p1, p2, p3
    expect(p.withAnyContact).toBe(2); // p1, p2
    expect(p.bodies).toEqual({
      // p1 and p2 (p2's two identical rows count once)
      formannskap: {
        persons: 2,
        types: { gir_informasjon: 2, far_informasjon: 1, politisk_diskusjon: 0, faglig_diskusjon: 0 },
      },
      kommunestyre: {
        persons: 1,
        types: { gir_informasjon: 1, far_informasjon: 0, politisk_diskusjon: 0, faglig_diskusjon: 0 },
      },
      rad: {
        persons: 0,
        types: { gir_informasjon: 0, far_informasjon: 0, politisk_diskusjon: 0, faglig_diskusjon: 0 },
      },
    });
    expect(Object.keys(p.bodies)).toEqual(['formannskap', 'kommunestyre', 'rad']);
    // p1 gives information to two bodies: still one respondent
    expect(p.anyBodyTypes).toEqual({ gir_informasjon: 2, far_informasjon: 1, politisk_diskusjon: 0, faglig_diskusjon: 0 });
  });

  it('ignores rows of persons who are not respondents', () => {
    const data = kommune();
    data.political.push({ person: 'p4', body: 'rad', type: 'faglig_diskusjon', source: { file: 'political.csv', line: 7 } });
    const q = politicalMetrics(data);
    expect(q.withAnyContact).toBe(2);
    expect(q.bodies.rad!.persons).toBe(0);
  });
});
