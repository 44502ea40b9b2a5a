// The shape of one kommune's hand-made design, and small helpers to write its ties readably.
// Persons are named by key in a design: the key's letters say the primary function
// (`ok3` = the third person whose primary function is okonomi); ids p01.. are given later.

import type { FunctionCode, Slug } from './seed-facts.ts';
import type { Rng } from './rng.ts';

export const KEY_PREFIX: Record<FunctionCode, string> = {
  okonomi: 'ok', tjenester: 'tj', tildeling: 'ti', husleie: 'hu', utbygging: 'ut', skaffe: 'sk',
  arealplan: 'ar', drift: 'dr', boligsosialplan: 'bo', samfunnsplan: 'sa', politisk: 'po',
};

/** Reported frequencies, most frequent first; `manedlig` is written `månedlig` in the CSV. */
export type Frequency = 'daglig' | 'ukentlig' | 'manedlig' | 'sjeldnere' | 'aldri';
export const FREQUENCY_ORDER: readonly Frequency[] = ['daglig', 'ukentlig', 'manedlig', 'sjeldnere', 'aldri'];
export type TieFrequency = 'daglig' | 'ukentlig' | 'manedlig';

export type Pair = readonly [string, string];

/** Ties listed by the most frequent contact the pair has. */
export type TieDesign = Record<TieFrequency, Pair[]>;

/** Counts of rating answers: values 1..6, `vetIkke` and `blank` (not answered). */
export interface RatingDesign {
  counts: Partial<Record<'1' | '2' | '3' | '4' | '5' | '6', number>>;
  vetIkke: number;
  blank: number;
}

export type BodyContact = 'gir_informasjon' | 'far_informasjon' | 'politisk_diskusjon' | 'faglig_diskusjon';

export type PoliticalDesign =
  /** Exact rows, `key body type` one per line, for a kommune whose political figures are published. */
  | { rows: string }
  /** A plausible pattern: this many respondents with contact, technical functions first. */
  | { withContact: number };

export interface KommuneDesign {
  slug: Slug;
  seed: number;
  /** Persons per primary function: keys ok1..okN are made from these. */
  primaries: Partial<Record<FunctionCode, number>>;
  /** Secondary functions fixed by the story; the rest are drawn to reach Tabell 1. */
  secondaries?: Record<string, FunctionCode[]>;
  /** Keys of the persons who did not answer the survey. */
  nonRespondents: string[];
  /** The target networks; rng for designs that draw part of their ties. */
  ties: (rng: Rng) => TieDesign;
  ratings: { samordning: RatingDesign; moteplasser: RatingDesign };
  /** Respondents with a non-blank answer to each text question. */
  texts: { styrker: number; utfordringer: number; samordningsutfordringer: number };
  /** Political body ids, as in the kommune's kommune.yaml. */
  bodies: string[];
  political: PoliticalDesign;
}

/** `'a-b c-d'` → [[a, b], [c, d]]. */
export function pairs(spec: string): Pair[] {
  return words(spec).map((word) => {
    const [a, b, extra] = word.split('-');
    if (!a || !b || extra !== undefined) throw new Error(`design: "${word}" is not a pair like ok1-ok2`);
    return [a, b] as const;
  });
}

/** Every pair of the listed keys. */
export function clique(spec: string): Pair[] {
  const keys = words(spec);
  return keys.flatMap((a, i) => keys.slice(i + 1).map((b) => [a, b] as const));
}

/** The hub tied to each of the leaves. */
export function star(hub: string, leaves: string): Pair[] {
  return words(leaves).map((leaf) => [hub, leaf] as const);
}

/** Consecutive keys tied: a path. */
export function chain(spec: string): Pair[] {
  const keys = words(spec);
  return keys.slice(1).map((b, i) => [keys[i]!, b] as const);
}

/** Keys of a range of persons: `keys('tj', 3, 5)` → tj3 tj4 tj5. */
export function keys(prefix: string, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
}

/** Cumulative chances that a candidate pair is a daily, at least weekly, at least monthly tie. */
export interface TieChances {
  daglig: number;
  ukentlig: number;
  manedlig: number;
}

/**
 * Draws a tie level for each candidate pair: daily with chance `daglig`, else weekly up to
 * `ukentlig`, else monthly up to `manedlig`, else no tie.
 */
export function drawTies(rng: Rng, candidates: readonly Pair[], chances: TieChances): TieDesign {
  const result: TieDesign = { daglig: [], ukentlig: [], manedlig: [] };
  for (const pair of candidates) {
    const r = rng.next();
    if (r < chances.daglig) result.daglig.push(pair);
    else if (r < chances.ukentlig) result.ukentlig.push(pair);
    else if (r < chances.manedlig) result.manedlig.push(pair);
  }
  return result;
}

/** Several tie designs as one (the generator rejects a pair listed twice). */
export function mergeTies(...parts: Partial<TieDesign>[]): TieDesign {
  return {
    daglig: parts.flatMap((p) => p.daglig ?? []),
    ukentlig: parts.flatMap((p) => p.ukentlig ?? []),
    manedlig: parts.flatMap((p) => p.manedlig ?? []),
  };
}

/**
 * Candidate pairs inside a group of keys, skipping pairs where both are non-respondents (nobody
 * could report such a tie).
 */
export function pairsWithin(group: readonly string[], nonRespondents: readonly string[]): Pair[] {
  const silent = new Set(nonRespondents);
  return group.flatMap((a, i) =>
    group.slice(i + 1).filter((b) => !(silent.has(a) && silent.has(b))).map((b) => [a, b] as const),
  );
}

/** Candidate pairs between two groups (same rule). */
export function pairsBetween(left: readonly string[], right: readonly string[], nonRespondents: readonly string[]): Pair[] {
  const silent = new Set(nonRespondents);
  return left.flatMap((a) => right.filter((b) => !(silent.has(a) && silent.has(b))).map((b) => [a, b] as const));
}

function words(spec: string): string[] {
  return spec.split(/\s+/).filter((w) => w.length > 0);
}
