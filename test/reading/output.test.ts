// lesning.json, utkast.md and {{lesning}} in a built note (the minimal study: default texts only).

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeOutputFs } from '../../src/output/write-output.ts';
import { build } from '../../src/pipeline/build.ts';
import { silentLogger } from '../../src/pipeline/effects.ts';
import { LEVELS } from '../../src/types.ts';

let out: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'kn-reading-'));
  const options = { data: 'test/fixtures/minimal', out, kommuner: ['testby'], all: false, formats: ['html' as const] };
  const report = await build(options, { logger: silentLogger(), now: () => performance.now(), fs: nodeOutputFs });
  expect(report.results[0]).toMatchObject({ ok: true });
});

describe('the reading in the output of a build', () => {
  it('writes lesning.json with the contract’s fields for every level, sentences in both languages', () => {
    const lesning = JSON.parse(readFileSync(join(out, 'testby/lesning.json'), 'utf8'));
    for (const level of LEVELS) {
      const r = lesning.levels[level];
      expect(Object.keys(r)).toEqual([
        'shapes', 'clusters', 'bridgeBuilders', 'chain', 'isolates', 'components', 'largestShare',
        'centralization', 'homophily', 'sentences',
      ]);
      expect(r.shapes.length).toBeGreaterThan(0);
      expect(r.sentences.nb.length).toBeGreaterThan(0);
      expect(r.sentences.nn.length).toBe(r.sentences.nb.length);
    }
  });

  it('places the sentences in the default kommune chapter and writes the whole draft to utkast.md', () => {
    const lesning = JSON.parse(readFileSync(join(out, 'testby/lesning.json'), 'utf8'));
    const html = readFileSync(join(out, 'testby/notat.html'), 'utf8').replace(/\u00a0/g, ' ');
    const draft = readFileSync(join(out, 'testby/utkast.md'), 'utf8');
    for (const level of LEVELS) {
      const first = (lesning.levels[level].sentences.nb[0] as string).replace(/\u00a0/g, ' ');
      expect(html).toContain(first);
      expect(draft.replace(/\u00a0/g, ' ')).toContain(first);
    }
    expect(draft).toMatch(/^# Utkast: hva nettverkene viser i Testby\n/);
    expect(draft).toContain('## Ukentlig kontakt');
  });

  it('records the placed sentences as bound, so changes.md lists them when they change', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'testby/build.json'), 'utf8'));
    const bound = (manifest.bindings as { text: string }[]).map((b) => b.text).join(' ');
    expect(bound).toMatch(/nettverket/);
  });
});
