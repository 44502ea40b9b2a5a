// Chains: runs of persons who each have exactly two ties, both of them bridges, so that contact
// from one side of the run to the other has no way around it.

import { bridges, pieces, tieKey, type Neighbours } from './id-graph.ts';

/** A cluster must hold this many persons for a chain to be said to join it. */
export const CHAIN_END_MIN = 3;

export interface ChainFacts {
  /** Every person in a run of two or more such persons: drawn as chain, not as cluster members. */
  runPersons: Set<string>;
  /** The longest run that joins two parts of at least CHAIN_END_MIN persons each; null when none does. */
  longest: { persons: string[]; sides: [string[], string[]] } | null;
}

export function chainFacts(neighbours: Neighbours): ChainFacts {
  const bridgeKeys = bridges(neighbours);
  const inRun = (id: string) => {
    const list = neighbours.get(id)!;
    return list.length === 2 && list.every((other) => bridgeKeys.has(tieKey(id, other)));
  };
  const candidates = new Set([...neighbours.keys()].filter(inRun));
  const runs = pieces(neighbours, candidates);
  const runPersons = new Set(runs.filter((r) => r.length >= 2).flat());
  let longest: ChainFacts['longest'] = null;
  for (const run of runs) {
    if (longest !== null && run.length <= longest.persons.length) continue;
    const sides = sidesOf(neighbours, run);
    if (sides !== null) longest = { persons: run, sides };
  }
  return { runPersons, longest };
}

/** The two parts the run joins, larger first, when both hold at least CHAIN_END_MIN persons; else null. */
function sidesOf(neighbours: Neighbours, run: readonly string[]): [string[], string[]] | null {
  const members = new Set(run);
  const ends = run.flatMap((id) => neighbours.get(id)!.filter((other) => !members.has(other)));
  if (ends.length !== 2) return null;
  const rest = new Set([...neighbours.keys()].filter((id) => !members.has(id)));
  const parts = pieces(neighbours, rest);
  const [a, b] = ends.map((end) => parts.find((p) => p.includes(end))!) as [string[], string[]];
  if (a === b || a.length < CHAIN_END_MIN || b.length < CHAIN_END_MIN) return null;
  return a.length >= b.length ? [a, b] : [b, a];
}
