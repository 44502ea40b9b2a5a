// A nynorsk note in one language: shared texts per language in the YAML (`{ nb: …, nn: … }`), the
// shared chapters' titles from templates/i18n ({{kapittel "…"}}), and every figure's legend, headings
// and text alternative in the note's language, the other kommuner's figures too.

import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KommunenotatError } from '../../src/errors.ts';
import { readNoteSources } from '../../src/load/note-sources.ts';
import { computeKommuneMetrics } from '../../src/metrics/index.ts';
import { readStudy } from '../../src/pipeline/build.ts';
import { silentLogger } from '../../src/pipeline/effects.ts';
import { noteFigures } from '../../src/pipeline/note-figures.ts';
import { withoutNames } from '../../src/pipeline/privacy.ts';
import { renderNote } from '../../src/render/index.ts';
import { sources, studyInput } from './fixture.ts';

/** A study folder with text files per language for `forord` and one shared file for `innledning`. */
function perLanguageStudy(text: Record<string, unknown>, files: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'note-lang-'));
  mkdirSync(join(dir, 'tekst', 'nn'), { recursive: true });
  for (const file of files) writeFileSync(join(dir, file), `# ${file}\n\nTekst i ${file}.\n`);
  const yaml = `title: T\nnote:\n  text:\n${Object.entries(text).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`).join('\n')}\n`;
  writeFileSync(join(dir, 'study.yaml'), yaml);
  const input = studyInput();
  const config = { ...input.config, raw: { note: { text } }, source: { file: join(dir, 'study.yaml') } };
  return { dir, config, input };
}

describe('shared texts per language (note.text.<slot>: { nb, nn })', () => {
  const text = {
    forord: { nb: 'tekst/forord.md', nn: 'tekst/nn/forord.md' },
    resultater: { nb: ['tekst/a.md', 'tekst/b.md'] },
    innledning: 'tekst/innledning.md',
  };
  const files = ['tekst/forord.md', 'tekst/nn/forord.md', 'tekst/a.md', 'tekst/b.md', 'tekst/innledning.md'];

  it('a nynorsk note takes the nn files, a bokmål note the nb files; one path serves both', () => {
    const { dir, config, input } = perLanguageStudy(text, files);
    const nn = readNoteSources(dir, config, { ...input.kommune, raw: { language: 'nn' } });
    const nb = readNoteSources(dir, config, input.kommune);
    expect(nn.text.forord.map((f) => f.path)).toEqual([join(dir, 'tekst/nn/forord.md')]);
    expect(nb.text.forord.map((f) => f.path)).toEqual([join(dir, 'tekst/forord.md')]);
    expect(nn.text.innledning.map((f) => f.path)).toEqual([join(dir, 'tekst/innledning.md')]);
    // Only nb given: the nynorsk note falls back to it (a list stays a list).
    expect(nn.text.resultater.map((f) => f.path)).toEqual([join(dir, 'tekst/a.md'), join(dir, 'tekst/b.md')]);
  });

  it('a missing file in either language fails every build, with the YAML line; an unknown language key too', () => {
    const { dir, config, input } = perLanguageStudy({ forord: { nb: 'tekst/forord.md', nn: 'tekst/nn/mangler.md', nno: 'x.md' } }, ['tekst/forord.md']);
    let error: KommunenotatError | undefined;
    try {
      readNoteSources(dir, config, input.kommune); // a bokmål note: the nn file is checked all the same
    } catch (e) {
      error = e as KommunenotatError;
    }
    expect(error?.kind).toBe('data');
    const messages = error!.problems.map((p) => `${p.source.line}: ${p.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^4: note\.text\.forord: "nno" is not a language of the note/),
      expect.stringMatching(/^4: note\.text\.forord\.nn: text file "tekst\/nn\/mangler\.md" not found/),
    ]);
  });
});

describe('{{kapittel "…"}}: the shared chapters\' titles from templates/i18n', () => {
  const render = (language?: string) => {
    const input = studyInput(language ? { language } : {});
    const src = sources(input);
    src.text.sammendrag = [{ path: '/tekst/sammendrag.md', text: '# {{kapittel "sammendrag"}}\n\nTekst {{persons}}.\n' }];
    return renderNote(input, src);
  };

  it('prints the title in the note\'s language, and the contents follow', () => {
    expect(render('nn').html).toContain('<h2 id="samandrag-og-vegen-vidare">Samandrag og vegen vidare</h2>');
    expect(render().html).toContain('<h2 id="sammendrag-og-veien-videre">Sammendrag og veien videre</h2>');
    expect(render('nn').html).toMatch(/toc-text">Samandrag og vegen vidare</);
  });

  it('is not a bound number', () => {
    expect(render('nn').bindings.map((b) => b.text)).not.toContainEqual(expect.stringContaining('Samandrag'));
  });

  it('names the shared chapters when the slot is unknown', () => {
    const input = studyInput();
    const src = sources(input);
    src.text.sammendrag = [{ path: '/tekst/s.md', text: '# {{kapittel "forord"}}\n' }];
    expect(() => renderNote(input, src)).toThrow(/s\.md:1:3: "forord" is not a shared chapter \(sammendrag, innledning, bakgrunn, prosjektet, resultater\)/);
  });
});

describe('the figures of a nynorsk note', async () => {
  const { study } = await readStudy('data', { logger: silentLogger(), now: () => 0 });
  const entries = study.kommuner.map((k) => ({ kommune: withoutNames(k), metrics: computeKommuneMetrics(study.config, k) }));
  const figuresOf = (slug: string) => noteFigures(study.config, entries.find((e) => e.kommune.slug === slug)!.kommune, entries);
  const BOKMAL = [
    'Uten bånd', 'Har ikke svart', 'Brobygger', 'Respondenter med kontakt', 'Faglig diskusjon', 'Ingen politisk kontakt',
    'Kontakt med politikerne', 'Politiske organer', 'Ukentlig kontakt', 'Daglig kontakt', 'Eksempel:', 'henger sammen', 'personer',
  ];

  it('Volda (language: nn): network and political figures, the other kommuner\'s too, have nynorsk legends, headings, titles and alt texts', async () => {
    const figures = (await figuresOf('volda')).filter((f) => /^(network|political|example)-/.test(f.id));
    expect(figures.some((f) => f.id === 'network-oppdal-weekly')).toBe(true);
    for (const figure of figures) {
      const words = [figure.svg, figure.alt, figure.title, JSON.stringify(figure.table)].join('\n');
      for (const word of BOKMAL) expect(words, `${figure.id}: "${word}"`).not.toContain(word);
    }
    const all = figures.map((f) => f.svg).join('\n');
    for (const word of ['Utan band:', 'Har ikkje svart (berre nemnd av andre)', 'Brubyggjar', 'Respondentar med kontakt', 'Fagleg diskusjon', 'Inga politisk kontakt', 'Vekentleg kontakt i Oppdal']) {
      expect(all).toContain(word);
    }
    expect(figures.find((f) => f.id === 'network-volda-weekly')!.alt).toMatch(/^Vekentleg kontakt i Volda\. Nettverk med \S+ personar/);
    // Node labels, scale labels and body labels as study.yaml and kommune.yaml give them for nynorsk.
    const everything = (await figuresOf('volda')).map((f) => f.svg).join('\n');
    for (const word of ['>Tenester<', 'Svært dårleg', 'Heilt ueinig', 'Ordføraren']) expect(everything).toContain(word);
    for (const word of ['>Tjenester<', 'Svært dårlig', 'Helt uenig', 'Ordføreren']) expect(everything).not.toContain(word);
  });

  it('Oppdal (bokmål) keeps the bokmål words', async () => {
    const figures = await figuresOf('oppdal');
    const all = figures.map((f) => f.svg).join('\n');
    for (const word of ['Har ikke svart (bare nevnt av andre)', 'Brobygger', 'Faglig diskusjon', 'Ukentlig kontakt i Volda']) expect(all).toContain(word);
    expect(all).not.toContain('Fagleg');
  });
});

describe('texts of the study per language in the note', () => {
  const langText = (nb: string, nn: string | undefined) => ({
    nb, nn: nn ?? nb, missing: nn === undefined ? ['nn' as const] : [], source: { file: 'study.yaml', line: 7, column: 15 }, key: 'functions[0].label',
  });
  const render = (nn: string | undefined, language?: string) => {
    const input = studyInput(language ? { language } : {});
    input.config = {
      ...input.config,
      functions: input.config.functions.map((f, i) => (i === 0 ? { ...f, i18n: { label: langText('Tildeling', nn), name: langText('Tildeling av bolig', 'Tildeling av bustad') } } : f)),
    };
    return renderNote(input, sources(input)); // the generic kommune chapter places the labels table
  };

  it('a nynorsk note prints the nynorsk texts in its tables; a bokmål note the bokmål ones', () => {
    expect(render('Tildelinga', 'nn').html).toMatch(/<th scope="row">Tildelinga<\/th><td>Tildeling av bustad<\/td>/);
    expect(render('Tildelinga').html).toMatch(/<th scope="row">Tildeling<\/th><td>Tildeling av bolig<\/td>/);
  });

  it('a nynorsk note warns, naming the key, where the study gives no nynorsk text; a bokmål note does not', () => {
    const warnings = render(undefined, 'nn').warnings.map((w) => `${w.source.file}:${w.source.line}: ${w.message}`);
    expect(warnings).toContain('study.yaml:7: functions[0].label has no nynorsk text (nn); this nynorsk note prints "Tildeling"');
    expect(render(undefined).warnings.filter((w) => /has no (nynorsk|bokmål) text/.test(w.message))).toEqual([]);
  });
});
