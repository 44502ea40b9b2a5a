// Render stage: rankings of the study's functions by a share, for sentences that name "the functions
// with most political contact". The list is computed, so a sentence that prints it cannot leave the
// highest out; a sentence written by hand is checked with the claim (toppliste …).
//
//   {{funksjoner (topp "political.byFunction" 2)}}      «Skaffe bolig» (82 %) og «Boligsosial plan» (64 %)
//   {{funksjoner (bunn "political.byFunction" 2)}}      the two lowest, lowest first
//   {{#each (andeler "political.byFunction")}}…{{/each}} every function, highest share first
//   {{claim (toppliste "political.byFunction" "skaffe boligsosialplan")}}
//                                                        holds when exactly these are the top two

import type { FunctionDef } from '../types.ts';
import { formatPercent, joinList } from './format.ts';
import type { Lang } from './i18n.ts';

/** One function's share over the study (or one kommune): part of whole, e.g. respondents with contact. */
export interface FunctionShare extends FunctionDef {
  share: number;
  part: number;
  whole: number;
}

/** What `path` must name in each kommune: per function code, respondents and those with the property. */
interface Counts {
  respondents: number;
  withContact: number;
}

/**
 * Each function's share, summed over `kommuner` (Σ withContact / Σ respondents), highest first; equal
 * shares (as whole per cent) in study order. Functions nobody holds are left out.
 */
export function functionShares(
  kommuner: readonly unknown[],
  path: string,
  functions: readonly FunctionDef[],
  read: (obj: unknown, path: string) => unknown,
): FunctionShare[] {
  const totals = new Map<string, { part: number; whole: number }>();
  for (const k of kommuner) {
    const record = read(k, path);
    if (record === undefined || record === null || typeof record !== 'object') {
      throw new Error(`"${path}" is not a per-function record of each kommune (e.g. "political.byFunction")`);
    }
    for (const [code, value] of Object.entries(record as Record<string, Counts>)) {
      const entry = totals.get(code) ?? { part: 0, whole: 0 };
      entry.part += Number(value.withContact);
      entry.whole += Number(value.respondents);
      totals.set(code, entry);
    }
  }
  return functions
    .map((f, i) => ({ f, i, t: totals.get(f.code) }))
    .filter((e) => e.t !== undefined && e.t.whole > 0)
    .map((e) => ({ ...e, share: e.t!.part / e.t!.whole }))
    .sort((a, b) => Math.round(b.share * 100) - Math.round(a.share * 100) || a.i - b.i)
    .map((e) => ({ ...e.f, share: e.share, part: e.t!.part, whole: e.t!.whole }));
}

/** The first n, and every function tied with the n-th (as whole per cent), so a tie is never cut. */
export function top(shares: readonly FunctionShare[], n: number): FunctionShare[] {
  if (n <= 0 || shares.length === 0) return [];
  const cut = Math.round(shares[Math.min(n, shares.length) - 1]!.share * 100);
  return shares.filter((s, i) => i < n || Math.round(s.share * 100) === cut);
}

/** The last n, lowest first, and every function tied with the n-th from the bottom. */
export function bottom(shares: readonly FunctionShare[], n: number): FunctionShare[] {
  return top([...shares].reverse(), n);
}

/** Whether `codes` (space-separated) are exactly the top functions, as many as are named. */
export function isTopList(shares: readonly FunctionShare[], codes: string): boolean {
  const named = new Set(codes.split(/[\s,]+/).filter(Boolean));
  const best = top(shares, named.size);
  return best.length === named.size && best.every((s) => named.has(s.code));
}

/** «Skaffe bolig» (82 %) og «Boligsosial plan» (64 %). */
export function functionList(shares: readonly FunctionShare[], lang: Lang): string {
  return joinList(shares.map((s) => `«${s.label}» (${formatPercent(s.share)})`), lang);
}
