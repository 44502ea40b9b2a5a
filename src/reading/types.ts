// The reading stage's data: what each network's shape is, as facts a sentence can be built from
// (contract §5 lesning.json, plus the facts the sentences need beyond it).

import type { Level } from '../types.ts';

export type Shape = 'integrated' | 'clusters' | 'star' | 'circle' | 'chain' | 'fragmented';

export interface ClusterReading {
  persons: number;
  /** Primary functions of the members, most members first (ties: study order). */
  functions: string[];
  /** Members per function, same order as `functions` (not in lesning.json). */
  counts: number[];
  /** True when the cluster is a component of its own, apart from the largest one. */
  separate: boolean;
}

export interface BridgeBuilderReading {
  /** Primary function of the bridge builder. */
  function: string;
  /** Indices into `clusters` of the clusters the person is in or has a tie into (two or more). */
  joins: number[];
}

export interface HomophilyReading {
  eiIndex: number | null;
  /** Primary functions (two or more holders) whose ties stay mostly among themselves: E-I ≤ −0.3. */
  inward: string[];
}

/** One network level as a reader sees it. Every field is computed from the metrics and the drawn clusters. */
export interface LevelReading {
  shapes: Shape[];
  clusters: ClusterReading[];
  bridgeBuilders: BridgeBuilderReading[];
  chain: { persons: number } | null;
  isolates: number;
  components: number;
  largestShare: number;
  centralization: number;
  homophily: HomophilyReading;
  // Beyond the contract: facts the sentences use.
  /** The two parts the chain joins, larger first (empty without a chain). */
  sides: { persons: number; functions: string[]; counts: number[] }[];
  persons: number;
  ties: number;
  density: number;
  diameter: number;
  averagePathLength: number;
  /** Primary functions of the isolates, most first. */
  isolateFunctions: { function: string; persons: number }[];
  /** Persons in the largest component with one tie only, when the rest forms a dense core; else null. */
  core: { persons: number; periphery: number } | null;
  /** The highest degree in the network, and the share of the others that person reaches directly. */
  hub: { degree: number; share: number };
}

export interface KommuneReading {
  levels: Record<Level, LevelReading>;
}

/** What the hedges need to know about the data behind a reading. */
export interface ReadingContext {
  persons: number;
  respondents: number;
  /** Ties between two non-respondents cannot be reported by anyone. */
  nonRespondents: number;
}
