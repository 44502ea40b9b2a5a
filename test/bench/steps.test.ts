// Reading the build's progress lines into the bench's stages.

import { describe, expect, it } from 'vitest';
import { notesBuilt, stageTimes } from '../../bench/steps.ts';

describe('stageTimes', () => {
  it('sums steps per stage over kommuner, reads seconds, leaves out totals and other lines', () => {
    const stderr = [
      '[study] load         177 ms',
      '[study] validate     104 ms',
      '[study] metrics      246 ms',
      '[oppdal] figures      589 ms',
      '[oppdal] sources       52 ms',
      '[oppdal] pdf           6.6 s',
      '[oppdal] privacy       1.0 s',
      '[oppdal] write         66 ms',
      '[oppdal] changes: first build here, nothing to compare with',
      '[oppdal] done          9.3 s  /tmp/o1/oppdal (40 pages)',
      '[volda] figures       11 ms',
      '[volda] layout2       5 ms',
      'data/kommuner/volda/contacts.csv:3: warning: something',
    ].join('\n');
    const times = stageTimes(stderr);
    expect(times.get('load')).toBe(229);
    expect(times.get('figures')).toBe(600);
    expect(times.get('print')).toBe(6600);
    expect(times.get('post-process')).toBe(1066);
    expect(times.get('other: layout2')).toBe(5);
    expect(times.has('other: done')).toBe(false);
    expect([...times.keys()]).not.toContain('other: changes:');
  });
});

describe('notesBuilt', () => {
  it('counts done lines and their pages', () => {
    const stderr = '[oppdal] done          9.3 s  /tmp/o1/oppdal (40 pages)\n[volda] done   812 ms  /tmp/o1/volda\n[study] metrics 3 ms\n';
    expect(notesBuilt(stderr)).toEqual({ notes: 2, pages: 40 });
  });
});
