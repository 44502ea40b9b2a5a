import { mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KommunenotatError } from '../../src/errors.ts';
import { readNoteSources, type NoteSources } from '../../src/load/note-sources.ts';
import { assertNoNames } from '../../src/pipeline/privacy.ts';
import { renderNote } from '../../src/render/index.ts';
import { sources, studyInput } from './fixture.ts';

const NBSP = '\u00a0';

/** Renders the fixture note with the generic text, and `kommune` replaced by the given Markdown. */
function render(kommuneText?: string, raw: Record<string, unknown> = {}) {
  const input = studyInput(raw);
  const src: NoteSources = sources(input);
  if (kommuneText !== undefined) src.text.kommune = [{ path: '/tekst/kommune.md', text: kommuneText }];
  return renderNote(input, src);
}

function renderError(kommuneText: string): KommunenotatError {
  try {
    render(kommuneText);
  } catch (error) {
    expect(error).toBeInstanceOf(KommunenotatError);
    return error as KommunenotatError;
  }
  throw new Error('expected the note to fail');
}

/** The generic kommune chapter places these; a test text must place them too. */
const OWN_FIGURES = `
{{fig "rating-samordning-alfa"}} {{fig "network-alfa-daily" "network-alfa-monthly"}} {{tab "function-labels"}}
{{fig "political-alfa-formannskap" "political-alfa-all"}}

{{figure "rating-samordning-alfa"}}

{{table "function-labels"}}

{{figure "network-alfa-daily"}}

{{figure "network-alfa-weekly"}}

{{figure "network-alfa-monthly"}}

{{figure "political-alfa-formannskap"}}

{{figure "political-alfa-ordforer"}}

{{figure "political-alfa-all"}}
`;

describe('renderNote: structure', () => {
  const { html, meta } = render();

  it('has every part of the note in order', () => {
    const parts = [
      'class="cover"', 'class="colophon"', 'class="copyright"', 'class="foreword"', 'class="contents"',
      'id="kap-sammendrag"', 'id="kap-innledning"', 'id="kap-prosjektet"', 'id="kap-resultater"', 'id="kap-kommune"',
    ];
    const positions = parts.map((part) => html.indexOf(part));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('numbers figures and tables 1..N in order of appearance, each referred to', () => {
    const figures = [...html.matchAll(/<figcaption id="[^"]*"><span class="caption-label">Figur (\d+):/g)].map((m) => Number(m[1]));
    const tables = [...html.matchAll(/<caption><span class="caption-label">Tabell (\d+):/g)].map((m) => Number(m[1]));
    expect(figures).toEqual(figures.map((_, i) => i + 1));
    expect(tables).toEqual(tables.map((_, i) => i + 1));
    expect(figures.length).toBeGreaterThan(10);
    const body = html.replace(/<div id="fig-[^"]*" class="figure [\s\S]*?<\/details>\s*<\/div>/g, '');
    for (const n of figures) {
      const ranges = [...body.matchAll(/[Ff]igur\u00a0(\d+)(?:\u2013(\d+))?/g)].map((m) => [Number(m[1]), Number(m[2] ?? m[1])]);
      expect(ranges.some(([a, b]) => n >= a && n <= b), `figur ${n} is referred to`).toBe(true);
    }
  });

  it('marks up figures with caption, aria-label and a data table', () => {
    expect(html).toMatch(/<div id="fig-example-star" class="figure figure-example" role="group" aria-labelledby="fig-example-star-caption">\s*<div class="figure-body"><svg role="img" aria-label="Alternativ tekst for example-star"/);
    expect(html).not.toContain('<?xml');
    expect(html).toMatch(/<details class="figure-data">\s*<summary>Data i figuren<\/summary>\s*<table>/);
    expect(html).toMatch(/<th scope="col">Funksjon<\/th>/);
  });

  it('leaves the PDF protocol spans empty for the printer', () => {
    expect(html).toContain('<span class="page-count"></span>');
    const targets = [...html.matchAll(/<span class="toc-page" data-target="([^"]+)"><\/span>/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(5);
    for (const id of targets) expect(html).toContain(`id="${id}"`);
  });

  it('is self-contained and has no script', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\s(?:src|href)\s*=\s*["']?\s*(?:https?:|\/\/)/i);
    expect(html).toContain("font-family: 'Source Serif 4'");
    expect(html).toContain("font-family: 'Source Sans 3'");
    expect(html).toMatch(/@page\s*\{[^}]*@bottom-center \{ content: "side " counter\(page\) " av " counter\(pages\)/);
  });

  it('never prints a person name or id', () => {
    expect(html).not.toContain('Kari Nordmann');
    expect(html).not.toMatch(/alfa_p\d/);
  });

  it('returns the metadata for the PDF', () => {
    // No subject in study.yaml: the neutral title, never the demo's.
    expect(meta).toMatchObject({ title: 'Samarbeid og kontakt i Alfa kommune', lang: 'nb' });
    expect(html).toContain('<html lang="nb">');
  });
});

describe('renderNote: a fuller data set', () => {
  it('adds the appendix and the references, with metadata in colophon and cover', () => {
    const input = studyInput();
    input.config = {
      ...input.config,
      raw: {
        note: {
          authors: ['Ola Forsker', 'Kari Utreder'], projectLeader: 'Ola Forsker', issn: '1893-4129',
          publisher: { name: 'Testinstituttet', address: ['Postboks 1', '0001 Oslo'] },
          references: [{ authors: 'Dyb, E. & Johannessen, K.', year: 2013, title: 'Bostedsløse i Norge 2012', series: 'NIBR-rapport 2013:5' }],
        },
      },
    };
    const src = sources(input);
    src.text.vedlegg = [{ path: '/tekst/vedlegg.md', text: '# Vedlegg 1: Referat\n\n## Innspill\n\n- Faste møter\n' }];
    const { html, meta } = renderNote(input, src);
    const order = ['id="kap-kommune"', 'id="kap-vedlegg"', 'class="chapter references"', 'class="back-cover"'].map((p) => html.indexOf(p));
    expect(order.every((p) => p > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('<td>Ola Forsker og Kari Utreder</td>');
    expect(html).toContain('Dyb, E. &amp; Johannessen, K. (2013). <em>Bostedsløse i Norge 2012</em> (NIBR-rapport 2013:5).');
    expect(html).toMatch(/data-target="vedlegg-1-referat"/);
    expect(html).not.toMatch(/data-target="innspill"/);
    expect(meta.author).toBe('Ola Forsker og Kari Utreder');
  });
});

describe('renderNote: binding numbers', () => {
  it('formats bound numbers the Norwegian way', () => {
    const { html } = render(
      `# Alfa\n\n{{av respondents persons}}, {{pct responseRate}}, {{dec questions.samordning.mean 1}}, {{N questions.samordning.answered}}, {{ord networks.weekly.components}} deler, {{political.bodies.formannskap.persons}}, {{tall 12345}}.\n${OWN_FIGURES}`,
    );
    expect(html).toContain(`23${NBSP}av${NBSP}29, 79${NBSP}%, 2,7, N${NBSP}=${NBSP}23, to deler, 6, 12${NBSP}345.`);
  });

  it('binds shape statements with helpers', () => {
    const { html } = render(
      `# Alfa\n\n{{#if (eq networks.weekly.components 1)}}Ett nettverk.{{else}}Flere deler.{{/if}} Best: {{navn (høyest "questions.samordning.mean")}}. Rang {{rang "questions.samordning.mean"}}.\n${OWN_FIGURES}`,
    );
    expect(html).toContain('Flere deler. Best: Beta. Rang 2.');
  });

  it('uses Norwegian quotes and typography', () => {
    const { html } = render(`# Alfa\n\nDet "boligsosiale" arbeidet -- kort sagt.\n${OWN_FIGURES}`);
    expect(html).toContain('Det «boligsosiale» arbeidet – kort sagt.');
  });

  it('renders footnotes and page references', () => {
    const { html } = render(`# Alfa\n\nTekst.^[En fotnote.] Se {{side "fig-example-star"}}.\n${OWN_FIGURES}`);
    expect(html).toMatch(/<sup class="fn-ref"><a href="#fn-2" id="fnref-2">2<\/a><\/sup>/);
    expect(html).toContain('<li id="fn-2" value="2">En fotnote.');
    expect(html).toContain(`s.${NBSP}<span class="pageref" data-target="fig-example-star"></span>`);
  });

  it('sets an anchor where {{anker}} stands, for {{side}} to point at a list item or paragraph', () => {
    const { html } = render(`# Alfa\n\nSpørsmål står på {{side "sporsmal"}}.\n\n- {{anker "sporsmal"}}Hvem gjør hva?\n- Hvorfor?\n${OWN_FIGURES}`);
    expect(html).toContain('<li><span class="anchor" id="sporsmal"></span>Hvem gjør hva?');
    expect(html).toContain(`s.${NBSP}<span class="pageref" data-target="sporsmal"></span>`);
  });
});

describe('renderNote: mistakes in the text', () => {
  it('names the file and line of a name that does not exist', () => {
    const error = renderError('# Alfa\n\nFørste avsnitt.\n\nSvarprosent {{pct responseRat}}.\n');
    expect(error.kind).toBe('template');
    expect(error.problems[0].source).toMatchObject({ file: '/tekst/kommune.md', line: 5 });
    expect(error.message).toMatch(/responseRat/);
  });

  it('refuses a misspelt path inside the metrics', () => {
    const error = renderError('# Alfa\n\n{{political.bodies.formanskap.persons}}\n');
    expect(error.kind).toBe('template');
    expect(error.problems[0].source.line).toBe(3);
    expect(error.message).toMatch(/formanskap/);
  });

  it('refuses an #if on a name that does not exist', () => {
    const error = renderError('# Alfa\n\n{{#if (eq networks.weekly.komponenter 1)}}x{{/if}}\n');
    expect(error.message).toMatch(/komponenter/);
  });

  it('refuses a figure that is never referred to', () => {
    const error = renderError(`# Alfa\n\n${OWN_FIGURES.replace('{{fig "rating-samordning-alfa"}}', '')}`);
    expect(error.kind).toBe('template');
    expect(error.message).toMatch(/"rating-samordning-alfa"\) is never referred to/);
  });

  it('refuses a reference to a figure the note does not place', () => {
    const error = renderError(`# Alfa\n\n{{fig "network-alfa-yearly"}}\n${OWN_FIGURES}`);
    expect(error.message).toMatch(/network-alfa-yearly/);
    expect(error.problems[0].source.line).toBe(3);
  });

  it('refuses an anchor whose name is taken, or not a plain name', () => {
    const twice = renderError(`# Alfa\n\n{{anker "her"}}Én.\n\n{{anker "her"}}To.\n\n{{side "her"}}\n${OWN_FIGURES}`);
    expect(twice.problems[0]!.source).toMatchObject({ file: '/tekst/kommune.md', line: 5 });
    expect(twice.message).toMatch(/anchor "her" is already an id in the note \(an anchor at .*:3/);
    const heading = renderError(`# Alfa\n\n## Beta\n\n{{anker "beta"}}Tekst {{side "beta"}}.\n${OWN_FIGURES}`);
    expect(heading.message).toMatch(/anchor "beta" is already an id in the note \(a heading/);
    expect(renderError(`# Alfa\n\n{{anker "Spørsmål"}}Tekst.\n${OWN_FIGURES}`).message).toMatch(/lower-case letters/);
  });

  it('refuses a page reference to nothing', () => {
    const error = renderError(`# Alfa\n\n{{side "finnes-ikke"}}\n${OWN_FIGURES}`);
    expect(error.message).toMatch(/finnes-ikke/);
  });

  it('leaves names to the privacy guard: a name written into the text fails at the output check', () => {
    // Render gets the kommune without names (withoutNames), so it cannot know them; the pipeline's
    // guard searches every output file for every name of the study.
    const input = studyInput();
    const { html } = renderNote(input, (() => {
      const src = sources(input);
      src.text.kommune = [{ path: '/tekst/kommune.md', text: `# Alfa\n\nKari Nordmann1 sa noe.\n${OWN_FIGURES}` }];
      return src;
    })());
    const files = new Map([['notat.html', html]]);
    expect(() => assertNoNames(input.kommune, input.study.map((e) => e.kommune), files)).toThrow(/name would appear/);
  });
});

describe('renderNote: nynorsk', () => {
  it('writes the fixed text in nynorsk for language: nn', () => {
    const { html, meta } = render(undefined, { language: 'nn' });
    expect(html).toContain('<html lang="nn">');
    expect(html).toContain('>Innhald</h2>');
    expect(html).toContain('>Føreord</h2>');
    expect(html).toContain('Samarbeid og kontakt i Alfa kommune');
    expect(html).toContain('>PROSJEKTTITTEL</th>');
    expect(meta.lang).toBe('nn');
  });

  it('uses the nynorsk generic text when the kommune has no text of its own', () => {
    const { html } = render(undefined, { language: 'nn' });
    for (const heading of ['Samandrag', 'Innleiing', 'Nærare om prosjektet', 'Resultat – kommunane sett i samanheng', 'Korleis les vi nettverksfigurar?']) {
      expect(html).toContain(`>${heading}</h`);
    }
    expect(html).toContain('personar svarte på undersøkinga');
    for (const bokmal of ['Sammendrag', 'Innledning', 'Nærmere om prosjektet', 'undersøkelsen', 'boligsosial', 'personer', ' hvor ', ' hvem ']) {
      expect(html.replace(/<[^>]*>/g, ' ')).not.toContain(bokmal);
    }
    const nb = render().html;
    expect(nb).toContain('>Innledning</h');
    expect(nb).not.toContain('Innleiing');
  });

  it('has a nynorsk generic text for every generic bokmål text', () => {
    const dir = new URL('../../templates/tekst/', import.meta.url);
    const nb = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
    const nn = readdirSync(new URL('nn/', dir)).filter((f) => f.endsWith('.md')).sort();
    expect(nn).toEqual(nb);
  });
});

describe('readNoteSources', () => {
  it('names the YAML file and line of a text file that does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'note-sources-'));
    mkdirSync(join(dir, 'tekst'));
    writeFileSync(join(dir, 'tekst', 'forord.md'), 'Forord.');
    const yaml = 'title: T\nnote:\n  text:\n    forord: tekst/forord.md\n    innledning: tekst/mangler.md\n';
    writeFileSync(join(dir, 'study.yaml'), yaml);
    const input = studyInput();
    const config = {
      ...input.config,
      raw: { note: { text: { forord: 'tekst/forord.md', innledning: 'tekst/mangler.md' } } },
      source: { file: join(dir, 'study.yaml') },
    };
    try {
      readNoteSources(dir, config, input.kommune);
      throw new Error('expected a data error');
    } catch (error) {
      const e = error as KommunenotatError;
      expect(e.kind).toBe('data');
      expect(e.problems[0].source).toMatchObject({ file: join(dir, 'study.yaml'), line: 5 });
      expect(e.problems[0].message).toContain('tekst/mangler.md');
    }
  });
});
