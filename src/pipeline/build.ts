// The build, as numbered steps, one call each:
//   1. read study.yaml            4. figures of the note          7. check nothing private leaks
//   2. read + check every kommune 5. render the HTML              8. write the kommune's output atomically
//   3. metrics of every kommune   6. print the PDF (one browser)
// Every kommune of the study is read and measured even for one note: the comparison chapter needs them.

import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import { KommunenotatError, type Problem } from '../errors.ts';
import { computeKommuneMetrics, serializeMetrics } from '../metrics/index.ts';
import { withBrowser } from '../output/browser.ts';
import { printPdf } from '../output/pdf.ts';
import { writeKommuneOutput, type OutputFiles } from '../output/write-output.ts';
import { readNoteSources } from '../load/note-sources.ts';
import { renderNote } from '../render/index.ts';
import type { KommuneData, KommuneMetrics, Study } from '../types.ts';
import { readKommune } from '../validate/kommune.ts';
import { resolveKommune } from '../validate/resolve-slug.ts';
import { readStudyConfig } from '../validate/study-config.ts';
import { timed, type Effects } from './effects.ts';
import { noteFigures } from './note-figures.ts';
import { assertNoNames, withoutNames } from './privacy.ts';

export interface BuildOptions {
  data: string;
  out: string;
  /** Slugs or display names; ignored with `all`. */
  kommuner: string[];
  all: boolean;
  formats: ('html' | 'pdf')[];
  /** Fixed date printed in the note and the PDF metadata (same input, same bytes). */
  date?: string;
}

export interface KommuneResult {
  slug: string;
  ok: boolean;
  dir?: string;
  pages?: number;
  ms: number;
  warnings: number;
  error?: unknown;
}

export interface BuildReport {
  results: KommuneResult[];
}

export interface MeasuredStudy {
  study: Study;
  metrics: Map<string, KommuneMetrics>;
  warnings: Problem[];
}

/** Steps 1-2: the checked study; throws one data error listing every problem of every kommune asked for. */
export async function readStudy(root: string, effects: Effects, only?: string[]): Promise<{ study: Study; warnings: Problem[] }> {
  const config = await timed(effects, 'study', 'load', () => readStudyConfig(root));
  const slugs = only ? [...new Set(only.map((k) => resolveKommune(root, config, k)))] : config.kommuner;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const kommuner: KommuneData[] = [];
  await timed(effects, 'study', 'validate', () => {
    for (const slug of slugs) {
      try {
        const read = readKommune(root, config, slug);
        kommuner.push(read.kommune);
        warnings.push(...read.warnings);
      } catch (error) {
        if (!(error instanceof KommunenotatError) || !error.isUserError) throw error;
        problems.push(...(error.problems.length > 0 ? error.problems : [{ source: { file: join(root, 'kommuner', slug) }, message: error.message }]));
      }
    }
  });
  for (const warning of warnings) effects.logger.warn(warning);
  if (problems.length > 0) {
    const count = problems.filter((p) => p.severity !== 'warning').length;
    throw new KommunenotatError('data', `the data set ${root} has ${count} ${count === 1 ? 'problem' : 'problems'}`, {
      problems,
    });
  }
  return { study: { root, config, kommuner }, warnings };
}

/** Steps 1-3: the checked study of every kommune and its metrics. */
export async function measureStudy(root: string, effects: Effects): Promise<MeasuredStudy> {
  const { study, warnings } = await readStudy(root, effects);
  const metrics = await timed(effects, 'study', 'metrics', () => {
    const bySlug = new Map<string, KommuneMetrics>();
    for (const kommune of study.kommuner) bySlug.set(kommune.slug, computeKommuneMetrics(study.config, kommune));
    return bySlug;
  });
  return { study, metrics, warnings };
}

/** The whole build of the notes asked for. Failures of one kommune's rendering do not stop the others. */
export async function build(options: BuildOptions, effects: Effects): Promise<BuildReport> {
  const measured = await measureStudy(options.data, effects);
  const { config } = measured.study;
  const slugs = options.all
    ? config.kommuner
    : [...new Set(options.kommuner.map((k) => resolveKommune(options.data, config, k)))];

  const runAll = async (browser: Browser | undefined): Promise<KommuneResult[]> => {
    const results: KommuneResult[] = [];
    for (const slug of slugs) results.push(await buildOne(slug, measured, options, effects, browser));
    return results;
  };
  const results = options.formats.includes('pdf') ? await withBrowser(runAll) : await runAll(undefined);
  return { results };
}

async function buildOne(
  slug: string,
  measured: MeasuredStudy,
  options: BuildOptions,
  effects: Effects,
  browser: Browser | undefined,
): Promise<KommuneResult> {
  const start = effects.now();
  try {
    const { files, pages } = await composeOutput(slug, measured, options, effects, browser);
    const kommune = measured.study.kommuner.find((k) => k.slug === slug)!;
    await timed(effects, slug, 'privacy', () => assertNoNames(kommune, measured.study.kommuner, files));
    const dir = await timed(effects, slug, 'write', () => writeKommuneOutput(options.out, slug, files));
    const ms = effects.now() - start;
    effects.logger.step(slug, 'done', ms, `${dir}${pages ? ` (${pages} pages)` : ''}`);
    return { slug, ok: true, dir, pages, ms, warnings: 0 };
  } catch (error) {
    if (error instanceof KommunenotatError && error.isUserError) throw error;
    return { slug, ok: false, ms: effects.now() - start, warnings: 0, error };
  }
}

/** Steps 4-6 for one kommune: every file of its output, in memory. */
async function composeOutput(
  slug: string,
  measured: MeasuredStudy,
  options: BuildOptions,
  effects: Effects,
  browser: Browser | undefined,
): Promise<{ files: OutputFiles; pages?: number }> {
  const { study, metrics } = measured;
  const files: OutputFiles = new Map();
  const kommuneMetrics = metrics.get(slug)!;
  files.set('metrics.json', serializeMetrics(kommuneMetrics));

  const kommune = withoutNames(study.kommuner.find((k) => k.slug === slug)!);
  const all = study.kommuner.map((k) => ({ kommune: withoutNames(k), metrics: metrics.get(k.slug)! }));
  const figures = await timed(effects, slug, 'figures', () => noteFigures(study.config, kommune, all));
  for (const figure of figures) files.set(`figures/${figure.id}.svg`, figure.svg);

  const sources = await timed(effects, slug, 'sources', () => readNoteSources(study.root, study.config, kommune));
  const buildDate = options.date ?? noteDate(study);
  const rendered = await timed(effects, slug, 'render', () =>
    renderNote({ config: study.config, kommune, metrics: kommuneMetrics, study: all, figures, buildDate }, sources),
  );
  let html = rendered.html;
  let pages: number | undefined;
  if (browser && options.formats.includes('pdf')) {
    const printed = await timed(effects, slug, 'pdf', () =>
      printPdf(browser, html, { ...rendered.meta, date: new Date(`${buildDate}T12:00:00Z`) }),
    );
    for (const url of printed.blockedRequests ?? []) {
      effects.logger.warn({ source: { file: join(study.root, 'kommuner', slug) }, message: `blocked a request for ${url}` });
    }
    html = printed.html;
    pages = printed.pageCount;
    files.set('notat.pdf', printed.pdf);
  }
  if (options.formats.includes('html')) files.set('notat.html', html);
  return { files, pages };
}

/** The note's date: from study.yaml `date`, else a fixed date, never the clock (same input, same bytes). */
function noteDate(study: Study): string {
  const raw = study.config.raw.date;
  if (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw)) return raw;
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  return '2015-01-01';
}
