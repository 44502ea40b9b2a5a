// The privacy guard (src/pipeline/privacy.ts) on hand-made outputs: a name from persons.csv anywhere
// a reader could see it (HTML text, markup, entities, SVG, JSON, the PDF's text) fails the build,
// naming the output file and the person's line, never the name; logs are redacted.

import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { formatProblem, KommunenotatError } from '../../src/errors.ts';
import { assertNoNames, assertNoNamesInOutput, redactingLogger, redactNames, withoutNames } from '../../src/pipeline/privacy.ts';
import { silentLogger } from '../../src/pipeline/effects.ts';
import type { OutputFiles } from '../../src/output/write-output.ts';
import type { KommuneData, Person } from '../../src/types.ts';

const person = (id: string, line: number, name?: string): Person => ({
  id, functions: ['okonomi'], ...(name ? { name } : {}), source: { file: 'data/kommuner/testby/persons.csv', line },
});

const KOMMUNE: KommuneData = {
  slug: 'testby', name: 'Testby', dir: 'data/kommuner/testby', politicalBodies: [],
  persons: [person('p1', 2, 'Åse Ødegård'), person('p2', 3, 'Bjørn Ærø'), person('p3', 4, 'Dag'), person('p4', 5, 'Bo'), person('p5', 6)],
  responses: [], contacts: [], political: [], raw: {}, source: { file: 'data/kommuner/testby/kommune.yaml' },
};
const OTHER: KommuneData = { ...KOMMUNE, slug: 'annen', persons: [person('q1', 2, 'Per Olav Hansen')] };

function failure(files: OutputFiles, all = [KOMMUNE, OTHER]): string[] {
  try {
    assertNoNames(KOMMUNE, all, files);
  } catch (error) {
    expect(error).toBeInstanceOf(KommunenotatError);
    expect((error as KommunenotatError).isUserError).toBe(true); // exit 1: the data must change
    return (error as KommunenotatError).problems.map(formatProblem);
  }
  return [];
}

const html = (body: string): OutputFiles => new Map([['notat.html', `<!DOCTYPE html><html><body>${body}</body></html>`]]);

async function pdfWith(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  lines.forEach((text, i) => page.drawText(text, { x: 50, y: 780 - i * 20, size: 12, font }));
  return doc.save({ useObjectStreams: false });
}

describe('assertNoNames', () => {
  it('fails naming the output file and the person\'s line, not the name (æøå, any case)', () => {
    const lines = failure(html('<blockquote class="sitat"><p>«Jeg ringer ÅSE ØDEGÅRD hver uke»</p></blockquote>'));
    expect(lines).toEqual([
      'data/kommuner/testby/persons.csv:2: the name of this person would appear in notat.html; names are never printed. Remove the name from the free-text answer or text file that quotes it.',
    ]);
    expect(lines.join('\n')).not.toMatch(/Åse|Ødegård/i);
  });

  it('sees a name through markup, entities and line breaks', () => {
    expect(failure(html('<p>Bjørn <em>Ærø</em> sa</p>'))).toHaveLength(1);
    expect(failure(html('<p>&#197;se &Oslash;deg&aring;rd</p>'))).toHaveLength(1);
    expect(failure(html('<p>Åse\n   Ødegård</p>'))).toHaveLength(1);
    expect(failure(html('<p title="Åse Ødegård">x</p>'))).toHaveLength(1);
  });

  it('checks SVG figures and metrics.json too, and names of every kommune of the study', () => {
    const files: OutputFiles = new Map([
      ['figures/network-testby-weekly.svg', '<svg xmlns="http://www.w3.org/2000/svg"><text>Bjørn Ærø</text></svg>'],
      ['metrics.json', JSON.stringify({ note: 'per olav hansen' })],
    ]);
    expect(failure(files)).toEqual([
      expect.stringMatching(/^data\/kommuner\/testby\/persons\.csv:3: .* in figures\/network-testby-weekly\.svg;/),
      expect.stringMatching(/^data\/kommuner\/testby\/persons\.csv:2: .* in metrics\.json;/),
    ]);
  });

  it('reads the PDF\'s text (pdftotext), also a name broken over two lines', async () => {
    const pdf = await pdfWith(['Sitat: Jeg snakket med Bjørn', 'Ærø om saken.']);
    expect(failure(new Map([['notat.pdf', pdf]]))).toEqual([
      expect.stringMatching(/^data\/kommuner\/testby\/persons\.csv:3: the name of this person would appear in notat\.pdf;/),
    ]);
    expect(failure(new Map([['notat.pdf', await pdfWith(['Daglig kontakt i Testby'])]]))).toEqual([]);
  });

  it('finds the same names when pdftotext runs in the background (the build\'s check)', async () => {
    const files: OutputFiles = new Map<string, string | Uint8Array>([
      ['notat.pdf', await pdfWith(['Sitat: Jeg snakket med Bjørn', 'Ærø om saken.'])],
      ['notat.html', '<p>Åse Ødegård</p>'],
    ]);
    const error = await assertNoNamesInOutput(KOMMUNE, [KOMMUNE, OTHER], files).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KommunenotatError);
    expect((error as KommunenotatError).problems.map(formatProblem)).toEqual(failure(files));
    expect(failure(files)).toHaveLength(2);
    const clean: OutputFiles = new Map([['notat.pdf', await pdfWith(['Daglig kontakt i Testby'])]]);
    await expect(assertNoNamesInOutput(KOMMUNE, [KOMMUNE, OTHER], clean)).resolves.toBeUndefined();
  });

  it('matches whole names only: "Dag" is not in "daglig"; a one-word name or a part alone is left to the quote check', () => {
    expect(failure(html('<p>Daglig kontakt. Dagens møte. Bo og bor.</p>'))).toEqual([]);
    // The template's own words: "samme dag", and a CSS comment that says "are added" (person: Are Lund).
    const withAre: KommuneData = { ...KOMMUNE, persons: [...KOMMUNE.persons, person('p7', 8, 'Are Lund')] };
    expect(failure(html('<style>/* Are added */</style><p>Vi møtte Dag samme dag. Lund kommune.</p>'), [withAre])).toEqual([]);
    expect(failure(html('<p>Takk til are\u00A0LUND.</p>'), [withAre])).toEqual([expect.stringMatching(/^data\/kommuner\/testby\/persons\.csv:8: /)]);
  });

  it('searches names of every length (Bo Ek), as a reader reads them: NFD, invisibles, apostrophes, dashes, no-break spaces', () => {
    const all: KommuneData[] = [{ ...KOMMUNE, persons: [person('b1', 2, 'Bo Ek'), person('o1', 3, "Siobhan O'Neill"), person('a1', 4, 'Anne-Lise Åsen')] }];
    const lines = (body: string) => failure(html(body), all).map((line) => line.split(':')[1]);
    expect(lines('<p>Hilsen bo ek</p>')).toEqual(['2']);
    expect(lines('<p>Siobhan O’Neill og Siobhan Oʼneill</p>')).toEqual(['3']);
    expect(lines('<p>Siob\u200Bhan O’Ne\u00ADill</p>')).toEqual(['3']);
    expect(lines('<p>Anne\u2011Lise\u202FA\u030Asen</p>')).toEqual(['4']); // non-breaking hyphen, narrow NBSP, NFD Å
    expect(lines('<p>\uFEFFAnne–Lise &nbsp;Åsen</p>')).toEqual(['4']);
    expect(lines('<p>Anne, Lise og Åsen; Bo eller Ek</p>')).toEqual([]);
  });

  it('passes outputs with persons only as ids and function labels', () => {
    expect(failure(html('<p>p1 (Økonomi) og p2 (Tildeling) har daglig kontakt.</p>'))).toEqual([]);
  });
});

describe('names in logs', () => {
  it('withoutNames drops every name before the later stages', () => {
    expect(withoutNames(KOMMUNE).persons.some((p) => 'name' in p)).toBe(false);
  });

  it('redactNames replaces every name by its place in persons.csv', () => {
    expect(redactNames('Åse Ødegård og åse\nødegård; Dagfinn og daglig', [KOMMUNE])).toBe(
      '[name on persons.csv line 2] og [name on persons.csv line 2]; Dagfinn og daglig',
    );
  });

  it('redacts a first name or surname alone where it is written as a name (capital), not the word', () => {
    expect(redactNames('Ødegård sa at Dag kommer samme dag; Bo bor her, å bo', [KOMMUNE])).toBe(
      '[name on persons.csv line 2] sa at [name on persons.csv line 4] kommer samme dag; [name on persons.csv line 5] bor her, å bo',
    );
    expect(redactNames('unknown person "bjørn_ærø" in contacts.csv', [KOMMUNE])).toBe('unknown person "[name on persons.csv line 3]" in contacts.csv');
  });

  it('a redacting logger never prints a name', () => {
    const inner = silentLogger();
    const logger = redactingLogger(inner, [KOMMUNE, OTHER]);
    logger.warn({ source: { file: 'notat.md', line: 3 }, message: 'text quotes Per Olav Hansen', fix: 'Remove Bjørn Ærø' });
    logger.info('Dag was here');
    logger.step('testby', 'done', 1, 'Åse Ødegård');
    expect(inner.lines.join('\n')).not.toMatch(/Per Olav|Bjørn|Ærø|Åse|\bDag\b/);
  });
});
