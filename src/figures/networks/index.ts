// Network figures: a kommune's contact network as a static SVG with its text alternative and
// data table. layoutNetwork places everything; renderNetworkSvg writes the string.

import type { Figure } from '../../types.ts';
import { networkTable } from './alt-text.ts';
import { layoutNetwork } from './layout.ts';
import { normalizeInput } from './normalize.ts';
import { renderNetworkSvg } from './render-svg.ts';
import type { NetworkFigureInput } from './types.ts';

export type { NetworkFigureInput, NetworkPersonInput, NetworkLayout, PlacedNode, Box, FigureLanguage } from './types.ts';
export { layoutNetwork } from './layout.ts';
export { renderNetworkSvg } from './render-svg.ts';
export { labelOverlaps, labelsOutside, type LabelOverlap } from './overlaps.ts';
export { exampleNetworkFigures } from './examples.ts';
export { kommuneNetworkInput, LEVEL_WORDS, type KommuneNetworkOptions } from './network-input.ts';

export function networkFigure(input: NetworkFigureInput): Figure {
  const layout = layoutNetwork(input);
  return {
    id: input.id,
    title: input.title,
    svg: renderNetworkSvg(layout),
    alt: layout.alt,
    table: networkTable(normalizeInput(input)),
  };
}
