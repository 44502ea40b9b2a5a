// Validate stage: "did you mean …?" — the known spelling nearest to what was written.

/** Damerau-Levenshtein distance (one transposition counts as one edit), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => [i, ...Array<number>(t.length).fill(0)]);
  for (let j = 1; j <= t.length; j++) d[0]![j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[s.length]![t.length]!;
}

/**
 * The candidate nearest to `written`, when it is near enough to be a slip rather than another word:
 * the same apart from case, or at most a third of its letters edited (at most 1 for short words).
 * A candidate that starts with what was written (`kommune` for `kom`) also counts.
 */
export function closest(written: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const folded = written.toLowerCase();
  for (const candidate of candidates) {
    if (candidate === written) return undefined;
    const distance = candidate.toLowerCase() === folded ? 0 : editDistance(written, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(1, Math.floor(Math.max(written.length, best.length) / 3));
  if (bestDistance <= allowed) return best;
  // `ident` for `id`, `kom` for `kommuner`: one is the start of the other.
  for (const candidate of candidates) {
    const [short, long] = candidate.length < written.length ? [candidate, written] : [written, candidate];
    if (short.length >= 2 && long.toLowerCase().startsWith(short.toLowerCase())) return candidate;
  }
  return undefined;
}
