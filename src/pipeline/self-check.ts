// Step 7b: the self-check of the finished note, on every build. It reads the note as a reader gets
// it (the final HTML, with the page numbers the PDF step filled in, and where the PDF put each
// target) and reports what a careful reader would catch:
// - every contents entry and every «s. N» shows the page where its target begins in the PDF;
// - figures and tables are numbered 1, 2, 3 … in the order they stand, and each is referred to in
//   the text (figur 3, figurene 4–6, or a page reference to it);
// - the claims of the text (their warnings come from the render stage; counted here);
// - further checks handed in by other stages (`extraChecks`), e.g. captions against what the
//   figure draws: each returns its problems for the same note.
// Problems are warnings; with --strict the build fails on them (build.ts).

import { KommunenotatError, type Problem } from '../errors.ts';
import type { Source } from '../types.ts';
import type { Effects } from './effects.ts';

export interface SelfCheckInput {
  /** The final HTML of the note. */
  html: string;
  /** Where the PDF put each target (printPdf's `pages`); absent for an HTML-only build. */
  pages?: Record<string, number>;
  /** Every claim of the text and whether it holds. */
  claims: readonly { holds: boolean }[];
  /** Where the problems are reported: the kommune's folder. */
  source: Source;
  /** Further checks of the same note (e.g. captions against drawings); each returns its problems. */
  extraChecks?: readonly ((html: string) => Problem[])[];
}

export interface SelfCheckReport {
  problems: Problem[];
  /** For the step line and changes.md: `contents 21, page references 7, figures 25, tables 8, claims 40 of 40 hold`. */
  summary: string;
}

const SPAN = /<span class="(toc-page|pageref)" data-target="([^"]+)">(\d*)<\/span>/g;
const CAPTION = /<span class="caption-label">(Figur|Tabell) (\d+):<\/span>/g;

export function selfCheck(input: SelfCheckInput): SelfCheckReport {
  const problems: Problem[] = [];
  const problem = (message: string, fix?: string) => problems.push({ source: input.source, severity: 'warning', message, ...(fix ? { fix } : {}) });

  // Page numbers: as printed, against where the PDF puts each target.
  const counts = { 'toc-page': 0, pageref: 0 };
  for (const m of input.html.matchAll(SPAN)) {
    const [, kind, target, printed] = m as unknown as [string, 'toc-page' | 'pageref', string, string];
    counts[kind]++;
    if (!input.pages) continue;
    const what = kind === 'toc-page' ? `the contents entry for "${target}"` : `the page reference to "${target}"`;
    const actual = input.pages[target];
    if (actual === undefined) problem(`${what} points at nothing the PDF has`);
    else if (printed !== String(actual)) problem(`${what} says ${printed === '' ? 'no page' : `page ${printed}`}, but "${target}" begins on page ${actual}`);
  }

  // Figures and tables: numbered in order, each referred to.
  const captions = { Figur: [] as number[], Tabell: [] as number[] };
  for (const m of input.html.matchAll(CAPTION)) captions[m[1] as 'Figur' | 'Tabell'].push(Number(m[2]));
  const text = runningText(input.html);
  const pageTargets = new Set([...input.html.matchAll(SPAN)].filter((m) => m[1] === 'pageref').map((m) => m[2]));
  for (const [label, numbers] of Object.entries(captions)) {
    numbers.forEach((n, i) => {
      if (n !== i + 1) problem(`${label} ${n} stands where ${label} ${i + 1} should: figures and tables are numbered in the order they stand`);
    });
    const referred = referredNumbers(text, label.toLowerCase());
    const idOf = (n: number) => idOfCaption(input.html, label, n);
    for (const n of numbers) {
      const id = idOf(n);
      if (!referred.has(n) && !(id && pageTargets.has(id))) {
        problem(`${label} ${n} is not referred to in the text`, `Refer to it with {{${label === 'Figur' ? 'fig' : 'tab'} "…"}} where the text discusses it.`);
      }
    }
  }

  const extra = (input.extraChecks ?? []).flatMap((check) => check(input.html));
  problems.push(...extra.map((p) => ({ ...p, severity: p.severity ?? ('warning' as const) })));

  const held = input.claims.filter((c) => c.holds).length;
  const parts = [
    `contents ${counts['toc-page']}`,
    `page references ${counts.pageref}`,
    `figures ${captions.Figur.length}`,
    `tables ${captions.Tabell.length}`,
    `claims ${held} of ${input.claims.length} hold`,
  ];
  if (!input.pages) parts.splice(0, 2, 'page numbers not checked (no PDF)');
  return { problems, summary: parts.join(', ') };
}

/** The text a reader reads as running text: captions, tags and the contents left out. */
function runningText(html: string): string {
  return html
    .replace(/<nav class="contents"[\s\S]*?<\/nav>/g, ' ')
    .replace(/<figcaption>[\s\S]*?<\/figcaption>|<caption>[\s\S]*?<\/caption>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\u00a0\u202f]/g, ' ');
}

/** The numbers the text refers to as «figur 3», «figurene 4–6», «tabell 2» (bokmål and nynorsk). */
function referredNumbers(text: string, word: string): Set<number> {
  const referred = new Set<number>();
  for (const m of text.matchAll(new RegExp(`\\b${word}(?:ene|ane|a)?\\s+(\\d+)(?:\\s*[–-]\\s*(\\d+))?`, 'gi'))) {
    for (let n = Number(m[1]); n <= Number(m[2] ?? m[1]); n++) referred.add(n);
  }
  return referred;
}

/** The id of the figure or table whose caption is `label n`, for page references to it. */
function idOfCaption(html: string, label: string, n: number): string | undefined {
  const at = html.indexOf(`<span class="caption-label">${label} ${n}:</span>`);
  if (at < 0) return undefined;
  const before = html.slice(Math.max(0, at - 4000), at);
  const ids = [...before.matchAll(/<(?:figure|table)\b[^>]*\bid="([^"]+)"/g)];
  return ids.at(-1)?.[1];
}

/**
 * The self-check as a build step: a step line with the summary, each problem as a warning, and with
 * `strict` an error listing them all. Returns what build.json and changes.md keep.
 */
export function runSelfCheck(slug: string, input: SelfCheckInput, strict: boolean, effects: Pick<Effects, 'logger' | 'now'>): { summary: string; problems: string[] } {
  const start = effects.now();
  const report = selfCheck(input);
  const n = report.problems.length;
  const counted = `${n} ${n === 1 ? 'problem' : 'problems'}`;
  effects.logger.step(slug, 'self-check', effects.now() - start, `${report.summary}: ${n === 0 ? 'no problems' : counted}`);
  for (const problem of report.problems) effects.logger.warn(problem);
  if (strict && n > 0) {
    throw new KommunenotatError('data', `${counted} in the self-check of the finished note ${slug} (--strict)`, { problems: report.problems });
  }
  return { summary: report.summary, problems: report.problems.map((p) => p.message) };
}

/** The section of changes.md. */
export function selfCheckMarkdown(report: { summary: string; problems: string[] } | undefined): string {
  if (!report) return '';
  const lines = ['', '## Self-check of the finished note', '', `${report.summary}: ${report.problems.length === 0 ? 'no problems.' : `${report.problems.length} ${report.problems.length === 1 ? 'problem' : 'problems'}:`}`];
  if (report.problems.length > 0) lines.push('', ...report.problems.map((p) => `- ${p}`));
  return `${lines.join('\n')}\n`;
}
