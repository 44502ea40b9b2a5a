// External resources in the text: with allowHtml the author may write HTML, but nothing it references
// leaves the machine. An <img src="http://…"> and a CSS url(http://…) are left out of the note by the
// render stage's sanitizer, with a warning naming the Markdown file, the line and the URL; what would
// slip past that is refused by the note's Content-Security-Policy and by the browser that prints it
// (every request but the document refused and reported). Every vector in Chromium: html-vectors.test.ts.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appendToOppdalChapter, copyDemo, removeTemps, runCli, stderrLines, tempDir } from './cli.ts';
import { browserForTests } from '../output/helpers.ts';

afterAll(removeTemps);

const O = 'kommuner/oppdal';

/** The demo study with allowHtml and `html` appended to Oppdal's kommune chapter. */
function withHtml(html: string): string {
  const root = copyDemo();
  writeFileSync(join(root, 'study.yaml'), `${readFileSync(join(root, 'study.yaml'), 'utf8')}\nallowHtml: true\n`);
  appendToOppdalChapter(root, 'kommune-html.md', html);
  return root;
}

describe.skipIf(!browserForTests())('external resources in the text (allowHtml: true)', () => {
  it('an <img src="http://…"> makes no request: it is left out, with a warning naming file, line and URL', async () => {
    const root = withHtml('<img src="http://example.com/sporing.png" alt="sporing">');
    const out = tempDir('ext-out');
    const run = await runCli(['--kommune', 'oppdal', '--data', root, '--out', out], { timeoutMs: 240_000 });
    expect(run.code, run.stderr).toBe(0);
    const lines = stderrLines(run, root);
    const chapter = readFileSync(join(root, O, 'tekst', 'kommune.md'), 'utf8').split('\n');
    const line = chapter.findIndex((l) => l.includes('sporing.png')) + 1;
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^${O}/tekst/kommune\\.md:${line}:1: warning: .*http://example\\.com/sporing\\.png`)),
    );
    // Nothing reached the browser to be blocked: the element was never in the document.
    expect(lines.filter((l) => /blocked a request/.test(l))).toEqual([]);
    const html = readFileSync(join(out, 'oppdal', 'notat.html'), 'utf8');
    expect(html).not.toContain('example.com');
    expect(readdirSync(join(out, 'oppdal'))).toContain('notat.pdf');
  }, 300_000);

  it('a CSS url(http://…) is left out of the style attribute, with a located warning; the PDF prints', async () => {
    const root = withHtml('<p style="color: #333; background-image: url(http://example.com/bakgrunn.png)">Merket avsnitt.</p>');
    const out = tempDir('ext-out');
    const run = await runCli(['--kommune', 'oppdal', '--data', root, '--out', out], { timeoutMs: 240_000 });
    expect(run.code, run.stderr).toBe(0);
    const lines = stderrLines(run, root);
    expect(lines).toContainEqual(expect.stringMatching(
      new RegExp(`^${O}/tekst/kommune\\.md:\\d+:1: warning: <p style=.*: part of its style attribute is left out of the note`),
    ));
    expect(lines.filter((l) => /blocked a request/.test(l))).toEqual([]);
    const html = readFileSync(join(out, 'oppdal', 'notat.html'), 'utf8');
    expect(html).not.toContain('example.com');
    expect(html).toContain('<p style="color:#333">Merket avsnitt.</p>');
    expect(readdirSync(join(out, 'oppdal'))).toContain('notat.pdf');
  }, 300_000);
});
