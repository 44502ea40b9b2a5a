import { describe, expect, it } from 'vitest';
import { mapBounded } from '../../src/pipeline/parallel.ts';
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
