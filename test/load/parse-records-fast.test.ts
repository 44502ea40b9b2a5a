// The quote-free fast path of parseRecords reads a text exactly as csv-parse does (same records, same lines).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRecords } from '../../src/load/parse-records.ts';

describe('parseRecords without quotes', () => {
  it('gives the records and lines csv-parse gives (empty lines skipped, ragged rows kept)', () => {
    const line = fc.array(fc.constantFrom('a', 'æ', ' ', ';', ',', '\t', 'x1'), { maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom(';', ',', '\t'), (lines, delimiter) => {
        const text = lines.join('\n');
        const fast = parseRecords(text, delimiter, 'f.csv', 0);
        // The same text with a quoted record after it takes csv-parse's path; its first records must agree.
        const slow = parseRecords(`${text}\n"q"`, delimiter, 'f.csv', 0);
        expect(fast.problems).toEqual([]);
        expect(slow.records.slice(0, -1)).toEqual(fast.records);
      }),
    );
  });
});
