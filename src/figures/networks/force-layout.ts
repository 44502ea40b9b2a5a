// Positions within each connected component: ForceAtlas2 from starting positions seeded by a
// hash of each person id, a fixed number of iterations, then turned so an elongated component
// lies along the page.

import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { hashString, seededPair } from './geometry.ts';
import { compareIds, tieKey, type NormalNetwork } from './normalize.ts';

export interface Point {
  x: number;
  y: number;
}

/** Connected components of 2+ persons (members sorted), by size desc then first id; and isolates. */
export function splitComponents(net: NormalNetwork): { components: string[][]; isolates: string[] } {
  const seen = new Set<string>();
  const components: string[][] = [];
  const isolates: string[] = [];
  for (const p of net.persons) {
    if (seen.has(p.id)) continue;
    const members: string[] = [];
    const stack = [p.id];
    seen.add(p.id);
    while (stack.length > 0) {
      const id = stack.pop()!;
      members.push(id);
      for (const other of net.neighbours.get(id)!) {
        if (!seen.has(other)) {
          seen.add(other);
          stack.push(other);
        }
      }
    }
    if (members.length === 1) isolates.push(p.id);
    else components.push(members.sort(compareIds));
  }
  components.sort((a, b) => b.length - a.length || compareIds(a[0]!, b[0]!));
  return { components, isolates };
}

/** Iterations are fixed (not "until converged") so the result is the same on every run. */
export function forceIterations(size: number): number {
  return size <= 150 ? 600 : 300;
}

const FA2_SETTINGS = {
  linLogMode: false,
  outboundAttractionDistribution: true,
  adjustSizes: false,
  edgeWeightInfluence: 1,
  scalingRatio: 4,
  strongGravityMode: false,
  gravity: 1,
  slowDown: 2,
  barnesHutOptimize: false,
};

/**
 * Tie weights for the layout: ties inside a cluster pull harder than ties between clusters, so
 * clusters come apart and their outlines overlap less; strong ties pull a little harder.
 */
function tieWeight(net: NormalNetwork, clusterOf: Map<string, number>, a: string, b: string): number {
  const ca = clusterOf.get(a);
  const inside = ca !== undefined && ca === clusterOf.get(b);
  return (inside ? 2 : 0.6) * (net.strong.has(tieKey(a, b)) ? 1.5 : 1);
}

/** Jacobi sweeps of the anchored smoothing below; fixed, like the ForceAtlas2 iterations. */
const SMOOTHING_SWEEPS = 60;
/** How strongly each person stays at its hashed position while being pulled toward its neighbours. */
const ANCHOR = 1;

/**
 * Starting positions: each person's point comes from a hash of its id, then is pulled toward its
 * neighbours (x = (anchor·seed + Σ neighbours) / (anchor + degree), a fixed number of sweeps).
 * The result depends smoothly on the ties, so one added tie moves the start locally, and
 * ForceAtlas2 has less tangle to undo, which keeps it from settling in a different shape.
 */
export function seededStart(net: NormalNetwork, members: string[]): Map<string, Point> {
  const spread = 10 * Math.sqrt(members.length);
  const seed = new Map(
    members.map((id) => {
      const [u, v] = seededPair(hashString(id));
      return [id, { x: (u - 0.5) * spread, y: (v - 0.5) * spread }];
    }),
  );
  let current = seed;
  for (let sweep = 0; sweep < SMOOTHING_SWEEPS; sweep++) {
    const next = new Map<string, Point>();
    for (const id of members) {
      const s = seed.get(id)!;
      let x = ANCHOR * s.x;
      let y = ANCHOR * s.y;
      const around = net.neighbours.get(id)!;
      for (const other of around) {
        x += current.get(other)!.x;
        y += current.get(other)!.y;
      }
      next.set(id, { x: x / (ANCHOR + around.length), y: y / (ANCHOR + around.length) });
    }
    current = next;
  }
  // Smoothing draws the points together; give ForceAtlas2 the original extent back.
  const c = centred(current);
  const rms = Math.sqrt([...c.values()].reduce((t, p) => t + p.x ** 2 + p.y ** 2, 0) / c.size) || 1;
  const target = spread / Math.sqrt(6);
  return new Map([...c].map(([id, p]) => [id, { x: (p.x / rms) * target, y: (p.y / rms) * target }]));
}

/** ForceAtlas2 on one component. */
export function layoutComponent(net: NormalNetwork, members: string[]): Map<string, Point> {
  const graph = new Graph({ type: 'undirected' });
  for (const [id, p] of seededStart(net, members)) graph.addNode(id, { x: p.x, y: p.y });
  const inside = new Set(members);
  const clusterOf = new Map<string, number>();
  net.clusters.forEach((c, i) => c.forEach((id) => clusterOf.set(id, i)));
  for (const [a, b] of net.ties) {
    if (inside.has(a)) graph.addEdge(a, b, { weight: tieWeight(net, clusterOf, a, b) });
  }
  const positions = forceAtlas2(graph, { iterations: forceIterations(members.length), settings: FA2_SETTINGS });
  const end = new Map(members.map((id) => [id, { x: positions[id]!.x, y: positions[id]!.y }]));
  // No re-orientation here: ForceAtlas2 from a smooth start turns little by itself, and pinning
  // the result to the starting points (Procrustes) was measured to move figures more, not less.
  return centred(end);
}

function centred(points: Map<string, Point>): Map<string, Point> {
  let cx = 0;
  let cy = 0;
  for (const p of points.values()) {
    cx += p.x / points.size;
    cy += p.y / points.size;
  }
  return new Map([...points].map(([id, p]) => [id, { x: p.x - cx, y: p.y - cy }]));
}

/**
 * Turns the points about their centroid so the principal axis is horizontal, by the smaller of
 * the two possible angles; only when the spread is clearly elongated, so a round component keeps
 * its orientation when a tie is added.
 */
export function orient(points: Map<string, Point>): Map<string, Point> {
  const list = [...points.values()];
  const cx = list.reduce((s, p) => s + p.x, 0) / list.length;
  const cy = list.reduce((s, p) => s + p.y, 0) / list.length;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of list) {
    sxx += (p.x - cx) ** 2;
    syy += (p.y - cy) ** 2;
    sxy += (p.x - cx) * (p.y - cy);
  }
  const mean = (sxx + syy) / 2;
  const diff = Math.sqrt(((sxx - syy) / 2) ** 2 + sxy ** 2);
  const elongation = (mean + diff) / Math.max(mean - diff, 1e-9);
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const turn = elongation > 2 ? -angle : 0;
  const cos = Math.cos(turn);
  const sin = Math.sin(turn);
  const out = new Map<string, Point>();
  for (const [id, p] of points) {
    const dx = p.x - cx;
    const dy = p.y - cy;
    out.set(id, { x: dx * cos - dy * sin, y: dx * sin + dy * cos });
  }
  return out;
}
