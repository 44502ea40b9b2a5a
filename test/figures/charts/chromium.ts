// Test helper: a headless Chromium with the figure font embedded, to measure text and to look at figures.

import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { figureFontFaceCss, type FontSpec } from '../../../src/figures/text-measure.ts';
import { FIGURE_FONT_STACK } from '../../../src/figures/style.ts';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Debian's Chromium when present, else puppeteer's own download (or PUPPETEER_EXECUTABLE_PATH). */
export function launchChromium(): Promise<Browser> {
  const debian = '/usr/bin/chromium';
  const executablePath = process.env.PUPPETEER_EXECUTABLE_PATH ?? (existsSync(debian) ? debian : undefined);
  return puppeteer.launch({ executablePath, args: ARGS });
}

/** A page whose only content is the figure font as @font-face, loaded and ready. */
export async function fontPage(browser: Browser, body = ''): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent(
    `<!doctype html><html lang="nb"><head><meta charset="utf-8"><style>${figureFontFaceCss()}
     html,body{margin:0;background:#fff} body{font-family:${FIGURE_FONT_STACK}}</style></head><body>${body}</body></html>`,
  );
  await page.evaluate(async () => {
    // Force every face to load, then wait for them.
    for (const w of ['400', '600', '700']) await document.fonts.load(`${w} 12px 'Source Sans 3'`);
    await document.fonts.load(`italic 400 12px 'Source Sans 3'`);
    await document.fonts.ready;
  });
  return page;
}

/** Advance widths Chromium gives each text in an SVG <text> (getComputedTextLength). */
export async function chromiumTextWidths(page: Page, texts: string[], font: FontSpec): Promise<number[]> {
  return page.evaluate(
    (texts, font, stack) => {
      const ns = 'http://www.w3.org/2000/svg';
      const svg = document.createElementNS(ns, 'svg');
      document.body.appendChild(svg);
      const widths = texts.map((t) => {
        const el = document.createElementNS(ns, 'text');
        el.setAttribute('font-family', stack);
        el.setAttribute('font-size', String(font.size));
        el.setAttribute('font-weight', String(font.weight ?? 400));
        el.setAttribute('font-style', font.style ?? 'normal');
        el.textContent = t;
        svg.appendChild(el);
        return el.getComputedTextLength();
      });
      svg.remove();
      return widths;
    },
    texts,
    font,
    FIGURE_FONT_STACK,
  );
}

/** Whether Chromium resolved the figure font (not a fallback) for the page. */
export async function figureFontLoaded(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    let loaded = 0;
    document.fonts.forEach((f) => {
      if (f.family.includes('Source Sans 3') && f.status === 'loaded') loaded += 1;
    });
    return loaded > 0;
  });
}

/** PNG of an SVG figure at `scale` device pixels per px; `grey` shows it as printed in black and white. */
export async function screenshotSvg(browser: Browser, svg: string, path: string, scale = 2, grey = false): Promise<void> {
  const filter = grey ? 'filter:grayscale(1);' : '';
  const page = await fontPage(browser, `<div id="fig" style="display:inline-block;${filter}">${svg}</div>`);
  await page.setViewport({ width: 1000, height: 800, deviceScaleFactor: scale });
  const el = await page.$('#fig');
  await el!.screenshot({ path: path as `${string}.png` });
  await page.close();
}
