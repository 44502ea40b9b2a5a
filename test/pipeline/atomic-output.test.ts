// The output writer: the previous output survives a failed, interrupted or concurrent write.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshot } from './helpers.ts';
import { lockPath, nodeOutputFs, removeInFlight, writeKommuneOutput, type OutputFiles, type OutputFs } from '../../src/output/write-output.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
function outRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'kommunenotat-out-'));
  roots.push(root);
  return root;
}

const files = (tag: string, count = 3): OutputFiles =>
  new Map(Array.from({ length: count }, (_, i) => [`${i === 0 ? 'metrics.json' : `figures/f${i}.svg`}`, `${tag}-${i}`]));

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
    await writeKommuneOutput(out, 'testby', new Map([['metrics.json', 'two']]));
    expect(snapshot(join(out, 'testby'))).toEqual({ 'metrics.json': Buffer.from('two').toString('base64') });
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
    expect(seen).toEqual(['metrics.json', 'figures/f1.svg', 'figures/f2.svg']);
    expect(existsSync(lockPath(out, 'testby'))).toBe(false);
  });

  it('leaves the previous output byte-identical when the disk fills up', async () => {
    const out = outRoot();
    await writeKommuneOutput(out, 'testby', files('good'));
    const before = snapshot(join(out, 'testby'));
    await expect(writeKommuneOutput(out, 'testby', files('new', 5), { fs: fullDiskAfter(2) })).rejects.toThrow(/ENOSPC/);
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
    await expect(writeKommuneOutput(out, 'testby', files('new'), { fs })).rejects.toThrow(/EIO/);
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
    const tags = new Set(Object.values(result).map((v) => Buffer.from(v, 'base64').toString().split('-')[0]));
    expect(tags.size).toBe(1);
    expect(Object.keys(result)).toHaveLength(20);
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
    await expect(writeKommuneOutput(out, 'testby', files('one'), { lockTimeoutMs: 200 })).rejects.toThrow(
      /another build of testby is writing/,
    );
    expect(existsSync(join(out, 'testby'))).toBe(false);
  });

  it('heals what a killed build left: staging removed, a retired output put back', async () => {
    const out = outRoot();
    const dead = await deadPid();
    mkdirSync(join(out, `.testby.building-${dead}-aaaa`));
    mkdirSync(join(out, `.testby.previous-${dead}-bbbb`));
    writeFileSync(join(out, `.testby.previous-${dead}-bbbb`, 'metrics.json'), 'old');
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
