// Which communities a network figure draws as clusters: those of at least MIN_CLUSTER persons that
// are not mostly a chain (persons with two ties, both bridges: src/metrics/chains.ts), which is drawn
// as the chain it is. One rule for the figure, the text (`networks.<level>.drawnClusters` in the
// render stage) and the reading (src/reading/), so the number of clusters a sentence states is the
// number of outlines the figure draws.

import { chainFacts } from '../../metrics/chains.ts';
import { neighboursOf } from '../../metrics/id-graph.ts';

export const MIN_CLUSTER = 3;

/** The communities drawn with an outline; with the network's ties, those that are mostly chain are left out. */
export function drawnCommunities(
  communities: readonly (readonly string[])[],
  ties?: readonly (readonly [string, string])[],
): string[][] {
  const big = communities.filter((c) => new Set(c).size >= MIN_CLUSTER).map((c) => [...c]);
  if (!ties || ties.length === 0) return big;
  const ids = [...new Set([...communities.flat(), ...ties.flat()])];
  const chain = chainFacts(neighboursOf(ids, ties)).runPersons;
  return big.filter((c) => c.filter((id) => chain.has(id)).length * 2 <= c.length);
}
