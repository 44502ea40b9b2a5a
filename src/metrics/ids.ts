// Ordering of person ids and function codes: plain code-unit comparison, never locale-dependent,
// so the order (and every list and key in metrics.json) is the same on every machine.

/** Compares two ids as strings with `<`, the order metrics.json promises. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A sorted copy of `ids`. */
export function sortIds(ids: Iterable<string>): string[] {
  return [...ids].sort(compareIds);
}

/** Values that differ by less than this are treated as equal when ranking floating-point scores. */
export const SCORE_EPSILON = 1e-12;

/** Descending by score, equal scores (within SCORE_EPSILON) by id. */
export function compareByScoreThenId(scores: Record<string, number>): (a: string, b: string) => number {
  return (a, b) => {
    const diff = scores[b]! - scores[a]!;
    if (Math.abs(diff) > SCORE_EPSILON) return diff;
    return compareIds(a, b);
  };
}
