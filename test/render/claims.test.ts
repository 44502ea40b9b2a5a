// Claims ({{claim …}}) and bound sentences (renderNote's `bindings`): see src/render/claims.ts and
// src/render/bindings.ts. Fixture: Alfa (this note) has mean 2.65 and two weekly components; Beta
// has mean 3.95 and one.

import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors.ts';
import type { NoteSources } from '../../src/load/note-sources.ts';
import { sentenceAround } from '../../src/render/bindings.ts';
import { renderNote } from '../../src/render/index.ts';
import { sources, studyInput } from './fixture.ts';

const FILE = '/tekst/kommune.md';

/** The generic kommune chapter, with `extra` appended (it places and refers to every figure). */
function render(extra: string) {
  const input = studyInput();
  const src: NoteSources = sources(input);
  const generic = src.text.kommune[0];
  src.text.kommune = [{ path: FILE, text: `${generic.text}\n\n${extra}\n` }];
  const lineOf = (needle: string) => `${generic.text}\n\n${extra}\n`.split('\n').findIndex((l) => l.includes(needle)) + 1;
  return { ...renderNote(input, src), lineOf };
}

describe('claims', () => {
  it('a true claim gives no warning and prints nothing', () => {
    const note = render('Alfa har lavest gjennomsnitt{{claim (lavest "questions.samordning.mean" 1)}}. Månedlig henger alt sammen{{claim (eq networks.monthly.components 1)}}.');
    expect(note.warnings).toEqual([]);
    expect(note.html).toContain('Alfa har lavest gjennomsnitt. Månedlig henger alt sammen.');
    expect(note.html).not.toMatch(/claim|lavest "/);
    const own = note.claims.filter((c) => c.file === FILE);
    expect(own).toHaveLength(2);
    expect(own.every((c) => c.holds)).toBe(true);
  });

  it('a false claim gives a warning with file and line, and the note is unchanged', () => {
    const note = render('Ukentlig henger nettverket sammen{{claim (eq networks.weekly.components 1)}}.');
    expect(note.warnings).toHaveLength(1);
    const [w] = note.warnings;
    expect(w.severity).toBe('warning');
    expect(w.source.file).toBe(FILE);
    expect(w.source.line).toBe(note.lineOf('Ukentlig henger nettverket sammen'));
    expect(w.source.column).toBeGreaterThan(1);
    expect(w.message).toContain('(eq networks.weekly.components 1)');
    expect(w.message).toContain('networks.weekly.components = 2');
    expect(formatProblem(w)).toMatch(new RegExp(`^${FILE}:\\d+:\\d+: warning: claim`));
    expect(note.html).toContain('Ukentlig henger nettverket sammen.');
    expect(note.claims.find((c) => c.file === FILE)).toMatchObject({ holds: false, text: '(eq networks.weekly.components 1)' });
  });

  it('a list claim holds when this note\'s kommune is in the list, and names the values when not', () => {
    const note = render('Alfa er best{{claim (høyest "questions.samordning.mean" 1)}}.');
    expect(note.warnings).toHaveLength(1);
    expect(note.warnings[0].message).toContain('Alfa is not among them (Beta)');
    expect(note.warnings[0].message).toContain('questions.samordning.mean: Alfa 2,65, Beta 3,95');
  });

  it('checks another kommune inside #with (kommunen …) and with kommune="…"', () => {
    const note = render([
      '{{#with (kommunen "beta")}}Beta henger sammen{{claim (eq networks.weekly.components 1)}} og er best{{claim (høyest "questions.samordning.mean")}}.{{/with}}',
      'Beta har høyest snitt{{claim (høyest "questions.samordning.mean") kommune="beta"}}, Alfa ikke{{claim (høyest "questions.samordning.mean") kommune="alfa"}}.',
    ].join('\n\n'));
    expect(note.warnings.map((w) => w.source.line)).toEqual([note.lineOf('Alfa ikke')]);
  });

  it('the block form prints its sentence whether or not the claim holds', () => {
    const note = render('{{#claim (eq networks.weekly.components 1)}}Alle henger sammen.{{/claim}}');
    expect(note.html).toContain('Alle henger sammen.');
    expect(note.warnings).toHaveLength(1);
    expect(note.warnings[0].source.line).toBe(note.lineOf('{{#claim'));
  });

  it('a claim on a name that does not exist, or on a non-condition, stops the build with the line', () => {
    expect(() => render('Tekst{{claim (eq networks.weekly.componets 1)}}.')).toThrow(/kommune\.md:\d+:\d+: .*networks\.weekly\.componets/);
    expect(() => render('Tekst{{claim persons}}.')).toThrow(/claim needs a condition/);
  });
});

describe('bindings', () => {
  it('lists each sentence with a bound number once, with its source line, as rendered', () => {
    const note = render('Første setning uten tall. I Alfa svarte {{av respondents persons}} ({{pct responseRate}}), og {{ord networks.weekly.components}} deler. Siste setning, s. 4, uten binding.\n\n- Et punkt med {{persons}} personer');
    const own = note.bindings.filter((b) => b.file === FILE && b.line >= note.lineOf('Første setning'));
    expect(own).toEqual([
      { file: FILE, line: note.lineOf('Første setning'), text: 'I Alfa svarte 23\u00a0av\u00a029 (79\u00a0%), og to deler.' },
      { file: FILE, line: note.lineOf('Et punkt med'), text: 'Et punkt med 29 personer' },
    ]);
  });

  it('reads references as their names and leaves figures and quotes out', () => {
    const note = render('Se {{fig "network-alfa-weekly"}}: {{networks.weekly.components}} deler.');
    const own = note.bindings.filter((b) => b.line === note.lineOf('Se {{fig'));
    expect(own.map((b) => b.text)).toEqual(['Se figur [network-alfa-weekly]: 2 deler.']);
    expect(note.bindings.some((b) => /\ue000|\ue002/.test(b.text))).toBe(false);
  });

  it('adds nothing to the HTML', () => {
    const note = render('Tall: {{persons}}.');
    expect(note.html).not.toMatch(/[\ue000-\ue004]/);
  });
});

describe('sentenceAround', () => {
  it('does not end a sentence at an abbreviation or inside a number', () => {
    const text = 'Første. Se s. 12 og bl.a. tabell 2,5 i alt. Neste.';
    const at = text.indexOf('12');
    expect(text.slice(...sentenceAround(text, at, at + 2))).toBe('Se s. 12 og bl.a. tabell 2,5 i alt. ');
  });
});
