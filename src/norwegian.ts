// Norwegian wording shared by the figures' text alternatives and the note's text (the same in
// bokmål and nynorsk): lists joined as "a, b og c", and the one thousands grouping of numbers.

/** "a", "a og b", "a, b og c" (or with "eller"). */
export function joinList(items: readonly string[], conjunction: 'og' | 'eller' = 'og'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** U+00A0, the thousands separator of the note and of the figures alike. */
export const THOUSANDS_SEPARATOR = '\u00a0';

/**
 * The digits of a whole number grouped as Språkrådet recommends: a (non-breaking) space between
 * thousands from five digits on ("12 345", "150 000"), none in four ("6250", "5000").
 */
export function groupThousands(digits: string): string {
  return digits.length > 4 ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS_SEPARATOR) : digits;
}
