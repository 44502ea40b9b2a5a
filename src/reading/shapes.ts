// The shape rules (docs/reading.md): which of integrated, clusters, star, circle, chain and
// fragmented apply to a network, the dominant first. Thresholds are named here and nowhere else.

import type { Shape } from './types.ts';

export const RULES = {
  /** fragmented: more than this many pieces are needed to hold coverShare of the persons … */
  fragmentedPieces: 3,
  coverShare: 0.8,
  /** … or at least this share of the persons has no tie. */
  fragmentedIsolateShare: 0.25,
  /** star: one person reaches at least this share of the others of the largest component directly … */
  starHubShare: 0.8,
  /** … and at most this share of its ties do not touch that person. */
  starOtherTies: 0.25,
  /** circle and star need a component of at least this many persons. */
  minShapeSize: 4,
  /** chain: the diameter is at least this share of (persons of the largest component − 1) … */
  chainElongation: 0.4,
  /** … and at least this many steps; or a run of at least chainRun persons joins two clusters. */
  chainMinDiameter: 5,
  chainRun: 3,
  /** chain comes first when the diameter is at least this share of (persons − 1). */
  chainDominant: 0.5,
  /** clusters: two or more drawn clusters and at least this modularity (or a separate cluster). */
  clustersModularity: 0.3,
  /** integrated: the largest component holds at least this share, and its diameter is at most … */
  integratedShare: 0.9,
  integratedDiameter: 4,
  /** clusters come before integrated when each of the two largest keeps this share of its members
   *  connected without its most connected member (else they are only the circles of central persons). */
  cohesion: 0.7,
} as const;

export interface ShapeFacts {
  persons: number;
  largest: number;
  /** Fewest components (largest first) that hold coverShare of the persons. */
  coverPieces: number;
  isolates: number;
  diameter: number;
  modularity: number | null;
  /** Highest degree inside the largest component, and the ties of that component. */
  hubDegree: number;
  largestTies: number;
  /** Ties of the largest component that touch its hub. */
  hubTies: number;
  /** Every person of the largest component has exactly two ties. */
  ring: boolean;
  clusters: number;
  separateClusters: number;
  chainRun: number;
  cohesive: boolean;
}

export function shapesOf(f: ShapeFacts): Shape[] {
  const share = f.persons === 0 ? 0 : f.largest / f.persons;
  const elongation = f.largest > 1 ? f.diameter / (f.largest - 1) : 0;
  const fragmented = f.coverPieces > RULES.fragmentedPieces || f.isolates >= RULES.fragmentedIsolateShare * f.persons;
  const bigEnough = f.largest >= RULES.minShapeSize;
  const star =
    bigEnough &&
    f.hubDegree >= RULES.starHubShare * (f.largest - 1) &&
    f.largestTies - f.hubTies <= RULES.starOtherTies * f.largestTies;
  const circle = bigEnough && f.ring;
  const chain =
    !circle &&
    !fragmented &&
    ((elongation >= RULES.chainElongation && f.diameter >= RULES.chainMinDiameter) || f.chainRun >= RULES.chainRun);
  const clusters =
    !star &&
    !circle &&
    f.clusters >= 2 && ((f.modularity ?? 0) >= RULES.clustersModularity || f.separateClusters > 0);
  const integrated = !fragmented && share >= RULES.integratedShare && f.diameter <= RULES.integratedDiameter;

  const shapes: Shape[] = [];
  if (fragmented) shapes.push('fragmented');
  if (star) shapes.push('star');
  if (circle) shapes.push('circle');
  const chainFirst = chain && elongation >= RULES.chainDominant;
  if (chainFirst) shapes.push('chain');
  if (clusters && integrated) shapes.push(...(f.cohesive ? (['clusters', 'integrated'] as const) : (['integrated', 'clusters'] as const)));
  else if (clusters) shapes.push('clusters');
  else if (integrated) shapes.push('integrated');
  if (chain && !chainFirst) shapes.push('chain');
  return shapes;
}
