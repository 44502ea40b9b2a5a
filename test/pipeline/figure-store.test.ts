// Figures kept between builds (src/pipeline/figure-store.ts): a stored figure is only ever used for
// exactly the inputs and program that drew it, a rebuild gives the same bytes as a fresh build, and
// a changed input is drawn again.

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { measureStudy } from '../../src/pipeline/build.ts';
import { silentLogger, type Effects } from '../../src/pipeline/effects.ts';
import { canonical, figureStore, type FigureStore } from '../../src/pipeline/figure-store.ts';
import { noteFigures } from '../../src/pipeline/note-figures.ts';
import { withoutNames } from '../../src/pipeline/privacy.ts';

const DATA = join(fileURLToPath(new URL('../..', import.meta.url)), 'data');
const dirs: string[] = [];
const tempStore = (version = 'v1'): [FigureStore, string] => {
  const dir = mkdtempSync(join(tmpdir(), 'figure-store-'));
  dirs.push(dir);
  return [figureStore(dir, version), dir];
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A store that counts what it is asked for and what it is given. */
function counting(store: FigureStore) {
  const counts = { hits: 0, misses: 0 };
  const wrapped: FigureStore = {
    get: <T>(kind: string, inputs: unknown) => {
      const value = store.get<T>(kind, inputs);
      counts[value === undefined ? 'misses' : 'hits']++;
      return value;
    },
    put: (kind, inputs, value) => store.put(kind, inputs, value),
    flush: () => store.flush(),
  };
  return { store: wrapped, counts };
}

describe('canonical', () => {
  it('tells apart what a drawing could tell apart, and nothing else', () => {
    expect(canonical({ b: 1, a: [1, 'x'] })).toBe(canonical({ a: [1, 'x'], b: 1 }));
    expect(canonical({ a: 1, b: undefined })).toBe(canonical({ a: 1 }));
    const different = [
      [1, 2], [2, 1], ['1', 2], [1, 2, null], { a: 1 }, { a: '1' }, new Map([['a', 1]]), new Set(['a']), ['a'],
      new Int32Array([1, 2]), new Float64Array([1, 2]), 0, -0, NaN, Infinity, '', 'null', null, true, 'true',
    ].map(canonical);
    expect(new Set(different).size).toBe(different.length);
  });

  it('refuses a value it could not tell apart (a function, a class instance)', () => {
    expect(() => canonical({ f: () => 1 })).toThrow(/cannot key a function/);
    expect(() => canonical([new (class Point { x = 1 })()])).toThrow(/cannot key a Point/);
    expect(() => canonical(new Date(0))).toThrow(/cannot key a Date/);
  });
});

describe('figureStore', () => {
  it('keeps a value for the same kind, inputs and program only, and writes it on flush', () => {
    const [store, dir] = tempStore();
    store.put('network', { ties: [['a', 'b']] }, { id: 'f', svg: '<svg/>' });
    expect(readdirSync(dir)).toEqual([]); // nothing written before the note is
    store.flush();
    expect(readdirSync(dir)).toHaveLength(1);
    const again = figureStore(dir, 'v1');
    expect(again.get('network', { ties: [['a', 'b']] })).toEqual({ id: 'f', svg: '<svg/>' });
    expect(again.get('network', { ties: [['a', 'c']] })).toBeUndefined();
    expect(again.get('political-all', { ties: [['a', 'b']] })).toBeUndefined();
    expect(figureStore(dir, 'v2').get('network', { ties: [['a', 'b']] })).toBeUndefined();
  });
});

describe('figures from the store', () => {
  it('gives the demo notes exactly the figures drawn fresh, drawing only what changed', async () => {
    const effects: Effects = { logger: silentLogger(), now: () => 0 };
    const { study, metrics } = await measureStudy(DATA, effects);
    const all = study.kommuner.map((k) => ({ kommune: withoutNames(k), metrics: metrics.get(k.slug)! }));
    const oppdal = all.find((e) => e.kommune.slug === 'oppdal')!;
    const [store] = tempStore();

    const first = counting(store);
    const drawn = await noteFigures(study.config, oppdal.kommune, all, undefined, first.store);
    expect(first.counts.hits).toBe(0);
    first.store.flush();

    const second = counting(store);
    const kept = await noteFigures(study.config, oppdal.kommune, all, undefined, second.store);
    expect(second.counts).toEqual({ hits: first.counts.misses, misses: 0 });
    expect(kept).toEqual(drawn);

    // One more tie in Oppdal's daily network: its daily and weekly figures (weekly draws the daily
    // ties stronger) are drawn again, and come out as a fresh drawing does.
    const daily = oppdal.metrics.networks.daily;
    const [a, b] = [oppdal.kommune.persons[0]!.id, oppdal.kommune.persons[5]!.id];
    const changed = { ...oppdal, metrics: { ...oppdal.metrics, networks: { ...oppdal.metrics.networks, daily: { ...daily, ties: [...daily.ties, [a, b] as [string, string]] } } } };
    const study2 = all.map((e) => (e === oppdal ? changed : e));
    const third = counting(store);
    const redrawn = await noteFigures(study.config, changed.kommune, study2, undefined, third.store);
    expect(third.counts.misses).toBe(2);
    expect(redrawn).toEqual(await noteFigures(study.config, changed.kommune, study2));
  }, 120_000);
});
