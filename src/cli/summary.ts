// The table printed at the end of a batch build: kommune, status, pages, time, warnings.

import type { KommuneResult } from '../pipeline/build.ts';

/** The table at the end of a batch: one row per kommune. */
export function summaryTable(results: KommuneResult[]): string {
  const rows = results.map((r) => [
    r.slug,
    r.ok ? 'ok' : 'FAILED',
    r.pages === undefined ? '' : String(r.pages),
    `${(r.ms / 1000).toFixed(1)} s`,
    String(r.warnings),
  ]);
  const header = ['kommune', 'status', 'pages', 'time', 'warnings'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  const failed = results.filter((r) => !r.ok).length;
  const total = failed === 0 ? `${results.length} built` : `${results.length - failed} built, ${failed} failed`;
  return `${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${rows.map(line).join('\n')}\n${total}\n`;
}

