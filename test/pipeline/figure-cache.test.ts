// Figures shared between the notes of one build (src/pipeline/note-figures.ts): drawn once per
// build, and every note gets exactly the figures it would get alone.

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { measureStudy } from '../../src/pipeline/build.ts';
import { silentLogger, type Effects } from '../../src/pipeline/effects.ts';
import { noteFigures, type FigureCache } from '../../src/pipeline/note-figures.ts';
import { withoutNames } from '../../src/pipeline/privacy.ts';

const DATA = join(fileURLToPath(new URL('../..', import.meta.url)), 'data');

describe('figures shared between the notes of one build', () => {
  it('gives every note of the demo study the same figures as drawing them alone, drawing each shared one once', async () => {
    const effects: Effects = { logger: silentLogger(), now: () => 0 };
    const { study, metrics } = await measureStudy(DATA, effects);
    const all = study.kommuner.map((k) => ({ kommune: withoutNames(k), metrics: metrics.get(k.slug)! }));
    const cache: FigureCache = new Map();
    const shared = await Promise.all(all.map((entry) => noteFigures(study.config, entry.kommune, all, cache)));
    for (const [i, entry] of all.entries()) {
      const alone = await noteFigures(study.config, entry.kommune, all);
      expect(shared[i]!.map((f) => f.id)).toEqual(alone.map((f) => f.id));
      expect(shared[i]).toEqual(alone);
    }
    // Per language: the examples, two charts per rating question, and per kommune daily + weekly
    // networks and the political overview; each kommune's own monthly network is drawn for its note.
    const languages = new Set([...cache.keys()].filter((k) => k.startsWith('examples:'))).size;
    const ratings = study.config.questions.filter((q) => q.kind === 'rating').length;
    const n = study.kommuner.length;
    expect(cache.size).toBe(languages * (1 + 3 * n + 2 * ratings) + n);
  }, 120_000);
});
