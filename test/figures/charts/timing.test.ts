// Time per chart: cold (first call in a fresh worker, module import counted separately) and warm.
// Prints the numbers; the bounds are generous so a busy machine does not fail the build.

import { describe, expect, it } from 'vitest';
import { MOTEPLASSER, OPPDAL_MOTEPLASSER, SAMORDNING, tabell2Rows } from './rating-fixtures.ts';
import { oppdalLike } from '../political/oppdal-like.ts';

async function time<T>(f: () => Promise<T> | T): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

describe('time per figure', () => {
  it('renders each chart within bounds, cold and warm', async () => {
    let charts!: typeof import('../../../src/figures/charts/index.ts');
    let political!: typeof import('../../../src/figures/political/index.ts');
    const importMs = await time(async () => {
      charts = await import('../../../src/figures/charts/index.ts');
      political = await import('../../../src/figures/political/index.ts');
    });
    const rows = tabell2Rows();
    const cases: [string, () => Promise<unknown> | unknown][] = [
      ['ratingDistributionAll', () => charts.ratingDistributionAll(SAMORDNING, rows)],
      ['ratingCounts', () => charts.ratingCounts(MOTEPLASSER, 'oppdal', 'Oppdal', OPPDAL_MOTEPLASSER)],
      ['ratingMeans', () => charts.ratingMeans(SAMORDNING, rows)],
      ['politicalBodyFigure', () => political.politicalBodyFigure(oppdalLike(), 'ordforer')],
      ['politicalAllFigure', () => political.politicalAllFigure(oppdalLike())],
    ];
    const lines = [`import of vega, vega-lite, canvas and the figure modules: ${importMs.toFixed(0)} ms`];
    for (const [name, run] of cases) {
      const cold = await time(run);
      const warm: number[] = [];
      for (let i = 0; i < 10; i++) warm.push(await time(run));
      warm.sort((a, b) => a - b);
      const median = warm[5]!;
      lines.push(`${name}: cold ${cold.toFixed(1)} ms, warm median ${median.toFixed(1)} ms (min ${warm[0]!.toFixed(1)}, max ${warm[9]!.toFixed(1)})`);
      expect(cold, name).toBeLessThan(3000);
      expect(median, name).toBeLessThan(500);
    }
    console.log(lines.join('\n'));
  });
});
