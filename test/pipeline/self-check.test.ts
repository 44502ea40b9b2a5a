// The self-check of the finished note (src/pipeline/self-check.ts).

import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/errors.ts';
import { runSelfCheck, selfCheck, selfCheckMarkdown } from '../../src/pipeline/self-check.ts';

const figure = (id: string, n: number) =>
  `<figure id="${id}" class="figure"><svg></svg><figcaption><span class="caption-label">Figur ${n}:</span> Tekst.</figcaption></figure>`;
const table = (id: string, n: number) => `<table id="${id}"><caption><span class="caption-label">Tabell ${n}:</span> Tekst.</caption></table>`;

/** A finished note: contents, two headings, two figures, one table, references in the text. */
function note({ ref = '3', order = [1, 2], refer = true } = {}): string {
  return [
    '<nav class="contents"><a href="#a"><span class="toc-text">A</span><span class="toc-page" data-target="a">2</span></a>',
    '<a href="#b"><span class="toc-text">B</span><span class="toc-page" data-target="b">3</span></a></nav>',
    '<h2 id="a">A</h2>',
    `<p>Se figur${'\u00a0'}1 og ${refer ? 'figur 2' : 'noe annet'}; tallene står i tabell 1. Spørsmålene står på s.${'\u00a0'}<span class="pageref" data-target="sporsmal">${ref}</span>.</p>`,
    figure('fig-x', order[0]!),
    figure('fig-y', order[1]!),
    table('tab-t', 1),
    '<h2 id="b">B</h2><ul><li><span class="anchor" id="sporsmal"></span>Hvem?</li></ul>',
  ].join('\n');
}

const PAGES = { a: 2, b: 3, sporsmal: 3 };
const CLAIMS = [{ holds: true }, { holds: true }, { holds: false }];
const source = { file: 'data/kommuner/alfa' };

describe('selfCheck', () => {
  it('finds nothing wrong in a note whose pages, numbers and references hold, and says what it checked', () => {
    const report = selfCheck({ html: note(), pages: PAGES, claims: CLAIMS, source });
    expect(report.problems).toEqual([]);
    expect(report.summary).toBe('contents 2, page references 1, figures 2, tables 1, claims 2 of 3 hold');
  });

  it('warns about a page reference that does not show the page where its target begins', () => {
    const report = selfCheck({ html: note({ ref: '2' }), pages: PAGES, claims: CLAIMS, source });
    expect(report.problems).toEqual([
      expect.objectContaining({ severity: 'warning', source, message: 'the page reference to "sporsmal" says page 2, but "sporsmal" begins on page 3' }),
    ]);
  });

  it('warns about a contents entry whose target the PDF does not have', () => {
    const { problems } = selfCheck({ html: note(), pages: { b: 3, sporsmal: 3 }, claims: [], source });
    expect(problems.map((p) => p.message)).toEqual(['the contents entry for "a" points at nothing the PDF has']);
  });

  it('warns about figures out of order and a figure the text never refers to', () => {
    expect(selfCheck({ html: note({ order: [2, 1] }), pages: PAGES, claims: [], source }).problems.map((p) => p.message)).toEqual([
      'Figur 2 stands where Figur 1 should: figures and tables are numbered in the order they stand',
      'Figur 1 stands where Figur 2 should: figures and tables are numbered in the order they stand',
    ]);
    expect(selfCheck({ html: note({ refer: false }), pages: PAGES, claims: [], source }).problems.map((p) => p.message)).toEqual([
      'Figur 2 is not referred to in the text',
    ]);
  });

  it('runs the checks other stages hand in (captions against drawings) and reports theirs too', () => {
    const captionCheck = (html: string): Problem[] => (html.includes('fig-y') ? [{ source, message: 'caption of fig-y promises rings the figure lacks' }] : []);
    const { problems } = selfCheck({ html: note(), pages: PAGES, claims: [], source, extraChecks: [captionCheck] });
    expect(problems).toEqual([{ source, severity: 'warning', message: 'caption of fig-y promises rings the figure lacks' }]);
  });

  it('checks no page numbers for an HTML-only build', () => {
    const report = selfCheck({ html: note({ ref: '' }), claims: [], source });
    expect(report.problems).toEqual([]);
    expect(report.summary).toMatch(/^page numbers not checked \(no PDF\), figures 2/);
  });
});

describe('runSelfCheck, the build step', () => {
  const effects = () => {
    const steps: string[] = [];
    const warnings: Problem[] = [];
    return { steps, warnings, logger: { step: (scope: string, name: string, _ms: number, detail?: string) => steps.push(`[${scope}] ${name} ${detail}`), warn: (p: Problem) => warnings.push(p), info: () => {} }, now: () => 0 };
  };

  it('reports the summary in the step line and a wrong reference as a warning', () => {
    const fx = effects();
    const kept = runSelfCheck('alfa', { html: note({ ref: '2' }), pages: PAGES, claims: CLAIMS, source }, false, fx);
    expect(fx.steps).toEqual(['[alfa] self-check contents 2, page references 1, figures 2, tables 1, claims 2 of 3 hold: 1 problem']);
    expect(fx.warnings).toHaveLength(1);
    expect(kept.problems).toEqual(['the page reference to "sporsmal" says page 2, but "sporsmal" begins on page 3']);
    expect(selfCheckMarkdown(kept)).toContain('## Self-check of the finished note\n\ncontents 2, page references 1, figures 2, tables 1, claims 2 of 3 hold: 1 problem:\n\n- the page reference to "sporsmal" says page 2');
  });

  it('fails with --strict, listing every problem', () => {
    expect(() => runSelfCheck('alfa', { html: note({ ref: '2', refer: false }), pages: PAGES, claims: [], source }, true, effects())).toThrow(
      expect.objectContaining({ kind: 'data', message: '2 problems in the self-check of the finished note alfa (--strict)', problems: expect.arrayContaining([expect.objectContaining({ message: 'Figur 2 is not referred to in the text' })]) }),
    );
    expect(() => runSelfCheck('alfa', { html: note(), pages: PAGES, claims: [], source }, true, effects())).not.toThrow();
  });
});
