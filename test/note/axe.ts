// axe-core on a note's HTML in Chromium. The note itself runs no script; axe is injected into a copy
// loaded with JavaScript on (the note's own protocol: no network, so nothing else can load).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer';
import { findBrowser } from '../../src/output/browser.ts';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

const require = createRequire(import.meta.url);

/** The violations axe-core finds in `html` (WCAG 2.x A and AA, and axe's best practices). */
export async function runAxe(html: string, viewport: { width: number; height?: number } = { width: 1280 }): Promise<AxeViolation[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const browser = await puppeteer.launch({ executablePath: findBrowser(), args: ['--no-sandbox'], headless: true });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: viewport.width, height: viewport.height ?? 900 });
    // The note's own Content-Security-Policy forbids every script, axe's too: bypassed for the check only.
    await page.setBypassCSP(true);
    await page.setRequestInterception(true);
    page.on('request', (request) => (request.url().startsWith('data:') || request.url() === 'about:blank' ? request.continue() : request.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    await page.addScriptTag({ content: source });
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
    });
    return violations;
  } finally {
    await browser.close();
  }
}
