// Norwegian wording shared by the figures' text alternatives and the note's text (the same in
// bokmål and nynorsk): lists joined as "a, b og c".

/** "a", "a og b", "a, b og c" (or with "eller"). */
export function joinList(items: readonly string[], conjunction: 'og' | 'eller' = 'og'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
