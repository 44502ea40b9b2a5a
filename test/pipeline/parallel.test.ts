import { describe, expect, it } from 'vitest';
import { mapBounded, slots } from '../../src/pipeline/parallel.ts';
import { warningsOf } from '../../src/pipeline/read-study.ts';

describe('mapBounded', () => {
  it('keeps at most `limit` calls in flight and returns results in input order', async () => {
    let running = 0;
    let peak = 0;
    const results = await mapBounded([30, 5, 20, 1, 10], 2, async (ms, i) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running--;
      return i;
    });
    expect(results).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
  });

  it('starts nothing new once the signal aborts', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const results = await mapBounded([1, 2, 3, 4], 1, async (n) => {
      started.push(n);
      if (n === 2) controller.abort();
      return n;
    }, controller.signal);
    expect(started).toEqual([1, 2]);
    expect(results[2]).toBeUndefined();
  });
});

describe('warningsOf', () => {
  it('counts a kommune its own warnings and the shared ones, not other kommuners', () => {
    const w = (file: string) => ({ source: { file }, message: 'm', severity: 'warning' as const });
    const warnings = [w('data/study.yaml'), w('data/kommuner/oppdal/persons.csv'), w('data/kommuner/orland/contacts.csv'), w('data/kommuner/oppdal')];
    expect(warningsOf('data', 'oppdal', warnings)).toEqual([warnings[0], warnings[1], warnings[3]]);
    expect(warningsOf('data', 'orland', warnings)).toEqual([warnings[0], warnings[2]]);
  });
});

describe('slots', () => {
  it('lets at most `count` calls run at once, the others in the order they asked, and frees a slot on failure', async () => {
    const gate = slots(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const task = (i: number) =>
      gate.run(async () => {
        started.push(i);
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
        if (i === 1) throw new Error('one fails');
        return i;
      });
    const results = await Promise.allSettled([0, 1, 2, 3, 4].map(task));
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
  });
});
