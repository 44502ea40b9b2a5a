// Safe rendering: markup in the data (free-text answers, function labels, kommune and body names)
// arrives in the HTML and the SVG figures as text, never as elements, attributes or script; Handlebars
// in the data is not evaluated; raw HTML in the text files is refused unless study.yaml allows it.

import { afterAll, describe, expect, it } from 'vitest';
import { KommunenotatError } from '../../src/errors.ts';
import { removeDataSets } from '../validate/data-set.ts';
import { computeKommuneMetrics } from '../../src/metrics/index.ts';
import { readStudy } from '../../src/pipeline/build.ts';
import { silentLogger } from '../../src/pipeline/effects.ts';
import { noteFigures } from '../../src/pipeline/note-figures.ts';
import { withoutNames } from '../../src/pipeline/privacy.ts';
import { renderInMemory, writeNoteDataSet } from './note-in-memory.ts';

afterAll(removeDataSets);

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const HBS = '{{political}}';
const AMP = 'Bolig & omsorg';
const PAYLOADS = [SCRIPT, IMG, HBS, AMP];

const csvQuote = (value: string) => `"${value.replace(/"/g, '""')}"`;
const yamlQuote = (value: string) => JSON.stringify(value);

/** The test study with a payload in every place data reaches the note. */
function hostileData(): Parameters<typeof renderInMemory>[0] {
  return {
    kommuneName: `Testby ${IMG} ${SCRIPT}`,
    changes: {
      'study.yaml': `title: ${yamlQuote(`Studie ${AMP} ${HBS}`)}
kommuner: [testby]
functions:
  - { code: okonomi, label: ${yamlQuote(`Øk ${SCRIPT}`)}, name: ${yamlQuote(`Økonomi ${IMG}`)} }
  - { code: tildeling, label: ${yamlQuote(`Tild ${HBS} ${AMP}`)}, name: Tildeling av bolig }
questions:
  - { id: samordning, kind: rating, text: ${yamlQuote(`Hvor godt ${SCRIPT}?`)}, low: Dårlig, high: Godt }
  - { id: styrker, kind: text, text: Styrker? }
`,
      'kommuner/testby/responses.csv': `id;samordning;styrker\np1;4;${csvQuote(SCRIPT)}\np2;vet ikke;${csvQuote(IMG)}\np3;2;${csvQuote(`${HBS} og ${AMP}`)}\n`,
    },
    text: `# Om {{kommune.name}}

{{Tab "function-labels"}} og {{Fig "network-{slug}-weekly"}}.

{{sitater "styrker" 10}}

{{table "function-labels"}}

{{figure "network-{slug}-weekly"}}
`,
  };
}

/** Start tags of real elements (text `&lt;img` is not one). */
function tags(markup: string): string[] {
  return markup.match(/<[a-zA-Z][^>]*>/g) ?? [];
}

function expectInert(markup: string, where: string): void {
  const withoutStyle = markup.replace(/<style[\s\S]*?<\/style>/gi, '');
  expect(withoutStyle, `${where}: script element`).not.toMatch(/<script/i);
  for (const tag of tags(withoutStyle)) {
    // Attribute names only: an escaped " onerror=" inside a quoted value (an alt text) is text.
    const names = tag.replace(/"[^"]*"|'[^']*'/g, '""');
    expect(names, `${where}: event handler attribute`).not.toMatch(/\son[a-z]+\s*=/i);
    expect(tag, `${where}: javascript: URL`).not.toMatch(/javascript:/i);
  }
  expect(tags(withoutStyle).filter((tag) => /^<img\b/i.test(tag)), `${where}: <img> from the data`).toEqual([]);
  // Every & starts an entity: the data's & was escaped.
  const bare = withoutStyle.match(/&(?!(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);)/gi) ?? [];
  expect(bare, `${where}: unescaped &`).toEqual([]);
}

describe('markup in the data is text', () => {
  it('is escaped in the HTML: free-text quotes, kommune name, question text, table labels', async () => {
    const spec = { ...hostileData(), text: '# Om {{kommune.name}}\n\n{{Tab "function-labels"}}.\n\n{{sitater "styrker" 10}}\n\n{{table "function-labels"}}\n' };
    const { html } = await renderInMemory(spec);
    expectInert(html, 'notat.html');
    // The payloads are there, as text a reader sees.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toMatch(/&lt;img src=x onerror=alert\(1\)&gt;/);
    expect(html).toContain('Bolig &amp; omsorg');
    // Handlebars written in the data is not evaluated: it stays as typed.
    expect(html).toContain('{{political}}');
  });

  it('is escaped in every SVG figure (function labels, kommune name in titles and descriptions)', async () => {
    const root = writeNoteDataSet(hostileData());
    const { study } = await readStudy(root, { logger: silentLogger(), now: () => 0 });
    const entries = study.kommuner.map((k) => ({ kommune: withoutNames(k), metrics: computeKommuneMetrics(study.config, k) }));
    const figures = await noteFigures(study.config, entries[0]!.kommune, entries);
    expect(figures.length).toBeGreaterThan(5);
    for (const figure of figures) {
      expectInert(figure.svg, `figures/${figure.id}.svg`); // (alt is plain text, escaped where the HTML uses it)
    }
    const network = figures.find((f) => f.id === 'network-testby-weekly')!;
    expect(network.svg).toContain('Øk &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  // cleanSvg reads real start tags and attributes only: an escaped " onerror=" in a label is text.
  it('places those figures in the HTML without a false alarm', async () => {
    const { html } = await renderInMemory(hostileData(), { figures: true });
    expectInert(html, 'notat.html');
  });
});

describe('raw HTML in the text files', () => {
  const TEXT = '# Om\n\nFør <span class="x" onclick="alert(1)">klikk</span> etter.\n\n<div onmouseover="alert(2)">blokk</div>\n';

  it('is shown as text unless study.yaml allows it', async () => {
    const { html } = await renderInMemory({ text: TEXT });
    expectInert(html, 'notat.html');
    expect(html).toContain('&lt;span class=«x» onclick=«alert(1)»&gt;klikk&lt;/span&gt;'); // typographer's quotes
  });

  // With allowHtml every value bound with {{…}} is escaped before Markdown sees it; only the
  // author's own Markdown passes through raw.
  it('with allowHtml: true, is passed through, but data is still escaped', async () => {
    const { html } = await renderInMemory({
      text: '# Om {{kommune.name}}\n\nFør <span class="merk">merket</span> etter.\n\n{{sitater "styrker" 5}}\n',
      studyExtra: 'allowHtml: true\n',
      kommuneName: `Testby ${IMG}`,
      changes: { 'kommuner/testby/responses.csv': `id;samordning;styrker\np1;4;${csvQuote(IMG)}\np2;vet ikke;\np3;;\n` },
    });
    expect(html).toContain('<span class="merk">merket</span>');
    expectInert(html, 'notat.html');
  });

  it('with allowHtml: true, an external image is left out with a located warning naming the URL', async () => {
    const { html, warnings, root } = await renderInMemory({
      text: '# Om\n\nFør bildet.\n\n<img src="http://example.com/sporing.png" alt="x">\n\nTekst <img src="https://example.com/inline.png"> i linja.\n',
      studyExtra: 'allowHtml: true\n',
    });
    expect(html).not.toMatch(/example\.com/);
    expect(tags(html).filter((tag) => /^<img\b/i.test(tag))).toEqual([]);
    expect(html).toContain('Tekst  i linja.');
    const file = `${root}/kommuner/testby/tekst/kommune.md`;
    expect(warnings.map((w) => [w.source.file, w.source.line, w.severity])).toEqual([
      [file, 5, 'warning'],
      [file, 7, 'warning'],
    ]);
    expect(warnings[0]!.message).toContain('http://example.com/sporing.png');
    expect(warnings[1]!.message).toContain('https://example.com/inline.png');
    expect(warnings[0]!.source.column).toBe(1);
  });

  it('with allowHtml: true, event handlers, javascript: links and script elements are left out with warnings', async () => {
    const { html, warnings } = await renderInMemory({
      text: '# Om\n\nFør <span class="x" onclick="alert(1)">klikk</span> og <a href="javascript:alert(2)">lenke</a>.\n\n<script>alert(3)</script>\n\n<div style="color: red" onmouseover="alert(4)">blokk</div>\n',
      studyExtra: 'allowHtml: true\n',
    });
    expectInert(html, 'notat.html');
    expect(html).toContain('<span class="x">klikk</span>');
    expect(html).toContain('<div style="color:red">blokk</div>'); // the sanitizer writes the declarations it kept
    expect(warnings.map((w) => w.source.line)).toEqual([3, 3, 5, 7]);
    expect(warnings.every((w) => w.severity === 'warning')).toBe(true);
  });

  it('a Markdown image is not an <img> (images are off in the text)', async () => {
    const { html } = await renderInMemory({ text: '# Om\n\n![logo](http://example.com/logo.png)\n' });
    expect(tags(html).filter((tag) => /^<img\b/i.test(tag))).toEqual([]);
    expect(html).not.toMatch(/src\s*=\s*["']?http/i);
  });
});
