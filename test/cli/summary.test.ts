import { describe, expect, it } from 'vitest';
import { summaryTable } from '../../src/cli/summary.ts';

describe('summaryTable', () => {
  it('has one row per kommune with pages, time and warnings, and a total', () => {
    const table = summaryTable([
      { slug: 'orland', ok: true, pages: 34, ms: 5230, warnings: 0 },
      { slug: 'naroy', ok: false, ms: 800, warnings: 2, error: new Error('x') },
    ]);
    expect(table.split('\n')).toEqual([
      'kommune  status  pages   time  warnings',
      '-------  ------  -----  -----  --------',
      'orland   ok         34  5.2 s         0',
      'naroy    FAILED         0.8 s         2',
      '1 built, 1 failed',
      '',
    ]);
  });
});
