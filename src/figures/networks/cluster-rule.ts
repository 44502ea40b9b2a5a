// Which communities a network figure draws as clusters: those of at least MIN_CLUSTER persons. One
// rule for the figure and for the text (`networks.<level>.drawnClusters` in the render stage), so
// the number of clusters a sentence states is the number of outlines the figure draws.

export const MIN_CLUSTER = 3;

/** The communities drawn with an outline. */
export function drawnCommunities(communities: readonly (readonly string[])[]): string[][] {
  return communities.filter((c) => new Set(c).size >= MIN_CLUSTER).map((c) => [...c]);
}
