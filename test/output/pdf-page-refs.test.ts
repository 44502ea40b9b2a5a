import { describe, expect, it } from 'vitest';
import { checkSameSpans, fillSpansInText, referencedTargets, type PageSpan } from '../../src/output/pdf-page-refs.ts';

const html = `<nav><a href="#a">A</a><span class="toc-page" data-target="a"></span>
<span data-target='b&amp;c' class="x pageref">9</span><span class="other">keep</span>
<span class="page-count"></span></nav>`;
const spans: PageSpan[] = [
  { kind: 'toc-page', target: 'a' },
  { kind: 'pageref', target: 'b&c' },
  { kind: 'page-count', target: null },
];

describe('page-number spans in the HTML text', () => {
  it('fills each span and leaves every other byte alone', () => {
    const filled = fillSpansInText(html, spans, { a: 3, 'b&c': 12 }, 40);
    expect(filled).toBe(`<nav><a href="#a">A</a><span class="toc-page" data-target="a">3</span>
<span data-target='b&amp;c' class="x pageref">12</span><span class="other">keep</span>
<span class="page-count">40</span></nav>`);
  });

  it('agrees with the spans the browser found, and notices when it does not', () => {
    expect(() => checkSameSpans(html, spans)).not.toThrow();
    expect(() => checkSameSpans(html, spans.slice(1))).toThrow(/browser found 2 page-number spans but the HTML text scan found 3/);
  });

  it('lists each target once and rejects a span without one', () => {
    expect(referencedTargets([...spans, { kind: 'toc-page', target: 'a' }])).toEqual(['a', 'b&c']);
    expect(() => referencedTargets([{ kind: 'pageref', target: null }])).toThrow(/1 <span class="pageref"> without a data-target/);
  });
});
