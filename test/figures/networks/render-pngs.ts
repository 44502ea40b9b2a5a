// Development aid, not a test: renders figures to PNG with Chromium so a person can look at them.
// Usage: npx tsx test/figures/networks/render-pngs.ts <out-dir>

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer';
import { exampleNetworkFigures, networkFigure } from '../../../src/figures/networks/index.ts';
import type { Figure } from '../../../src/types.ts';
import { demoLikeNetworks, largeNetwork } from './synthetic.ts';

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('@fontsource/source-sans-3/package.json')), 'files');
const fontFace = [400, 600]
  .map((w) => `@font-face{font-family:'Source Sans 3';font-weight:${w};src:url(data:font/woff2;base64,${fs.readFileSync(path.join(fontDir, `source-sans-3-latin-${w}-normal.woff2`)).toString('base64')}) format('woff2');}`)
  .join('');

export async function renderPngs(figures: Figure[], outDir: string): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const written: string[] = [];
  try {
    for (const f of figures) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 800, deviceScaleFactor: 1 });
      // 160 mm ≈ 605 CSS px; shown at 1.5× so small type can be judged as in print.
      await page.setContent(`<html><head><style>${fontFace} body{margin:0;background:#fff} svg{width:${f.svg.includes('viewBox="0 0 320') ? 450 : 900}px;height:auto;display:block}</style></head><body>${f.svg}</body></html>`);
      await page.evaluate(() => document.fonts.ready);
      const el = await page.$('svg');
      const file = path.join(outDir, `${f.id}.png`);
      await el!.screenshot({ path: file as `${string}.png` });
      written.push(file);
      fs.writeFileSync(path.join(outDir, `${f.id}.svg`), f.svg);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return written;
}

if (process.argv[1]?.endsWith("render-pngs.ts")) {
  const out = process.argv[2] ?? '/tmp/network-pngs';
  const figures = [...exampleNetworkFigures(), ...demoLikeNetworks().map(networkFigure), networkFigure(largeNetwork())];
  console.log((await renderPngs(figures, out)).join('\n'));
}
