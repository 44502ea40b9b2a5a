// The network files of a generated study of 300 persons (scripts/synthetic-study.ts, with names
// with æøå added to persons.csv): read back whole, no name in them; a single-kommune build leaves
// <out>/nettverk/ as it was, and `--format html` alone writes no network files.

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticStudy } from '../../scripts/synthetic-study.ts';
import { build, readStudy, type BuildOptions } from '../../src/pipeline/build.ts';
import { silentLogger, type Effects } from '../../src/pipeline/effects.ts';
import { writeStudyNetwork } from '../../src/pipeline/network-output.ts';
import type { Study } from '../../src/types.ts';
import { checkNetworkFolder, checkWithNetworkx, expectedOf, FILES, hasNetworkx, labelsRead, merged, readMetrics } from './check-folder.ts';

const effects: Effects = { logger: silentLogger(), now: () => Date.now() };
let root: string;
let data: string;
let out: string;
let study: Study;
const SLUG = 'syn01';

/** Names with æøå for every person of the generated study (it writes none), so the check means something. */
function addNames(dir: string): void {
  const path = join(dir, 'kommuner', SLUG, 'persons.csv');
  const [header, ...rows] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const named = rows.map((row, i) => `${row.replace(/;$/, '')};Åshild Ødegård${letters[Math.floor(i / 26) % 26]}${letters[i % 26]}`);
  writeFileSync(path, [header, ...named].join('\n') + '\n');
}

async function run(options: Partial<BuildOptions>): Promise<void> {
  const report = await build({ data, out, kommuner: [], all: false, formats: ['html', 'nettverk'], ...options }, effects);
  expect(report.results.map((r) => [r.slug, r.ok, r.error])).toEqual([[SLUG, true, undefined]]);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kn-network-syn-'));
  data = join(root, 'data');
  out = join(root, 'out');
  writeSyntheticStudy(data, { kommuner: 1, persons: 300, seed: 5 });
  addNames(data);
  study = (await readStudy(data, effects)).study;
  await run({ all: true });
}, 600_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('network files of a generated study of 300 persons', () => {
  it('hold its persons, ties, levels and attributes, in the kommune folder and the study folder', () => {
    const kommune = study.kommuner[0]!;
    expect(kommune.persons.length).toBe(300);
    const metrics = readMetrics(join(out, SLUG));
    checkNetworkFolder(join(out, SLUG, 'nettverk'), expectedOf(study.config, kommune, metrics));
    checkNetworkFolder(join(out, 'nettverk'), merged([expectedOf(study.config, kommune, metrics, `${SLUG}:`)]));
    expect(labelsRead(join(out, SLUG, 'nettverk'))).toContain('Øk. virkemidler');
  });

  it.skipIf(!hasNetworkx)('read the same with networkx', () => {
    const kommune = study.kommuner[0]!;
    checkWithNetworkx([[join(out, SLUG, 'nettverk'), expectedOf(study.config, kommune, readMetrics(join(out, SLUG)))]]);
  });

  it('name no person of persons.csv', () => {
    const names = study.kommuner[0]!.persons.map((p) => p.name!);
    expect(names[0]).toMatch(/^Åshild Ødegård/);
    for (const folder of [join(SLUG, 'nettverk'), 'nettverk']) {
      for (const file of FILES) {
        const text = readFileSync(join(out, folder, file), 'utf8');
        expect(text.includes('Ødegård'), `${folder}/${file}`).toBe(false);
        expect(text.includes('&#216;deg&#229;rd'), `${folder}/${file}`).toBe(false);
      }
    }
  });

  it('leave <out>/nettverk/ as it was on a single-kommune build, and write none with --format html', async () => {
    const marker = join(out, 'nettverk', 'kept.txt');
    writeFileSync(marker, 'from the --all build\n');
    const before = readFileSync(join(out, 'nettverk', 'nettverk.gexf'));
    const kommuneBefore = readFileSync(join(out, SLUG, 'nettverk', 'nettverk.gexf'));
    await run({ kommuner: [SLUG] });
    expect(existsSync(marker)).toBe(true);
    expect(readFileSync(join(out, 'nettverk', 'nettverk.gexf')).equals(before)).toBe(true);
    expect(readFileSync(join(out, SLUG, 'nettverk', 'nettverk.gexf')).equals(kommuneBefore)).toBe(true);

    await run({ kommuner: [SLUG], formats: ['html'] });
    expect(readdirSync(join(out, SLUG))).not.toContain('nettverk');
    expect(existsSync(join(out, SLUG, 'notat.html'))).toBe(true);
    expect(existsSync(marker)).toBe(true);

    // An --all build in which a note failed: the study's folder stays as it was, and a warning says why.
    const logger = silentLogger();
    expect(await writeStudyNetwork(out, study, new Map(), '2015-01-01', { logger, now: () => 0 })).toBeUndefined();
    expect(logger.lines.join('\n')).toMatch(/study's network files were not written \(not built: syn01\); the folder is left as it was/);
    expect(existsSync(marker)).toBe(true);
    expect(readFileSync(join(out, 'nettverk', 'nettverk.gexf')).equals(before)).toBe(true);
  }, 600_000);
});
