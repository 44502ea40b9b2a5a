// Every demo note and a note of a generated study, checked as a screen reader and an archive read
// them (docs/pdf.md lists which Matterhorn and PDF/A-2 conditions these are): one /Figure with the
// HTML's text alternative per figure, captions, header cells with scope, XMP that agrees with the
// Info dictionary, language, embedded fonts with ToUnicode, the sRGB output intent, nothing painted
// outside marked content; and the HTML on a screen: axe-core at 1,280 and 375 px, network labels of
// 11 px or more at 1,200 px, tables that scroll inside their box on a phone.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticStudy } from '../../scripts/synthetic-study.ts';
import { findBrowser } from '../../src/output/browser.ts';
import { PDFA, PDFUA_PART } from '../../src/output/pdf-xmp.ts';
import { browserForTests } from '../output/helpers.ts';
import { runAxe } from './axe.ts';
import { checkPdf, htmlFigureAlts, xmpValue, type PdfChecks } from './pdf-checks.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const browser = browserForTests();
const DEMO = ['orland', 'naroy', 'oppdal', 'rissa', 'volda'];
const run = promisify(execFile);

describe.skipIf(!browser)('notes a screen reader and an archive accept', () => {
  let dir = '';
  const notes = new Map<string, { pdf: PdfChecks; html: string; lang: string }>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'note-a11y-'));
    writeSyntheticStudy(join(dir, 'synthetic'), { kommuner: 3, persons: 30, seed: 7 });
    const cli = (args: string[]) => run('node', ['scripts/run.mjs', 'src/cli/main.ts', ...args], { cwd: ROOT, maxBuffer: 1 << 26 });
    await cli(['--all', '--out', join(dir, 'demo')]);
    await cli(['--data', join(dir, 'synthetic'), '--kommune', 'syn01', '--out', join(dir, 'syn')]);
    for (const [name, folder] of [...DEMO.map((k) => [k, join(dir, 'demo', k)]), ['syn01', join(dir, 'syn', 'syn01')]] as const) {
      notes.set(name, {
        pdf: checkPdf(join(folder, 'notat.pdf')),
        html: readFileSync(join(folder, 'notat.html'), 'utf8'),
        lang: name === 'volda' ? 'nn' : 'nb',
      });
    }
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const names = [...DEMO, 'syn01'];

  it.each(names)('%s: one /Figure per figure, each with the HTML’s text alternative as /Alt, and a Caption each', (name) => {
    const { pdf, html } = notes.get(name)!;
    const alts = htmlFigureAlts(html);
    expect(alts.length).toBeGreaterThan(3);
    expect(pdf.figures.map((f) => f.alt ?? '(none)').sort()).toEqual([...alts].sort());
    const tables = (html.match(/<table id="tab-/g) ?? []).length;
    expect(pdf.captions).toBe(alts.length + tables);
    expect(pdf.headerCellsWithoutScope).toBe(0);
    expect(pdf.unmappedTypes).toEqual([]);
  });

  it.each(names)('%s: XMP agrees with the Info dictionary and claims PDF/A-2B and PDF/UA-1; language; output intent; trailer ID', (name) => {
    const { pdf, lang } = notes.get(name)!;
    expect(pdf.version).toBe('1.7');
    expect(pdf.lang).toBe(lang);
    expect(xmpValue(pdf.xmp, 'dc:title')).toBe(pdf.info.Title);
    expect(xmpValue(pdf.xmp, 'dc:creator')).toBe(pdf.info.Author);
    expect(xmpValue(pdf.xmp, 'dc:description')).toBe(pdf.info.Subject);
    expect(xmpValue(pdf.xmp, 'pdf:Keywords')).toBe(pdf.info.Keywords);
    expect(xmpValue(pdf.xmp, 'pdf:Producer')).toBe(pdf.info.Producer);
    expect(xmpValue(pdf.xmp, 'xmp:CreatorTool')).toBe(pdf.info.Creator);
    expect(xmpValue(pdf.xmp, 'dc:language')).toBe(lang);
    const infoDate = pdf.info.CreationDate!.replace(/^D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z');
    expect(xmpValue(pdf.xmp, 'xmp:CreateDate')).toBe(infoDate);
    expect(xmpValue(pdf.xmp, 'xmp:ModifyDate')).toBe(infoDate);
    expect(xmpValue(pdf.xmp, 'pdfaid:part')).toBe(String(PDFA.part));
    expect(xmpValue(pdf.xmp, 'pdfaid:conformance')).toBe(PDFA.conformance);
    expect(xmpValue(pdf.xmp, 'pdfuaid:part')).toBe(String(PDFUA_PART));
    expect(pdf.outputIntents).toBe(1);
    expect(pdf.iccComponents).toBe(3);
    expect(pdf.trailerId).toBe(true);
  });

  it.each(names)('%s: fonts embedded with ToUnicode, links printable, nothing painted outside marked content', (name) => {
    const { pdf } = notes.get(name)!;
    expect(pdf.fontsNotEmbedded).toEqual([]);
    expect(pdf.fontsWithoutToUnicode).toEqual([]);
    expect(pdf.linksWithoutPrintFlag).toBe(0);
    expect(pdf.unmarked).toBe(0);
  });

  it.each(names)('%s: axe-core finds nothing at 1,280 px and at 375 px', async (name) => {
    const { html } = notes.get(name)!;
    expect(await runAxe(html, { width: 1280 })).toEqual([]);
    expect(await runAxe(html, { width: 375, height: 812 })).toEqual([]);
  });

  it('on a screen: contents without print page numbers, network labels of 11 px or more at 1,200 px, no page wider than a phone', async () => {
    const chromium = await puppeteer.launch({ executablePath: findBrowser(), args: ['--no-sandbox'], headless: true });
    try {
      for (const name of names) {
        const page = await chromium.newPage();
        await page.setJavaScriptEnabled(false);
        await page.setViewport({ width: 1200, height: 900 });
        await page.setContent(notes.get(name)!.html, { waitUntil: 'load' });
        const screen = await page.evaluate(() => {
          const tocPages = Array.from(document.querySelectorAll('.toc-page')).filter((e) => getComputedStyle(e).display !== 'none').length;
          const smallest = Array.from(document.querySelectorAll('.figure-network svg')).map((svg) => {
            const box = svg.getBoundingClientRect();
            const scale = box.width / (svg as SVGSVGElement).viewBox.baseVal.width;
            const sizes = Array.from(svg.querySelectorAll('text')).map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * scale);
            return Math.min(...sizes);
          });
          return { tocPages, smallest: Math.min(...smallest), networkFigures: smallest.length };
        });
        expect(screen.tocPages, name).toBe(0);
        expect(screen.networkFigures, name).toBeGreaterThan(0);
        expect(screen.smallest, name).toBeGreaterThanOrEqual(11);
        await page.setViewport({ width: 375, height: 812 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, name).toBeLessThanOrEqual(0);
        await page.close();
      }
    } finally {
      await chromium.close();
    }
  });
});
