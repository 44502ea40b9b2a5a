// Seeded synthetic networks shaped like the demo kommuner (29-43 persons, a few clusters, bridge
// builders, isolates, non-respondents), and a large one of 400 persons, for the figure tests.

import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { mulberry32 } from '../../../src/random.ts';
import type { FunctionDef } from '../../../src/types.ts';
import type { NetworkFigureInput } from '../../../src/figures/networks/index.ts';

export const STUDY_FUNCTIONS: FunctionDef[] = [
  { code: 'okonomi', label: 'Øk. virkemidler', name: 'Økonomiske virkemidler/rådgivning' },
  { code: 'tjenester', label: 'Tjenester', name: 'Tjenester i bolig' },
  { code: 'tildeling', label: 'Tildeling', name: 'Tildeling av bolig' },
  { code: 'husleie', label: 'Husleiekontrakt', name: 'Husleiekontrakter' },
  { code: 'utbygging', label: 'Utbygging', name: 'Utbygging' },
  { code: 'skaffe', label: 'Skaffe bolig', name: 'Framskaffe boliger' },
  { code: 'arealplan', label: 'Arealplan', name: 'Arealplanlegging' },
  { code: 'drift', label: 'Drift', name: 'Drift og vedlikehold' },
  { code: 'boligsosialplan', label: 'Boligsosial plan', name: 'Boligsosial planlegging' },
  { code: 'samfunnsplan', label: 'Samfunnsplan', name: 'Samfunnsplanlegging' },
  { code: 'politisk', label: 'Politisk folkevalgt', name: 'Politisk folkevalgt' },
];

export { mulberry32 };

export interface SyntheticOptions {
  seed: number;
  persons: number;
  groups: number;
  isolates: number;
  /** Chance of a tie inside a group, and between groups. */
  pIn: number;
  pOut: number;
  nonRespondentShare?: number;
  strongShare?: number;
}

/** Communities as the metrics stage finds them: Louvain with a seeded rng. */
function louvainCommunities(ids: string[], ties: [string, string][], seed: number): string[][] {
  const graph = new Graph({ type: 'undirected' });
  for (const id of ids) graph.addNode(id);
  for (const [a, b] of ties) if (!graph.hasEdge(a, b)) graph.addEdge(a, b);
  const membership = louvain(graph, { rng: mulberry32(seed + 1) });
  const groups = new Map<number, string[]>();
  for (const id of ids) {
    const c = membership[id]!;
    groups.set(c, [...(groups.get(c) ?? []), id]);
  }
  return [...groups.values()];
}

export function syntheticNetwork(o: SyntheticOptions): NetworkFigureInput {
  const rnd = mulberry32(o.seed);
  const ids = Array.from({ length: o.persons }, (_, i) => `P${String(o.seed % 100).padStart(2, '0')}-${String(i + 1).padStart(3, '0')}`);
  const connected = ids.slice(0, o.persons - o.isolates);
  const group = new Map(connected.map((id, i) => [id, i % o.groups]));
  const groupFunction = Array.from({ length: o.groups }, (_, g) => (g * 3) % STUDY_FUNCTIONS.length);
  const persons = ids.map((id) => {
    const g = group.get(id);
    const f = g !== undefined && rnd() < 0.6 ? groupFunction[g]! : Math.floor(rnd() * STUDY_FUNCTIONS.length);
    return { id, functionCode: STUDY_FUNCTIONS[f]!.code, respondent: rnd() >= (o.nonRespondentShare ?? 0.2) };
  });
  const ties: [string, string][] = [];
  for (let i = 0; i < connected.length; i++) {
    for (let j = i + 1; j < connected.length; j++) {
      const same = group.get(connected[i]!) === group.get(connected[j]!);
      if (rnd() < (same ? o.pIn : o.pOut)) ties.push([connected[i]!, connected[j]!]);
    }
  }
  // Keep every "connected" person connected: a tie to the next member of the group if lonely.
  const degree = new Map<string, number>();
  for (const [a, b] of ties) {
    degree.set(a, (degree.get(a) ?? 0) + 1);
    degree.set(b, (degree.get(b) ?? 0) + 1);
  }
  connected.forEach((id, i) => {
    if (!degree.get(id)) ties.push([id, connected[(i + o.groups) % connected.length]!]);
  });
  const communities = louvainCommunities(ids, ties, o.seed);
  const crossing = new Map<string, number>();
  for (const [a, b] of ties) {
    if (group.get(a) !== group.get(b)) {
      crossing.set(a, (crossing.get(a) ?? 0) + 1);
      crossing.set(b, (crossing.get(b) ?? 0) + 1);
    }
  }
  const brokers = [...crossing.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 2).map(([id]) => id);
  const strongTies = ties.filter(() => rnd() < (o.strongShare ?? 0));
  return {
    id: `synthetic-${o.seed}`,
    title: `Syntetisk nettverk ${o.seed}`,
    persons,
    functions: STUDY_FUNCTIONS,
    ties,
    strongTies: strongTies.length > 0 ? strongTies : undefined,
    communities,
    brokers,
  };
}

/** Graphs like the five demo kommuner's weekly networks. */
export function demoLikeNetworks(): NetworkFigureInput[] {
  return [
    syntheticNetwork({ seed: 1, persons: 27, groups: 3, isolates: 2, pIn: 0.35, pOut: 0.02 }),
    syntheticNetwork({ seed: 2, persons: 29, groups: 2, isolates: 0, pIn: 0.4, pOut: 0.08, strongShare: 0.3 }),
    syntheticNetwork({ seed: 3, persons: 29, groups: 4, isolates: 8, pIn: 0.3, pOut: 0.01, nonRespondentShare: 0.21 }),
    syntheticNetwork({ seed: 4, persons: 29, groups: 2, isolates: 1, pIn: 0.3, pOut: 0.015 }),
    syntheticNetwork({ seed: 5, persons: 43, groups: 2, isolates: 3, pIn: 0.3, pOut: 0.02, nonRespondentShare: 0.44 }),
    syntheticNetwork({ seed: 6, persons: 36, groups: 5, isolates: 4, pIn: 0.45, pOut: 0.0 }),
  ];
}

export function largeNetwork(): NetworkFigureInput {
  return syntheticNetwork({ seed: 400, persons: 400, groups: 12, isolates: 20, pIn: 0.08, pOut: 0.002 });
}
