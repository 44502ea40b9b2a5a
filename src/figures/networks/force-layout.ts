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
  const n = members.length;
  const spread = 10 * Math.sqrt(n);
  const index = new Map(members.map((id, i) => [id, i]));
  const sx = new Float64Array(n);
  const sy = new Float64Array(n);
  members.forEach((id, i) => {
    const [u, v] = seededPair(hashString(id));
    sx[i] = (u - 0.5) * spread;
    sy[i] = (v - 0.5) * spread;
  });
  // Neighbours as indices, in the order of net.neighbours; a cluster laid out on its own (large
  // components) is pulled only by its own members.
  const around = members.map((id) => {
    const out: number[] = [];
    for (const other of net.neighbours.get(id)!) {
      const j = index.get(other);
      if (j !== undefined) out.push(j);
    }
    return out;
  });
  let cx = Float64Array.from(sx);
  let cy = Float64Array.from(sy);
  let nx = new Float64Array(n);
  let ny = new Float64Array(n);
  for (let sweep = 0; sweep < SMOOTHING_SWEEPS; sweep++) {
    for (let i = 0; i < n; i++) {
      let x = ANCHOR * sx[i]!;
      let y = ANCHOR * sy[i]!;
      const list = around[i]!;
      for (const j of list) {
        x += cx[j]!;
        y += cy[j]!;
      }
      nx[i] = x / (ANCHOR + list.length);
      ny[i] = y / (ANCHOR + list.length);
    }
    [cx, nx] = [nx, cx];
    [cy, ny] = [ny, cy];
  }
  // Smoothing draws the points together; give ForceAtlas2 the original extent back.
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += cx[i]! / n;
    my += cy[i]! / n;
  }
  let sum = 0;
  // Summed as (sum + x²) + y², the order the Map-based version used: the same bytes.
  for (let i = 0; i < n; i++) sum = sum + (cx[i]! - mx) ** 2 + (cy[i]! - my) ** 2;
  const rms = Math.sqrt(sum / n) || 1;
  const target = spread / Math.sqrt(6);
  return new Map(members.map((id, i) => [id, { x: ((cx[i]! - mx) / rms) * target, y: ((cy[i]! - my) / rms) * target }]));
}

/**
 * Above this many persons a figure is drawn in its large form: components of that size are laid
 * out cluster by cluster (see `layoutLargeComponent`), persons are pushed apart through a grid,
 * and only some persons are labelled (`labelledPersons` in layout.ts). Up to it nothing changes.
 */
export const LARGE_NETWORK = 500;

/** Ties of each component, in the order of `net.ties` (so the layout is as before). */
export function componentTies(net: NormalNetwork, components: string[][]): [string, string][][] {
  const componentOf = new Map<string, number>();
  components.forEach((members, k) => members.forEach((id) => componentOf.set(id, k)));
  const out: [string, string][][] = components.map(() => []);
  for (const tie of net.ties) {
    const k = componentOf.get(tie[0]);
    if (k !== undefined) out[k]!.push(tie);
  }
  return out;
}

const clusterIndexes = new WeakMap<NormalNetwork, Map<string, number>>();

/** Person id → index of its drawn cluster; made once per network (hundreds of components ask). */
function clusterIndex(net: NormalNetwork): Map<string, number> {
  let clusterOf = clusterIndexes.get(net);
  if (!clusterOf) {
    clusterOf = new Map<string, number>();
    for (const [i, c] of net.clusters.entries()) for (const id of c) clusterOf.set(id, i);
    clusterIndexes.set(net, clusterOf);
  }
  return clusterOf;
}

/** Pull of a cluster's hub on each member (a tie inside a cluster weighs 2). */
const HUB_WEIGHT = 1;

/**
 * Community gravity: where a component holds a drawn cluster and anything else, each cluster gets
 * an invisible hub tied to all its members. The hub pulls the cluster together, and, being heavy
 * (ForceAtlas2 repels by degree), pushes other clusters and persons away: clusters come out as
 * separate groups whose outlines need not take in anyone else. Hubs are left out of the result.
 */
function addClusterHubs(graph: Graph, members: string[], clusterOf: Map<string, number>, start: Map<string, Point>): void {
  const groups = new Map<number, string[]>();
  let loose = 0;
  for (const id of members) {
    const c = clusterOf.get(id);
    if (c === undefined) loose++;
    else groups.set(c, [...(groups.get(c) ?? []), id]);
  }
  if (groups.size + loose < 2 || groups.size === 0) return;
  for (const c of [...groups.keys()].sort((a, b) => a - b)) {
    const list = groups.get(c)!;
    const hub = `\u0000hub${c}`;
    const x = list.reduce((t, id) => t + start.get(id)!.x, 0) / list.length;
    const y = list.reduce((t, id) => t + start.get(id)!.y, 0) / list.length;
    graph.addNode(hub, { x, y });
    for (const id of list) graph.addEdge(hub, id, { weight: HUB_WEIGHT });
  }
}

/** ForceAtlas2 on one component; `ties` are the component's own (all of `net.ties` if omitted). */
export function layoutComponent(net: NormalNetwork, members: string[], ties?: [string, string][], iterations?: number): Map<string, Point> {
  const graph = new Graph({ type: 'undirected' });
  const start = seededStart(net, members);
  for (const [id, p] of start) graph.addNode(id, { x: p.x, y: p.y });
  const inside = new Set(members);
  const clusterOf = clusterIndex(net);
  for (const [a, b] of ties ?? net.ties) {
    if (inside.has(a) && inside.has(b)) graph.addEdge(a, b, { weight: tieWeight(net, clusterOf, a, b) });
  }
  addClusterHubs(graph, members, clusterOf, start);
  const positions = forceAtlas2(graph, { iterations: iterations ?? forceIterations(members.length), settings: FA2_SETTINGS });
  const end = new Map(members.map((id) => [id, { x: positions[id]!.x, y: positions[id]!.y }]));
  // No re-orientation here: ForceAtlas2 from a smooth start turns little by itself, and pinning
  // the result to the starting points (Procrustes) was measured to move figures more, not less.
  return centred(end);
}

/** Iterations inside one cluster of a large component: fewer, the cluster is small and seeded smoothly. */
const LARGE_INNER_ITERATIONS = 120;

/**
 * A component of more than LARGE_NETWORK persons, in two levels instead of ForceAtlas2 over all
 * pairs (O(iterations · k²), minutes at 3,000): (1) each drawn cluster becomes one node, persons in
 * no cluster stay themselves, and ForceAtlas2 lays out that small graph, ties between groups
 * weighing their number; (2) each cluster is laid out on its own (ForceAtlas2 on its inner ties)
 * and scaled into a disc of area ∝ its persons round its group's place; (3) discs that overlap are
 * pushed apart (a few sweeps over pairs of groups, in a fixed order). Deterministic like the rest.
 */
export function layoutLargeComponent(net: NormalNetwork, members: string[], ties: [string, string][]): Map<string, Point> {
  const clusterOf = clusterIndex(net);
  // Groups: clusters present in this component (in cluster order), then persons in no cluster (by id).
  const groupOf = new Map<string, number>();
  const groups: string[][] = [];
  const byCluster = new Map<number, number>();
  for (const id of members) {
    const c = clusterOf.get(id);
    if (c !== undefined && !byCluster.has(c)) byCluster.set(c, -1);
  }
  for (const c of [...byCluster.keys()].sort((a, b) => a - b)) {
    byCluster.set(c, groups.length);
    groups.push([]);
  }
  for (const id of members) {
    const c = clusterOf.get(id);
    const g = c === undefined ? groups.push([]) - 1 : byCluster.get(c)!;
    groups[g]!.push(id);
    groupOf.set(id, g);
  }
  // Few drawn clusters (communities not given, or mostly pairs): no group structure to lean on.
  if (groups.length > 300) return gridForceLayout(net, members, ties);
  // (1) the graph of groups.
  const between = new Map<string, number>();
  const inner: [string, string][][] = groups.map(() => []);
  for (const tie of ties) {
    const ga = groupOf.get(tie[0])!;
    const gb = groupOf.get(tie[1])!;
    if (ga === gb) inner[ga]!.push(tie);
    else {
      const key = ga < gb ? `${ga},${gb}` : `${gb},${ga}`;
      between.set(key, (between.get(key) ?? 0) + (net.strong.has(tieKey(tie[0], tie[1])) ? 1.5 : 1));
    }
  }
  const graph = new Graph({ type: 'undirected' });
  const spread = 10 * Math.sqrt(groups.length);
  groups.forEach((g, k) => {
    const [u, v] = seededPair(hashString(g[0]!));
    graph.addNode(String(k), { x: (u - 0.5) * spread, y: (v - 0.5) * spread });
  });
  for (const [key, w] of [...between].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [a, b] = key.split(',');
    graph.addEdge(a!, b!, { weight: w });
  }
  const place = forceAtlas2(graph, { iterations: forceIterations(groups.length), settings: FA2_SETTINGS });
  const centre = groups.map((_, k) => ({ x: place[String(k)]!.x, y: place[String(k)]!.y }));
  // (2) discs of area ∝ persons; the scale makes the mean neighbour distance of groups a disc's reach.
  const radius = groups.map((g) => Math.sqrt(g.length));
  // (3) scale the group positions so the discs would fill about half their bounding box, then
  // push overlapping discs apart.
  const xs = centre.map((c) => c.x);
  const ys = centre.map((c) => c.y);
  const boxArea = Math.max((Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys)), 1e-9);
  const discArea = radius.reduce((t, r) => t + Math.PI * r * r, 0);
  const unit = Math.sqrt((2 * discArea) / boxArea);
  const discs = centre.map((c) => ({ x: c.x * unit, y: c.y * unit }));
  for (let sweep = 0; sweep < 60; sweep++) {
    let moved = false;
    for (let i = 0; i < discs.length; i++) {
      for (let j = i + 1; j < discs.length; j++) {
        const a = discs[i]!;
        const b = discs[j]!;
        const need = (radius[i]! + radius[j]!) * 1.05;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= need) continue;
        if (d < 1e-9) {
          dx = 1;
          dy = 0;
          d = 1;
        }
        const push = (need - d) / 2;
        const wa = radius[j]! ** 2 / (radius[i]! ** 2 + radius[j]! ** 2);
        a.x -= (dx / d) * push * 2 * wa;
        a.y -= (dy / d) * push * 2 * wa;
        b.x += (dx / d) * push * 2 * (1 - wa);
        b.y += (dy / d) * push * 2 * (1 - wa);
        moved = true;
      }
    }
    if (!moved) break;
  }
  const out = new Map<string, Point>();
  groups.forEach((g, k) => {
    const at = discs[k]!;
    if (g.length === 1) {
      out.set(g[0]!, { x: at.x, y: at.y });
      return;
    }
    const local =
      g.length <= 150
        ? layoutComponent(net, g, inner[k]!, Math.min(forceIterations(g.length), LARGE_INNER_ITERATIONS))
        : gridForceLayout(net, g, inner[k]!);
    // Scaled by the root mean square distance from the centre (a uniform disc of radius r has
    // r/√2), so a few outlying persons do not squeeze the rest together.
    let sum = 0;
    for (const p of local.values()) sum += p.x * p.x + p.y * p.y;
    const rms = Math.sqrt(sum / local.size);
    const s = rms > 1e-9 ? radius[k]! / Math.SQRT2 / rms : 0;
    for (const [id, p] of local) out.set(id, { x: at.x + p.x * s, y: at.y + p.y * s });
  });
  return centred(new Map(members.map((id) => [id, out.get(id)!])));
}

/** Iterations of `gridForceLayout`. */
const GRID_FORCE_ITERATIONS = 120;

/**
 * A force layout in O(iterations · (k + ties)) for a cluster of more than 150 persons in a large
 * figure, where ForceAtlas2 over all pairs is too slow: Fruchterman-Reingold from the seeded start,
 * with repulsion only between persons within two ideal distances (found through a grid), ties
 * pulling with their weight, and a step limit that cools linearly. Persons and ties in sorted
 * order, plain arithmetic: the same on every run.
 */
export function gridForceLayout(net: NormalNetwork, members: string[], ties: [string, string][]): Map<string, Point> {
  const n = members.length;
  const index = new Map(members.map((id, i) => [id, i]));
  const start = seededStart(net, members);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  members.forEach((id, i) => {
    x[i] = start.get(id)!.x;
    y[i] = start.get(id)!.y;
  });
  const clusterOf = clusterIndex(net);
  const ea = new Int32Array(ties.length);
  const eb = new Int32Array(ties.length);
  const ew = new Float64Array(ties.length);
  const mass = new Float64Array(n).fill(1);
  ties.forEach(([a, b], e) => {
    ea[e] = index.get(a)!;
    eb[e] = index.get(b)!;
    ew[e] = tieWeight(net, clusterOf, a, b);
    mass[ea[e]!]! += 1;
    mass[eb[e]!]! += 1;
  });
  // The seeded start spreads k persons over a square of side 10·√k: an ideal distance of about 10.
  const ideal = 10;
  const cell = 2 * ideal;
  const fx = new Float64Array(n);
  const fy = new Float64Array(n);
  const cellOf = new Int32Array(n);
  const next = new Int32Array(n);
  let head = new Int32Array(0);
  for (let it = 0; it < GRID_FORCE_ITERATIONS; it++) {
    fx.fill(0);
    fy.fill(0);
    // Persons by grid cell (linked lists in typed arrays, each cell's list in falling index order).
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      x0 = Math.min(x0, x[i]!);
      y0 = Math.min(y0, y[i]!);
      x1 = Math.max(x1, x[i]!);
      y1 = Math.max(y1, y[i]!);
    }
    const cols = Math.floor((x1 - x0) / cell) + 1;
    const rows = Math.floor((y1 - y0) / cell) + 1;
    if (head.length < cols * rows) head = new Int32Array(cols * rows);
    head.fill(-1, 0, cols * rows);
    for (let i = 0; i < n; i++) {
      const c = Math.floor((x[i]! - x0) / cell) * rows + Math.floor((y[i]! - y0) / cell);
      cellOf[i] = c;
      next[i] = head[c]!;
      head[c] = i;
    }
    for (let i = 0; i < n; i++) {
      const ci = Math.floor(cellOf[i]! / rows);
      const cj = cellOf[i]! - ci * rows;
      for (let gx = Math.max(0, ci - 1); gx <= Math.min(cols - 1, ci + 1); gx++) {
        for (let gy = Math.max(0, cj - 1); gy <= Math.min(rows - 1, cj + 1); gy++) {
          for (let j = head[gx * rows + gy]!; j > i; j = next[j]!) {
            let dx = x[i]! - x[j]!;
            let dy = y[i]! - y[j]!;
            let d2 = dx * dx + dy * dy;
            if (d2 >= cell * cell) continue;
            if (d2 < 1e-6) {
              // Same place: push apart along a direction fixed by the indices.
              dx = Math.cos(i + j);
              dy = Math.sin(i + j);
              d2 = 1;
            }
            const f = (ideal * ideal) / d2; // (k²/d) / d
            fx[i] += dx * f;
            fy[i] += dy * f;
            fx[j] -= dx * f;
            fy[j] -= dy * f;
          }
        }
      }
    }
    for (let e = 0; e < ea.length; e++) {
      const a = ea[e]!;
      const b = eb[e]!;
      const dx = x[b]! - x[a]!;
      const dy = y[b]! - y[a]!;
      const d = Math.sqrt(dx * dx + dy * dy);
      // (d²/k) / d, shared out by each end's number of ties (as ForceAtlas2's
      // outboundAttractionDistribution does), so hubs do not pull their cluster into a knot.
      const f = (ew[e]! * d) / ideal;
      fx[a] += (dx * f) / mass[a]!;
      fy[a] += (dy * f) / mass[a]!;
      fx[b] -= (dx * f) / mass[b]!;
      fy[b] -= (dy * f) / mass[b]!;
    }
    const limit = ideal * 2 * (1 - it / GRID_FORCE_ITERATIONS) + 0.1;
    for (let i = 0; i < n; i++) {
      const f = Math.sqrt(fx[i]! ** 2 + fy[i]! ** 2);
      if (f < 1e-12) continue;
      const step = Math.min(f, limit) / f;
      x[i] += fx[i]! * step;
      y[i] += fy[i]! * step;
    }
  }
  return centred(new Map(members.map((id, i) => [id, { x: x[i]!, y: y[i]! }])));
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
