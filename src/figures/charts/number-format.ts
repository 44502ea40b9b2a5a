// Norwegian number formatting for figure labels, tables and alt texts: decimal comma, a
// non-breaking space between thousands from five digits (groupThousands, the note's rule too) and
// before the per cent sign ("2,7", "6250", "12 345", "35 %").

import { groupThousands, THOUSANDS_SEPARATOR } from '../../norwegian.ts';

/** The same conventions as a d3-format / vega locale, for `config.locale.number`. */
export const NB_NUMBER_LOCALE = {
  decimal: ',',
  thousands: THOUSANDS_SEPARATOR, // vega groups only with a ',' format, which no chart uses
  grouping: [3],
  currency: ['', '\u00a0kr'],
  minus: '\u2212',
  percent: '\u00a0%',
} as const;

// Rounds half away from zero on the decimal representation, so 2.65 gives 2,7 (toFixed would give 2,6).
function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.sign(value) * (Math.round(Math.abs(value) * factor + 1e-9) / factor);
}

/** `value` with `digits` decimals: formatNumber(2.6667, 1) = "2,7"; formatNumber(12345) = "12 345", formatNumber(6250) = "6250". */
export function formatNumber(value: number, digits = 0): string {
  const rounded = roundTo(value, digits);
  const [integer, fraction] = Math.abs(rounded).toFixed(digits).split('.');
  const sign = rounded < 0 ? NB_NUMBER_LOCALE.minus : '';
  return sign + groupThousands(integer!) + (fraction ? NB_NUMBER_LOCALE.decimal + fraction : '');
}

/** A share 0..1 as whole per cent: formatPercent(0.347) = "35 %". */
export function formatPercent(share: number, digits = 0): string {
  return formatNumber(share * 100, digits) + NB_NUMBER_LOCALE.percent;
}
