// The network files' one model of a kommune's (or the study's) network: every person with the
// attributes every format writes, every tie with its strongest level. Built only from what the
// metrics computed (KommuneMetrics.networks: the ties, degree, betweenness, communities and brokers
// of each level) and from the note's monthly figure (positions, colours): the tie rule is never
// applied again here.

import { sortCommunities } from '../../metrics/serialize-metrics.ts';
import { LEVELS, type FunctionDef, type KommuneData, type KommuneMetrics, type Level, type NodePosition, type StudyConfig } from '../../types.ts';

/** The level's word in file and attribute names: `daglig`, `ukentlig`, `maanedlig`. */
export const LEVEL_FILE_WORD: Record<Level, string> = { daily: 'daglig', weekly: 'ukentlig', monthly: 'maanedlig' };

/** Weight of a tie by its strongest level (CONTRACT §6). */
export const LEVEL_WEIGHT: Record<Level, number> = { daily: 3, weekly: 2, monthly: 1 };

export type AttributeType = 'string' | 'int' | 'double' | 'boolean';
export type AttributeValue = string | number | boolean;

/** A node attribute: its name in every file (ASCII, no spaces) and its type. */
export interface AttributeDef {
  key: string;
  type: AttributeType;
  /** Only in the per-level files of this level (VNA), and with the level's suffix in the others. */
  level?: Level;
  /** The name in the per-level files, where the level is the file's own. */
  base: string;
}

export interface NetworkNode {
  /** The person's id (study files: `<slug>:<id>`). */
  id: string;
  /** The primary function's label: what the figures write beside the square. Never a name. */
  label: string;
  /** Values by attribute key; every attribute of the model has one. */
  values: Record<string, AttributeValue>;
  /** 1-based index of the primary function in study.yaml's list (Pajek's partition). */
  functionNumber: number;
  /** Where the note's monthly figure draws the person, y upwards (Gephi's and R's orientation). */
  position?: { x: number; y: number; size: number; colour: string };
}

export interface NetworkEdge {
  source: string;
  target: string;
  /** The most frequent level at which the tie exists. */
  level: Level;
  weight: number;
}

export interface NetworkModel {
  /** `kommunenotat: Oppdal` or the study's title, for the files' descriptions. */
  title: string;
  /** The note's date (YYYY-MM-DD), never the clock. */
  date: string;
  attributes: AttributeDef[];
  nodes: NetworkNode[];
  /** Every tie of the monthly network (which holds the weekly and daily ones), source < target within a kommune. */
  edges: NetworkEdge[];
  /** The ties of each level, as the metrics hold them. */
  levels: Record<Level, [string, string][]>;
  functions: FunctionDef[];
  /** The kommuner in the model, in study order. */
  kommuner: { slug: string; name: string }[];
}

/** The attributes of every person, in file order; `study` adds the kommune. */
export function attributeDefs(study: boolean): AttributeDef[] {
  const plain = (key: string, type: AttributeType): AttributeDef => ({ key, type, base: key });
  const perLevel = LEVELS.flatMap((level) =>
    (
      [
        ['grad', 'int'],
        ['betweenness', 'double'],
        ['klynge', 'int'],
        ['brobygger', 'boolean'],
      ] as const
    ).map(([base, type]): AttributeDef => ({ key: `${base}_${LEVEL_FILE_WORD[level]}`, type, level, base })),
  );
  return [
    ...(study ? [plain('kommune', 'string'), plain('kommune_navn', 'string')] : []),
    plain('funksjon', 'string'),
    plain('funksjon_etikett', 'string'),
    plain('funksjoner', 'string'),
    plain('respondent', 'boolean'),
    ...perLevel,
  ];
}

/**
 * One kommune's network as the note counts it. `kommune` comes without names (privacy.ts
 * withoutNames); `positions` are the monthly figure's (Figure.positions), or none.
 */
export function kommuneNetwork(
  config: StudyConfig,
  kommune: Pick<KommuneData, 'slug' | 'name' | 'persons' | 'responses'>,
  metrics: KommuneMetrics,
  positions: readonly NodePosition[] | undefined,
  date: string,
): NetworkModel {
  const functions = new Map(config.functions.map((f, i) => [f.code, { def: f, number: i + 1 }]));
  const respondents = new Set(kommune.responses.map((r) => r.id));
  const placed = new Map((positions ?? []).map((p) => [p.id, p]));
  const level = levelLookups(metrics);
  const persons = [...kommune.persons].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const nodes = persons.map((person): NetworkNode => {
    const primary = functions.get(person.functions[0] ?? '');
    const values: Record<string, AttributeValue> = {
      funksjon: person.functions[0] ?? '',
      funksjon_etikett: primary?.def.label ?? '',
      funksjoner: person.functions.join('|'),
      respondent: respondents.has(person.id),
    };
    for (const l of LEVELS) {
      const word = LEVEL_FILE_WORD[l];
      const network = metrics.networks[l];
      values[`grad_${word}`] = network.degree[person.id] ?? 0;
      values[`betweenness_${word}`] = network.betweenness[person.id] ?? 0;
      values[`klynge_${word}`] = level[l].community.get(person.id) ?? 0;
      values[`brobygger_${word}`] = level[l].brokers.has(person.id);
    }
    const at = placed.get(person.id);
    return {
      id: person.id,
      label: primary?.def.label ?? person.functions[0] ?? '',
      values,
      functionNumber: primary?.number ?? 0,
      position: at && { x: round(at.x), y: round(-at.y), size: round(at.size), colour: at.colour },
    };
  });
  const daily = tieSet(metrics.networks.daily.ties);
  const weekly = tieSet(metrics.networks.weekly.ties);
  const edges = metrics.networks.monthly.ties.map(([a, b]): NetworkEdge => {
    const key = `${a}\u0000${b}`;
    const strongest: Level = daily.has(key) ? 'daily' : weekly.has(key) ? 'weekly' : 'monthly';
    return { source: a, target: b, level: strongest, weight: LEVEL_WEIGHT[strongest] };
  });
  return {
    title: `kommunenotat: ${kommune.name}`,
    date,
    attributes: attributeDefs(false),
    nodes,
    edges,
    levels: { daily: metrics.networks.daily.ties, weekly: metrics.networks.weekly.ties, monthly: metrics.networks.monthly.ties },
    functions: config.functions,
    kommuner: [{ slug: kommune.slug, name: kommune.name }],
  };
}

/** Space between two kommuner's figures side by side in the study's files. */
const STUDY_GAP = 80;

/**
 * Every kommune of the study in one network: ids prefixed `<slug>:` (unique, since neither slugs
 * nor ids hold `:`), the kommune as an attribute, each kommune's figure placed right of the one before.
 */
export function studyNetwork(title: string, date: string, kommuner: readonly NetworkModel[]): NetworkModel {
  const nodes: NetworkNode[] = [];
  const edges: NetworkEdge[] = [];
  const levels: Record<Level, [string, string][]> = { daily: [], weekly: [], monthly: [] };
  let left = 0;
  for (const model of kommuner) {
    const { slug, name } = model.kommuner[0]!;
    const prefix = (id: string) => `${slug}:${id}`;
    const xs = model.nodes.flatMap((n) => (n.position ? [n.position.x] : []));
    const shift = xs.length > 0 ? left - Math.min(...xs) : 0;
    for (const node of model.nodes) {
      nodes.push({
        ...node,
        id: prefix(node.id),
        values: { kommune: slug, kommune_navn: name, ...node.values },
        position: node.position && { ...node.position, x: round(node.position.x + shift) },
      });
    }
    if (xs.length > 0) left += Math.max(...xs) - Math.min(...xs) + STUDY_GAP;
    for (const edge of model.edges) edges.push({ ...edge, source: prefix(edge.source), target: prefix(edge.target) });
    for (const l of LEVELS) levels[l].push(...model.levels[l].map(([a, b]): [string, string] => [prefix(a), prefix(b)]));
  }
  return {
    title,
    date,
    attributes: attributeDefs(true),
    nodes,
    edges,
    levels,
    functions: kommuner[0]?.functions ?? [],
    kommuner: kommuner.map((m) => m.kommuner[0]!),
  };
}

/** Per level: each person's community number (1-based, in metrics.json's order; persons without ties 0) and the brokers. */
function levelLookups(metrics: KommuneMetrics): Record<Level, { community: Map<string, number>; brokers: Set<string> }> {
  const out = {} as Record<Level, { community: Map<string, number>; brokers: Set<string> }>;
  for (const l of LEVELS) {
    const network = metrics.networks[l];
    const community = new Map(sortCommunities(network.communities).flatMap((members, i) => members.map((id): [string, number] => [id, i + 1])));
    out[l] = { community, brokers: new Set(network.brokers) };
  }
  return out;
}

function tieSet(ties: readonly [string, string][]): Set<string> {
  return new Set(ties.map(([a, b]) => `${a}\u0000${b}`));
}

/** Positions to a hundredth of a unit (a quarter of a mm is 1 unit): short, and the same on every machine. */
function round(value: number): number {
  const r = Math.round(value * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
}
