// The render stage's own checks: cleanSvg reads real markup only, and Handlebars syntax errors are
// reported where the block opens, every one of them, in words.

import { describe, expect, it } from 'vitest';
import { KommunenotatError } from '../../src/errors.ts';
import { renderNote } from '../../src/render/index.ts';
import { checkHtml, cleanSvg } from '../../src/render/guard.ts';
import { findBlockProblems } from '../../src/render/syntax.ts';
import { sources, studyInput } from './fixture.ts';

describe('cleanSvg', () => {
  it('accepts escaped markup in the text of an SVG (a label or kommune name holding " onerror=")', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><title>Testby "&gt;&lt;img src=x onerror=alert(1)&gt;</title><text x="1"> onload=x href=http://a.b</text></svg>';
    expect(cleanSvg(svg, 'f')).toContain('onerror=alert(1)&gt;');
  });

  it('refuses a real event handler, script element or external reference', () => {
    expect(() => cleanSvg('<svg><rect onload="x()"/></svg>', 'f')).toThrow(/event handler onload on <rect>/);
    expect(() => cleanSvg('<svg><script>x()</script></svg>', 'f')).toThrow(/<script>/);
    expect(() => cleanSvg('<svg><image href="https://example.com/a.png"/></svg>', 'f')).toThrow(/external href/);
    expect(() => cleanSvg('<svg><use xlink:href="//example.com/a.svg#x"/></svg>', 'f')).toThrow(/external xlink:href/);
  });

  it('accepts in-document references (#id, url(#id)) and the xmlns address', () => {
    expect(() => cleanSvg('<svg xmlns="http://www.w3.org/2000/svg"><use href="#a"/><rect fill="url(#g)"/></svg>', 'f')).not.toThrow();
  });

  it('checkHtml reads tags, not text', () => {
    expect(() => checkHtml('<p>&lt;script&gt; onclick=x src="http://a"</p>')).not.toThrow();
    expect(() => checkHtml('<p><img src="http://a/b.png"></p>')).toThrow(/external src/);
  });
});

describe('Handlebars syntax errors', () => {
  it('finds the line of a block that is never closed, not the end of the file', () => {
    const text = 'Linje 1\n{{#if (eq persons 3)}}tre\n\nlinje 4\nlinje 5\n';
    expect(findBlockProblems(text)).toEqual([
      { line: 2, column: 1, message: '{{#if}} is never closed', fix: 'Add {{/if}} where the block ends (before the end of the file).' },
    ]);
  });

  it('finds a mismatched close, a stray close and every unclosed block', () => {
    const text = [
      '{{#each kommuner}}', // 1
      '{{#if current}}x{{/each}}', // 2: closes each; the if is unclosed
      '{{/if}}', // 3: stray
      '{{#with (kommunen "naroy")}}', // 4: never closed
      '{{!-- {{#if}} in a comment --}} \\{{#if}} escaped',
    ].join('\n');
    const found = findBlockProblems(text);
    expect(found.map((p) => [p.line, p.message])).toEqual([
      [2, '{{#if}} is never closed'],
      [3, '{{/if}} closes a block that was never opened'],
      [4, '{{#with}} is never closed'],
    ]);
  });

  it('reports a mismatch at the close when the name matches no open block', () => {
    expect(findBlockProblems('{{#if a}}\n{{/unless}}\n{{/if}}').map((p) => [p.line, p.message])).toEqual([
      [2, '{{/unless}} does not match the open {{#if}} from line 1'],
    ]);
  });

  it('renderNote lists every problem of every text file, each at its line', () => {
    const input = studyInput();
    const src = sources(input);
    src.text.kommune = [{ path: '/tekst/kommune.md', text: '# Alfa\n\n{{#if (eq persons 3)}}tre\n\nSlutt.\n' }];
    src.text.sammendrag = [{ path: '/tekst/sammendrag.md', text: '# S\n\n{{pct svarprosent}}\n' }];
    src.text.innledning = [{ path: '/tekst/innledning.md', text: '# I\n\n{{/each}}\n{{#unless x}}\n' }];
    let error: unknown;
    try {
      renderNote(input, src);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KommunenotatError);
    const problems = (error as KommunenotatError).problems.map((p) => `${p.source.file}:${p.source.line}: ${p.message}`);
    expect(problems).toEqual([
      '/tekst/sammendrag.md:3: "svarprosent" is not defined: there is no "svarprosent" here',
      '/tekst/innledning.md:3: Handlebars syntax error: {{/each}} closes a block that was never opened',
      '/tekst/innledning.md:4: Handlebars syntax error: {{#unless}} is never closed',
      '/tekst/kommune.md:3: Handlebars syntax error: {{#if}} is never closed',
    ]);
    expect((error as KommunenotatError).message).toMatch(/^\/tekst\/sammendrag\.md:3:\d+: .* \(and 3 more\)$/);
  });

  it('words a parse error that is no block problem, at its line', () => {
    const input = studyInput();
    const src = sources(input);
    src.text.kommune = [{ path: '/tekst/kommune.md', text: '# Alfa\n\nTall: {{pct (}}.\n' }];
    expect(() => renderNote(input, src)).toThrow(/kommune\.md:3: Handlebars syntax error: a \{\{…\}\} expression is closed before it names anything/);
  });
});
