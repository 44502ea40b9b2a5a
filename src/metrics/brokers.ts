// The persons the network figures mark as the most important bridge builders.

import { compareByScoreThenId, SCORE_EPSILON } from './ids.ts';

export interface BrokerOptions {
  /** A broker's betweenness is at least this (absolute). */
  minBetweenness?: number;
  /** …and at least this share of the highest betweenness in the network. */
  minShareOfMax?: number;
  /** At most this many brokers. */
  max?: number;
}

export const DEFAULT_BROKER_OPTIONS: Required<BrokerOptions> = { minBetweenness: 0.1, minShareOfMax: 0.5, max: 5 };

/**
 * Candidates have betweenness ≥ minBetweenness and ≥ minShareOfMax × the highest betweenness;
 * they are ranked by betweenness descending, then id. At most `max` are kept, and when the cut
 * falls inside a group of equal betweenness, the whole group is left out: the mark never depends on
 * how persons happen to be labelled. Values within 1e-12 count as equal (floating-point noise).
 * Empty when every betweenness is 0 (e.g. no ties).
 */
export function brokers(betweenness: Readonly<Record<string, number>>, options: BrokerOptions = {}): string[] {
  const { minBetweenness, minShareOfMax, max } = { ...DEFAULT_BROKER_OPTIONS, ...options };
  const values = Object.values(betweenness);
  const highest = values.length === 0 ? 0 : Math.max(...values);
  if (highest <= 0) return [];
  const floor = Math.max(minBetweenness, minShareOfMax * highest) - SCORE_EPSILON;
  const ranked = Object.keys(betweenness)
    .filter((id) => betweenness[id]! >= floor)
    .sort(compareByScoreThenId({ ...betweenness }));
  if (ranked.length <= max) return ranked;
  const cutValue = betweenness[ranked[max]!]!;
  return ranked.slice(0, max).filter((id) => Math.abs(betweenness[id]! - cutValue) > SCORE_EPSILON);
}
