// KommuneMetrics → the text of metrics.json: deterministic key order, ids sorted, numbers unrounded.

import { KommunenotatError } from '../errors.ts';
import {
  CONTACT_TYPES,
  LEVELS,
  type BodyMetrics,
  type KommuneMetrics,
  type NetworkMetrics,
  type RatingMetrics,
  type TextMetrics,
} from '../types.ts';
import { compareIds, sortIds } from './ids.ts';

/** A JSON value whose object keys keep the order given (plain JS objects move integer-like keys first). */
type Json = null | boolean | number | string | Json[] | OrderedObject;
interface OrderedObject {
  entries: [string, Json][];
}

/**
 * The text of metrics.json: 2-space indent as JSON.stringify writes it, a trailing newline, keys in
 * the contract's order, maps keyed by person id or by a code found in the data sorted as strings
 * (plain `<`), maps keyed by study.yaml / kommune.yaml ids in the order of the record, id lists sorted
 * (brokers stay most important first, communities by size then first id).
 */
export function serializeMetrics(m: KommuneMetrics): string {
  const json = object([
    ['kommune', m.kommune],
    ['persons', m.persons],
    ['respondents', m.respondents],
    ['responseRate', m.responseRate],
    ['functions', object(Object.entries(m.functions))],
    ['functionTotal', m.functionTotal],
    ['questions', object(Object.entries(m.questions).map(([id, q]) => [id, question(q)]))],
    ['networks', object(LEVELS.map((level) => [level, network(m.networks[level])]))],
    [
      'political',
      object([
        ['answered', m.political.answered],
        ['withAnyContact', m.political.withAnyContact],
        ['bodies', object(Object.entries(m.political.bodies).map(([id, body]) => [id, politicalBody(body)]))],
        ['anyBodyTypes', perContactType(m.political.anyBodyTypes)],
        ['byFunction', byId(m.political.byFunction, (f) => object([['respondents', f.respondents], ['withContact', f.withContact]]))],
      ]),
    ],
  ]);
  return `${stringify(json, '')}\n`;
}

function question(q: RatingMetrics | TextMetrics): Json {
  if (!('valid' in q)) return object([['answered', q.answered]]);
  return object([
    ['answered', q.answered],
    ['dontKnow', q.dontKnow],
    ['valid', q.valid],
    ['mean', q.mean],
    ['counts', object((['1', '2', '3', '4', '5', '6'] as const).map((k) => [k, q.counts[k]]))],
  ]);
}

function network(n: NetworkMetrics): Json {
  return object([
    ['nodes', n.nodes],
    ['edges', n.edges],
    ['density', n.density],
    ['components', n.components],
    ['isolates', sortIds(n.isolates)],
    ['largestComponent', n.largestComponent],
    ['diameter', n.diameter],
    ['averagePathLength', n.averagePathLength],
    ['degree', byId(n.degree, (v) => v)],
    ['betweenness', byId(n.betweenness, (v) => v)],
    ['cutVertices', sortIds(n.cutVertices)],
    ['communities', sortCommunities(n.communities)],
    ['modularity', n.modularity],
    ['brokers', [...n.brokers]],
    ['eiIndex', n.eiIndex],
    [
      'functionEI',
      byId(n.functionEI, (f) => object([['internal', f.internal], ['external', f.external], ['ei', f.ei]])),
    ],
    [
      'brokerage',
      byId(n.brokerage, (r) =>
        object([
          ['coordinator', r.coordinator],
          ['itinerant', r.itinerant],
          ['representative', r.representative],
          ['liaison', r.liaison],
          ['total', r.total],
        ]),
      ),
    ],
    ['ties', sortTies(n.ties)],
  ]);
}

function politicalBody(body: BodyMetrics): Json {
  return object([
    ['persons', body.persons],
    ['types', perContactType(body.types)],
  ]);
}

function perContactType(counts: BodyMetrics['types']): Json {
  return object(CONTACT_TYPES.map((type) => [type, counts[type]]));
}

function byId<T>(record: Readonly<Record<string, T>>, value: (v: T) => Json): OrderedObject {
  return object(sortIds(Object.keys(record)).map((id) => [id, value(record[id]!)]));
}

/** Communities as metrics.json lists them: largest first, then by first id; the network files number them so. */
export function sortCommunities(communities: readonly string[][]): string[][] {
  return communities.map((c) => sortIds(c)).sort((a, b) => b.length - a.length || compareIds(a[0]!, b[0]!));
}

function sortTies(ties: readonly [string, string][]): Json {
  return ties
    .map(([a, b]) => (a < b ? [a, b] : [b, a]))
    .sort((s, t) => compareIds(s[0]!, t[0]!) || compareIds(s[1]!, t[1]!));
}

function object(entries: [string, Json][]): OrderedObject {
  return { entries };
}

/** Same layout as JSON.stringify(value, null, 2), keeping the given key order. */
function stringify(value: Json, indent: string): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new KommunenotatError('internal', `metrics.json: ${value} is not a number`);
    return JSON.stringify(value);
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + stringify(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value.entries.length === 0) return '{}';
  const lines = value.entries.map(([key, v]) => `${inner}${JSON.stringify(key)}: ${stringify(v, inner)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}
