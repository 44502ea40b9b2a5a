// The demo study written out in every tool's layout (scripts/write-exports.ts) and imported back gives
// a data set whose metrics.json is byte-identical to the demo's, for every kommune; a second import of
// the same export writes the same bytes.

import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LAYOUTS, writeExports, type Layout } from '../../scripts/write-exports.ts';
import { runImport } from '../../src/import/run.ts';
import type { Tool } from '../../src/import/model.ts';
import { computeKommuneMetrics, serializeMetrics } from '../../src/metrics/index.ts';
import { readKommune } from '../../src/validate/kommune.ts';
import { readStudyConfig } from '../../src/validate/study-config.ts';

const DATA = fileURLToPath(new URL('../../data', import.meta.url));
const SLUGS = ['orland', 'naroy', 'oppdal', 'rissa', 'volda'];
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

function metricsOf(root: string, slug: string): string {
  const config = readStudyConfig(root);
  return serializeMetrics(computeKommuneMetrics(config, readKommune(root, config, slug).kommune));
}

/** A copy of the demo whose kommune `slug` has only persons.csv and kommune.yaml left. */
function emptied(slug: string): string {
  const root = temp('import-data-');
  cpSync(join(DATA, 'study.yaml'), join(root, 'study.yaml'));
  cpSync(join(DATA, 'kommuner'), join(root, 'kommuner'), { recursive: true });
  for (const name of ['responses.csv', 'contacts.csv', 'political.csv']) rmSync(join(root, 'kommuner', slug, name));
  return root;
}

describe.each(SLUGS)('import round trip of %s', (slug) => {
  const expected = metricsOf(DATA, slug);
  const exports = writeExports(DATA, slug, temp(`import-exports-${slug}-`));
  it.each(Object.keys(LAYOUTS) as Layout[])('%s gives back the demo metrics.json byte for byte', async (layout) => {
    const root = emptied(slug);
    const { files, mapping, from } = exports[layout];
    const result = await runImport({ from: from as Tool, files, mapping, kommune: slug, data: root });
    expect(result.converted.responses.length).toBeGreaterThan(0);
    expect(metricsOf(root, slug)).toBe(expected);
    // The same export again: the same bytes in every file.
    const first = ['responses.csv', 'contacts.csv', 'political.csv'].map((name) => readFileSync(join(root, 'kommuner', slug, name)));
    await runImport({ from: from as Tool, files, mapping, kommune: slug, data: root });
    ['responses.csv', 'contacts.csv', 'political.csv'].forEach((name, i) => expect(readFileSync(join(root, 'kommuner', slug, name)).equals(first[i]!), name).toBe(true));
  });
});
