// `npm run bench [-- --reps 3] [--quick] [--sizes 30,300,3000] [--only floor,note,all,scale,study,import,validate,warm,national] [--national 356]`
//
// Measures, each as the median of several repetitions, every child a fresh process:
//   0. the launcher (scripts/run.mjs): bundling the CLI after an edit, and checking that its bundle
//      is current; then the cache is warmed, so the rows below never include bundling;
//   1. the floor: a fresh Chromium printing the finished Oppdal note once (bench/floor-child.ts);
//   2. our build of Oppdal, HTML + PDF, through the CLI, and its stages (its stderr step lines);
//   3. `--all` for the demo study;
//   4. scaling: one synthetic kommune of 30, 300, 3,000 persons: metrics, figures, layout, peak memory
//      (bench/scale-child.ts);
//   5. a synthetic study of 40 kommuner × 30 persons built with `--all`;
//   6. `npm run check:data` on one synthetic kommune of 100,000 persons with names (`--validate-persons`);
//   7. the warm mode: `--watch`, from a saved correction (one answer, one tie) to the new PDF (bench/warm.ts);
//   8. only when asked (`--only national`): 356 kommuner × 40 persons with `--all` (bench/national.ts).
// Writes the table to stdout and bench/results.md. A part whose modules are not there yet is
// reported as "not available" with the reason. See bench/README.md.

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticStudy } from '../scripts/synthetic-study.ts';
import { benchImport } from './import.ts';
import { packageRoot } from '../src/paths.ts';
import { environment, formatMs, writeReport, type Measured, type Results, type ScaleRow } from './report.ts';
import { failure, run, type Run } from './spawn.ts';
import { median } from './stats.ts';
import { notesBuilt, stageTimes, type Stage } from './steps.ts';
import { nationalStudy } from './national.ts';
import { warmRebuilds } from './warm.ts';

const ROOT = packageRoot();
/** Only for bench/scale-child.ts, which times its stages from inside: tsx's start-up does not count there. */
const TSX = join(ROOT, 'node_modules/.bin/tsx');
/** What the npm scripts run: `node scripts/run.mjs <entry>`, without tsx's start-up. */
const LAUNCHER = join(ROOT, 'scripts/run.mjs');
const CLI = 'src/cli/main.ts';
const FLOOR = 'bench/floor-child.ts';
const MINUTE = 60_000;

interface Options {
  reps: number;
  /** Bound on one scaling child (ms); its finished stages still count. */
  scaleTimeoutMs: number;
  sizes: number[];
  only: Set<string>;
  out: string;
  quick: boolean;
  validatePersons: number;
  /** Kommuner of the national case (356; fewer for a slice). */
  national: number;
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      reps: { type: 'string' },
      quick: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      only: { type: 'string' },
      out: { type: 'string', default: join(ROOT, 'bench/results.md') },
      timeout: { type: 'string' },
      'validate-persons': { type: 'string' },
      national: { type: 'string', default: '356' },
    },
  });
  const quick = values.quick ?? false;
  const reps = Number(values.reps ?? (quick ? 1 : 3));
  const sizes = (values.sizes ?? (quick ? '30,300' : '30,300,3000')).split(',').map(Number);
  if (!Number.isInteger(reps) || reps < 1 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error('usage: npm run bench -- [--reps N] [--quick] [--sizes 30,300,3000] [--only floor,note,all,scale,study,import,validate,warm,national] [--national <kommuner>] [--timeout <min per scaling run>] [--validate-persons 100000]');
  }
  const only = new Set((values.only ?? (quick ? 'floor,note,all,scale,import,validate,warm' : 'floor,note,all,scale,study,import,validate,warm')).split(','));
  const scaleTimeoutMs = Number(values.timeout ?? (quick ? 3 : 10)) * MINUTE;
  const validatePersons = Number(values['validate-persons'] ?? 100_000);
  const national = Number(values.national);
  if (!Number.isInteger(national) || national < 1) throw new Error('--national <kommuner>: a whole number of at least 1');
  return { reps, sizes, only, out: values.out!, quick, scaleTimeoutMs, validatePersons, national };
}

const log = (text: string) => process.stderr.write(`bench: ${text}\n`);

/** Median of the successful runs; the first failure's reason when none succeeded. */
function summarise(runs: Run[], value: (r: Run) => number = (r) => r.wallMs): Measured {
  const good = runs.filter((r) => r.ok);
  if (good.length === 0) return { unavailable: runs[0] ? failure(runs[0]) : 'not run' };
  const samples = good.map(value);
  const built = notesBuilt(good[0]!.stderr);
  return {
    output: built.notes > 0 ? `${built.notes} ${built.notes === 1 ? 'note' : 'notes'}, ${built.pages} pages` : undefined,
    ms: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    n: samples.length,
    cpuMs: median(good.map((r) => r.cpuMs ?? Number.NaN)),
    peakRssMiB: Math.max(...good.map((r) => r.peakRssMiB ?? Number.NaN)),
  };
}

/** `node scripts/run.mjs …args` from the project folder. */
function launched(args: string[], options: { timeoutMs: number; env?: NodeJS.ProcessEnv }): Promise<Run> {
  return run(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, ...options });
}

/**
 * The correction an author typically makes: one respondent's answer to the first rating question
 * (the first data row's second field) moved by one step on the 1-6 scale. Charts, tables and text
 * numbers change; the networks do not.
 */
function correctOneAnswer(file: string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const fields = lines[1]!.split(';');
  const rating = Number(fields[1]);
  if (!Number.isInteger(rating)) throw new Error(`bench: expected a rating in ${file} line 2, found "${fields[1]}"`);
  fields[1] = String(rating < 6 ? rating + 1 : rating - 1);
  lines[1] = fields.join(';');
  writeFileSync(file, lines.join('\n'));
}

function build(args: string[], out: string): Promise<Run> {
  return launched([CLI, ...args, '--out', out], { timeoutMs: 15 * MINUTE });
}

function launcherBuildOnly(entry: string, env?: NodeJS.ProcessEnv): Promise<Run> {
  return launched(['--build-only', entry], { timeoutMs: 2 * MINUTE, env });
}

/**
 * Section 0: the launcher bundling the CLI into an empty cache (what the first run after an edit
 * pays), then checking a current cache (what every other run pays); both include Node's start.
 * Then the real cache is made current for the CLI and the floor, so no timed run below bundles.
 */
async function launcher(opts: Options, work: string, results: Results): Promise<void> {
  const cold: Run[] = [];
  const cached: Run[] = [];
  for (let rep = 1; rep <= opts.reps; rep++) {
    log(`rep ${rep}/${opts.reps}: launcher, bundle and cache check`);
    const env = { ...process.env, KOMMUNENOTAT_BUILD_DIR: join(work, `launcher-${rep}`) };
    cold.push(await launcherBuildOnly(CLI, env));
    cached.push(await launcherBuildOnly(CLI, env));
  }
  results.bundle = summarise(cold);
  results.bundleCached = summarise(cached);
  for (const entry of [CLI, FLOOR]) {
    const warm = await launcherBuildOnly(entry);
    if (!warm.ok) log(`could not bundle ${entry} (${failure(warm)}); its runs fall back to tsx`);
  }
}

/** Sections 1-3, interleaved per repetition so load on this shared machine hits all alike. */
async function endToEnd(opts: Options, work: string, results: Results): Promise<void> {
  const runs = { note: [] as Run[], rebuild: [] as Run[], corrected: [] as Run[], floor: [] as Run[], all: [] as Run[] };
  for (let rep = 1; rep <= opts.reps; rep++) {
    const out = join(work, `e2e-${rep}`);
    if (opts.only.has('note') || opts.only.has('floor')) {
      // A copy of the demo study, so that the correction below leaves data/ alone.
      const data = join(work, `data-${rep}`);
      cpSync(join(ROOT, 'data'), data, { recursive: true });
      log(`rep ${rep}/${opts.reps}: build --kommune oppdal`);
      runs.note.push(await build(['--kommune', 'oppdal', '--data', data], out));
      log(`rep ${rep}/${opts.reps}: rebuild --kommune oppdal (same output folder)`);
      runs.rebuild.push(await build(['--kommune', 'oppdal', '--data', data], out));
      correctOneAnswer(join(data, 'kommuner/oppdal/responses.csv'));
      log(`rep ${rep}/${opts.reps}: rebuild --kommune oppdal after correcting one answer`);
      runs.corrected.push(await build(['--kommune', 'oppdal', '--data', data], out));
    }
    if (opts.only.has('floor')) {
      const html = [join(out, 'oppdal/notat.html'), join(ROOT, 'output/oppdal/notat.html')].find((f) => existsSync(f));
      results.floorHtml = html?.startsWith(out) ? 'the bench build of Oppdal' : html ? 'output/oppdal/notat.html' : undefined;
      log(`rep ${rep}/${opts.reps}: floor`);
      runs.floor.push(html ? await launched([FLOOR, html], { timeoutMs: 5 * MINUTE }) : noHtml());
    }
    if (opts.only.has('all')) {
      log(`rep ${rep}/${opts.reps}: build --all`);
      runs.all.push(await build(['--all'], join(work, `all-${rep}`)));
    }
  }
  results.note = summarise(runs.note);
  results.rebuild = summarise(runs.rebuild);
  results.rebuildStages = medianStages(runs.rebuild);
  results.corrected = summarise(runs.corrected);
  results.correctedStages = medianStages(runs.corrected);
  results.all = summarise(runs.all);
  results.floor = summarise(runs.floor);
  results.floorSteps = floorSteps(runs.floor);
  results.noteStages = medianStages(runs.note);
  results.allStages = medianStages(runs.all);
}

function noHtml(): Run {
  const reason = 'no finished note to print: the Oppdal build failed and output/oppdal/notat.html does not exist';
  return { ok: false, code: null, wallMs: 0, stdout: '', stderr: reason, timedOut: false };
}

function floorSteps(runs: Run[]): Record<string, number> | undefined {
  const parsed = runs.filter((r) => r.ok).map((r) => JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Record<string, number>);
  if (parsed.length === 0) return undefined;
  return Object.fromEntries(Object.keys(parsed[0]!).map((key) => [key, median(parsed.map((p) => p[key]!))]));
}

/** Medians per stage over the successful runs; with none, over the failed ones (the stages before the failure). */
function medianStages(runs: Run[]): Map<Stage, number> | undefined {
  const ok = runs.filter((r) => r.ok);
  const good = (ok.length > 0 ? ok : runs).map((r) => stageTimes(r.stderr)).filter((m) => m.size > 0);
  if (good.length === 0) return undefined;
  const stages = new Set(good.flatMap((m) => [...m.keys()]));
  return new Map([...stages].map((s) => [s, median(good.map((m) => m.get(s) ?? 0))]));
}

/** Median time per stage over stderr texts (one per build). */
function stagesOf(texts: string[]): Map<Stage, number> | undefined {
  const maps = texts.map(stageTimes).filter((m) => m.size > 0);
  if (maps.length === 0) return undefined;
  const stages = new Set(maps.flatMap((m) => [...m.keys()]));
  return new Map([...stages].map((s) => [s, median(maps.map((m) => m.get(s) ?? 0))]));
}

/** A run that takes longer than this is not repeated: its size's remaining repetitions are skipped. */
const LONG_RUN_MS = 2 * MINUTE;

/** Section 4: one kommune of each size, every repetition a fresh process. */
async function scaling(opts: Options, work: string, results: Results): Promise<void> {
  for (const persons of opts.sizes) {
    const data = join(work, `synthetic-${persons}`);
    writeSyntheticStudy(data, { kommuner: 1, persons, seed: 1 });
    const parsed: ScaleChild[] = [];
    let error: string | undefined;
    let note: string | undefined;
    for (let rep = 1; rep <= opts.reps; rep++) {
      log(`scaling: ${persons} persons, rep ${rep}/${opts.reps}`);
      const result = await run(TSX, ['bench/scale-child.ts', data], { cwd: ROOT, timeoutMs: opts.scaleTimeoutMs });
      const last = result.stdout.trim().split('\n').at(-1);
      if (last?.startsWith('{')) parsed.push(withTimeout(JSON.parse(last) as ScaleChild, result, opts.scaleTimeoutMs));
      if (!result.ok) error ??= failure(result);
      if (result.wallMs > LONG_RUN_MS && rep < opts.reps) {
        note = `${rep} of ${opts.reps} repetitions: one took ${formatMs(result.wallMs)}`;
        break;
      }
    }
    results.scale.push({ ...scaleRow(persons, parsed, error), note });
  }
}

/** Stages a timed-out child did not reach are marked so. */
function withTimeout(child: ScaleChild, result: Run, timeoutMs: number): ScaleChild {
  if (!result.timedOut) return child;
  const reason = `timed out after ${formatMs(timeoutMs)} (--timeout)`;
  for (const name of ['load+validate', 'metrics', 'layout', 'figures']) child.stages[name] ??= { unavailable: reason };
  return child;
}

interface ScaleChild {
  persons: number;
  networks: Record<string, { nodes: number; edges: number }>;
  stages: Record<string, { ms?: number; cpuMs?: number; unavailable?: string; detail?: string }>;
  peakRssMiB: number;
}

function scaleRow(persons: number, runs: ScaleChild[], error: string | undefined): ScaleRow {
  if (runs.length === 0) return { persons, unavailable: error ?? 'not run' };
  const stage = (name: string): Measured => {
    const entries = runs.map((r) => r.stages[name]);
    const done = entries.filter((e) => e?.ms !== undefined).map((e) => e!);
    if (done.length === 0) return { unavailable: entries.find((e) => e?.unavailable)?.unavailable ?? 'not measured' };
    const samples = done.map((e) => e.ms!);
    return { ms: median(samples), min: Math.min(...samples), max: Math.max(...samples), n: samples.length, cpuMs: median(done.map((e) => e.cpuMs!)) };
  };
  const ties = ['daily', 'weekly', 'monthly'].map((level) => runs[0]!.networks[level]?.edges ?? 0);
  return {
    persons,
    ties,
    loadValidate: stage('load+validate'),
    metrics: stage('metrics'),
    figures: stage('figures'),
    layout: stage('layout'),
    peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB)),
  };
}

/** Section 5: a county-sized study. */
async function study40(opts: Options, work: string, results: Results): Promise<void> {
  const data = join(work, 'synthetic-40x30');
  writeSyntheticStudy(data, { kommuner: 40, persons: 30, seed: 1 });
  const runs: Run[] = [];
  for (let rep = 1; rep <= opts.reps; rep++) {
    log(`40 kommuner × 30 persons --all, rep ${rep}/${opts.reps}`);
    const result = await build(['--data', data, '--all'], join(work, `study40-${rep}`));
    runs.push(result);
    if (result.wallMs > LONG_RUN_MS && rep < opts.reps) {
      results.study40Note = `${rep} of ${opts.reps} repetitions: one took ${formatMs(result.wallMs)}`;
      break;
    }
  }
  results.study40 = summarise(runs);
  results.study40Stages = medianStages(runs);
}

/**
 * Section 6: validation alone (`npm run check:data`, as an author runs it while editing), on one
 * kommune of `validatePersons` persons with names (scripts/synthetic-study.ts --names), every
 * thousandth of them with a function written twice: warnings, so the redaction of messages is timed too.
 */
async function validation(opts: Options, work: string, results: Results): Promise<void> {
  const data = join(work, `synthetic-validate-${opts.validatePersons}`);
  writeSyntheticStudy(data, { kommuner: 1, persons: opts.validatePersons, seed: 1, names: true });
  const persons = join(data, 'kommuner/syn01/persons.csv');
  const lines = readFileSync(persons, 'utf8').split('\n');
  for (let i = 1000; i < lines.length; i += 1000) {
    const fields = lines[i]!.split(';');
    fields[1] = `${fields[1]}|${fields[1]!.split('|')[0]}`;
    lines[i] = fields.join(';');
  }
  writeFileSync(persons, lines.join('\n'));
  const warm = await launcherBuildOnly('src/cli/check-data.ts'); // so no timed run bundles
  if (!warm.ok) log(`could not bundle check-data (${failure(warm)})`);
  const runs: Run[] = [];
  for (let rep = 1; rep <= opts.reps; rep++) {
    log(`check:data, ${opts.validatePersons} persons, rep ${rep}/${opts.reps}`);
    runs.push(await launched(['src/cli/check-data.ts', '--data', data], { timeoutMs: 15 * MINUTE }));
  }
  results.validate = summarise(runs);
  results.validatePersons = opts.validatePersons;
}

async function main(): Promise<void> {
  let opts: Options;
  try {
    opts = options(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'kommunenotat-bench-'));
  const results: Results = { env: environment(opts.reps, opts.quick), scale: [] };
  try {
    if (['floor', 'note', 'all', 'study', 'warm', 'national'].some((s) => opts.only.has(s))) await launcher(opts, work, results);
    if (['floor', 'note', 'all'].some((s) => opts.only.has(s))) await endToEnd(opts, work, results);
    if (opts.only.has('scale')) await scaling(opts, work, results);
    if (opts.only.has('study')) await study40(opts, work, results);
    if (opts.only.has('import')) {
      log('import of a 1,000-respondent export');
      results.import = await benchImport(work, opts.reps, (args) => launched(args, { timeoutMs: 10 * MINUTE }), (runs) => summarise(runs));
    }
    if (opts.only.has('validate')) await validation(opts, work, results);
    if (opts.only.has('warm')) {
      const warm = await warmRebuilds({ root: ROOT, launcher: LAUNCHER, cli: CLI, work, reps: opts.reps, log });
      results.warm = { first: warm.first, answer: warm.answer, tie: warm.tie, answerStages: stagesOf(warm.answerStderr), tieStages: stagesOf(warm.tieStderr) };
    }
    if (opts.only.has('national')) {
      const national = await nationalStudy({ root: ROOT, launcher: LAUNCHER, cli: CLI, work, kommuner: opts.national, log });
      results.national = { ...national, stages: stagesOf(national.stderr ? [national.stderr] : []) };
      delete results.national.stderr;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  results.env.loadAfter = environment(opts.reps, opts.quick).loadBefore;
  const markdown = writeReport(results, opts.out);
  process.stdout.write(markdown);
  log(`wrote ${opts.out}`);
}

await main();
