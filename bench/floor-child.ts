// The floor of a note's build, run as its own process by bench/run.ts: a fresh Chromium, launched
// the way src/output/browser.ts launches it, printing a finished note's HTML once with the build's
// page.pdf options, then closed. Prints one JSON line: the time of each step.
//   node scripts/run.mjs bench/floor-child.ts <notat.html>

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserLaunch } from './browser-launch.ts';

const start = performance.now();
const file = process.argv[2];
if (!file) throw new Error('usage: node scripts/run.mjs bench/floor-child.ts <notat.html>');
const html = await readFile(file, 'utf8');
const { default: puppeteer } = await import('puppeteer');
const { executablePath, args } = await browserLaunch();
const marks: Record<string, number> = {};
const mark = (name: string, since: number) => (marks[name] = performance.now() - since);

const userDataDir = await mkdtemp(join(tmpdir(), 'kommunenotat-bench-'));
let t = performance.now();
const browser = await puppeteer.launch({ executablePath, headless: true, args, userDataDir });
mark('launch', t);
let pdf: Uint8Array;
try {
  t = performance.now();
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  mark('load', t);
  t = performance.now();
  // The build's final print (src/output/pdf.ts): A4, backgrounds, the CSS page size, bookmarks, tags.
  pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, outline: true, tagged: true });
  mark('print', t);
} finally {
  t = performance.now();
  await browser.close();
  mark('close', t);
  await rm(userDataDir, { recursive: true, force: true });
}
const pages = (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
marks.total = performance.now() - start;
process.stdout.write(`${JSON.stringify({ ...marks, pages, bytes: pdf.length })}\n`);
