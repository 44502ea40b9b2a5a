// layoutNetwork: input → every mark's place, in numbered steps:
//   1 normalise → 2 sizes and label widths → 3 components and isolates → 4 ForceAtlas2 per
//   component → 5 pack components into the width → 6 place labels (nudging nodes) →
//   7 cluster outlines → 8 move to the top margin → 9 isolates in rows below → 10 legend.

import { networkAlt } from './alt-text.ts';
import { componentTies, forceIterations, LARGE_NETWORK, layoutComponent, layoutLargeComponent, orient, splitComponents, type Point } from './force-layout.ts';
import { growBox, translateBox, unionBox } from './geometry.ts';
import { clusterOutlines } from './outlines.ts';
import { noLabelBox, placeLabels, type LabelNode } from './label-placement.ts';
import { layoutLegend, legendGroups } from './legend.ts';
import { normalizeInput, type NormalNetwork } from './normalize.ts';
import { packComponents } from './pack.ts';
import { separateClusters, snapToLattice, spreadApart } from './spread.ts';
import { figureScale, type FigureScale } from './scale.ts';
import { defaultMeasurer, WIDTH_SLACK, type TextMeasurer } from './text-measure.ts';
import type { Box, NetworkFigureInput, NetworkLayout, PlacedCluster, PlacedNode } from './types.ts';

/** Space at the figure's edges. */
const EDGE = 4;
export const ISOLATE_CAPTION = 'Uten bånd:';
/** The caption before the row of persons without ties, per language. */
export const ISOLATE_CAPTIONS = { nb: ISOLATE_CAPTION, nn: 'Utan band:' } as const;

/** ForceAtlas2 iterations for a small component in a large figure (hundreds of them, drawn small). */
const LARGE_SMALL_ITERATIONS = 150;

interface Sized {
  scale: FigureScale;
  labelWidth: Map<string, number>;
  half: Map<string, number>;
  /** Persons whose label is drawn: everyone, except in large figures (see `labelledPersons`). */
  labelled: Set<string>;
  large: boolean;
}

/**
 * Who gets a label. Up to LARGE_NETWORK persons everyone. Beyond, labels for every person would
 * cover the drawing (and placing them costs minutes), so only the bridge builders and, in each
 * cluster, one person of the cluster's most common function (the best connected, then the lowest
 * id) are labelled; every square keeps its function colour. The legend says so.
 */
export function labelledPersons(net: NormalNetwork): Set<string> {
  if (net.persons.length <= LARGE_NETWORK) return new Set(net.persons.map((p) => p.id));
  const out = new Set(net.persons.filter((p) => p.broker).map((p) => p.id));
  for (const members of net.clusters) {
    const count = new Map<string, number>();
    for (const id of members) {
      const f = net.byId.get(id)!.functionCode;
      count.set(f, (count.get(f) ?? 0) + 1);
    }
    const top = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const pick = members
      .filter((id) => net.byId.get(id)!.functionCode === top)
      .sort((a, b) => net.neighbours.get(b)!.length - net.neighbours.get(a)!.length || (a < b ? -1 : 1))[0]!;
    out.add(pick);
  }
  return out;
}

function sizes(net: NormalNetwork, measure: TextMeasurer): Sized {
  const scale = figureScale(net.persons.length);
  const labelWidth = new Map(net.persons.map((p) => [p.id, measure(p.label, scale.fontSize) * WIDTH_SLACK + 1]));
  // A broker's mark is its circle (plus half the stroke); others their square (plus the stroke).
  const half = new Map(net.persons.map((p) => [p.id, p.broker ? scale.brokerRadius + 0.7 : scale.square / 2 + 0.5]));
  return { scale, labelWidth, half, labelled: labelledPersons(net), large: net.persons.length > LARGE_NETWORK };
}

function packGraph(net: NormalNetwork, components: string[][], sized: Sized, left: number, width: number): Map<string, Point> {
  const { scale, labelWidth, large, labelled, half } = sized;
  const ids = components.flat();
  const meanLabel = ids.reduce((s, id) => s + labelWidth.get(id)!, 0) / Math.max(ids.length, 1);
  // Large figures: most persons are a square without a label, and need room for that only.
  const markRoom = (id: string): number => 2 * half.get(id)! + scale.square * 0.6 + 0.5;
  const areaPerPerson = large
    ? 3 * (ids.reduce((s, id) => s + (labelled.has(id) ? (labelWidth.get(id)! + scale.square) * (scale.labelHeight + scale.square) : markRoom(id) ** 2), 0) / Math.max(ids.length, 1))
    : 3 * (meanLabel + scale.square + scale.labelGap) * (scale.labelHeight + scale.square);
  const tiesOf = componentTies(net, components);
  const laidOut = components.map((members, k) =>
    orient(
      large && members.length > LARGE_NETWORK
        ? layoutLargeComponent(net, members, tiesOf[k]!)
        : layoutComponent(net, members, tiesOf[k]!, large ? Math.min(forceIterations(members.length), LARGE_SMALL_ITERATIONS) : undefined),
    ),
  );
  const inner = width - meanLabel / 2;
  // At most about 180 mm tall (full width) before labels are placed, so even 400 persons fit a page.
  // Large figures (few labels, squares only) may take most of a page: 220 mm.
  const maxHeight = net.width >= 640 ? (large ? 880 : 720) : large ? 600 : 480;
  const { positions } = packComponents(laidOut, { width: inner, areaPerPerson, gap: 2 * scale.hullPad + (large ? 2 : 10), maxHeight });
  if (large) {
    // Persons in turn onto a lattice: labelled first, then by degree, then id.
    const order = [...ids].sort(
      (a, b) =>
        Number(labelled.has(b)) - Number(labelled.has(a)) ||
        net.neighbours.get(b)!.length - net.neighbours.get(a)!.length ||
        (a < b ? -1 : 1),
    );
    const persons = order.map((id) => ({
      id,
      half: half.get(id)!,
      label: labelled.has(id) ? { w: labelWidth.get(id)!, h: scale.labelHeight, gap: scale.labelGap } : undefined,
    }));
    // Lattice pitch: a square's mark box and the gap marks keep, and a little more.
    const pitch = scale.square + 1 + scale.square * 0.6 + 0.2;
    snapToLattice(positions, persons, { pitch, width: inner, markGap: scale.square * 0.6, margin: scale.labelMargin, labelSlack: meanLabel / 4 });
  } else {
    const space = new Map(ids.map((id) => [id, { dx: 0.6 * labelWidth.get(id)! + scale.square, dy: 1.8 * scale.labelHeight + scale.square }]));
    spreadApart(positions, space, inner);
  }
  // With hundreds of persons clusters interleave; moving them whole would only make the figure taller.
  if (ids.length <= 150) {
    const space = new Map(ids.map((id) => [id, { dx: 0.6 * labelWidth.get(id)! + scale.square, dy: 1.8 * scale.labelHeight + scale.square }]));
    separateClusters(positions, net.clusters, space, scale.hullPad, inner);
    spreadApart(positions, space, inner);
  }
  for (const p of positions.values()) p.x += left + meanLabel / 4;
  return positions;
}

function placedNode(net: NormalNetwork, sized: Sized, id: string, at: Point, label: Box, isolate: boolean, labelled = true): PlacedNode {
  const p = net.byId.get(id)!;
  const half = sized.half.get(id)!;
  return {
    id,
    x: at.x,
    y: at.y,
    size: sized.scale.square,
    functionCode: p.functionCode,
    colour: p.colour,
    functionCodes: p.functionCodes,
    colours: p.colours,
    respondent: p.respondent,
    broker: p.broker,
    isolate,
    label: p.label,
    labelBox: label,
    labelled,
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
  const { scale, large } = sized;
  // Large figures: isolates are squares only (their colour gives the function), side by side.
  const rowHeight = large ? scale.square + 1 + scale.square * 0.6 + 1 : Math.max(scale.labelHeight, scale.square) + 6;
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
    const need = large ? 2 * half + scale.square * 0.6 + 0.5 : 2 * half + scale.labelGap + w;
    if (x > start && x + need > right) {
      x = start;
      y += rowHeight;
    }
    const at = { x: x + half, y };
    if (large) {
      nodes.push(placedNode(net, sized, id, at, noLabelBox(at), true, false));
      x += need;
      continue;
    }
    const label = { x: at.x + half + scale.labelGap, y: y - scale.labelHeight / 2, w, h: scale.labelHeight };
    nodes.push(placedNode(net, sized, id, at, label, true));
    x += need + 12;
  }
  return { nodes, caption, bottom: y + rowHeight / 2 };
}

/** Least distance between an outline and a square or label of someone not in its cluster. */
const OUTLINE_GAP = 4;

/** The outline of every drawn cluster round its members' squares and labels, clear of everyone else. */
function outlineClusters(net: NormalNetwork, nodes: PlacedNode[], outlined: (n: PlacedNode) => Box[], pad: number): PlacedCluster[] {
  const clusterOf = new Map(net.clusters.flatMap((c, k) => c.map((id): [string, number] => [id, k])));
  const elements = nodes.flatMap((n) => outlined(n).map((box) => ({ box, cluster: clusterOf.get(n.id) ?? -1 })));
  const at = new Map(nodes.map((n) => [n.id, n]));
  const links = net.ties
    .filter(([a, b]) => clusterOf.has(a) && clusterOf.get(a) === clusterOf.get(b) && at.has(a) && at.has(b))
    .map(([a, b]) => ({ cluster: clusterOf.get(a)!, x1: at.get(a)!.x, y1: at.get(a)!.y, x2: at.get(b)!.x, y2: at.get(b)!.y }));
  const outlines = clusterOutlines(elements, net.clusters.length, { pad, gap: OUTLINE_GAP }, links);
  return net.clusters.map((members, i) => ({ number: i + 1, members, ...outlines[i]! }));
}

/**
 * Ties thinner and lighter as the drawing gets denser (mean ties per connected person): up to 2
 * per person as before (0.8 units, opaque); at 10 and more 0.45 units at 55 % opacity, so labels
 * and squares stay in front of a dense web.
 */
export function tieStyle(ties: number, connected: number): NetworkLayout['tieStyle'] {
  const perPerson = connected > 0 ? (2 * ties) / connected : 0;
  const t = Math.min(1, Math.max(0, (perPerson - 2) / 8));
  const round = (v: number): number => Math.round(v * 100) / 100;
  return { width: round(0.8 - 0.35 * t), strongWidth: round(1.8 - 0.6 * t), opacity: round(1 - 0.45 * t) };
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
    ...(sized.labelled.has(id) ? {} : { labelled: false }),
  }));
  const index = new Map(connected.map((id, i) => [id, i]));
  const tieIndex = net.ties.map(([a, b]): [number, number] => [index.get(a)!, index.get(b)!]);
  const labels = placeLabels(labelNodes, tieIndex, { gap: scale.labelGap, margin: scale.labelMargin, markGap: scale.square * 0.6, minX, maxX, clusterGap: 2 * OUTLINE_GAP }); // 6
  let nodes = labelNodes.map((n, i) => placedNode(net, sized, n.id, n, labels[i]!, false, n.labelled !== false));
  // What a cluster's outline goes round: squares, and the labels that are drawn.
  const outlined = (n: PlacedNode): Box[] => (n.labelled ? [n.markBox, n.labelBox] : [n.markBox]);
  // An outline lies within hullPad of its members' squares and labels: room kept at the top.
  const drawn = unionBox(nodes.flatMap((n) => outlined(n)).map((b) => growBox(b, net.clusters.length > 0 ? scale.hullPad : 0)));
  const dy = nodes.length > 0 ? EDGE - drawn.y : 0; // 8
  nodes = nodes.map((n) => ({ ...n, y: n.y + dy, labelBox: translateBox(n.labelBox, 0, dy), markBox: translateBox(n.markBox, 0, dy) }));
  const clusters = outlineClusters(net, nodes, outlined, scale.hullPad); // 7
  let bottom = nodes.length > 0 ? EDGE + drawn.h + 10 : EDGE;
  let isolateCaption: NetworkLayout['isolateCaption'];
  if (isolates.length > 0) {
    const row = layoutIsolates(net, sized, isolates, measure, minX, maxX, bottom); // 9
    nodes = [...nodes, ...row.nodes];
    isolateCaption = row.caption;
    bottom = row.bottom + 8;
  }
  const legend = net.legend
    ? layoutLegend(legendGroups(net, components.length === 0, sized.large), measure, scale.legendFontSize, minX, maxX, bottom + 2) // 10
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
    tieStyle: tieStyle(net.ties.length, connected.length),
    alt: networkAlt(net, components, isolates),
  };
}

