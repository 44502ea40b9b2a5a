// The live preview: serves the note with a reload script, pushes a reload event after a file
// changes, and shows a build error on the page instead of stopping.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KommunenotatError } from '../../src/errors.ts';
import { buildHtml } from '../../src/pipeline/build.ts';
import { silentLogger } from '../../src/pipeline/effects.ts';
import { injectReload } from '../../src/preview/page.ts';
import { startPreview, type PreviewServer } from '../../src/preview/server.ts';
import { copyDemo, removeTempDirs } from '../cli/helpers.ts';

const servers: PreviewServer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  removeTempDirs();
});

/** Reads the SSE stream until an event whose data satisfies `until`; returns the data seen. */
async function nextEvents(url: string, until: (data: string) => boolean, timeoutMs = 60_000): Promise<string[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const response = await fetch(new URL('/events', url), { signal: controller.signal });
  expect(response.headers.get('content-type')).toBe('text/event-stream');
  const reader = response.body!.getReader();
  const seen: string[] = [];
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += new TextDecoder().decode(value);
      for (const match of buffer.matchAll(/event: reload\ndata: (\S+)\n\n/g)) seen.push(match[1]);
      buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
      if (seen.some(until)) break;
    }
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return seen;
}

describe('preview server (injected render)', () => {
  it('serves the page with the reload script, rebuilds on a change, and shows errors escaped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kommunenotat-preview-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'tekst.md'), 'første');
    let fail = false;
    const server = await startPreview({
      data: dir,
      kommune: 'testby',
      port: 0,
      watch: [dir],
      debounceMs: 50,
      render: async () => {
        if (fail) throw new KommunenotatError('data', 'bad <data>', { problems: [{ source: { file: 'x.csv', line: 3 }, message: 'value "<b>"' }] });
        return `<!doctype html><html><body><p>note ${Date.now()}</p></body></html>`;
      },
    });
    servers.push(server);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    const page = await (await fetch(server.url)).text();
    expect(page).toMatch(/<p>note \d+<\/p><script nonce="[A-Za-z0-9+/=]{24}">\/\* kommunenotat preview only/);
    expect(page).toContain('new EventSource(\'/events\')');
    expect(page.indexOf('<script')).toBeLessThan(page.indexOf('</body>'));

    const events = nextEvents(server.url, (data) => data === '2');
    await new Promise((resolve) => setTimeout(resolve, 100));
    writeFileSync(join(dir, 'tekst.md'), 'andre');
    expect(await events).toEqual(['1', '2']);

    fail = true;
    await server.rebuild();
    const error = await (await fetch(server.url)).text();
    expect(error).toContain('The note could not be built');
    expect(error).toContain('error: bad &lt;data&gt;\n  x.csv:3: value &quot;&lt;b&gt;&quot;.');
    expect(error).not.toContain('<b>');
    expect(error).toContain('new EventSource');
    expect((await fetch(new URL('/nothing', server.url))).status).toBe(404);
  });
});

describe('preview on a busy port', () => {
  it('says the port is taken and which flag picks another, as a user error (no EADDRINUSE stack)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preview-port-'));
    dirs.push(dir);
    const first = await startPreview({ data: dir, kommune: 'x', port: 0, watch: [dir], render: async () => '<p>1</p>' });
    servers.push(first);
    const port = Number(new URL(first.url).port);
    const second = startPreview({ data: dir, kommune: 'x', port, watch: [dir], render: async () => '<p>2</p>' });
    await expect(second).rejects.toThrow(KommunenotatError);
    await expect(second).rejects.toThrow(
      new RegExp(`^port ${port} on 127\\.0\\.0\\.1 is taken \\(another preview still running\\?\\); pick another with --port ${port + 1}, or --port 0 for any free port$`),
    );
    await expect(second).rejects.toMatchObject({ isUserError: true });
  });
});

describe('preview page', () => {
  it('shows the build warnings in a banner of the served page, escaped, and never in an empty one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kommunenotat-preview-'));
    dirs.push(dir);
    let warnings = ['kommune.md:4: warning: claim (eq networks.monthly.components 1) <no longer holds>'];
    const server = await startPreview({
      data: dir, kommune: 'testby', port: 0, watch: [dir],
      render: async () => ({ html: '<html><body><p>note</p></body></html>', warnings }),
    });
    servers.push(server);
    const page = await (await fetch(server.url)).text();
    expect(page).toContain('<strong>1 warning (preview only, not part of the note)</strong>');
    expect(page).toContain('<li>kommune.md:4: warning: claim (eq networks.monthly.components 1) &lt;no longer holds&gt;</li>');
    warnings = [];
    await server.rebuild();
    expect(await (await fetch(server.url)).text()).not.toContain('data-preview-only');
  });
});

describe('preview server (the real build)', () => {
  it('rebuilds the note when a Markdown file of the text changes', async () => {
    const root = copyDemo();
    const text = join(root, 'kommuner/oppdal/tekst/kommune.md');
    const original = readFileSync(text, 'utf8');
    writeFileSync(text, `${original}\n\nFørste utgave av et nytt avsnitt.\n`);
    const server = await startPreview({
      data: root,
      kommune: 'Oppdal',
      port: 0,
      watch: [root],
      debounceMs: 50,
      render: async () => (await buildHtml(root, 'Oppdal', { logger: silentLogger(), now: () => performance.now() })).html,
    });
    servers.push(server);
    const first = await (await fetch(server.url)).text();
    expect(first).toContain('Første utgave av et nytt avsnitt.');
    expect(first.match(/<script/g)).toHaveLength(1); // only the injected one: the note itself has none

    const events = nextEvents(server.url, (data) => data === '2');
    await new Promise((resolve) => setTimeout(resolve, 100));
    writeFileSync(text, `${original}\n\nAndre utgave av et nytt avsnitt.\n`);
    expect(await events).toContain('2');
    const second = await (await fetch(server.url)).text();
    expect(second).toContain('Andre utgave av et nytt avsnitt.');
    expect(second).not.toContain('Første utgave av et nytt avsnitt.');
  });
});

describe('the served copy of the note\'s Content-Security-Policy', () => {
  it('allows the preview\'s one script (by a fresh nonce) and its /events connection, nothing else', () => {
    const note = '<html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'"></head><body><p>x</p></body></html>';
    const served = injectReload(note, 3, [], 'bm9uY2Vub25jZW5vbmNl');
    expect(served).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-bm9uY2Vub25jZW5vbmNl'; connect-src 'self'"`);
    expect(served).toContain('<script nonce="bm9uY2Vub25jZW5vbmNl">');
    expect(injectReload(note, 3)).not.toEqual(injectReload(note, 3)); // a nonce per response
  });
});
