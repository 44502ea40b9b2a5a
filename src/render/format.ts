// Render stage: Norwegian number formatting for the note (decimal comma, non-breaking spaces, number words).

import { groupThousands, joinList as joinWords } from '../norwegian.ts';
import type { Lang } from './i18n.ts';

/** U+00A0: keeps "23 av 29", "N = 23", "79 %" and "s. 44" on one line. */
export const NBSP = '\u00a0';
export const MINUS = '\u2212';

/** An integer or decimal with a decimal comma and, from five digits, no-break spaces between thousands: 12 345,6, 6250. */
export function formatNumber(value: number, decimals = 0, trimZeros = false): string {
  const rounded = roundHalfAway(value, decimals);
  let text = Math.abs(rounded).toFixed(decimals);
  if (trimZeros && text.includes('.')) text = text.replace(/\.?0+$/, '');
  const [whole, fraction] = text.split('.');
  const grouped = groupThousands(whole);
  const sign = rounded < 0 ? MINUS : '';
  return sign + grouped + (fraction ? `,${fraction}` : '');
}

/** A share 0..1 as a whole percentage: 0.7931 → "79 %". */
export function formatPercent(share: number, decimals = 0): string {
  return `${formatNumber(share * 100, decimals)}${NBSP}%`;
}

/** "23 av 29", never broken over two lines ("av" in both bokmål and nynorsk). */
export function formatOf(part: number, whole: number, _lang: Lang): string {
  return `${formatNumber(part)}${NBSP}av${NBSP}${formatNumber(whole)}`;
}

const WORDS: Record<Lang, string[]> = {
  nb: ['null', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'],
  nn: ['null', 'éin', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'],
};
const ONE: Record<Lang, Record<'m' | 'f' | 'n', string>> = {
  nb: { m: 'én', f: 'ei', n: 'ett' },
  nn: { m: 'éin', f: 'éi', n: 'eitt' },
};

/**
 * A whole number 0..12 as a word ("to", "sju"), as Norwegian style wants for small numbers in running
 * text; larger numbers stay digits. `gender` picks the form of 1: m (én), f (ei), n (ett).
 */
export function numberWord(value: number, lang: Lang, gender: 'm' | 'f' | 'n' = 'm'): string {
  if (!Number.isInteger(value) || value < 0 || value > 12) return formatNumber(value);
  if (value === 1) return ONE[lang][gender];
  return WORDS[lang][value];
}

/** "a, b og c" (or "a, b eller c"; the same words in bokmål and nynorsk). */
export function joinList(items: readonly string[], _lang: Lang, conjunction: 'og' | 'eller' = 'og'): string {
  return joinWords(items, conjunction);
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);
}

/** Rounds half away from zero (toFixed alone rounds 2.65 down, because 2.65 is stored as 2.6499…). */
function roundHalfAway(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(Number(scaled.toPrecision(12)));
  return (Math.sign(value) * rounded) / factor;
}
