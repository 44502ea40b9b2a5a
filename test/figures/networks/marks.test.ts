// Every function visible, and the figure's account of its marks: in every demo network figure the
// squares' stripes per function add up to Tabell 1 (metrics.functions), and `marks` counts what the
// SVG draws; the caption sentence speaks only of those marks, in the note's language.

import { drawnCommunities } from '../../../src/figures/networks/cluster-rule.ts';
import { describe, expect, it } from 'vitest';
import { networkFigure } from '../../../src/figures/networks/index.ts';
import { marksCaption } from '../../../src/figures/networks/marks.ts';
import { demoFigureInputs } from './demo-figures.ts';

function count(svg: string, re: RegExp): number {
  return (svg.match(re) ?? []).length;
}

describe('network figure marks', () => {
  for (const { input, functions } of demoFigureInputs()) {
    it(`${input.id}: function marks per code = Tabell 1; marks as drawn`, () => {
      const figure = networkFigure(input);
      for (const [code, n] of Object.entries(functions)) {
        expect(count(figure.svg, new RegExp(`data-function="${code}"`, 'g')), `${input.id} ${code}`).toBe(n);
      }
      expect(figure.marks!.functions).toEqual(Object.fromEntries(Object.entries(functions).filter(([, n]) => n > 0)));
      const brokers = figure.svg.match(/<g class="brokers"[^>]*>(.*?)<\/g>/)![1]!;
      expect(count(brokers, /<circle/g)).toBe(figure.marks!.brokerRings);
      expect(figure.marks!.brokerRings).toBe(input.brokers.length);
      const outlines = figure.svg.match(/<g class="clusters"[^>]*>(.*?)<\/g>/)![1]!;
      expect(count(outlines, /<path/g)).toBe(figure.marks!.clusterOutlines);
      // The drawn clusters are the cluster rule's: ≥ 3 persons and not mostly chain (Ørland weekly: 9, 5, 5, 4; its chain of four is not outlined).
      expect(figure.clusters!.map((c) => c.members.length)).toEqual(drawnCommunities(input.communities, input.ties).map((c) => c.length).sort((a, b) => b - a));
      const several = input.persons.filter((p) => (p.functionCodes ?? []).length > 1).length;
      expect(figure.marks!.multipleFunctions).toBe(several);
      if (several > 0) expect(figure.svg).toMatch(/>Fle(?:re funksjoner|ire funksjonar) \(é(?:n|in) farge per funksjon\)</);
    });
  }
});

describe('marksCaption', () => {
  const base = { brokerRings: 0, clusterOutlines: 0, nonRespondents: 0, strongTies: 0, ties: 5, multipleFunctions: 0, functions: {} };

  it('names only the marks drawn, bokmål', () => {
    expect(marksCaption({ ...base, clusterOutlines: 3, brokerRings: 2, nonRespondents: 6, strongTies: 4 }, 'nb', 'Daglig kontakt')).toBe(
      'Tre klynger er ringet inn med rødt, og to brobyggere er markert med rød sirkel. ' +
        'Seks personer med stiplet kant har ikke svart og er bare med gjennom andres svar. Tykke linjer viser daglig kontakt.',
    );
    expect(marksCaption({ ...base, clusterOutlines: 1 }, 'nb', '')).toBe('Én klynge er ringet inn med rødt. Ingen skiller seg ut som brobygger.');
    expect(marksCaption({ ...base, ties: 0 }, 'nb', '')).toBe('');
  });

  it('nynorsk', () => {
    expect(marksCaption({ ...base, brokerRings: 1, multipleFunctions: 2 }, 'nn', '')).toBe(
      'Éin brubyggjar er markert med raud sirkel. To personar har fleire funksjonar og er viste med éin farge per funksjon.',
    );
    expect(marksCaption({ ...base, clusterOutlines: 2, brokerRings: 2 }, 'nn', '')).toBe('To klynger er ringa inn med raudt, og to brubyggjarar er markerte med raud sirkel.');
  });
});
