// A caption says only what its figure draws: an author's caption that promises marks the figure
// lacks is a located warning, and the generated sentence about the marks is appended.

import { describe, expect, it } from 'vitest';
import { captionProblems, captionWithMarks } from '../../src/render/caption-marks.ts';
import type { Figure, FigureMarks } from '../../src/types.ts';

const marks = (over: Partial<FigureMarks>): FigureMarks => ({
  brokerRings: 0, clusterOutlines: 0, nonRespondents: 0, strongTies: 0, ties: 10, multipleFunctions: 0, functions: {}, ...over,
});
const figure = (m: FigureMarks): Figure => ({ id: 'network-testvik-weekly', title: 'Ukentlig kontakt i Testvik', svg: '<svg/>', alt: '', table: { headers: [], rows: [] }, marks: m, marksCaption: 'Ingen skiller seg ut som brobygger.' });
const loc = { file: 'data/kommuner/testvik/tekst/kommune.md', line: 45, column: 1 };

describe('captionProblems', () => {
  it('warns, with file and line, where the caption promises rings for bridge builders the figure does not draw', () => {
    const problems = captionProblems('Kontakt minst hver uke. Brobyggerne er markert med rød ring.', figure(marks({ clusterOutlines: 3 })), 12, loc);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.source).toEqual(loc);
    expect(problems[0]!.message).toMatch(/figure 12 \("network-testvik-weekly"\) speaks of bridge builders.*0 bridge-builder circles/);
  });

  it('is quiet where the figure draws what the caption says, in bokmål and nynorsk', () => {
    const drawn = figure(marks({ brokerRings: 2, clusterOutlines: 2, nonRespondents: 4, strongTies: 3 }));
    expect(captionProblems('Klynger og brobyggere er markert med rødt.', drawn, 1, loc)).toEqual([]);
    expect(captionProblems('Raude ringar markerer klynger og brubyggjarar.', drawn, 1, loc)).toEqual([]);
    expect(captionProblems('Nettverket har to tydelige klynger; tykke linjer er daglig kontakt.', drawn, 1, loc)).toEqual([]);
  });

  it('checks a number of clusters against the outlines drawn', () => {
    const five = figure(marks({ clusterOutlines: 5 }));
    expect(captionProblems('Nettverket har to klynger.', five, 3, loc)[0]!.message).toMatch(/speaks of 2 clusters.*5 cluster outlines/);
    expect(captionProblems('Nettverket har fem klynger.', five, 3, loc)).toEqual([]);
  });

  it('checks dashed non-respondents, thick ties and several functions', () => {
    const plain = figure(marks({ clusterOutlines: 1 }));
    const found = captionProblems('Stiplet kant: har ikke svart. Tykke linjer: daglig. Delte ruter: flere funksjoner.', plain, 4, loc);
    expect(found.map((p) => p.message.match(/speaks of ([^,]+?)(?:,| but)/)![1])).toEqual([
      'non-respondents (dashed squares)', 'strong ties (thick lines)', 'persons with several functions',
    ]);
  });

  it('says nothing about figures without marks (charts)', () => {
    const chart: Figure = { id: 'rating-x-all', title: 'x', svg: '<svg/>', alt: '', table: { headers: [], rows: [] } };
    expect(captionProblems('Brobyggerne er markert med rød ring.', chart, 1, loc)).toEqual([]);
  });
});

describe('captionWithMarks', () => {
  it('appends the figure\'s own sentence about its marks to the caption, with a full stop between', () => {
    const f = figure(marks({}));
    expect(captionWithMarks('Kontakt minst hver uke', f)).toBe('Kontakt minst hver uke. Ingen skiller seg ut som brobygger.');
    expect(captionWithMarks('Kontakt minst hver uke.', f)).toBe('Kontakt minst hver uke. Ingen skiller seg ut som brobygger.');
    expect(captionWithMarks('Uten merker.', { ...f, marksCaption: undefined })).toBe('Uten merker.');
  });
});
