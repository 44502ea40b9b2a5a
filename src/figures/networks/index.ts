// Network figures: a kommune's contact network as a static SVG with its text alternative and
// data table. layoutNetwork places everything; renderNetworkSvg writes the string.

import type { Figure, NodePosition } from '../../types.ts';
import { networkTable } from './alt-text.ts';
import { figureMarks, marksCaption } from './marks.ts';
import { layoutNetwork } from './layout.ts';
import { normalizeInput } from './normalize.ts';
import { renderNetworkSvg } from './render-svg.ts';
import type { NetworkFigureInput, NetworkLayout } from './types.ts';

export type { NetworkFigureInput, NetworkPersonInput, NetworkLayout, PlacedNode, Box, FigureLanguage } from './types.ts';
export { layoutNetwork } from './layout.ts';
export { renderNetworkSvg } from './render-svg.ts';
export { labelOverlaps, labelsOutside, type LabelOverlap } from './overlaps.ts';
export { exampleNetworkFigures } from './examples.ts';
export { drawnCommunities, MIN_CLUSTER } from './cluster-rule.ts';
export { kommuneNetworkInput, LEVEL_WORDS, type KommuneNetworkOptions } from './network-input.ts';

export function networkFigure(input: NetworkFigureInput): Figure {
  const layout = layoutNetwork(input);
  const net = normalizeInput(input);
  const marks = figureMarks(layout);
  return {
    id: input.id,
    title: input.title,
    svg: renderNetworkSvg(layout),
    alt: layout.alt,
    table: networkTable(net),
    marks,
    clusters: layout.clusters.filter((c) => c.rings.length > 0).map((c) => ({ number: c.number, members: [...c.members] })),
    // The reading guide's examples (no legend) keep the captions written for them.
    ...(net.legend ? { marksCaption: marksCaption(marks, net.lang, net.tieLegend.strongTie) } : {}),
    positions: nodePositions(layout),
  };
}

/** Where each person's mark is drawn (as in the SVG): what the network files take to look like the figure. */
export function nodePositions(layout: NetworkLayout): NodePosition[] {
  return layout.nodes.map((n) => ({ id: n.id, x: n.x, y: n.y, size: n.size, colour: n.colour }));
}
