// scripts/run.mjs, which every npm script goes through: it runs an entry as tsx would (arguments,
// output, exit code, signals), reuses the bundle while the sources are unchanged, rebuilds after an
// edit or a damaged cache, survives two launches at once and falls back to tsx when it cannot
// bundle. The entries are tiny files in a temporary folder and the cache is a temporary folder
// (KOMMUNENOTAT_BUILD_DIR), never the project's .build/. Whether it built is read from its log
// line (KOMMUNENOTAT_LAUNCHER_LOG), never from timings.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, ROOT, tempDir } from './helpers.ts';

const LAUNCHER = join(ROOT, 'scripts/run.mjs');

afterEach(removeTempDirs);

interface Launched {
  code: number | null;
  stdout: string;
  stderr: string;
  /** What the launcher did: built, cached or tsx. */
  did: string | undefined;
}

function launch(args: string[], env: NodeJS.ProcessEnv, onStderr?: (text: string, kill: (signal: NodeJS.Signals) => void) => void): Promise<Launched> {
  const child = spawn(process.execPath, [LAUNCHER, ...args], {
    cwd: ROOT,
    env: { ...process.env, KOMMUNENOTAT_LAUNCHER_LOG: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    onStderr?.(stderr, (signal) => child.kill(signal));
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, did: /^launcher: (built|cached|tsx) /m.exec(stderr)?.[1] }));
  });
}

/** A moment well before any build of the test, so that files count as settled (see UNSETTLED_MS). */
const past = (secondsAgo: number) => new Date(Date.now() - secondsAgo * 1000);

/** Writes files into `dir` with an mtime `secondsAgo` in the past. */
function write(dir: string, files: Record<string, string>, secondsAgo = 60): void {
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dir, name), text);
    utimesSync(join(dir, name), past(secondsAgo), past(secondsAgo));
  }
}

/** A program of three modules (one imported lazily) and an empty cache folder. */
function program(): { entry: string; dir: string; env: NodeJS.ProcessEnv } {
  const dir = tempDir('kommunenotat-launcher-');
  write(dir, {
    'package.json': '{ "type": "module" }',
    'entry.ts': [
      "import { message } from './message.ts';",
      "const { shout } = await import('./lazy.ts');",
      'const args: string[] = process.argv.slice(2);',
      'process.stdout.write(`${shout(message)} ${JSON.stringify(args)}\\n`);',
      'process.stderr.write(`argv1 ${process.argv[1]}\\n`);',
      "process.exitCode = Number(process.env.EXIT_WITH ?? '0');",
      '',
    ].join('\n'),
    'message.ts': "export const message: string = 'one';\n",
    'lazy.ts': 'export const shout = (text: string): string => text.toUpperCase();\n',
  });
  return { entry: join(dir, 'entry.ts'), dir, env: { KOMMUNENOTAT_BUILD_DIR: join(dir, 'cache') } };
}

/** The one build folder the cache holds for the entry, and its files. */
function cacheOf(dir: string): { folder: string; current: { build: string; main: string; inputs: [string, number, number][] } } {
  const [folder] = readdirSync(join(dir, 'cache'));
  const current = JSON.parse(readFileSync(join(dir, 'cache', folder!, 'current.json'), 'utf8'));
  return { folder: join(dir, 'cache', folder!), current };
}

describe('scripts/run.mjs', () => {
  it('runs the entry with its arguments, output and exit code, argv[1] being the built entry', async () => {
    const { entry, env, dir } = program();
    const first = await launch([entry, '--kommune', 'oppdal', 'x y'], { ...env, EXIT_WITH: '3' });
    expect(first.did).toBe('built');
    expect(first.stdout).toBe('ONE ["--kommune","oppdal","x y"]\n');
    expect(first.code).toBe(3);
    const { folder, current } = cacheOf(dir);
    expect(first.stderr).toContain(`argv1 ${join(folder, current.build, current.main)}\n`);
    expect(current.main).toBe('entry.mjs');
    expect(readdirSync(join(folder, current.build)).some((f) => /^lazy-.*\.mjs$/.test(f))).toBe(true); // still a lazy chunk
  });

  it('reuses the bundle on the next run', async () => {
    const { entry, env } = program();
    expect((await launch([entry], env)).did).toBe('built');
    const second = await launch([entry, 'again'], env);
    expect(second.did).toBe('cached');
    expect(second.stdout).toBe('ONE ["again"]\n');
    expect(second.code).toBe(0);
  });

  it('rebuilds when an imported file is edited, and runs the new code', async () => {
    const { entry, env, dir } = program();
    await launch([entry], env);
    write(dir, { 'message.ts': "export const message: string = 'two';\n" }, 30);
    const edited = await launch([entry], env);
    expect(edited.did).toBe('built');
    expect(edited.stdout).toBe('TWO []\n');
    write(dir, { 'lazy.ts': 'export const shout = (text: string): string => `${text}!`;\n' }, 20);
    const lazyEdited = await launch([entry], env);
    expect(lazyEdited.did).toBe('built');
    expect(lazyEdited.stdout).toBe('two! []\n');
    expect((await launch([entry], env)).did).toBe('cached');
  });

  it('rebuilds once more when a file was saved just before the build (it may have changed while read)', async () => {
    const { entry, env, dir } = program();
    writeFileSync(join(dir, 'message.ts'), "export const message: string = 'now';\n"); // mtime: now
    expect((await launch([entry], env)).did).toBe('built');
    const { current } = cacheOf(dir);
    expect(current.inputs.find(([path]) => path.endsWith('message.ts'))?.[2]).toBe(-1);
    expect((await launch([entry], env)).did).toBe('built');
  });

  it('rebuilds when the cache is damaged: a missing chunk, a truncated entry, an unreadable record', async () => {
    const { entry, env, dir } = program();
    await launch([entry], env);
    const damage = [
      (build: string) => rmSync(join(build, readdirSync(build).find((f) => f.startsWith('lazy-') && f.endsWith('.mjs'))!)),
      (build: string, main: string) => writeFileSync(join(build, main), 'export {};\n'),
      () => writeFileSync(join(cacheOf(dir).folder, 'current.json'), '{"format":1,"inpu'),
      () => rmSync(join(dir, 'cache'), { recursive: true }),
    ];
    for (const harm of damage) {
      const { folder, current } = cacheOf(dir);
      harm(join(folder, current.build), current.main);
      const run = await launch([entry], env);
      expect(run.did).toBe('built');
      expect(run.stdout).toBe('ONE []\n');
    }
  });

  it('lets several launches build at once, each running a complete bundle', async () => {
    const { entry, env, dir } = program();
    const runs = await Promise.all([1, 2, 3].map((n) => launch([entry, String(n)], env)));
    runs.forEach((run, i) => {
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`ONE ["${i + 1}"]\n`);
    });
    const { folder, current } = cacheOf(dir);
    expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(folder, current.build, current.main))).toBe(true);
    expect((await launch([entry], env)).did).toBe('cached');
  });

  it('keeps a replaced bundle for processes still running from it, and removes it an hour later', async () => {
    const { entry, env, dir } = program();
    await launch([entry], env);
    const { folder, current: first } = cacheOf(dir);
    mkdirSync(join(folder, 'old-build'));
    utimesSync(join(folder, 'old-build'), past(2 * 3600), past(2 * 3600));
    write(folder, { 'current.json.123-abc.tmp': '{' }, 2 * 3600); // left by a killed launcher
    write(dir, { 'message.ts': "export const message: string = 'three';\n" }, 30);
    expect((await launch([entry], env)).did).toBe('built');
    const left = readdirSync(folder);
    expect(left).toContain(first.build); // replaced just now: a process started before may still import its chunks
    expect(left).toContain(cacheOf(dir).current.build);
    expect(left).not.toContain('old-build');
    expect(left).not.toContain('current.json.123-abc.tmp');
  });

  it('leaves SIGINT to the program, which exits 130 as the CLI does', async () => {
    const dir = tempDir('kommunenotat-launcher-');
    write(dir, {
      'package.json': '{ "type": "module" }',
      'entry.ts': [
        'const timer = setInterval(() => undefined, 1000);',
        "process.on('SIGINT', () => { clearInterval(timer); process.stderr.write('stopping\\n'); process.exitCode = 130; });",
        "process.stderr.write('ready\\n');",
        '',
      ].join('\n'),
    });
    const run = await launch([join(dir, 'entry.ts')], { KOMMUNENOTAT_BUILD_DIR: join(dir, 'cache') }, (stderr, kill) => {
      if (/^ready$/m.test(stderr) && !/stopping/.test(stderr)) kill('SIGINT');
    });
    expect(run.stderr).toMatch(/stopping/);
    expect(run.code).toBe(130);
  });

  it('maps stack traces of an uncaught error to the TypeScript source', async () => {
    const dir = tempDir('kommunenotat-launcher-');
    write(dir, {
      'package.json': '{ "type": "module" }',
      'entry.ts': "import { fail } from './fail.ts';\n\nfail('broken');\n",
      'fail.ts': 'export function fail(what: string): never {\n  throw new Error(`the program is ${what}`);\n}\n',
    });
    const run = await launch([join(dir, 'entry.ts')], { KOMMUNENOTAT_BUILD_DIR: join(dir, 'cache') });
    expect(run.did).toBe('built');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/the program is broken/);
    expect(run.stderr).toContain(`${join(dir, 'fail.ts')}:2:9`);
  });

  it('runs the entry through tsx when esbuild cannot bundle it', async () => {
    const dir = tempDir('kommunenotat-launcher-');
    write(dir, {
      'package.json': '{ "type": "module" }',
      // tsx only resolves an import when it runs; esbuild must resolve every one
      'entry.ts': "if (process.env.NEVER_SET) await import('./not-there.ts');\nprocess.stdout.write(`ran ${process.argv.slice(2).join(' ')}\\n`);\nprocess.exitCode = 5;\n",
    });
    const run = await launch([join(dir, 'entry.ts'), 'a', 'b'], { KOMMUNENOTAT_BUILD_DIR: join(dir, 'cache') });
    expect(run.did).toBe('tsx');
    expect(run.stdout).toBe('ran a b\n');
    expect(run.code).toBe(5);
  });

  it('runs the entry through tsx when the cache folder cannot be written', async () => {
    const { entry, dir } = program();
    writeFileSync(join(dir, 'a-file'), '');
    const run = await launch([entry, 'z'], { KOMMUNENOTAT_BUILD_DIR: join(dir, 'a-file', 'cache') });
    expect(run.did).toBe('tsx');
    expect(run.stdout).toBe('ONE ["z"]\n');
    expect(run.code).toBe(0);
  });
});

describe('the project entries through scripts/run.mjs', () => {
  // Inside the repository, so the bundle resolves node_modules as .build/ does; /tmp/ is gitignored.
  const env: NodeJS.ProcessEnv = {};
  beforeAll(() => {
    mkdirSync(join(ROOT, 'tmp'), { recursive: true });
    env.KOMMUNENOTAT_BUILD_DIR = mkdtempSync(join(ROOT, 'tmp', 'launcher-test-'));
  });
  afterAll(() => rmSync(env.KOMMUNENOTAT_BUILD_DIR!, { recursive: true, force: true }));

  it('check:data finds itself the main module and the templates from the bundle', async () => {
    const run = await launch(['src/cli/check-data.ts', '--kommune', 'oppdal'], env);
    expect(run.did).toBe('built');
    expect(run.stderr).toMatch(/data: 1 kommuner, \d+ persons: no problems/);
    expect(run.code).toBe(0);
  });

  it('build:report builds the HTML note, its lazy modules loaded from the bundle', async () => {
    const out = tempDir();
    const run = await launch(['src/cli/main.ts', '--kommune', 'oppdal', '--format', 'html', '--out', out], { ...env, TZ: 'UTC' });
    expect(run.stderr).toMatch(/\[oppdal\] done/);
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, 'oppdal', 'notat.html'), 'utf8')).toMatch(/<html/);
    const wrong = await launch(['src/cli/main.ts', '--kommune'], env);
    expect(wrong.did).toBe('cached');
    expect(wrong.code).toBe(2);
  });
});
