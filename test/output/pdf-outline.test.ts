// Bookmark titles repaired to the headings' text (src/output/pdf-outline.ts).

import { describe, expect, it } from 'vitest';
import { repairedTitles } from '../../src/output/pdf-outline.ts';

describe('repairedTitles', () => {
  it('undoes the doubling Chromium gives a heading pushed to the next page', () => {
    expect(repairedTitles(['ForordForord', 'Innhold'], ['Forord', 'Innhold'])).toEqual(['Forord', 'Innhold']);
  });

  it('restores the space lost at a line break, also when the first line was taken twice', () => {
    const heading = 'Vedlegg 1: Referat fra kommunemøtet om boligsosialt arbeid i Oppdal kommune';
    const doubled = 'Vedlegg 1: Referat fra kommunemøtet om boligsosialtVedlegg 1: Referat fra kommunemøtet om boligsosialtarbeid i Oppdal kommune';
    expect(repairedTitles([doubled, 'Referanser'], [heading, 'Referanser'])).toEqual([heading, 'Referanser']);
  });

  it('writes the heading as written where CSS painted it in upper case', () => {
    expect(repairedTitles(['SAMORDNING AV BOLIGSOSIALTARBEID'], ['Samordning av boligsosialt arbeid'])).toEqual([
      'Samordning av boligsosialt arbeid',
    ]);
  });

  it('keeps the order: equal headings match one after another, hidden headings are skipped', () => {
    expect(repairedTitles(['Sammendrag', 'SammendragSammendrag', 'Mål'], ['Sammendrag', 'Skjult', 'Sammendrag', 'Mål'])).toEqual([
      'Sammendrag', 'Sammendrag', 'Mål',
    ]);
  });

  it('leaves a title that matches no heading as it is', () => {
    expect(repairedTitles(['Noe annet', 'B'], ['A', 'B'])).toEqual(['Noe annet', 'B']);
  });
});
