import { describe, expect, it } from 'vitest';
import { formatNumber as chartNumber } from '../../src/figures/charts/number-format.ts';
import { formatNumber, formatOf, formatPercent, joinList, numberWord } from '../../src/render/format.ts';

describe('Norwegian number formatting', () => {
  it('writes a decimal comma and rounds half away from zero', () => {
    expect(formatNumber(2.65, 1)).toBe('2,7');
    expect(formatNumber(3.6842, 1)).toBe('3,7');
    expect(formatNumber(4, 1, true)).toBe('4');
    expect(formatNumber(-0.53, 2)).toBe('\u22120,53');
  });

  it('groups thousands with a no-break space from five digits, as the figures do (Språkrådet)', () => {
    expect(formatNumber(6250)).toBe('6250');
    expect(formatNumber(10000)).toBe('10\u00a0000');
    expect(formatNumber(150000)).toBe('150\u00a0000');
    expect(formatNumber(1234567.5, 1)).toBe('1\u00a0234\u00a0567,5');
    for (const n of [999, 5000, 6250, 10000, 12345, 150000, 1234567]) {
      expect(formatNumber(n), String(n)).toBe(chartNumber(n));
    }
  });

  it('writes percentages and "a av b" with no-break spaces', () => {
    expect(formatPercent(23 / 29)).toBe('79\u00a0%');
    expect(formatOf(23, 29, 'nb')).toBe('23\u00a0av\u00a029');
  });

  it('spells small numbers in bokmål and nynorsk', () => {
    expect(numberWord(7, 'nb')).toBe('sju');
    expect(numberWord(1, 'nb', 'n')).toBe('ett');
    expect(numberWord(1, 'nn', 'n')).toBe('eitt');
    expect(numberWord(14, 'nb')).toBe('14');
    expect(joinList(['Rissa', 'Volda'], 'nb')).toBe('Rissa og Volda');
  });
});
