// layoutNetwork: input → every mark's place, in numbered steps:
//   1 normalise → 2 sizes and label widths → 3 components and isolates → 4 ForceAtlas2 per
//   component → 5 pack components into the width → 6 place labels (nudging nodes) →
//   7 cluster outlines → 8 move to the top margin → 9 isolates in rows below → 10 legend.

import { networkAlt } from './alt-text.ts';
import { layoutComponent, orient, splitComponents, type Point } from './force-layout.ts';
import { translateBox, unionBox } from './geometry.ts';
import { roundedHull } from './hulls.ts';
import { placeLabels, type LabelNode } from './label-placement.ts';
import { layoutLegend, legendGroups } from './legend.ts';
import { normalizeInput, type NormalNetwork } from './normalize.ts';
import { packComponents } from './pack.ts';
import { separateClusters, spreadApart } from './spread.ts';
import { figureScale, type FigureScale } from './scale.ts';
import { defaultMeasurer, WIDTH_SLACK, type TextMeasurer } from './text-measure.ts';
import type { Box, NetworkFigureInput, NetworkLayout, PlacedCluster, PlacedNode } from './types.ts';

/** Space at the figure's edges. */
const EDGE = 4;
export const ISOLATE_CAPTION = 'Uten bånd:';
/** The caption before the row of persons without ties, per language. */
export const ISOLATE_CAPTIONS = { nb: ISOLATE_CAPTION, nn: 'Utan band:' } as const;

interface Sized {
  scale: FigureScale;
  labelWidth: Map<string, number>;
  half: Map<string, number>;
}

function sizes(net: NormalNetwork, measure: TextMeasurer): Sized {
  const scale = figureScale(net.persons.length);
  const labelWidth = new Map(net.persons.map((p) => [p.id, measure(p.label, scale.fontSize) * WIDTH_SLACK + 1]));
  // A broker's mark is its circle (plus half the stroke); others their square (plus the stroke).
  const half = new Map(net.persons.map((p) => [p.id, p.broker ? scale.brokerRadius + 0.7 : scale.square / 2 + 0.5]));
  return { scale, labelWidth, half };
}

function packGraph(net: NormalNetwork, components: string[][], sized: Sized, left: number, width: number): Map<string, Point> {
  const { scale, labelWidth } = sized;
  const ids = components.flat();
  const meanLabel = ids.reduce((s, id) => s + labelWidth.get(id)!, 0) / Math.max(ids.length, 1);
  const areaPerPerson = 3 * (meanLabel + scale.square + scale.labelGap) * (scale.labelHeight + scale.square);
  const laidOut = components.map((members) => orient(layoutComponent(net, members)));
  const inner = width - meanLabel / 2;
  // At most about 180 mm tall (full width) before labels are placed, so even 400 persons fit a page.
  const maxHeight = net.width >= 640 ? 720 : 480;
  const { positions } = packComponents(laidOut, { width: inner, areaPerPerson, gap: 2 * scale.hullPad + 10, maxHeight });
  const space = new Map(ids.map((id) => [id, { dx: 0.6 * labelWidth.get(id)! + scale.square, dy: 1.8 * scale.labelHeight + scale.square }]));
  spreadApart(positions, space, inner);
  // With hundreds of persons clusters interleave; moving them whole would only make the figure taller.
  if (ids.length <= 150) {
    separateClusters(positions, net.clusters, space, scale.hullPad, inner);
    spreadApart(positions, space, inner);
  }
  for (const p of positions.values()) p.x += left + meanLabel / 4;
  return positions;
}

function placedNode(net: NormalNetwork, sized: Sized, id: string, at: Point, label: Box, isolate: boolean): PlacedNode {
  const p = net.byId.get(id)!;
  const half = sized.half.get(id)!;
  return {
    id,
    x: at.x,
    y: at.y,
    size: sized.scale.square,
    functionCode: p.functionCode,
    colour: p.colour,
    respondent: p.respondent,
    broker: p.broker,
    isolate,
    label: p.label,
    labelBox: label,
    markBox: { x: at.x - half, y: at.y - half, w: 2 * half, h: 2 * half },
  };
}

/** Isolates in reading order (function, then id), flowed into rows below the drawing. */
function layoutIsolates(
  net: NormalNetwork,
  sized: Sized,
  isolates: string[],
  measure: TextMeasurer,
  left: number,
  right: number,
  top: number,
): { nodes: PlacedNode[]; caption: { text: string; box: Box }; bottom: number } {
  const { scale } = sized;
  const rowHeight = Math.max(scale.labelHeight, scale.square) + 6;
  const ordered = [...isolates].sort((a, b) => {
    const pa = net.byId.get(a)!;
    const pb = net.byId.get(b)!;
    return pa.functionIndex - pb.functionIndex || (a < b ? -1 : 1);
  });
  const captionText = ISOLATE_CAPTIONS[net.lang];
  const captionWidth = measure(captionText, scale.fontSize) * WIDTH_SLACK + 1;
  const caption = { text: captionText, box: { x: left, y: top + (rowHeight - scale.labelHeight) / 2, w: captionWidth, h: scale.labelHeight } };
  const start = left + captionWidth + 8;
  let x = start;
  let y = top + rowHeight / 2;
  const nodes: PlacedNode[] = [];
  for (const id of ordered) {
    const half = sized.half.get(id)!;
    const w = sized.labelWidth.get(id)!;
    const need = 2 * half + scale.labelGap + w;
    if (x > start && x + need > right) {
      x = start;
      y += rowHeight;
    }
    const at = { x: x + half, y };
    const label = { x: at.x + half + scale.labelGap, y: y - scale.labelHeight / 2, w, h: scale.labelHeight };
    nodes.push(placedNode(net, sized, id, at, label, true));
    x += need + 12;
  }
  return { nodes, caption, bottom: y + rowHeight / 2 };
}

export interface LayoutOptions {
  measure?: TextMeasurer;
}

export function layoutNetwork(input: NetworkFigureInput, options: LayoutOptions = {}): NetworkLayout {
  const measure = options.measure ?? defaultMeasurer();
  const net = normalizeInput(input); // 1
  const sized = sizes(net, measure); // 2
  const { scale } = sized;
  const minX = EDGE + scale.hullPad;
  const maxX = net.width - EDGE - scale.hullPad;
  const { components, isolates } = splitComponents(net); // 3
  const positions = packGraph(net, components, sized, minX, maxX - minX); // 4, 5
  const connected = components.flat().sort();
  const clusterIndex = new Map(net.clusters.flatMap((c, k) => c.map((id): [string, number] => [id, k])));
  const labelNodes: LabelNode[] = connected.map((id) => ({
    id,
    ...positions.get(id)!,
    half: sized.half.get(id)!,
    w: sized.labelWidth.get(id)!,
    h: scale.labelHeight,
    degree: net.neighbours.get(id)!.length,
    cluster: clusterIndex.get(id),
  }));
  const index = new Map(connected.map((id, i) => [id, i]));
  const tieIndex = net.ties.map(([a, b]): [number, number] => [index.get(a)!, index.get(b)!]);
  const labels = placeLabels(labelNodes, tieIndex, { gap: scale.labelGap, margin: scale.labelMargin, markGap: scale.square * 0.6, minX, maxX }); // 6
  let nodes = labelNodes.map((n, i) => placedNode(net, sized, n.id, n, labels[i]!, false));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  let clusters: PlacedCluster[] = net.clusters.map((members, i) => ({
    number: i + 1,
    members,
    ...roundedHull(
      members.filter((id) => byId.has(id)).flatMap((id) => [byId.get(id)!.markBox, byId.get(id)!.labelBox]),
      scale.hullPad,
    ),
  })); // 7
  const drawn = unionBox([...nodes.flatMap((n) => [n.markBox, n.labelBox]), ...clusters.map((c) => c.box)]);
  const dy = nodes.length > 0 ? EDGE - drawn.y : 0; // 8
  nodes = nodes.map((n) => ({ ...n, y: n.y + dy, labelBox: translateBox(n.labelBox, 0, dy), markBox: translateBox(n.markBox, 0, dy) }));
  clusters = clusters.map((c) => ({ ...c, ...roundedHull(c.members.map((id) => byId.get(id)!).flatMap((n) => [translateBox(n.markBox, 0, dy), translateBox(n.labelBox, 0, dy)]), scale.hullPad) }));
  let bottom = nodes.length > 0 ? EDGE + drawn.h + 10 : EDGE;
  let isolateCaption: NetworkLayout['isolateCaption'];
  if (isolates.length > 0) {
    const row = layoutIsolates(net, sized, isolates, measure, minX, maxX, bottom); // 9
    nodes = [...nodes, ...row.nodes];
    isolateCaption = row.caption;
    bottom = row.bottom + 8;
  }
  const legend = net.legend
    ? layoutLegend(legendGroups(net, components.length === 0), measure, scale.legendFontSize, minX, maxX, bottom + 2) // 10
    : { items: [], bottom };
  return {
    id: net.id,
    title: net.title,
    width: net.width,
    height: Math.ceil(legend.bottom + EDGE + 2),
    fontSize: scale.fontSize,
    baselineOffset: scale.baselineOffset,
    nodes: [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    ties: net.ties.map(([a, b]) => ({ a, b, strong: net.strong.has(`${a}\u0000${b}`) })),
    clusters,
    isolateCaption,
    legend: legend.items,
    legendFontSize: scale.legendFontSize,
    alt: networkAlt(net, components, isolates),
  };
}

