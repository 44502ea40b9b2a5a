// The output writer: the previous output survives a failed, interrupted or concurrent write.

import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshot } from './helpers.ts';
import { formatProblem, KommunenotatError } from '../../src/errors.ts';
import { lockPath, nodeOutputFs, removeInFlight, startsWith, writeKommuneOutput, type OutputFiles, type OutputFs } from '../../src/output/write-output.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
function outRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'kommunenotat-out-'));
  roots.push(root);
  return root;
}

/** What a build writes, in small: metrics.json, figures, and the build.json that marks the folder as output. */
const files = (tag: string, count = 3): OutputFiles =>
  new Map([
    ...Array.from({ length: count }, (_, i): [string, string] => [`${i === 0 ? 'metrics.json' : `figures/f${i}.svg`}`, `${tag}-${i}`]),
    ['build.json', JSON.stringify({ kommune: 'testby' })],
  ]);

/** Writes fail with ENOSPC after `okWrites` files, like a disk that fills up. */
function fullDiskAfter(okWrites: number): OutputFs {
  let writes = 0;
  return {
    ...nodeOutputFs,
    async writeFile(path, content) {
      if (++writes > okWrites) throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC' });
      await fsp.writeFile(path, content);
    },
  };
}

describe('writeKommuneOutput', () => {
  it('replaces the previous output with the new one and leaves nothing beside it', async () => {
    const out = outRoot();
    await writeKommuneOutput(out, 'testby', files('one'));
    const marker = JSON.stringify({ kommune: 'testby' });
    await writeKommuneOutput(out, 'testby', new Map([['metrics.json', 'two'], ['build.json', marker]]));
    expect(snapshot(join(out, 'testby'))).toEqual({
      'build.json': Buffer.from(marker).toString('base64'),
      'metrics.json': Buffer.from('two').toString('base64'),
    });
    expect(readdirSync(out)).toEqual(['testby']);
  });

  it('hands the previous output to a function source, under the lock', async () => {
    const out = outRoot();
    await writeKommuneOutput(out, 'testby', files('one'));
    let seen: string[] = [];
    await writeKommuneOutput(out, 'testby', (previous) => {
      seen = [...previous.files.keys()];
      expect(existsSync(lockPath(out, 'testby'))).toBe(true);
      return files('two');
    });
    expect(seen).toEqual(['metrics.json', 'build.json', 'figures/f1.svg', 'figures/f2.svg']);
    expect(existsSync(lockPath(out, 'testby'))).toBe(false);
  });

  it('leaves the previous output byte-identical when the disk fills up', async () => {
    const out = outRoot();
    await writeKommuneOutput(out, 'testby', files('good'));
    const before = snapshot(join(out, 'testby'));
    await expect(writeKommuneOutput(out, 'testby', files('new', 5), { fs: fullDiskAfter(2) })).rejects.toThrow(/^cannot write the output to .*: no space left on the device$/);
    expect(snapshot(join(out, 'testby'))).toEqual(before);
    expect(readdirSync(out)).toEqual(['testby']);
  });

  it('leaves the previous output when the swap itself fails, and restores it', async () => {
    const out = outRoot();
    await writeKommuneOutput(out, 'testby', files('good'));
    const before = snapshot(join(out, 'testby'));
    let renames = 0;
    const fs: OutputFs = {
      ...nodeOutputFs,
      async rename(from, to) {
        if (++renames === 2) throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
        await fsp.rename(from, to);
      },
    };
    await expect(writeKommuneOutput(out, 'testby', files('new'), { fs })).rejects.toThrow(/input\/output error/);
    expect(snapshot(join(out, 'testby'))).toEqual(before);
    expect(readdirSync(out)).toEqual(['testby']);
  });

  it('stops before the swap when the build is interrupted', async () => {
    const out = outRoot();
    await writeKommuneOutput(out, 'testby', files('good'));
    const before = snapshot(join(out, 'testby'));
    const controller = new AbortController();
    const inFlight = new Set<string>();
    const fs: OutputFs = {
      ...nodeOutputFs,
      async writeFile(path, content) {
        await fsp.writeFile(path, content);
        expect([...inFlight].some((p) => p.includes('.testby.building-'))).toBe(true);
        controller.abort(new Error('SIGINT'));
      },
    };
    await expect(writeKommuneOutput(out, 'testby', files('new'), { fs, signal: controller.signal, inFlight })).rejects.toThrow('SIGINT');
    expect(snapshot(join(out, 'testby'))).toEqual(before);
    expect(readdirSync(out)).toEqual(['testby']);
    expect(inFlight.size).toBe(0);
  });

  it('serialises concurrent writes of one kommune: the result is one complete build', async () => {
    const out = outRoot();
    const builds = Array.from({ length: 6 }, (_, i) => files(`build${i}`, 20));
    await Promise.all(builds.map((b) => writeKommuneOutput(out, 'testby', b)));
    const result = snapshot(join(out, 'testby'));
    const tags = new Set(Object.entries(result).filter(([path]) => path !== 'build.json').map(([, v]) => Buffer.from(v, 'base64').toString().split('-')[0]));
    expect(tags.size).toBe(1);
    expect(Object.keys(result)).toHaveLength(21);
    expect(readdirSync(out)).toEqual(['testby']);
  });

  it('breaks a lock left by a process that no longer runs', async () => {
    const out = outRoot();
    const dead = await deadPid();
    writeFileSync(lockPath(out, 'testby'), `${dead} abc ${Date.now()}\n`);
    await writeKommuneOutput(out, 'testby', files('one'), { lockTimeoutMs: 2000 });
    expect(existsSync(join(out, 'testby', 'metrics.json'))).toBe(true);
    expect(existsSync(lockPath(out, 'testby'))).toBe(false);
  });

  it('waits for a live lock and says who holds it when it is not released', async () => {
    const out = outRoot();
    writeFileSync(lockPath(out, 'testby'), `${process.pid} abc ${Date.now()}\n`);
    const notes: string[] = [];
    const started = Date.now();
    const error = await writeKommuneOutput(out, 'testby', files('one'), { lockTimeoutMs: 300, onNote: (t) => notes.push(t) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KommunenotatError);
    expect((error as KommunenotatError).kind).toBe('lock');
    expect((error as KommunenotatError).message).toBe(`another build (pid ${process.pid}) kept the lock of testby for more than 0.3 s; nothing was written`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    // Said at once, with the holder's pid and the bound of the wait.
    expect(notes).toEqual([`another build (pid ${process.pid}) is writing this kommune's output (lock ${lockPath(out, 'testby')}); waiting for it at most 0.3 s`]);
    expect(existsSync(join(out, 'testby'))).toBe(false);
  });

  it('takes over a lock of a dead build with a note', async () => {
    const out = outRoot();
    const dead = await deadPid();
    writeFileSync(lockPath(out, 'testby'), `${dead} abc ${Date.now()}\n`);
    const notes: string[] = [];
    await writeKommuneOutput(out, 'testby', files('one'), { onNote: (t) => notes.push(t) });
    expect(notes).toEqual([`took over the lock ${lockPath(out, 'testby')} of build pid ${dead}, which is no longer running`]);
  });

  it('heals what a killed build left: staging removed, a retired output put back', async () => {
    const out = outRoot();
    const dead = await deadPid();
    mkdirSync(join(out, `.testby.building-${dead}-aaaa`));
    mkdirSync(join(out, `.testby.previous-${dead}-bbbb`));
    writeFileSync(join(out, `.testby.previous-${dead}-bbbb`, 'metrics.json'), 'old');
    writeFileSync(join(out, `.testby.previous-${dead}-bbbb`, 'build.json'), JSON.stringify({ kommune: 'testby' }));
    let previousMetrics = '';
    await writeKommuneOutput(out, 'testby', (previous) => {
      previousMetrics = String(previous.files.get('metrics.json'));
      return files('new');
    });
    expect(previousMetrics).toBe('old');
    expect(readdirSync(out)).toEqual(['testby']);
  });
});

describe('removeInFlight', () => {
  it('removes staging folders and locks, and puts back an output retired by an unfinished swap', () => {
    const out = outRoot();
    const staging = join(out, `.testby.building-${process.pid}-abcd`);
    const retired = join(out, `.testby.previous-${process.pid}-abcd`);
    mkdirSync(staging);
    mkdirSync(retired);
    writeFileSync(join(retired, 'metrics.json'), 'previous');
    writeFileSync(lockPath(out, 'testby'), `${process.pid} x ${Date.now()}\n`);
    removeInFlight(new Set([staging, lockPath(out, 'testby')]));
    expect(readdirSync(out)).toEqual(['testby']);
    expect(readFileSync(join(out, 'testby', 'metrics.json'), 'utf8')).toBe('previous');
  });
});

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('the writer never removes what it did not write', () => {
  it('refuses to replace a folder that holds no build.json, naming it, and leaves it byte-identical', async () => {
    const out = outRoot();
    mkdirSync(join(out, 'testby'));
    writeFileSync(join(out, 'testby', 'persons.csv'), 'id;functions;name\np1;okonomi;\n');
    writeFileSync(join(out, 'testby', 'kommune.yaml'), 'name: Testby\n');
    const before = snapshot(join(out, 'testby'));
    const error = await writeKommuneOutput(out, 'testby', files('new')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KommunenotatError);
    const { kind, problems } = error as KommunenotatError;
    expect(kind).toBe('config');
    expect(problems.map((p) => formatProblem(p))).toEqual([
      `${join(out, 'testby')}: is not the output of an earlier build (it has no build.json for testby), so it is not replaced. Move the folder away, or choose another --out: a build replaces only folders it wrote itself.`,
    ]);
    expect(snapshot(join(out, 'testby'))).toEqual(before);
    expect(readdirSync(out)).toEqual(['testby']);
  });

  it('refuses a folder whose build.json belongs to another kommune, and a file in the place of the folder', async () => {
    const out = outRoot();
    mkdirSync(join(out, 'testby'));
    writeFileSync(join(out, 'testby', 'build.json'), JSON.stringify({ kommune: 'oppdal' }));
    await expect(writeKommuneOutput(out, 'testby', files('new'))).rejects.toThrow(/is not the output of an earlier build/);
    writeFileSync(join(out, 'other'), 'a file');
    await expect(writeKommuneOutput(out, 'other', files('new'))).rejects.toThrow(/is not the output of an earlier build/);
    expect(readFileSync(join(out, 'other'), 'utf8')).toBe('a file');
  });

  it('says in one line that a read-only or full output folder cannot be written', async () => {
    for (const [code, reason] of [['EROFS', 'the file system is read-only'], ['EACCES', 'permission denied (the folder is not writable)'], ['ENOSPC', 'no space left on the device']]) {
      const out = outRoot();
      const fs: OutputFs = {
        ...nodeOutputFs,
        async mkdir(path) {
          throw Object.assign(new Error(`${code}: mkdir '${path}'`), { code, path });
        },
      };
      const error = (await writeKommuneOutput(join(out, 'sub'), 'testby', files('new'), { fs }).catch((e: unknown) => e)) as KommunenotatError;
      expect(error.kind).toBe('output');
      expect(error.message).toBe(`cannot write the output to ${join(out, 'sub')}: ${reason}`);
      expect(error.cause).toBeUndefined();
    }
  });

  it.skipIf(process.getuid?.() === 0)('a real read-only folder (skipped as root, who may write anywhere)', async () => {
    const out = outRoot();
    chmodSync(out, 0o555);
    try {
      const error = (await writeKommuneOutput(out, 'testby', files('new')).catch((e: unknown) => e)) as KommunenotatError;
      expect(error.kind).toBe('output');
      expect(error.message).toMatch(/: permission denied \(the folder is not writable\)$/);
    } finally {
      chmodSync(out, 0o755);
    }
  });
});

describe('a writer with its own marker (the study network folder)', () => {
  it('replaces a folder its marker recognises, and refuses one it does not', async () => {
    const out = outRoot();
    const readme = (title: string): OutputFiles => new Map([['README.txt', `${title} (2015-06-01)\n`]]);
    const isOwnOutput = (dir: string) => startsWith(dir, 'README.txt', 'kommunenotat: ');
    await writeKommuneOutput(out, 'nettverk', readme('kommunenotat: Studien'), { isOwnOutput });
    await writeKommuneOutput(out, 'nettverk', readme('kommunenotat: Studien, rettet'), { isOwnOutput });
    expect(readFileSync(join(out, 'nettverk', 'README.txt'), 'utf8')).toBe('kommunenotat: Studien, rettet (2015-06-01)\n');
    writeFileSync(join(out, 'nettverk', 'README.txt'), 'my own notes\n');
    await expect(writeKommuneOutput(out, 'nettverk', readme('kommunenotat: Studien'), { isOwnOutput })).rejects.toThrow(/is not the output of an earlier build/);
    expect(readFileSync(join(out, 'nettverk', 'README.txt'), 'utf8')).toBe('my own notes\n');
  });
});
