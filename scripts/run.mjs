// Runs one of the project's TypeScript entry points with plain Node instead of tsx (tsx costs about
// 0.5 s of start-up on every run):
//
//   node scripts/run.mjs <entry.ts> [args...]         what the npm scripts run
//   node scripts/run.mjs --build-only <entry.ts>      bundle if stale, run nothing (bench warm-up)
//
// 1. The entry is bundled with esbuild (packages external, code splitting so that the lazy
//    `await import(...)`s in src stay lazy, linked source maps) into `.build/<entry>/<build>/`.
// 2. The bundle is reused while its fingerprint holds: esbuild's version, the build options, the
//    entry, and the path, size and mtime of every input esbuild read (from its metafile), plus
//    tsconfig.json and package.json. Checking costs a few stat calls, no esbuild.
// 3. Every build goes into a folder of its own; `current.json` (the fingerprint and the folder's
//    name) is swapped in by rename only once the folder is complete, so two processes may build at
//    once and a half-written bundle is never trusted. Folders are never changed after that, because
//    a process still running from one imports its lazy chunks from it; one that stopped being
//    current an hour ago is removed.
// 4. The built entry is imported in this process with process.argv as under tsx, except that
//    argv[1] is the built entry file: exit codes, signals and stdio are the program's own. Stack
//    frames in the bundle are shown at their place in src/*.ts (mapStackTraces).
// If the bundle cannot be made (no esbuild, an unwritable cache folder, an import esbuild cannot
// resolve), the entry runs through tsx's loader in this process instead.
//
// KOMMUNENOTAT_BUILD_DIR puts the cache elsewhere (tests; packages resolve from the bundle's folder,
// so an entry that imports packages needs it inside the repository). KOMMUNENOTAT_LAUNCHER_LOG=1
// prints `launcher: built|cached|tsx <entry>` to stderr.

import { mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire, SourceMap } from 'node:module';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
/** Changes when what is recorded in current.json changes meaning. */
const CACHE_FORMAT = 2;
/** Part of the fingerprint: a change here rebuilds every entry. */
const BUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  splitting: true,
  sourcemap: 'linked',
  sourcesContent: false,
  outExtension: { '.js': '.mjs' }, // ES modules wherever the cache is, whatever package.json is above it
};
/** Files esbuild reads besides the sources (compiler settings, package type). */
const CONFIG_FILES = ['tsconfig.json', 'package.json'];
/**
 * An input whose mtime is this close to the build (before its start or after) may have been
 * saved while esbuild read it; its recorded mtime is then left unmatched so the next run rebuilds.
 * The margin covers the kernel's coarse file clock and filesystems with 1-second timestamps.
 */
const UNSETTLED_MS = 1000;
/** How long a build folder is kept after it stopped being current (processes still running from it). */
const KEEP_RETIRED_MS = 60 * 60 * 1000;

const log = process.env.KOMMUNENOTAT_LAUNCHER_LOG ? (line) => process.stderr.write(`launcher: ${line}\n`) : () => {};

await launch(process.argv.slice(2));

async function launch(argv) {
  const buildOnly = argv[0] === '--build-only';
  const [entryArg, ...args] = buildOnly ? argv.slice(1) : argv;
  if (!entryArg) {
    process.stderr.write('usage: node scripts/run.mjs [--build-only] <entry.ts> [args...]\n');
    process.exitCode = 2;
    return;
  }
  const entry = resolve(entryArg);
  let built;
  try {
    built = await bundled(entry, { reportErrors: buildOnly });
  } catch (error) {
    if (buildOnly) {
      process.stderr.write(`launcher: could not bundle ${entryArg}: ${firstLine(error)}\n`);
      process.exitCode = 1;
      return;
    }
    log(`tsx ${entryArg} (${firstLine(error)})`);
    await runWithTsx(entry, args);
    return;
  }
  if (buildOnly) return;
  mapStackTraces(dirname(built));
  process.argv.splice(1, process.argv.length - 1, built, ...args);
  await import(pathToFileURL(built).href);
}

/** The built entry file for `entry`, built first when the cached one is missing or stale. */
async function bundled(entry, { reportErrors }) {
  const esbuildDir = dirname(createRequire(import.meta.url).resolve('esbuild/package.json'));
  const expected = {
    format: CACHE_FORMAT,
    esbuild: JSON.parse(readFileSync(join(esbuildDir, 'package.json'), 'utf8')).version,
    entry: relative(ROOT, entry),
    options: BUILD_OPTIONS,
  };
  const cache = cacheDir(entry);
  const record = readRecord(cache);
  if (record && upToDate(record, expected, cache)) {
    log(`cached ${expected.entry}`);
    return join(cache, record.build, record.main);
  }
  const started = performance.now();
  const fresh = await build(entry, cache, expected, reportErrors);
  install(cache, fresh);
  try {
    removeRetired(cache, fresh.build);
  } catch (error) {
    log(`could not tidy ${cache}: ${firstLine(error)}`); // the bundle is fine; cleanup is retried after the next build
  }
  log(`built ${expected.entry} in ${Math.round(performance.now() - started)} ms`);
  return join(cache, fresh.build, fresh.main);
}

/** `.build/src-cli-main/` for src/cli/main.ts; an entry outside the repository gets a hash of its path. */
function cacheDir(entry) {
  const base = process.env.KOMMUNENOTAT_BUILD_DIR ? resolve(process.env.KOMMUNENOTAT_BUILD_DIR) : join(ROOT, '.build');
  const fromRoot = relative(ROOT, entry);
  const inside = !fromRoot.startsWith('..') && !isAbsolute(fromRoot);
  const name = inside
    ? fromRoot.slice(0, -extname(fromRoot).length || undefined).split(sep).join('-')
    : `${basename(entry, extname(entry))}-${hash(entry)}`;
  const dir = join(base, name);
  mkdirSync(dir, { recursive: true });
  return realpathSync(dir); // so argv[1] matches the import.meta.url Node gives the entry (check-data.ts)
}

function readRecord(cache) {
  try {
    return JSON.parse(readFileSync(join(cache, 'current.json'), 'utf8'));
  } catch {
    return undefined; // none yet, or unreadable: rebuild
  }
}

/** The fingerprint still holds and every output file is there with its size. */
function upToDate(record, expected, cache) {
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  if (!Array.isArray(record.inputs) || !Array.isArray(record.outputs) || typeof record.build !== 'string') return false;
  if (record.format !== expected.format || record.esbuild !== expected.esbuild || record.entry !== expected.entry) return false;
  if (!same(record.options, expected.options)) return false;
  for (const [path, size, mtimeMs] of record.inputs) {
    const stat = statSync(resolve(ROOT, path), { throwIfNoEntry: false });
    if (!stat || stat.size !== size || stat.mtimeMs !== mtimeMs) return false;
  }
  for (const [file, size] of record.outputs) {
    const stat = statSync(join(cache, record.build, file), { throwIfNoEntry: false });
    if (!stat || stat.size !== size) return false;
  }
  return true;
}

/** Bundles into a new folder of its own and returns its record (not yet current). */
async function build(entry, cache, expected, reportErrors) {
  const esbuild = await import('esbuild');
  const id = `${Date.now().toString(36)}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const outdir = join(cache, id);
  const startedAt = Date.now();
  let result;
  try {
    result = await esbuild.build({
      ...BUILD_OPTIONS,
      entryPoints: [entry],
      outdir,
      absWorkingDir: ROOT,
      metafile: true,
      logLevel: reportErrors ? 'error' : 'silent',
    });
  } catch (error) {
    rmSync(outdir, { recursive: true, force: true });
    throw error;
  } finally {
    await esbuild.stop();
  }
  const outputs = Object.entries(result.metafile.outputs).map(([path, output]) => ({ file: relative(outdir, resolve(ROOT, path)), output }));
  const inputs = [...Object.keys(result.metafile.inputs), ...CONFIG_FILES];
  return {
    ...expected,
    build: id,
    // The entry's own output: modules imported with import() are entry points of the metafile too.
    main: outputs.find(({ output }) => output.entryPoint === relative(ROOT, entry).split(sep).join('/')).file,
    inputs: fingerprint(inputs, startedAt),
    outputs: outputs.map(({ file, output }) => [file, output.bytes]),
  };
}

/** [path, size, mtime] of each input; an input saved around the build gets mtime -1 (never matches). */
function fingerprint(paths, startedAt) {
  const stats = paths.map((path) => [path, statSync(resolve(ROOT, path), { throwIfNoEntry: false })]);
  const statted = Date.now();
  return stats
    .filter(([, stat]) => stat)
    .map(([path, stat]) => {
      const unsettled = stat.mtimeMs > startedAt - UNSETTLED_MS && stat.mtimeMs < statted + UNSETTLED_MS;
      return [path, stat.size, unsettled ? -1 : stat.mtimeMs];
    });
}

/** Makes `record` current (an atomic rename) and marks the folder it replaces as retired now. */
function install(cache, record) {
  const pointer = join(cache, 'current.json');
  const previous = readRecord(cache)?.build;
  const temporary = `${pointer}.${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`;
  writeFileSync(temporary, JSON.stringify(record));
  renameSync(temporary, pointer);
  if (typeof previous === 'string' && previous !== record.build) touch(join(cache, previous));
}

/**
 * Removes build folders (and pointer files left by a killed process) that are not current and were
 * not touched for KEEP_RETIRED_MS: a folder's mtime is when it was built or when it was replaced.
 */
function removeRetired(cache, ours) {
  const current = readRecord(cache)?.build;
  const cutoff = Date.now() - KEEP_RETIRED_MS;
  for (const name of readdirSync(cache)) {
    if (name === current || name === ours || name === 'current.json') continue;
    const stat = statSync(join(cache, name), { throwIfNoEntry: false });
    if (stat && stat.mtimeMs < cutoff) rmSync(join(cache, name), { recursive: true, force: true });
  }
}

function touch(path) {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // already removed
  }
}

/**
 * Stack frames in the bundle shown at their place in src/*.ts. Node's own switch (--enable-source-maps,
 * process.setSourceMapsEnabled) also reads the source maps of every package that has them: 386 files
 * and 5 MB of JSON for one note, about 150 ms of CPU per build. This reads only the bundle's maps,
 * and only when a stack with a frame of the bundle is formatted (an internal error's stack).
 */
function mapStackTraces(buildDir) {
  const prefix = pathToFileURL(buildDir + sep).href;
  const maps = new Map();
  const mapOf = (file) => {
    if (!maps.has(file)) {
      try {
        maps.set(file, new SourceMap(JSON.parse(readFileSync(fileURLToPath(`${file}.map`), 'utf8'))));
      } catch {
        maps.set(file, undefined); // no map: the frame stays as it is
      }
    }
    return maps.get(file);
  };
  const located = (frame) => {
    const file = frame.getFileName();
    if (!file?.startsWith(prefix)) return String(frame);
    const [line, column] = [frame.getLineNumber(), frame.getColumnNumber()];
    const entry = mapOf(file)?.findEntry(line - 1, column - 1);
    if (!entry?.originalSource) return String(frame);
    const original = `${fileURLToPath(new URL(entry.originalSource, `${file}.map`))}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    return String(frame).replace(`${file}:${line}:${column}`, original);
  };
  Error.prepareStackTrace = (error, frames) => {
    let header;
    try {
      header = Error.prototype.toString.call(error);
    } catch {
      header = '<error>';
    }
    return header + frames.map((frame) => `\n    at ${located(frame)}`).join('');
  };
}

/** The fallback: tsx's loader in this process, argv as `tsx <entry> args...` gives it. */
async function runWithTsx(entry, args) {
  await import('tsx');
  process.argv.splice(1, process.argv.length - 1, entry, ...args);
  await import(pathToFileURL(entry).href);
}

function hash(text) {
  let h = 2166136261; // FNV-1a: a short, stable folder name, not security
  for (const char of text) h = Math.imul(h ^ char.codePointAt(0), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0');
}

function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').find((line) => line.trim() !== '') ?? text;
}
