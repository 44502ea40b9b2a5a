// The network files of the demo study (docs/network-files.md): `--all` with `nettverk` writes each
// kommune's nettverk/ and the study's <out>/nettverk/; every file is read back with readers written
// from the formats' specifications (and with networkx where python3 has it) and holds exactly the
// note's persons, ties, levels and attributes; two fresh builds write the same bytes; no name of
// persons.csv appears; positions are those of the note's monthly figure.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, readStudy } from '../../src/pipeline/build.ts';
import { silentLogger, type Effects } from '../../src/pipeline/effects.ts';
import type { Study } from '../../src/types.ts';
import { checkNetworkFolder, checkWithNetworkx, expectedOf, FILES, hasNetworkx, labelsRead, merged, readMetrics } from './check-folder.ts';
import { readGexf } from './readers.ts';

const DATA = join(fileURLToPath(new URL('../..', import.meta.url)), 'data');
const effects: Effects = { logger: silentLogger(), now: () => Date.now() };
let first: string;
let second: string;
let study: Study;

async function buildAll(out: string): Promise<void> {
  const report = await build({ data: DATA, out, kommuner: [], all: true, formats: ['html', 'nettverk'] }, effects);
  expect(report.results.map((r) => [r.slug, r.ok, r.error])).toEqual(study.config.kommuner.map((slug) => [slug, true, undefined]));
  expect(report.networkDir).toBe(join(out, 'nettverk'));
}

beforeAll(async () => {
  study = (await readStudy(DATA, effects)).study;
  first = mkdtempSync(join(tmpdir(), 'kn-network-a-'));
  second = mkdtempSync(join(tmpdir(), 'kn-network-b-'));
  await buildAll(first);
  await buildAll(second);
}, 600_000);

afterAll(() => {
  for (const dir of [first, second]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const kommuneOf = (slug: string) => study.kommuner.find((k) => k.slug === slug)!;
const expectedFor = (slug: string, prefix = '') => expectedOf(study.config, kommuneOf(slug), readMetrics(join(first, slug)), prefix);
const studyExpected = () => merged(study.config.kommuner.map((slug) => expectedFor(slug, `${slug}:`)));

describe('network files of the demo study', () => {
  it("hold each kommune's persons, ties, levels and attributes as its note counts them", () => {
    for (const slug of study.config.kommuner) checkNetworkFolder(join(first, slug, 'nettverk'), expectedFor(slug));
  });

  it('hold every kommune of the study in <out>/nettverk/, ids prefixed by the kommune, the kommune an attribute', () => {
    const expected = studyExpected();
    expect(expected.persons.length).toBe(study.kommuner.reduce((n, k) => n + k.persons.length, 0));
    checkNetworkFolder(join(first, 'nettverk'), expected);
  });

  it.skipIf(!hasNetworkx)('read the same with networkx (read_gexf, read_graphml, read_pajek)', () => {
    checkWithNetworkx([
      ...study.config.kommuner.map((slug): [string, ReturnType<typeof expectedFor>] => [join(first, slug, 'nettverk'), expectedFor(slug)]),
      [join(first, 'nettverk'), studyExpected()],
    ]);
  });

  it('keep labels with æøå in every format that carries labels', () => {
    const labels = labelsRead(join(first, 'oppdal', 'nettverk'));
    expect([...labels].filter((l) => /[æøåÆØÅ]/.test(l)).length).toBeGreaterThan(0);
    expect(labels).toContain('Øk. virkemidler');
  });

  it('are byte-identical across two fresh builds', () => {
    for (const folder of [...study.config.kommuner.map((slug) => join(slug, 'nettverk')), 'nettverk']) {
      for (const name of FILES) {
        expect(readFileSync(join(second, folder, name)).equals(readFileSync(join(first, folder, name))), `${folder}/${name}`).toBe(true);
      }
    }
  });

  it('name no person of persons.csv', () => {
    const names = study.kommuner.flatMap((k) => k.persons.map((p) => p.name?.trim() ?? '')).filter((n) => n.length >= 3);
    expect(names.length).toBeGreaterThan(100);
    for (const folder of [...study.config.kommuner.map((slug) => join(slug, 'nettverk')), 'nettverk']) {
      for (const name of FILES) {
        const text = readFileSync(join(first, folder, name), 'utf8').toLowerCase();
        for (const person of names) expect(text.includes(person.toLowerCase()), `${folder}/${name}`).toBe(false);
      }
    }
  });

  it("place every person where the note's monthly figure draws them, in its colour, y upwards", () => {
    for (const slug of study.config.kommuner) {
      const svg = readFileSync(join(first, slug, 'figures', `network-${slug}-monthly.svg`), 'utf8');
      const squares = [...svg.matchAll(/<rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="[\d.]+" fill="(#[0-9a-f]{6})"/gi)].map((m) => ({
        x: Number(m[1]), y: Number(m[2]), size: Number(m[3]), fill: m[4]!.toLowerCase(),
      }));
      const nodes = readGexf(readFileSync(join(first, slug, 'nettverk', 'nettverk.gexf'), 'utf8')).nodes;
      for (const node of nodes) {
        const { x, y, size, colour } = node.position!;
        const drawn = squares.find((s) => Math.abs(s.x - (x - size! / 2)) < 0.02 && Math.abs(s.y - (-y - size! / 2)) < 0.02);
        expect(drawn, `${slug}: ${node.id} at ${x}, ${y}`).toBeDefined();
        // A respondent's square is filled with the function's colour; a non-respondent's is white with a border in it.
        if (node.attributes.respondent) expect(drawn!.fill).toBe(colour);
        else expect(svg.toLowerCase()).toContain(`fill="#ffffff" stroke="${colour}"`);
      }
    }
  });

  // GEXF 1.3's schemas are not in the repository (the gexf project's licence asks for attribution);
  // point KOMMUNENOTAT_GEXF_SCHEMA at a folder with gexf.rng/gexf.xsd (and their includes) to check.
  const schemas = process.env.KOMMUNENOTAT_GEXF_SCHEMA;
  const xmllint = spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0;
  it.skipIf(!schemas || !xmllint)('validate against the GEXF 1.3 RELAX NG schema (and the XSD, which misplaces viz:)', () => {
    for (const folder of [...study.config.kommuner.map((slug) => join(first, slug, 'nettverk')), join(first, 'nettverk')]) {
      const gexf = join(folder, 'nettverk.gexf');
      const rng = spawnSync('xmllint', ['--noout', '--relaxng', join(schemas!, 'gexf.rng'), gexf], { encoding: 'utf8' });
      expect(rng.stderr, gexf).toContain('validates');
      // The published XSD declares color/position/size in the GEXF namespace, against its own
      // primer and RELAX NG schema: everything but the viz: elements is checked against it.
      const withoutViz = readFileSync(gexf, 'utf8').replace(/\s*<viz:[^>]*\/>/g, '');
      const xsd = spawnSync('xmllint', ['--noout', '--schema', join(schemas!, 'gexf.xsd'), '-'], { input: withoutViz, encoding: 'utf8' });
      expect(xsd.stderr, gexf).toContain('validates');
    }
  });
});
