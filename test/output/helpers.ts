// Shared by the output tests: reading a PDF back through poppler's command-line tools, finding the
// browser (or saying why the tests are skipped), and looking for processes our launches left.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { findBrowser } from '../../src/output/browser.ts';

/** The text of one page (1-based), laid out as on the page. */
export function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
}

/** `pdfinfo` fields, e.g. { Title: '…', Pages: '58', Tagged: 'yes' }. */
export function pdfInfo(file: string): Record<string, string> {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(text.split('\n').flatMap((line) => {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    return match ? [[match[1]!.trim(), match[2]!.trim()]] : [];
  }));
}

/** The browser the tests would use, or undefined (with a message saying why they are skipped). */
export function browserForTests(): string | undefined {
  try {
    return findBrowser();
  } catch (error) {
    console.warn(`Skipping the browser tests: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** Command lines of running processes that contain `needle` (e.g. one launch's profile directory). */
export function processesWith(needle: string): string[] {
  return readdirSync('/proc').filter((entry) => /^\d+$/.test(entry)).flatMap((pid) => {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      return cmdline.includes(needle) ? [`${pid}: ${cmdline}`] : [];
    } catch {
      return []; // The process ended while we looked.
    }
  });
}
