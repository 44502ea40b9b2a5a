import { describe, expect, it } from 'vitest';
import { KommunenotatError } from '../../../src/errors.ts';
import { politicalAllFigure, politicalBodyFigure } from '../../../src/figures/political/index.ts';
import { oppdalLike } from './oppdal-like.ts';

const NBSP = '\u00a0';

function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}

/** Contact lines drawn for a type, legend sample excluded (it sits in the first <g>). */
function linesOf(svg: string, colour: string, dash?: string): number {
  const body = svg.slice(svg.indexOf('</g>'));
  const pattern = new RegExp(`<path d="[^"]*" stroke="${colour}" stroke-width="[\\d.]+"${dash ? ` stroke-dasharray="${dash}" stroke-linecap="round"` : ''} fill="none"/>`, 'g');
  return [...body.matchAll(pattern)].length;
}

describe('political contact with one body (Figur 23-25)', () => {
  it('formannskapet: 6 of 23, all give information, 1 also gets it, nobody discusses', () => {
    const f = politicalBodyFigure(oppdalLike(), 'formannskap');
    expect(f.id).toBe('political-oppdal-formannskap');
    expect(f.title).toBe('Kontakt med formannskapet i Oppdal');
    expect(f.alt).toMatch(/^6 av 23 respondenter i Oppdal har kontakt med formannskapet; alle gir informasjon, 1 får også informasjon, ingen diskuterer\./);
    expect(f.table.headers).toEqual(['Respondent (funksjon)', 'Gir informasjon', 'Får informasjon', 'Politisk diskusjon', 'Faglig diskusjon']);
    expect(f.table.rows).toHaveLength(7);
    expect(f.table.rows.at(-1)).toEqual(['Totalt: 6 av 23', '6', '1', '0', '0']);
    // One line per contact: 6 give (black), 1 gets (blue), no dashed discussions.
    expect(linesOf(f.svg, '#1a1a1a')).toBe(6);
    expect(linesOf(f.svg, '#2166ac')).toBe(1);
    expect(f.svg).toContain(`Respondenter med kontakt (6${NBSP}av${NBSP}23)`);
  });

  it('kommunestyret: 5, information only', () => {
    const f = politicalBodyFigure(oppdalLike(), 'kommunestyre');
    expect(f.alt).toMatch(/^5 av 23 respondenter i Oppdal har kontakt med kommunestyret; 4 gir informasjon, 2 får informasjon, ingen diskuterer\./);
    expect(f.table.rows.at(-1)).toEqual(['Totalt: 5 av 23', '4', '2', '0', '0']);
  });

  it('ordføreren: 7, two of whom also discuss', () => {
    const f = politicalBodyFigure(oppdalLike(), 'ordforer');
    expect(f.alt).toMatch(/^7 av 23 respondenter i Oppdal har kontakt med ordføreren; 6 gir informasjon, 1 får informasjon, 1 har politiske diskusjoner og 2 har faglige diskusjoner\./);
    expect(f.table.rows.at(-1)).toEqual(['Totalt: 7 av 23', '6', '1', '1', '2']);
    expect(linesOf(f.svg, '#b35806', '7 3')).toBe(1);
    expect(linesOf(f.svg, '#542788', '0.1 3.4')).toBe(2);
    // The person with three kinds of contact: one row with three crosses.
    expect(f.table.rows).toContainEqual(['Politisk folkevalgt', 'x', '–', 'x', 'x']);
  });

  it('a body nobody has contact with still gets a figure', () => {
    const input = oppdalLike();
    input.bodies.push({ id: 'hso', label: 'Hovedutvalg helse og omsorg' });
    const f = politicalBodyFigure(input, 'hso');
    expect(f.alt).toBe('Ingen av de 23 respondentene i Oppdal har kontakt med hovedutvalg helse og omsorg.');
    expect(f.table.rows).toEqual([['Totalt: 0 av 23', '0', '0', '0', '0']]);
  });
});

describe('political contact with all bodies (Figur 26)', () => {
  it('counts persons per body and across bodies', () => {
    const f = politicalAllFigure(oppdalLike());
    expect(f.id).toBe('political-oppdal-all');
    expect(f.alt).toContain('10 av 23 respondenter i Oppdal har kontakt med minst ett politisk organ: formannskapet (6), kommunestyret (5) og ordføreren (7).');
    expect(f.alt).toContain('4 får informasjon, og 2 har politiske eller faglige diskusjoner.');
    expect(f.table.rows).toEqual([
      ['Formannskapet', '6', '6', '1', '0', '0'],
      ['Kommunestyret', '5', '4', '2', '0', '0'],
      ['Ordføreren', '7', '6', '1', '1', '2'],
      ['Minst ett organ', '10', '8', '4', '1', '2'],
      ['Ingen politisk kontakt', '13', '–', '–', '–', '–'],
    ]);
  });

  it('lists the respondents with no political contact on the left', () => {
    const f = politicalAllFigure(oppdalLike());
    expect(f.alt).toContain('13 respondenter har ingen politisk kontakt og står i listen til venstre: tjenester i bolig (6), tildeling av bolig (4)');
    const t = texts(f.svg);
    expect(t).toContain(`Ingen politisk kontakt (13${NBSP}av${NBSP}23)`);
    // Every respondent appears once, by function label: 6 Tjenester, none of them with contact.
    expect(t.filter((x) => x === 'Tjenester')).toHaveLength(6);
    expect(t.filter((x) => x === 'Øk. virkemidler')).toHaveLength(4);
    // The no-contact boxes are left of every contact line.
    const firstTjenester = f.svg.match(/<rect x="([\d.]+)" y="[\d.]+" width="[\d.]+" height="[\d.]+" rx="3" fill="#DDCC77"/);
    expect(Number(firstTjenester![1])).toBeLessThan(50);
  });

  it('never prints person ids', () => {
    const f = politicalAllFigure(oppdalLike());
    expect(f.svg).not.toMatch(/p\d\d/);
    expect(f.alt + JSON.stringify(f.table)).not.toMatch(/p\d\d/);
  });

  it('is byte-identical for the same input and static', () => {
    const a = politicalAllFigure(oppdalLike());
    const b = politicalAllFigure(oppdalLike());
    expect(a.svg).toBe(b.svg);
    expect(a.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(a.svg).not.toMatch(/<script|on\w+=|\sid=/i);
  });

  it('rejects contacts that do not fit the input', () => {
    const input = oppdalLike();
    input.contacts.push({ person: 'p99', body: 'formannskap', type: 'gir_informasjon' });
    expect(() => politicalAllFigure(input)).toThrow(KommunenotatError);
    expect(() => politicalBodyFigure(oppdalLike(), 'nope')).toThrow(/no political body "nope"/);
  });
});
