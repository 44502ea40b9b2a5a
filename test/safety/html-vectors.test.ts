// Hostile raw HTML in the authors' text (allowHtml: true), each vector a note of its own, opened as a
// reader opens notat.html: from a file, in Chromium, with JavaScript ON, every link clicked. Asserted:
// no script ran (no dialog, no console line), no request was made (every request intercepted and
// refused), no navigation happened; and a located warning names what was left out. Two guards hold
// this: the allow-list sanitizer (src/render/sanitize.ts) and the note's own Content-Security-Policy.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser, type BrowserHandle } from '../../src/output/browser.ts';
import { browserForTests } from '../output/helpers.ts';
import { removeDataSets } from '../validate/data-set.ts';
import { renderInMemory } from './note-in-memory.ts';

const ALERT = "alert(1);console.log('RAN')";
const OUT = 'http://127.0.0.1:9';

/** [name, raw HTML written into the kommune chapter]. */
export const HTML_VECTORS: [string, string][] = [
  ['<svg/onload=…>', `<svg/onload=${ALERT}>`],
  ['<svg/onload=…> inside an HTML block', `<div>\n<svg/onload=${ALERT}>\n</div>`],
  ['<iframe srcdoc="&lt;script…">', `<iframe srcdoc="&lt;script&gt;parent.${ALERT.replace(/"/g, '&quot;')}&lt;/script&gt;"></iframe>`],
  ['data:text/html in <object>', `<object data="data:text/html,&lt;script&gt;${ALERT}&lt;/script&gt;"></object>`],
  ['data:text/html in <iframe>', `<iframe src="data:text/html;base64,${Buffer.from(`<script>${ALERT}</script>`).toString('base64')}"></iframe>`],
  ['<a href="jav&Tab;ascript:…">', `<a href="jav&Tab;ascript:${ALERT}">klikk her</a>`],
  ['<animate attributeName="href" values="javascript:…">', `<svg width="200" height="40"><a><animate attributeName="href" values="javascript:${ALERT}"/><text x="10" y="20">klikk her</text></a></svg>`],
  ['CSS url() in a style attribute', `<p style="background-image: url(${OUT}/bakgrunn.png)">Avsnitt.</p>`],
  ['CSS @import in <style>', `<style>@import url(${OUT}/ekstra.css); p { color: red }</style>`],
  ['<meta http-equiv=refresh>', `<meta http-equiv="refresh" content="0;url=${OUT}/videre">`],
  ['relative <link rel=stylesheet>', '<link rel="stylesheet" href="stil.css">'],
  ['<img> from outside (also relative)', '<img src="logo.png" alt="logo">'],
  ['<base href> and a form', `<base href="${OUT}/"><form action="${OUT}/send"><button>Send</button></form>`],
];

const dirs: string[] = [];
let handle: BrowserHandle | undefined;
let browser: Browser;

beforeAll(async () => {
  if (!browserForTests()) return;
  handle = startBrowser();
  browser = await handle.browser;
}, 120_000);

afterAll(async () => {
  await handle?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  removeDataSets();
});

/** Opens `html` from a file with JavaScript on, clicks every link and SVG text, and reports what happened. */
async function open(html: string): Promise<{ ran: string[]; requests: string[]; navigations: string[]; frames: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'kommunenotat-vectors-'));
  dirs.push(dir);
  const file = join(dir, 'notat.html');
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await browser.newPage();
  const ran: string[] = [];
  const requests: string[] = [];
  const navigations: string[] = [];
  try {
    await page.setJavaScriptEnabled(true);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const first = request.url() === url && request.isNavigationRequest() && requests.length === 0 && navigations.length === 0;
      // The note itself, and data: URLs that are no document (its own fonts; the browser's placeholder
      // for a refused plugin): nothing leaves the page. A data:text/html document counts as a load.
      if (first || (request.url().startsWith('data:') && !request.url().startsWith('data:text/html'))) {
        void request.continue();
        return;
      }
      requests.push(request.url());
      void request.abort();
    });
    page.on('dialog', (dialog) => {
      ran.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.text() === 'RAN') ran.push(`console: ${message.text()}`); // (not the browser's report of a refused load)
    });
    // A link to a place in the note (#…) is not a navigation away.
    const away = (to: string) => to.split('#')[0] !== url && to !== 'about:blank' && to !== 'about:srcdoc';
    // The note's own window (an iframe is counted by `frames`, and refused by the policy: an error page inside it).
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && away(frame.url())) navigations.push(frame.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    for (const target of await page.$$('a, svg text')) await target.click().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 700)); // a refresh after 0 s, a script after a click
    if (away(page.url())) navigations.push(page.url());
    return { ran, requests, navigations, frames: page.frames().length };
  } finally {
    await page.close();
  }
}

describe.skipIf(!browserForTests())('hostile raw HTML in the text, opened in Chromium with JavaScript on', () => {
  it.each(HTML_VECTORS)('%s: no script runs, nothing loads, no navigation; a located warning', async (_name, vector) => {
    const { html, warnings, root } = await renderInMemory({ text: `# Om\n\nFør.\n\n${vector}\n\nEtter.\n`, studyExtra: 'allowHtml: true\n' });
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'');
    const seen = await open(html);
    expect(seen.ran).toEqual([]);
    expect(seen.requests).toEqual([]);
    expect(seen.navigations).toEqual([]);
    expect(seen.frames).toBe(1);
    const file = `${root}/kommuner/testby/tekst/kommune.md`;
    // Markup that is not HTML to markdown-it (`<svg/onload=…>` on its own) is shown as text, escaped;
    // everything else that reached the HTML was cleaned by the sanitizer, with a warning.
    if (warnings.length === 0) expect(html).toContain('&lt;svg/onload=');
    else expect(html.slice(html.indexOf('Før.'), html.indexOf('Etter.'))).not.toMatch(/<(svg|iframe|object|meta|link|img|base|form|style)\b/i);
    const lines = vector.split('\n').length; // the vector starts on line 5 of the chapter
    for (const warning of warnings) {
      expect([warning.source.file, warning.severity]).toEqual([file, 'warning']);
      expect(warning.source.line).toBeGreaterThanOrEqual(5);
      expect(warning.source.line).toBeLessThan(5 + lines);
      expect(warning.message).toMatch(/is left out of the note/);
    }
  }, 60_000);

  it('the Content-Security-Policy alone stops what a missed vector would do (the note\'s <head>, unsanitized body)', async () => {
    const { html } = await renderInMemory({ text: '# Om\n\nTekst.\n' });
    // (A meta refresh is not a fetch the policy governs: only the sanitizer stops it, above.)
    const raw = HTML_VECTORS.filter(([name]) => !name.includes('refresh')).map(([, vector]) => vector).join('\n');
    const seen = await open(html.replace('</body>', `${raw}\n<script>${ALERT}</script></body>`));
    expect(seen.ran).toEqual([]);
    expect(seen.requests).toEqual([]);
    expect(seen.navigations).toEqual([]);
  }, 60_000);
});
