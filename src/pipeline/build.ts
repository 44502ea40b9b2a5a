// The build, as numbered steps, one call each:
//   1. read study.yaml            4. figures of the note          7. check nothing private leaks
//   2. read + check every kommune 5. render the HTML              8. compare with the previous build and
//   3. metrics of every kommune   6. print the PDF (one browser)     write the kommune's output atomically
// Every kommune of the study is read and measured even for one note: the comparison chapter needs them.
// Steps 4-8 run per kommune: notes go through 4-5 one at a time and print (6) in pages of one
// browser, at most `jobs` (the cores) at once; a failure in one kommune is recorded in its result
// and does not stop the others.
// For speed (bench/README.md): Chromium is launched first (by the CLI, before this module loads),
// beside steps 1-5, and awaited at step 6; figures are drawn once per build and shared
// (note-figures.ts), and kept for the next build (figure-store.ts); the figure, render and PDF
// modules (vega, pdf-lib) are imported when first needed; step 6 guesses the contents' page numbers
// (the previous build.json, else a layout emulated without printing) and prints once when they hold.
// Text outputs are searched for names while the PDF prints.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import type { Browser } from 'puppeteer';
import { KommunenotatError, type Problem } from '../errors.ts';
import { computeKommuneMetrics, serializeMetrics } from '../metrics/index.ts';
import type { BrowserHandle } from '../output/browser.ts';
import type { PdfResult, PrintOptions } from '../output/pdf.ts';
import { writeKommuneOutput, type OutputFiles } from '../output/write-output.ts';
import { readNoteSources, type NoteSources, type SourceFile } from '../load/note-sources.ts';
import type { KommuneData, KommuneMetrics, Study, StudyConfig } from '../types.ts';
import { resolveKommune } from '../validate/resolve-slug.ts';
import type { Binding, Claim, PersonLabel } from './changes.ts';
import { formatChangesShort, withChangeSummary, type BuildManifest, type ChangeSummary } from './change-summary.ts';
import { noteDate } from './note-date.ts';
import { timed, untilAborted, type Effects } from './effects.ts';
import { launchLogged } from './launch.ts';
import type { FigureCache } from './note-figures.ts';
import { canonical, figureStore, figureStoreDir, type FigureStore } from './figure-store.ts';
import { kommuneNetworkFiles, kommuneNetworkModel, writeStudyNetwork } from './network-output.ts';
import type { NetworkModel } from '../output/network-files/index.ts';
import { mapBounded, slots, type Slots } from './parallel.ts';
import { assertNoNames, assertNoNamesInOutput, namesOf, withoutNames } from './privacy.ts';
import { checkNoteText } from './privacy-text.ts';
import { readStudy, warningsOf } from './read-study.ts';
import { noteReading, readStudy as readNetworks, type StudyReadings } from './note-reading.ts';
import { noteLang } from '../render/meta.ts';
import { runSelfCheck } from './self-check.ts';

export { readStudy } from './read-study.ts';

export interface BuildOptions {
  data: string;
  out: string;
  /** Slugs or display names; ignored with `all`. */
  kommuner: string[];
  all: boolean;
  /** `nettverk`: the network files (docs/network-files.md), per note and, with `all`, for the study. */
  formats: ('html' | 'pdf' | 'nettverk')[];
  /** Fixed date printed in the note and the PDF metadata (same input, same bytes). */
  date?: string;
  /** Notes printed at once; default os.availableParallelism(). */
  jobs?: number;
  /** Warnings of the render stage (claims in the text that no longer hold) fail the note. */
  strict?: boolean;
  /** How long to wait for another build's lock on a kommune's output (default 30 s). */
  lockTimeoutMs?: number;
  /** What a warm process (--watch, watch.ts) keeps from one build for the next. */
  warm?: WarmState;
}

/** Kept between the builds of one process: each kommune's metrics, by a hash of exactly what they are computed from. */
export interface WarmState {
  metrics: Map<string, { key: string; metrics: KommuneMetrics }>;
}

export interface KommuneResult {
  slug: string;
  ok: boolean;
  dir?: string;
  pages?: number;
  ms: number;
  /** Warnings that concern this note: its own data, the shared study files, and its rendering. */
  warnings: number;
  changes?: ChangeSummary;
  error?: unknown;
}

export interface BuildReport {
  results: KommuneResult[];
  /** `<out>/nettverk/`, when `--all` wrote the study's network files. */
  networkDir?: string;
}

export interface MeasuredStudy {
  study: Study;
  metrics: Map<string, KommuneMetrics>;
  warnings: Problem[];
  /** The reading of every kommune's networks (src/reading/), for lesning.json and the text. */
  readings: StudyReadings;
  /** Figures the notes of this build share (each kommune's networks, the study's charts), drawn once. */
  figures: FigureCache;
  /** Figures kept from earlier builds into the same output root (figure-store.ts); the CLI's builds only. */
  store?: FigureStore;
  /** Each note's network model, as its network files were written, for the study's files. */
  networks?: Map<string, NetworkModel>;
}

/** What the notes of one build share: the browser, the slots for preparing and printing, and a call when a note is past its print. */
interface Printing {
  browser?: Promise<Browser>;
  /** Prints at once (the cores). */
  slots: Slots;
  /** Notes drawn and rendered at once: one. */
  prepare: Slots;
  printed: () => void;
}

/** One note in memory: its files and what build.json records about it. */
interface ComposedNote {
  files: OutputFiles;
  pageCount?: number;
  pages?: Record<string, number>;
  bindings?: Binding[];
  claims?: Claim[];
  /** The self-check of the finished note (self-check.ts), for build.json and changes.md. */
  selfCheck?: { summary: string; problems: string[] };
  /** Outputs already searched for names (privacy.ts) while the PDF printed. */
  checked?: Set<string>;
}

/** Steps 1-3: the checked study of every kommune and its metrics. */
export async function measureStudy(root: string, effects: Effects, warm?: WarmState): Promise<MeasuredStudy> {
  const { study, warnings } = await readStudy(root, effects);
  const metrics = await timed(effects, 'study', 'metrics', () => {
    const bySlug = new Map<string, KommuneMetrics>();
    for (const kommune of study.kommuner) bySlug.set(kommune.slug, metricsOf(study.config, kommune, warm));
    return bySlug;
  });
  const readings = readNetworks(study, metrics);
  return { study, metrics, warnings, readings, figures: new Map() };
}

/** A kommune's metrics; in a warm process the previous build's when the config and the kommune's data are the same. */
function metricsOf(config: StudyConfig, kommune: KommuneData, warm: WarmState | undefined): KommuneMetrics {
  if (!warm) return computeKommuneMetrics(config, kommune);
  let key: string | undefined;
  try {
    key = createHash('sha256').update(canonical([config, kommune])).digest('hex');
  } catch {
    key = undefined; // A value canonical() cannot tell apart: computed every time.
  }
  const kept = warm.metrics.get(kommune.slug);
  if (key !== undefined && kept?.key === key) return kept.metrics;
  const metrics = computeKommuneMetrics(config, kommune);
  if (key === undefined) warm.metrics.delete(kommune.slug);
  else warm.metrics.set(kommune.slug, { key, metrics });
  return metrics;
}

/**
 * The whole build of the notes asked for. A data error in the study (steps 1-3) fails them all.
 * `launched`: a browser the caller started already (the CLI does, before loading this module);
 * the build closes it like its own.
 */
export async function build(options: BuildOptions, effects: Effects, launched?: BrowserHandle): Promise<BuildReport> {
  // Chromium starts first, in its own processes, while this one reads, measures, draws and
  // renders; the print step awaits it. Closed in the finally below, whatever happens.
  const handle = options.formats.includes('pdf') ? (launched ?? launchLogged(effects, options.out)) : undefined;
  if (!handle) await launched?.close();
  try {
    const measured: MeasuredStudy = { ...(await measureStudy(options.data, effects, options.warm)), store: figureStore(figureStoreDir(options.out)), networks: new Map() };
    const slugs = selectKommuner(options, measured.study.config);
    const jobs = Math.max(1, options.jobs ?? availableParallelism());
    // The browser closes as soon as the last note has printed, while the notes are checked and written.
    let unprinted = slugs.length;
    const printed = () => {
      if (--unprinted === 0) void handle?.close();
    };
    // Chromium's prints are the bulk of the work: at most `jobs` at once, and as many notes again
    // prepared (figures, text) meanwhile, so the next print never waits for this process.
    const printing: Printing = { browser: handle?.browser, slots: slots(jobs), prepare: slots(1), printed };
    const results = await mapBounded(slugs, 2 * jobs, (slug) => buildOne(slug, measured, options, effects, printing), effects.signal);
    // A browser that could not be started fails the build as a whole (its notes failed on it too).
    if (handle) await handle.browser;
    // Kommuner never started because the build was interrupted.
    const aborted = effects.signal?.reason ?? new Error('not built');
    const report: BuildReport = { results: slugs.map((slug, i) => results[i] ?? { slug, ok: false, ms: 0, warnings: 0, error: aborted }) };
    // The study's network files: with --all only (a single note leaves <out>/nettverk/ as it was).
    if (options.all && options.formats.includes('nettverk')) {
      const written = new Map([...measured.networks!].filter(([slug]) => report.results.some((r) => r.slug === slug && r.ok)));
      report.networkDir = await writeStudyNetwork(options.out, measured.study, written, options.date ?? noteDate(measured.study.config), effects);
    }
    return report;
  } finally {
    await handle?.close();
  }
}

/** One note's HTML in memory, for the live preview: steps 1-5, nothing written; with its warnings. */
export async function buildHtml(data: string, kommune: string, effects: Effects): Promise<{ slug: string; html: string; warnings: Problem[] }> {
  const warnings: Problem[] = [];
  const collecting: Effects = { ...effects, logger: { ...effects.logger, warn: (p) => (warnings.push(p), effects.logger.warn(p)) } };
  const measured = await measureStudy(data, collecting);
  const slug = resolveKommune(data, measured.study.config, kommune);
  const options: BuildOptions = { data, out: '', kommuner: [slug], all: false, formats: ['html'] };
  const { files } = await composeOutput(slug, measured, options, collecting, { slots: slots(1), prepare: slots(1), printed: () => undefined });
  return { slug, html: String(files.get('notat.html')), warnings: warningsOf(data, slug, warnings) };
}

function selectKommuner(options: BuildOptions, config: StudyConfig): string[] {
  if (options.all) return config.kommuner;
  return [...new Set(options.kommuner.map((k) => resolveKommune(options.data, config, k)))];
}

/** Steps 4-8 for one kommune; never throws: a failure is its result. */
async function buildOne(
  slug: string,
  measured: MeasuredStudy,
  options: BuildOptions,
  effects: Effects,
  printing: Printing,
): Promise<KommuneResult> {
  const start = effects.now();
  let warnings = warningsOf(options.data, slug, measured.warnings).length;
  const noteEffects: Effects = {
    ...effects,
    logger: { ...effects.logger, warn: (problem) => (warnings++, effects.logger.warn(problem)) },
  };
  try {
    const note = await composeOutput(slug, measured, options, noteEffects, printing).finally(printing.printed);
    const kommune = measured.study.kommuner.find((k) => k.slug === slug)!;
    const unchecked: OutputFiles = new Map([...note.files].filter(([path]) => !note.checked?.has(path)));
    await timed(effects, slug, 'privacy', () => assertNoNamesInOutput(kommune, measured.study.kommuner, unchecked));
    const { dir, changes } = await writeWithChanges(slug, kommune, note, measured, options, effects);
    keepFigures(measured.store, options.out, effects);
    const ms = effects.now() - start;
    effects.logger.step(slug, 'done', ms, `${dir}${note.pageCount ? ` (${note.pageCount} pages)` : ''}`);
    return { slug, ok: true, dir, pages: note.pageCount, ms, warnings, changes };
  } catch (error) {
    return { slug, ok: false, ms: effects.now() - start, warnings, error };
  }
}

/** Step 8: under the kommune's lock, compare with the previous output, add changes.md and build.json, swap in. */
async function writeWithChanges(
  slug: string,
  kommune: KommuneData,
  note: ComposedNote,
  measured: MeasuredStudy,
  options: BuildOptions,
  effects: Effects,
): Promise<{ dir: string; changes: ChangeSummary }> {
  const manifest: BuildManifest = {
    kommune: slug,
    formats: [...options.formats].sort(),
    ...(note.pages ? { pageCount: note.pageCount, pages: note.pages } : {}),
    ...(note.bindings ? { bindings: note.bindings } : {}),
    ...(note.claims ? { claims: note.claims } : {}),
    ...(note.selfCheck ? { selfCheck: note.selfCheck } : {}),
  };
  const current = {
    slug, name: kommune.name, files: note.files, manifest, persons: personLabels(measured.study.config, kommune),
    // The comparison chapter's values of every kommune, so the next build can name another kommune's changes.
    study: measured.study.kommuner.map((k) => ({ slug: k.slug, name: k.name, metrics: measured.metrics.get(k.slug) })),
    labels: {
      functions: Object.fromEntries(measured.study.config.functions.map((f) => [f.code, f.label])),
      bodies: Object.fromEntries(kommune.politicalBodies.map((b) => [b.id, b.label])),
    },
  };
  let changes: ChangeSummary | undefined;
  const dir = await timed(effects, slug, 'write', () =>
    writeKommuneOutput(
      options.out,
      slug,
      (previous) => {
        const result = withChangeSummary(previous, current);
        const added = new Map([...result.files].filter(([path]) => path === 'changes.md' || path === 'build.json'));
        assertNoNames(kommune, measured.study.kommuner, added);
        changes = result.summary;
        return result.files;
      },
      {
        fs: effects.fs,
        signal: effects.signal,
        inFlight: effects.inFlight,
        lockTimeoutMs: options.lockTimeoutMs,
        onNote: (text) => effects.logger.info(`[${slug}] ${text}`),
      },
    ),
  );
  for (const line of formatChangesShort(changes!, join(dir, 'changes.md'))) effects.logger.info(`[${slug}] ${line}`);
  return { dir, changes: changes! };
}

/** Neutral id and primary-function label of every person: how the change summary names them. */
function personLabels(config: StudyConfig, kommune: KommuneData): PersonLabel[] {
  const labels = new Map(config.functions.map((f) => [f.code, f.label]));
  return kommune.persons.map((p) => ({ id: p.id, label: labels.get(p.functions[0]) }));
}

/** Steps 4-6 for one kommune: every file of its output, in memory. */
async function composeOutput(
  slug: string,
  measured: MeasuredStudy,
  options: BuildOptions,
  effects: Effects,
  { browser, slots: printSlots, prepare }: Printing,
): Promise<ComposedNote> {
  const { study, metrics } = measured;
  const files: OutputFiles = new Map();
  const kommuneMetrics = metrics.get(slug)!;
  files.set('metrics.json', serializeMetrics(kommuneMetrics));

  const kommune = withoutNames(study.kommuner.find((k) => k.slug === slug)!);
  const all = study.kommuner.map((k) => ({ kommune: withoutNames(k), metrics: metrics.get(k.slug)! }));
  const buildDate = options.date ?? noteDate(study.config);
  const reading = noteReading(measured.readings, study, kommune, noteLang(kommune));
  for (const [path, text] of reading.files) files.set(path, text);
  // One note at a time through figures and text (this process does them one after the other
  // anyway): the first note reaches its print as early as it can.
  const rendered = await prepare.run(async () => {
    const { noteFigures } = await import('./note-figures.ts'); // vega and the layouts load on first use
    const figures = await timed(effects, slug, 'figures', () => noteFigures(study.config, kommune, all, measured.figures, measured.store));
    for (const figure of figures) files.set(`figures/${figure.id}.svg`, figure.svg);
    if (options.formats.includes('nettverk')) {
      const network = kommuneNetworkModel(study, kommune, kommuneMetrics, figures, buildDate);
      for (const [path, text] of kommuneNetworkFiles(network, join(options.out, slug, 'nettverk'), effects)) files.set(path, text);
      measured.networks?.set(slug, network);
    }
    const sources = await timed(effects, slug, 'sources', () => readNoteSources(study.root, study.config, kommune));
    const { renderNote } = await import('../render/index.ts');
    const note = await timed(effects, slug, 'render', () =>
      renderNote({ config: study.config, kommune, metrics: kommuneMetrics, study: all, figures, buildDate, reading: reading.sentences }, sources),
    );
    return { ...note, authorFiles: authorFiles(study.root, sources) };
  });
  // Names in what the data and the authors put into the note (quotes, the authors' text), where they were written.
  const withNames = study.kommuner.find((k) => k.slug === slug)!;
  const guard = checkNoteText({ quotes: rendered.quotes, files: rendered.authorFiles }, namesOf(study.kommuner), options.strict);
  for (const warning of guard.warnings) effects.logger.warn(warning);
  if (guard.errors.length > 0) {
    const inOutput = caught(() => assertNoNames(withNames, study.kommuner, new Map([...files, ['notat.html', rendered.html]])));
    throw new KommunenotatError('data', `a person's name would appear in the note`, { problems: [...guard.errors, ...(inOutput?.problems ?? [])] });
  }
  // Claims in the text that no longer hold come back as warnings; --strict makes them fail the note.
  const renderWarnings = rendered.warnings;
  for (const warning of renderWarnings) effects.logger.warn(warning);
  if (options.strict && renderWarnings.length > 0) {
    const n = renderWarnings.length;
    throw new KommunenotatError('data', `${n} ${n === 1 ? 'warning' : 'warnings'} in the text of ${slug} (--strict)`, { problems: renderWarnings });
  }
  const note: ComposedNote = {
    files,
    bindings: relativeToRoot(study.root, rendered.bindings),
    claims: relativeToRoot(study.root, rendered.claims),
  };
  let html = rendered.html;
  if (browser && options.formats.includes('pdf')) {
    const { printPdf } = await import('../output/pdf.ts'); // pdf-lib loads on first use
    const predicted = await previousPages(options.out, slug);
    effects.signal?.throwIfAborted();
    let printStart = effects.now();
    const printing = untilAborted(
      effects.signal,
      printSlots.run(async () => {
        printStart = effects.now(); // the step's time is the print's, not the wait for a slot
        const browserReady = await untilAborted(effects.signal, browser);
        return printPdf(browserReady, html, { ...rendered.meta, date: new Date(`${buildDate}T12:00:00Z`) }, { predicted });
      }),
    );
    printing.catch(() => undefined); // Awaited below; the name check may throw first.
    // While Chromium loads and prints, this process checks the text outputs for names; only the
    // PDF's text is left for after the print. The HTML that comes back differs only in the page
    // numbers it was given (fillSpansInText writes digits into the page-number spans).
    const checkStart = effects.now();
    const textFiles: OutputFiles = new Map([...files, ['notat.html', html]]);
    const leak = caught(() => assertNoNames(withNames, study.kommuner, textFiles));
    effects.logger.step(slug, 'privacy', effects.now() - checkStart, 'HTML, SVG, JSON: during the print');
    note.checked = new Set(textFiles.keys());
    const printed = await printing;
    if (leak) {
      // Every problem at once: where else the names would appear, the PDF included.
      const inPdf = caught(() => assertNoNames(withNames, study.kommuner, new Map([['notat.pdf', printed.pdf]])));
      throw new KommunenotatError('data', leak.message, { problems: [...leak.problems, ...(inPdf?.problems ?? [])] });
    }
    effects.logger.step(slug, 'pdf', effects.now() - printStart, printDetail(printed));
    for (const url of printed.blockedRequests ?? []) {
      effects.logger.warn({ source: { file: join(study.root, 'kommuner', slug) }, message: `blocked a request for ${url}` });
    }
    html = printed.html;
    note.pageCount = printed.pageCount;
    note.pages = printed.pages;
    files.set('notat.pdf', printed.pdf);
  }
  if (options.formats.includes('html')) files.set('notat.html', html);
  // Step 7b. EXTENSION POINT: checks of other stages on the finished note (captions against drawings) go in extraChecks.
  const checkInput = { html, pages: note.pages, claims: rendered.claims, source: { file: join(study.root, 'kommuner', slug) } };
  note.selfCheck = runSelfCheck(slug, checkInput, options.strict ?? false, effects);
  return note;
}

/** The text files of the data set (the authors'), not the templates' generic text. */
function authorFiles(root: string, sources: NoteSources): SourceFile[] {
  return Object.values(sources.text).flat().filter((file) => !relative(resolve(root), resolve(file.path)).startsWith('..'));
}

/** Writes the figures drawn for this note for the next build; a store that cannot be written only costs time then. */
function keepFigures(store: FigureStore | undefined, out: string, effects: Effects): void {
  try {
    store?.flush();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    effects.logger.warn({ source: { file: figureStoreDir(out) }, message: `could not keep the figures for the next build (${reason}); they will be drawn again` });
  }
}

/** The data error `check` throws, if any (other errors pass through). */
function caught(check: () => void): KommunenotatError | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof KommunenotatError) return error;
    throw error;
  }
}

/** How the print went, for the step line: `1 print, page numbers from the emulated layout`. */
function printDetail(printed: PdfResult): string {
  const prints = `${printed.passes} ${printed.passes === 1 ? 'print' : 'prints'}`;
  switch (printed.layoutFrom) {
    case 'none': return prints;
    case 'predicted': return `${prints}, page numbers predicted from build.json`;
    case 'emulated': return `${prints}, page numbers from the emulated layout`;
    case 'measuring': return `${prints}, page numbers measured (emulation declined: ${printed.declined ?? 'off'})`;
  }
}

/**
 * Where the previous build of this kommune put the contents' targets (its build.json), as the
 * print's prediction: when the text has not moved them, the PDF is printed once instead of twice.
 * Only a hint (printPdf checks it against the printed PDF), so anything unreadable is ignored.
 */
async function previousPages(out: string, slug: string): Promise<PrintOptions['predicted']> {
  try {
    const manifest = JSON.parse(await readFile(join(out, slug, 'build.json'), 'utf8')) as Partial<BuildManifest>;
    const { pages, pageCount } = manifest;
    if (pages && typeof pages === 'object' && typeof pageCount === 'number') return { pages, pageCount };
  } catch {
    // No previous build, or not one we can read: print as for a first build.
  }
  return undefined;
}

/**
 * Sentences and claims name their text file relative to the data set root, so the next build
 * compares them the same whether --data was given as a relative or an absolute path.
 */
function relativeToRoot<T extends { file: string }>(root: string, items: T[]): T[] {
  return items.map((item) => ({ ...item, file: relative(root, item.file).split(sep).join('/') }));
}
