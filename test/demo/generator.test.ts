// The demo generator is seeded: two runs write the same bytes, and data/ holds what it writes.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDemo, writeDemo } from '../../scripts/demo/generate.ts';
import { QUOTED_FIRST } from '../../scripts/demo/responses.ts';

const DATA = fileURLToPath(new URL('../../data', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function generateInto(): { root: string; files: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'demo-'));
  dirs.push(root);
  return { root, files: writeDemo(root).map((file) => relative(root, file)).sort() };
}

describe('generate-demo', () => {
  it('writes identical bytes on every run', () => {
    const a = generateInto();
    const b = generateInto();
    expect(a.files).toHaveLength(20);
    expect(b.files).toEqual(a.files);
    for (const file of a.files) expect(readFileSync(join(b.root, file)).equals(readFileSync(join(a.root, file))), file).toBe(true);
  });

  it('data/ holds exactly what the generator writes (run npm run generate:demo after changing it)', () => {
    const { root, files } = generateInto();
    for (const file of files) {
      expect(readFileSync(join(DATA, file)).equals(readFileSync(join(root, file))), file).toBe(true);
    }
  });

  it('writes only the four CSV files per kommune, never kommune.yaml', () => {
    const { root } = generateInto();
    for (const slug of readdirSync(join(root, 'kommuner'))) {
      expect(readdirSync(join(root, 'kommuner', slug)).sort()).toEqual(['contacts.csv', 'persons.csv', 'political.csv', 'responses.csv']);
    }
  });

  it('gives every kommune its own quotable answers: none of the first answers a note quotes is another kommune\'s', () => {
    const quotedBy = new Map<string, string>();
    for (const kommune of buildDemo().kommuner) {
      for (const question of ['styrker', 'utfordringer', 'samordningsutfordringer'] as const) {
        const first = kommune.responses.map((r) => r.texts[question]).filter((t) => t.trim() !== '').slice(0, QUOTED_FIRST);
        expect(first, `${kommune.slug} ${question}`).toHaveLength(QUOTED_FIRST);
        for (const answer of first) {
          expect(quotedBy.get(answer), `«${answer}» (${question}) quotable in ${kommune.slug}`).toBeUndefined();
          quotedBy.set(answer, kommune.slug);
        }
      }
    }
  });
});
