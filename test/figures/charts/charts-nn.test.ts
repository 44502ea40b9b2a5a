// The rating charts in nynorsk: every fixed word of a chart (axis titles, legend, alt text, table
// headers) follows `language`; the question and its end labels come from the data as given.

import { describe, expect, it } from 'vitest';
import { ratingCounts, ratingDistributionAll, ratingMeans } from '../../../src/figures/charts/index.ts';
import { RATING_KEYS } from '../../../src/figures/charts/rating-scale.ts';
import { RATING_COLOURS, RATING_DONT_KNOW_STROKE } from '../../../src/figures/style.ts';
import type { Figure, QuestionDef } from '../../../src/types.ts';
import { OPPDAL_MOTEPLASSER, SAMORDNING, tabell2Rows } from './rating-fixtures.ts';

/** The survey question as a nynorsk study would write it. */
const SAMORDNING_NN: QuestionDef = {
  id: 'samordning',
  kind: 'rating',
  text: 'Kor godt meiner du at samordninga av det bustadsosiale arbeidet fungerer i kommunen din?',
  low: 'Svært dårleg',
  high: 'Svært godt',
};

const MOTEPLASSER_NN: QuestionDef = {
  id: 'moteplasser',
  kind: 'rating',
  text: 'Kommunen min har gode formelle møtepunkt for diskusjon av bustadsosiale spørsmål.',
  low: 'Heilt usamd',
  high: 'Heilt samd',
};

/** The text of every <text> element, one entry per line (<tspan>) of multi-line labels, entities decoded. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)]
    .flatMap((m) => (m[1]!.includes('<tspan') ? [...m[1]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]!) : [m[1]!]))
    .map((t) => t.replace(/&amp;/g, '&').replace(/&lt;/g, '<'));
}

/** Everything a reader sees of a figure: title, alt text, table and the words in the SVG. */
function allWords(f: Figure): string {
  return [f.title, f.alt, ...f.table.headers, ...f.table.rows.flat(), ...svgTexts(f.svg)].join('\n');
}

function withTomvik() {
  const rows = tabell2Rows();
  rows.push({ slug: 'tom', name: 'Tomvik', metrics: { answered: 3, dontKnow: 3, valid: 0, mean: null, counts: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0 } } });
  return rows;
}

function nynorskFigures(): Promise<Figure[]> {
  const rows = withTomvik();
  return Promise.all([
    ratingDistributionAll(SAMORDNING_NN, rows, 'nn'),
    ratingCounts(SAMORDNING_NN, 'oppdal', 'Oppdal', rows[2]!.metrics, 'nn'),
    ratingCounts(MOTEPLASSER_NN, 'oppdal', 'Oppdal', OPPDAL_MOTEPLASSER, 'nn'),
    ratingCounts(MOTEPLASSER_NN, 'tom', 'Tomvik', rows[5]!.metrics, 'nn'),
    ratingMeans(SAMORDNING_NN, rows, 'nn'),
  ]);
}

/** Bokmål forms that a nynorsk chart must not print (as whole words or phrases). */
const BOKMAL = [
  /\bVet ikke\b/i,
  /\bVet ikkje\b/i,
  /\bAndel av dem\b/i,
  /\bdem som\b/i,
  /\bantall\b/i,
  /\bholdt utenfor\b/i,
  /\bfra\b/i,
  /\ben skala\b/i,
  /\bhver\b/i,
  /\bsvarene\b/i,
  /\bBlant de\b/i,
  /\bGjennomsnittlig\b/i,
  /\bhøyest\b/i,
  /\blavest\b/i,
];

describe('rating charts in nynorsk', () => {
  it('print no bokmål words', async () => {
    for (const f of await nynorskFigures()) {
      const words = allWords(f);
      for (const form of BOKMAL) expect(words, `${f.id}: ${form}`).not.toMatch(form);
    }
  });

  it('are byte-identical for the same input, and keep the ids of the bokmål charts', async () => {
    const first = await nynorskFigures();
    const second = await nynorskFigures();
    expect(second.map((f) => f.svg)).toEqual(first.map((f) => f.svg));
    expect(first.map((f) => f.id)).toEqual(['rating-samordning-all', 'rating-samordning-oppdal', 'rating-moteplasser-oppdal', 'rating-moteplasser-tom', 'means-samordning']);
  });

  it('word Figur 7 in nynorsk: axis, legend, alt text and table', async () => {
    const f = await ratingDistributionAll(SAMORDNING_NN, withTomvik(), 'nn');
    const texts = svgTexts(f.svg);
    expect(texts).toEqual(expect.arrayContaining(['Del av dei som svarte', '1 Svært dårleg', '6 Svært godt', 'Veit ikkje', 'Oppdal (N = 23)']));
    expect(f.title).toBe('Vurdering av «Kor godt meiner du at samordninga av det bustadsosiale arbeidet fungerer i kommunen din?», fordelt på kommune');
    expect(f.alt).toMatch(/^Stolpediagram over svara på «Kor godt .*» på ein skala frå 1 \(svært dårleg\) til 6 \(svært godt\), i prosent av dei som svarte i kvar kommune\. /);
    expect(f.alt).toContain('Oppdal (N = 23): 70\u00a0% svarte 1–3, 17\u00a0% svarte 4–6 og 13\u00a0% veit ikkje');
    expect(f.alt).toContain('Tomvik (N = 3): 0\u00a0% svarte 1–3, 0\u00a0% svarte 4–6 og 100\u00a0% veit ikkje');
    expect(f.table.headers).toEqual(['Kommune', 'N', '1 Svært dårleg', '2', '3', '4', '5', '6 Svært godt', 'Veit ikkje']);
  });

  it('outline «Veit ikkje» in the legend as «Vet ikke» is outlined in bokmål', async () => {
    const symbolsOf = (svg: string) =>
      [...svg.matchAll(/<path transform="translate\(6,6\)" d="[^"]*" fill="(#[0-9a-f]{6})" stroke="(#[0-9a-f]{6})"/g)].map((m) => [m[1], m[2]]);
    const nn = await ratingDistributionAll(SAMORDNING_NN, tabell2Rows(), 'nn');
    expect(symbolsOf(nn.svg)).toEqual(RATING_KEYS.map((k) => [RATING_COLOURS[k], k === 'vet_ikke' ? RATING_DONT_KNOW_STROKE : '#ffffff']));
  });

  it("word one kommune's counts in nynorsk (Figur 18, 22)", async () => {
    const f = await ratingCounts(MOTEPLASSER_NN, 'oppdal', 'Oppdal', OPPDAL_MOTEPLASSER, 'nn');
    expect(svgTexts(f.svg)).toEqual(expect.arrayContaining(['Svaralternativ (N = 23)', 'Heilt usamd', 'Heilt samd', 'Veit ikkje']));
    expect(f.table.headers).toEqual(['Svar', 'Tal']);
    expect(f.table.rows.slice(-2)).toEqual([
      ['Veit ikkje', '1'],
      ['Totalt (N)', '23'],
    ]);
    expect(f.alt).toBe(
      'Stolpediagram over talet på svar i Oppdal på «Kommunen min har gode formelle møtepunkt for diskusjon av bustadsosiale spørsmål» ' +
        'på ein skala frå 1 (heilt usamd) til 6 (heilt samd). 23 svarte (N = 23): 1: 7, 2: 8, 3: 4, 4: 2, 5: 1, 6: 0, veit ikkje: 1. ' +
        'Av dei 22 gyldige svara: gjennomsnitt 2,2.',
    );
    const none = await ratingCounts(MOTEPLASSER_NN, 'tom', 'Tomvik', withTomvik()[5]!.metrics, 'nn');
    expect(none.alt).toContain('Av dei 0 gyldige svara: ingen gyldige svar.');
  });

  it('word the means (Tabell 2) in nynorsk', async () => {
    const f = await ratingMeans(SAMORDNING_NN, withTomvik(), 'nn');
    expect(svgTexts(f.svg)).toEqual(
      expect.arrayContaining(['Gjennomsnitt; n = talet på gyldige svar (veit ikkje er halde utanfor)', 'Svært dårleg', 'Svært godt', 'ingen gyldige svar']),
    );
    expect(f.title).toBe('Gjennomsnittleg vurdering av «Kor godt meiner du at samordninga av det bustadsosiale arbeidet fungerer i kommunen din?»');
    expect(f.table.headers).toEqual(['Kommune', 'Gjennomsnitt', 'Gyldige svar', 'Veit ikkje']);
    expect(f.table.rows.map((r) => r[0])).toEqual(['Rissa', 'Volda', 'Nærøy', 'Ørland', 'Oppdal', 'Tomvik']);
    expect(f.alt).toContain('der veit ikkje er halde utanfor, sortert frå høgast til lågast: Rissa 4,0, Volda 4,0, Nærøy 3,7, Ørland 2,9, Oppdal 2,7, Tomvik ingen gyldige svar.');
  });
});

describe('language of the rating charts', () => {
  it("is bokmål by default: 'nb' gives exactly what no language gives", async () => {
    const rows = withTomvik();
    const pairs = await Promise.all([
      Promise.all([ratingDistributionAll(SAMORDNING, rows), ratingDistributionAll(SAMORDNING, rows, 'nb')]),
      Promise.all([ratingCounts(SAMORDNING, 'oppdal', 'Oppdal', rows[2]!.metrics), ratingCounts(SAMORDNING, 'oppdal', 'Oppdal', rows[2]!.metrics, 'nb')]),
      Promise.all([ratingMeans(SAMORDNING, rows), ratingMeans(SAMORDNING, rows, 'nb')]),
    ]);
    for (const [plain, nb] of pairs) expect(nb).toEqual(plain);
    const [all, counts, means] = pairs.map(([plain]) => plain);
    expect(svgTexts(all!.svg)).toEqual(expect.arrayContaining(['Andel av dem som svarte', 'Vet ikke']));
    expect(svgTexts(counts!.svg)).toEqual(expect.arrayContaining(['Svaralternativ (N = 23)', 'Vet ikke']));
    expect(svgTexts(means!.svg)).toContain('Gjennomsnitt; n = antall gyldige svar (vet ikke er holdt utenfor)');
    expect(means!.table.headers).toEqual(['Kommune', 'Gjennomsnitt', 'Gyldige svar', 'Vet ikke']);
  });

  it('changes only the words, not the drawing: the same marks in bokmål and nynorsk', async () => {
    const marks = (svg: string) => [...svg.matchAll(/ fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]).join(',');
    const rows = tabell2Rows();
    const nb = await ratingCounts(SAMORDNING, 'oppdal', 'Oppdal', rows[2]!.metrics);
    const nn = await ratingCounts(SAMORDNING, 'oppdal', 'Oppdal', rows[2]!.metrics, 'nn');
    expect(marks(nn.svg)).toBe(marks(nb.svg));
  });
});
