// Turns a NetworkFigureInput into one canonical form (sorted ids, deduplicated ties, clusters
// numbered) so that the order of the input never changes the drawing.

import type { FunctionDef } from '../../types.ts';
import { functionColour } from '../style.ts';
import { drawnCommunities } from './cluster-rule.ts';
import type { FigureLanguage, NetworkFigureInput } from './types.ts';

export interface NormalPerson {
  id: string;
  functionCode: string;
  functionIndex: number;
  colour: string;
  /** Every function (primary first, unique) and its colour. */
  functionCodes: string[];
  colours: string[];
  label: string;
  respondent: boolean;
  broker: boolean;
}

export interface NormalNetwork {
  id: string;
  title: string;
  width: number;
  persons: NormalPerson[];
  byId: Map<string, NormalPerson>;
  /** [a, b] with a < b, sorted, unique, both ends known, no loops. */
  ties: [string, string][];
  strong: Set<string>;
  hasStrongTies: boolean;
  /** Neighbours of each person, sorted. */
  neighbours: Map<string, string[]>;
  /** Clusters of at least 3 known persons: members sorted; clusters by size desc, then first id. */
  clusters: string[][];
  functions: FunctionDef[];
  tieLegend: { tie: string; strongTie: string };
  legend: boolean;
  lang: FigureLanguage;
}

export const FULL_WIDTH = 640;
export const SMALL_WIDTH = 320;

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function tieKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function normalTies(ties: [string, string][], known: Map<string, unknown>): [string, string][] {
  const seen = new Map<string, [string, string]>();
  for (const [p, q] of ties) {
    if (p === q || !known.has(p) || !known.has(q)) continue;
    seen.set(tieKey(p, q), p < q ? [p, q] : [q, p]);
  }
  return [...seen.values()].sort((s, t) => compareIds(s[0], t[0]) || compareIds(s[1], t[1]));
}

export function normalizeInput(input: NetworkFigureInput): NormalNetwork {
  const lang: FigureLanguage = input.language === 'nn' ? 'nn' : 'nb';
  const functionIndex = new Map(input.functions.map((f, i) => [f.code, i]));
  const brokers = new Set(input.brokers);
  const persons = [...input.persons]
    .sort((a, b) => compareIds(a.id, b.id))
    .map((p): NormalPerson => {
      const index = functionIndex.get(p.functionCode) ?? input.functions.length;
      const codes = [...new Set([p.functionCode, ...(p.functionCodes ?? [])])];
      return {
        functionCodes: codes,
        colours: codes.map((code) => functionColour(functionIndex.get(code) ?? input.functions.length)),
        id: p.id,
        functionCode: p.functionCode,
        functionIndex: index,
        colour: functionColour(index),
        label: p.label ?? input.functions[index]?.label ?? p.functionCode,
        respondent: p.respondent,
        broker: brokers.has(p.id),
      };
    });
  const byId = new Map(persons.map((p) => [p.id, p]));
  const ties = normalTies(input.ties, byId);
  const tieSet = new Set(ties.map(([a, b]) => tieKey(a, b)));
  const strong = new Set(
    normalTies(input.strongTies ?? [], byId)
      .map(([a, b]) => tieKey(a, b))
      .filter((k) => tieSet.has(k)),
  );
  const neighbours = new Map(persons.map((p) => [p.id, [] as string[]]));
  for (const [a, b] of ties) {
    neighbours.get(a)!.push(b);
    neighbours.get(b)!.push(a);
  }
  for (const list of neighbours.values()) list.sort(compareIds);
  const clusters = drawnCommunities(input.communities.map((c) => [...new Set(c.filter((id) => byId.has(id)))]), ties)
    .map((c) => c.sort(compareIds))
    .sort((a, b) => b.length - a.length || compareIds(a[0]!, b[0]!));
  return {
    id: input.id,
    title: input.title,
    width: input.size === 'small' ? SMALL_WIDTH : FULL_WIDTH,
    persons,
    byId,
    ties,
    strong,
    hasStrongTies: strong.size > 0,
    neighbours,
    clusters,
    functions: input.functions,
    tieLegend: {
      tie: input.tieLegend?.tie ?? (lang === 'nn' ? 'Band' : 'Bånd'),
      strongTie: input.tieLegend?.strongTie ?? (lang === 'nn' ? 'Sterkt band' : 'Sterkt bånd'),
    },
    legend: input.legend ?? true,
    lang,
  };
}
