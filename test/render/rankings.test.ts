// Rankings of functions by a share (src/render/rankings.ts) and the top-list claim.

import { describe, expect, it } from 'vitest';
import { getPath } from '../../src/render/helpers.ts';
import { bottom, functionList, functionShares, isTopList, top } from '../../src/render/rankings.ts';
import type { FunctionDef } from '../../src/types.ts';
import { sources, studyInput } from './fixture.ts';
import { renderNote } from '../../src/render/index.ts';

const F = (code: string, label: string): FunctionDef => ({ code, label, name: label });
const FUNCTIONS = [F('okonomi', 'Øk. virkemidler'), F('tjenester', 'Tjenester'), F('tildeling', 'Tildeling'), F('skaffe', 'Skaffe bolig'), F('boligsosialplan', 'Boligsosial plan'), F('husleie', 'Husleiekontrakt')];
const k = (byFunction: Record<string, [number, number]>) => ({
  political: { byFunction: Object.fromEntries(Object.entries(byFunction).map(([c, [withContact, respondents]]) => [c, { withContact, respondents }])) },
});
// Two kommuner. Summed: skaffe 5/6 = 83 %, boligsosialplan 3/5 = 60 %, okonomi 6/10 = 60 %,
// tildeling 3/7 = 43 %, tjenester 3/10 = 30 %; husleie is held by nobody (0 respondents): left out.
const KOMMUNER = [
  k({ okonomi: [3, 5], tjenester: [1, 4], tildeling: [2, 3], skaffe: [3, 3], boligsosialplan: [2, 2], husleie: [0, 0] }),
  k({ okonomi: [3, 5], tjenester: [2, 6], tildeling: [1, 4], skaffe: [2, 3], boligsosialplan: [1, 3] }),
];
const shares = functionShares(KOMMUNER, 'political.byFunction', FUNCTIONS, getPath);

describe('functionShares', () => {
  it('sums part and whole over the kommuner and ranks by share, equal per cent in study order', () => {
    expect(shares.map((s) => [s.code, s.part, s.whole])).toEqual([
      ['skaffe', 5, 6], ['okonomi', 6, 10], ['boligsosialplan', 3, 5], ['tildeling', 3, 7], ['tjenester', 3, 10],
    ]);
    expect(shares[0]!.share).toBeCloseTo(5 / 6, 12);
  });

  it('refuses a path that is not a per-function record', () => {
    expect(() => functionShares(KOMMUNER, 'political.answered', FUNCTIONS, getPath)).toThrow(/per-function record/);
  });
});

describe('top, bottom and the top-list claim', () => {
  it('never cuts a tie: the top two are three when the second and third share 60 %', () => {
    expect(top(shares, 1).map((s) => s.code)).toEqual(['skaffe']);
    expect(top(shares, 2).map((s) => s.code)).toEqual(['skaffe', 'okonomi', 'boligsosialplan']);
    expect(bottom(shares, 2).map((s) => s.code)).toEqual(['tjenester', 'tildeling']);
  });

  it('holds only for exactly the top functions: leaving out the highest fails', () => {
    expect(isTopList(shares, 'skaffe')).toBe(true);
    expect(isTopList(shares, 'skaffe okonomi boligsosialplan')).toBe(true);
    expect(isTopList(shares, 'okonomi boligsosialplan')).toBe(false); // Skaffe bolig (83 %) left out
    expect(isTopList(shares, 'skaffe okonomi')).toBe(false); // the tie at 60 % cut
    expect(isTopList(shares, 'tjenester')).toBe(false);
  });

  it('prints the labels with their shares', () => {
    expect(functionList(top(shares, 1), 'nb')).toBe('«Skaffe bolig» (83\u00a0%)');
    expect(functionList(bottom(shares, 2), 'nb')).toBe('«Tjenester» (30\u00a0%) og «Tildeling» (43\u00a0%)');
  });
});

describe('in the text', () => {
  // The fixture's two kommuner: tildeling 3/6 each (50 %), tjenester 2/9 each (22 %).
  function render(extra: string) {
    const input = studyInput();
    const src = sources(input);
    src.text.kommune = [{ path: '/tekst/kommune.md', text: `${src.text.kommune[0]!.text}\n\n${extra}\n` }];
    return renderNote(input, src);
  }

  it('binds the list, and a hand-written list that leaves out the highest gives a warning naming the real top', () => {
    const note = render('Mest kontakt har {{funksjoner (topp "political.byFunction" 1)}}. Mest har tjenestene{{claim (toppliste "political.byFunction" "tjenester")}}.');
    expect(note.html).toMatch(/Mest kontakt har «Tildeling» \(50\u00a0%\)\./);
    expect(note.warnings).toHaveLength(1);
    expect(note.warnings[0]!.message).toMatch(/claim \(toppliste "political\.byFunction" "tjenester"\) no longer holds.*the top 1 of political\.byFunction: tildeling 50 %/);
    expect(render('Mest har tildeling{{claim (toppliste "political.byFunction" "tildeling")}}.').warnings).toEqual([]);
  });
});
