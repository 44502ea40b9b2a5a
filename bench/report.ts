// The benchmark's results as Markdown: written to bench/results.md and printed on stdout.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { NationalResult } from './national.ts';
import { STAGES, type Stage } from './steps.ts';

/** A median over repetitions, or why it could not be measured. */
export interface Measured {
  ms?: number;
  min?: number;
  max?: number;
  n?: number;
  cpuMs?: number;
  peakRssMiB?: number;
  /** What a build made: "5 notes, 212 pages". */
  output?: string;
  unavailable?: string;
}

export interface ScaleRow {
  persons: number;
  ties?: number[];
  loadValidate?: Measured;
  metrics?: Measured;
  figures?: Measured;
  layout?: Measured;
  peakRssMiB?: number;
  unavailable?: string;
  /** E.g. fewer repetitions than asked for. */
  note?: string;
}

export interface Environment {
  date: string;
  machine: string;
  node: string;
  chromium: string;
  reps: number;
  quick: boolean;
  loadBefore: string;
  loadAfter?: string;
}

export interface Results {
  env: Environment;
  /** scripts/run.mjs bundling the CLI into an empty cache (the first run after an edit), Node's start included. */
  bundle?: Measured;
  /** scripts/run.mjs finding the CLI's bundle current (every other run), Node's start included. */
  bundleCached?: Measured;
  floor?: Measured;
  floorHtml?: string;
  floorSteps?: Record<string, number>;
  note?: Measured;
  noteStages?: Map<Stage, number>;
  /** Oppdal built again into the same output folder: the contents' page numbers are predicted. */
  rebuild?: Measured;
  rebuildStages?: Map<Stage, number>;
  /** The same, after one answer in Oppdal's responses.csv was corrected (bench/run.ts correctOneAnswer). */
  corrected?: Measured;
  correctedStages?: Map<Stage, number>;
  all?: Measured;
  allStages?: Map<Stage, number>;
  scale: ScaleRow[];
  study40?: Measured;
  /** E.g. fewer repetitions than asked for. */
  study40Note?: string;
  study40Stages?: Map<Stage, number>;
  /** --watch (bench/warm.ts): its first build, and from a saved correction to the new PDF. */
  warm?: { first: Measured; answer: Measured; tie: Measured; answerStages?: Map<Stage, number>; tieStages?: Map<Stage, number> };
  /** bench/national.ts: 356 (or --national n) kommuner × 40 persons with --all. */
  national?: NationalResult & { stages?: Map<Stage, number> };
  /** `npm run check:data` on one synthetic kommune of `validatePersons` persons with names and some warnings. */
  validate?: Measured;
  validatePersons?: number;
  /** `npm run import` of a synthetic 1,000-respondent export (bench/import.ts). */
  import?: { respondents: number; nettskjema: Measured; surveyxact: Measured };
}

const TARGET = { note: 1.3, all: 2, study40Ms: 40_000, scaleMs: 5_000, scaleMiB: 1024, validateMs: 5_000, warm: 0.5 };

export function environment(reps: number, quick: boolean): Environment {
  const cpu = cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    machine: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
    node: process.version,
    chromium: chromiumVersion(),
    reps,
    quick,
    loadBefore: loadavg().map((l) => l.toFixed(1)).join(' / '),
  };
}

function chromiumVersion(): string {
  try {
    const text = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] });
    return text.trim().split('\n').at(-1) ?? 'unknown';
  } catch {
    return 'not found';
  }
}

export function formatMs(ms: number | undefined): string {
  if (ms === undefined || Number.isNaN(ms)) return '–';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

const na = (m: Measured | undefined) => `not available: ${m?.unavailable ?? 'not run'}`;
const mib = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '–' : `${Math.round(v)} MiB`);

function timeCells(m: Measured | undefined): string[] {
  if (!m || m.ms === undefined) return [na(m), '', '', '', ''];
  return [formatMs(m.ms), `${formatMs(m.min)}–${formatMs(m.max)} (${m.n})`, formatMs(m.cpuMs), mib(m.peakRssMiB), m.output ?? ''];
}

function verdict(value: number, limit: number): string {
  return value <= limit ? 'met' : 'NOT met';
}

function endToEndTable(r: Results): string[] {
  const rows: string[][] = [];
  if (r.bundle || r.bundleCached) {
    rows.push(['launcher: bundle the CLI with esbuild (first run after an edit; Node start included)', ...timeCells(r.bundle), '', '']);
    rows.push(['launcher: find the bundle current (every other run; Node start included)', ...timeCells(r.bundleCached), '', '']);
  }
  const floor = r.floor?.ms;
  const note = r.note?.ms;
  rows.push(['floor: fresh Chromium prints the Oppdal note once, launch included', ...timeCells(r.floor), floor ? '1.00 × floor' : '', '']);
  /** A build of one note, against the floor's target. */
  const againstFloor = (label: string, m: Measured | undefined): string[] => {
    const ratio = m?.ms && floor ? m.ms / floor : undefined;
    return [
      label,
      ...timeCells(m),
      ratio ? `${ratio.toFixed(2)} × floor` : '',
      ratio ? `≤ ${TARGET.note} × floor: ${verdict(ratio, TARGET.note)}` : `≤ ${TARGET.note} × floor`,
    ];
  };
  rows.push(againstFloor('build Oppdal, HTML + PDF (CLI)', r.note));
  rows.push(againstFloor('rebuild Oppdal into its previous output, nothing changed (figures from the store, page numbers from build.json)', r.rebuild));
  rows.push(againstFloor('rebuild Oppdal after correcting one answer in responses.csv (its charts redrawn)', r.corrected));
  const allRatio = r.all?.ms && note ? r.all.ms / note : undefined;
  rows.push([
    'build --all, demo study (5 kommuner)',
    ...timeCells(r.all),
    allRatio ? `${allRatio.toFixed(2)} × one note` : '',
    allRatio ? `≤ ${TARGET.all} × one note: ${verdict(allRatio, TARGET.all)}` : `≤ ${TARGET.all} × one note`,
  ]);
  const s40 = r.study40?.ms;
  rows.push([
    `build --all, synthetic 40 kommuner × 30 persons${r.study40Note ? ` (${r.study40Note})` : ''}`,
    ...timeCells(r.study40),
    s40 && note ? `${(s40 / note).toFixed(1)} × one note` : '',
    s40 ? `≤ 40 s: ${verdict(s40, TARGET.study40Ms)}` : '≤ 40 s',
  ]);
  if (r.warm) {
    rows.push(againstFloor('--watch: its first build (CLI start to the first note written; not a target)', r.warm.first).slice(0, 7).concat(['']));
    const warm = (label: string, m: Measured) => {
      const ratio = m.ms && floor ? m.ms / floor : undefined;
      rows.push([label, ...timeCells(m), ratio ? `${ratio.toFixed(2)} × floor` : '', ratio ? `≤ ${TARGET.warm} × floor: ${verdict(ratio, TARGET.warm)}` : `≤ ${TARGET.warm} × floor`]);
    };
    warm('--watch: save of one corrected answer → new PDF written (150 ms quiet time included)', r.warm.answer);
    warm('--watch: save of one corrected tie (contacts.csv) → new PDF written', r.warm.tie);
  }
  if (r.national) {
    const n = r.national;
    const memory = n.ms === undefined ? '' : `CLI ${mib(n.cliPeakMiB)} (first quarter ${mib(n.cliFirstQuarterMiB)}, last ${mib(n.cliLastQuarterMiB)}); Chromium ${mib(n.chromiumPeakMiB)} summed`;
    const perNote = n.ms && n.notes ? `${formatMs(n.ms / n.notes)} per note` : '';
    rows.push([`build --all, synthetic ${n.kommuner} kommuner × ${n.persons} persons (national${n.kommuner < 356 ? ', a slice' : ''})`, ...timeCells(n), perNote, memory]);
  }
  if (r.validate) {
    const v = r.validate.ms;
    rows.push([
      `check:data, synthetic 1 kommune × ${(r.validatePersons ?? 0).toLocaleString('en')} persons with names and warnings`,
      ...timeCells(r.validate),
      '',
      v ? `≤ 5 s: ${verdict(v, TARGET.validateMs)}` : '≤ 5 s',
    ]);
  }
  if (r.import) {
    const persons = `${r.import.respondents} respondents × 1,250 roster rows`;
    rows.push([`import --from nettskjema, CSV report of ${persons} (validation and write included)`, ...timeCells(r.import.nettskjema), '', '']);
    rows.push([`import --from surveyxact, XLSX workbook of ${persons}`, ...timeCells(r.import.surveyxact), '', '']);
  }
  return table(['what', 'median (wall)', 'min–max (n)', 'CPU', 'peak RSS', 'output', 'ratio', 'target'], rows);
}

function stagesTable(r: Results): string[] {
  const failed = (m: Measured | undefined) => (m?.ms === undefined ? ' (failed: steps before the failure)' : '');
  const columns = [
    [`Oppdal${failed(r.note)}`, r.noteStages],
    [`Oppdal rebuilt${failed(r.rebuild)}`, r.rebuildStages],
    [`Oppdal corrected${failed(r.corrected)}`, r.correctedStages],
    [`--all demo${failed(r.all)}`, r.allStages],
    [`--all 40 × 30${failed(r.study40)}`, r.study40Stages],
    ['--watch, one answer', r.warm?.answerStages],
    ['--watch, one tie', r.warm?.tieStages],
    [`--all national ${r.national?.kommuner ?? ''}`, r.national?.stages],
  ] as const;
  const present = columns.filter(([, stages]) => stages);
  if (present.length === 0) return ['Not available: no build finished (see the reasons above).'];
  const extra = [...new Set(present.flatMap(([, s]) => [...s!.keys()].filter((k) => !(STAGES as readonly string[]).includes(k))))];
  const rows = [...STAGES, ...extra].map((stage) => [
    stage,
    ...present.map(([, stages]) => (stages!.has(stage as Stage) ? formatMs(stages!.get(stage as Stage)) : 'not logged')),
  ]);
  rows.push(['sum of steps', ...present.map(([, stages]) => formatMs([...stages!.values()].reduce((a, b) => a + b, 0)))]);
  return table(['stage', ...present.map(([name]) => name)], rows);
}

function floorTable(r: Results): string[] {
  if (!r.floorSteps) return [];
  const s = r.floorSteps;
  const keys = ['launch', 'load', 'print', 'close', 'total'];
  return [
    '',
    `Inside the floor process (medians; printed: ${r.floorHtml ?? '?'}, ${s.pages ?? '?'} pages; "total" adds importing puppeteer; the wall time above adds starting Node and the launcher):`,
    '',
    ...table(keys, [keys.map((k) => formatMs(s[k]))]),
  ];
}

function scaleTable(r: Results): string[] {
  if (r.scale.length === 0) return ['Not run.'];
  const rows = r.scale.map((row) => {
    if (row.unavailable) return [String(row.persons), `not available: ${row.unavailable}`, '', '', '', '', '', '', ''];
    const cell = (m: Measured | undefined) => (m?.ms === undefined ? na(m) : `${formatMs(m.ms)} (CPU ${formatMs(m.cpuMs)})`);
    const sum = row.metrics?.ms !== undefined && row.figures?.ms !== undefined ? row.metrics.ms + row.figures.ms : undefined;
    const target =
      row.persons === 3000
        ? `≤ 5 s: ${sum === undefined ? 'figures n/a' : verdict(sum, TARGET.scaleMs)}; ≤ 1 GiB: ${verdict(row.peakRssMiB ?? Infinity, TARGET.scaleMiB)}`
        : '';
    return [
      row.note ? `${row.persons} (${row.note})` : String(row.persons),
      row.ties?.join(' / ') ?? '',
      cell(row.loadValidate),
      cell(row.metrics),
      cell(row.figures),
      cell(row.layout),
      sum === undefined ? (row.metrics?.ms !== undefined ? `${formatMs(row.metrics.ms)} + figures n/a` : '–') : formatMs(sum),
      mib(row.peakRssMiB),
      target,
    ];
  });
  return table(
    ['persons', 'ties d / w / m', 'load + validate', 'metrics', 'figures (all of one note)', 'of which layout (3 networks)', 'metrics + figures', 'peak RSS', 'target'],
    rows,
  );
}

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

export function renderReport(r: Results): string {
  const e = r.env;
  return [
    '# Benchmark results',
    '',
    `${e.date}; ${e.machine}; Node ${e.node}; ${e.chromium}; medians of ${e.reps} repetition${e.reps === 1 ? '' : 's'}${e.quick ? ' (--quick)' : ''}.`,
    `Load average (1/5/15 min) before: ${e.loadBefore}; after: ${e.loadAfter ?? '?'}. On a shared 2-core machine wall times`,
    'vary with what else runs; CPU time varies less. How to read this: bench/README.md.',
    '',
    '## End to end',
    '',
    'Every build is the CLI in a fresh process (`node scripts/run.mjs src/cli/main.ts …`, what `npm run build:report` runs),',
    'from the launcher\'s cache, made current before the first timed run (the launcher rows: bundling after an edit, and',
    'the check every other run pays); wall time from spawn to exit. CPU and peak RSS (largest single process, Chromium',
    'included) from GNU time.',
    '',
    ...endToEndTable(r),
    ...floorTable(r),
    '',
    '## Targets not met, and why',
    '',
    ...whyNotMet(r),
    '## Time per stage (from the build\'s stderr step lines, medians)',
    '',
    'load = study.yaml + every note\'s text sources; print = guessing the page numbers, loading the HTML into Chromium, every',
    'print, reading and finishing the PDF (src/output/pdf.ts); post-process = privacy checks + atomic write. Steps of 1 s or',
    'more are logged to 0.1 s.',
    'With --all several notes are built at once (src/pipeline/build.ts, bounded by the cores), so their steps overlap: the',
    'sum of steps can exceed the wall time. Read them as where the work goes.',
    '',
    ...stagesTable(r),
    '',
    '## Scaling: one synthetic kommune (scripts/synthetic-study.ts, seed 1)',
    '',
    'Each repetition a fresh process (bench/scale-child.ts): metrics of the three networks, then every figure of the note',
    '(charts, the three network figures with their layouts, political figures); "layout" is the three network layouts',
    'alone (run before the figures, which lay them out again), to show their share. Peak RSS of that process. Wall',
    'times include waiting for a core on a loaded machine; CPU times do not.',
    '',
    ...scaleTable(r),
    '',
  ].join('\n');
}

/**
 * For every target this run did not meet: where the time beyond the reference went, from this
 * run's own stage times (the profile behind it is in bench/README.md, "What remains").
 */
function whyNotMet(r: Results): string[] {
  const floor = r.floor?.ms;
  const note = r.note?.ms;
  const stage = (stages: Map<Stage, number> | undefined, name: Stage) => stages?.get(name) ?? 0;
  const lines: string[] = [];
  const beforePrint = (stages: Map<Stage, number> | undefined) =>
    `reading, checking and measuring the study ${formatMs(stage(stages, 'load') + stage(stages, 'validate') + stage(stages, 'metrics'))}, ` +
    `figures ${formatMs(stage(stages, 'figures'))} (loading vega, vega-lite and canvas, then drawing), text ${formatMs(stage(stages, 'render'))}`;
  const oneNote = (label: string, m: Measured | undefined, stages: Map<Stage, number> | undefined) => {
    if (!m?.ms || !floor || m.ms / floor <= TARGET.note) return;
    lines.push(
      `- **${label}**: ${formatMs(m.ms)} = ${(m.ms / floor).toFixed(2)} × floor. Before its print, which the floor does not wait for: ` +
        `${beforePrint(stages)}; Chromium's launch runs beside them. Print ${formatMs(stage(stages, 'print'))} (the floor: ` +
        `${formatMs((r.floorSteps?.load ?? 0) + (r.floorSteps?.print ?? 0))} to load and print); after it the name check of the PDF's text and the write, ` +
        `${formatMs(stage(stages, 'post-process'))} (with the check of the HTML, which runs during the print).`,
    );
  };
  oneNote('One note, first build', r.note, r.noteStages);
  oneNote('Rebuild, nothing changed', r.rebuild, r.rebuildStages);
  oneNote('Rebuild after a correction', r.corrected, r.correctedStages);
  if (r.all?.ms && note && r.all.ms / note > TARGET.all) {
    lines.push(
      `- **--all, demo**: ${formatMs(r.all.ms)} = ${(r.all.ms / note).toFixed(2)} × one note. Five prints (${formatMs(stage(r.allStages, 'print'))} of print ` +
        `steps, two at a time on ${cpus().length} cores, each with its guessing page) are most of it; ${beforePrint(r.allStages)} for all notes, ` +
        'mostly while earlier notes print. One note has fixed costs (start, launch, loading the drawing code) that --all pays once, and ' +
        'those are what the note lost most of, so the ratio rose while both times fell.',
    );
  }
  if (r.study40?.ms && r.study40.ms > TARGET.study40Ms) {
    lines.push(`- **40 × 30**: ${formatMs(r.study40.ms)}; print steps ${formatMs(stage(r.study40Stages, 'print'))} over 40 notes.`);
  }
  if (r.validate?.ms && r.validate.ms > TARGET.validateMs) {
    lines.push(`- **check:data at ${r.validatePersons} persons**: ${formatMs(r.validate.ms)}.`);
  }
  if (lines.length === 0) return ['Every target measured in this run is met.', ''];
  return [...lines, '', 'The profile behind these numbers, and what could still be done: bench/README.md, "What remains, and why".', ''];
}

export function writeReport(results: Results, file: string): string {
  const markdown = renderReport(results);
  writeFileSync(file, markdown);
  return markdown;
}
