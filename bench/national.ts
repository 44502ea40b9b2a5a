// Section 7 of the bench (`--only national`, never by default: it takes long): a national study,
// 356 kommuner × 40 persons from scripts/synthetic-study.ts, built with `--all` by the CLI in one
// run. Wall and CPU time (GNU time), pages, and peak memory sampled every second from /proc: the
// CLI's own resident set, and Chromium's (the sum over its process group, renderers included;
// shared pages are counted in each process, so this overstates it). The CLI's resident set in the
// first and the last quarter of the run shows whether memory grows with the number of notes.
// `--national <n>` builds a slice of n kommuner instead.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { writeSyntheticStudy } from '../scripts/synthetic-study.ts';
import type { Measured } from './report.ts';
import { failure, run } from './spawn.ts';
import { notesBuilt } from './steps.ts';

export interface NationalResult extends Measured {
  kommuner: number;
  persons: number;
  /** Peak resident set of the CLI (node) process, MiB. */
  cliPeakMiB?: number;
  /** Peak of the summed resident sets of Chromium's processes, MiB. */
  chromiumPeakMiB?: number;
  /** The CLI's largest resident set in the first and in the last quarter of the run, MiB. */
  cliFirstQuarterMiB?: number;
  cliLastQuarterMiB?: number;
  notes?: number;
  pages?: number;
  stderr?: string;
}

interface Sample {
  at: number;
  cli: number;
  chromium: number;
}

export async function nationalStudy(opts: { root: string; launcher: string; cli: string; work: string; kommuner: number; log: (t: string) => void }): Promise<NationalResult> {
  const persons = 40;
  const data = join(opts.work, `national-${opts.kommuner}x${persons}`);
  opts.log(`national: writing ${opts.kommuner} kommuner × ${persons} persons`);
  writeSyntheticStudy(data, { kommuner: opts.kommuner, persons, seed: 1 });
  const samples: Sample[] = [];
  opts.log(`national: build --all (${opts.kommuner} kommuner)`);
  const result = await run(process.execPath, [opts.launcher, opts.cli, '--data', data, '--all', '--out', join(opts.work, 'national-out')], {
    cwd: opts.root,
    timeoutMs: 120 * 60_000,
    onSpawn: (pid) => sampler(pid, samples),
  });
  const base = { kommuner: opts.kommuner, persons, stderr: result.stderr };
  if (!result.ok) return { ...base, unavailable: failure(result) };
  const built = notesBuilt(result.stderr);
  const quarter = (from: number, to: number) => {
    const start = samples[0]?.at ?? 0;
    const span = (samples.at(-1)?.at ?? 0) - start;
    const inside = samples.filter((s) => s.at - start >= from * span && s.at - start <= to * span);
    return inside.length ? Math.max(...inside.map((s) => s.cli)) : undefined;
  };
  return {
    ...base,
    ms: result.wallMs,
    min: result.wallMs,
    max: result.wallMs,
    n: 1,
    cpuMs: result.cpuMs,
    peakRssMiB: result.peakRssMiB,
    output: `${built.notes} notes, ${built.pages} pages`,
    notes: built.notes,
    pages: built.pages,
    cliPeakMiB: samples.length ? Math.max(...samples.map((s) => s.cli)) : undefined,
    chromiumPeakMiB: samples.length ? Math.max(...samples.map((s) => s.chromium)) : undefined,
    cliFirstQuarterMiB: quarter(0, 0.25),
    cliLastQuarterMiB: quarter(0.75, 1),
  };
}

/**
 * Every second: the processes of the child's group (GNU time and the CLI's node), and Chromium,
 * which puppeteer starts as a group of its own whose leader is a child of the CLI.
 */
function sampler(groupId: number, samples: Sample[]): () => void {
  const timer = setInterval(() => {
    let text: string;
    try {
      text = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,pgid=,rss=,comm='], { encoding: 'utf8' });
    } catch {
      return;
    }
    const rows = text.trim().split('\n').map((line) => {
      const [pid, ppid, pgid, rss, ...comm] = line.trim().split(/\s+/);
      return { pid: Number(pid), ppid: Number(ppid), pgid: Number(pgid), rssMiB: Number(rss) / 1024, comm: comm.join(' ') };
    });
    const ours = rows.filter((r) => r.pgid === groupId && r.comm !== 'time');
    const cli = ours.sort((a, b) => b.rssMiB - a.rssMiB)[0];
    if (!cli) return;
    const leaders = new Set(rows.filter((r) => r.ppid === cli.pid && /chrom/i.test(r.comm)).map((r) => r.pid));
    const chromium = rows.filter((r) => leaders.has(r.pgid)).reduce((sum, r) => sum + r.rssMiB, 0);
    samples.push({ at: performance.now(), cli: cli.rssMiB, chromium });
  }, 1000);
  return () => clearInterval(timer);
}
