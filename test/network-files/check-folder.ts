// Reads every file of a nettverk/ folder back with the readers of readers.ts (and, where python3
// has networkx, with networkx's read_gexf/read_graphml/read_pajek) and compares what it finds with
// the note: the persons of persons.csv with their functions and answers, and the ties, degree,
// betweenness, communities and bridge builders of metrics.json, level by level.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { KommuneData, Level, StudyConfig } from '../../src/types.ts';
import { readClu, readCsv, readDl, readGexf, readGraphml, readPajek, readVna, type ReadGraph, type Value } from './readers.ts';

export const LEVEL_WORDS: Record<Level, string> = { daily: 'daglig', weekly: 'ukentlig', monthly: 'maanedlig' };
const LEVELS: Level[] = ['daily', 'weekly', 'monthly'];
const WEIGHT: Record<Level, number> = { daily: 3, weekly: 2, monthly: 1 };

export const FILES = [
  'README.txt', 'daglig.clu', 'daglig.dl', 'daglig.net', 'daglig.vna', 'kanter.csv', 'maanedlig.clu', 'maanedlig.dl',
  'maanedlig.net', 'maanedlig.vna', 'nettverk.gexf', 'nettverk.graphml', 'noder.csv', 'ukentlig.clu', 'ukentlig.dl',
  'ukentlig.net', 'ukentlig.vna',
];

interface MetricsJson {
  networks: Record<Level, {
    degree: Record<string, number>;
    betweenness: Record<string, number>;
    communities: string[][];
    brokers: string[];
    ties: [string, string][];
  }>;
}

export interface ExpectedPerson {
  id: string;
  kommune: string;
  functions: string[];
  label: string;
  functionNumber: number;
  respondent: boolean;
  attributes: Record<string, Value>;
}

export interface Expected {
  persons: ExpectedPerson[];
  /** Per level, `a b` with a < b (prefixed ids in the study's folder). */
  ties: Record<Level, Set<string>>;
  /** Every tie with its most frequent level. */
  strongest: Map<string, Level>;
  labels: string[];
}

const pair = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** What the note counts for one kommune: from its data and the metrics.json its build wrote. */
export function expectedOf(config: StudyConfig, kommune: KommuneData, metrics: MetricsJson, prefix = ''): Expected {
  const respondents = new Set(kommune.responses.map((r) => r.id));
  const persons = [...kommune.persons].sort((a, b) => (a.id < b.id ? -1 : 1)).map((p): ExpectedPerson => {
    const index = config.functions.findIndex((f) => f.code === p.functions[0]);
    const attributes: Record<string, Value> = {
      ...(prefix ? { kommune: kommune.slug, kommune_navn: kommune.name } : {}),
      funksjon: p.functions[0]!,
      funksjon_etikett: config.functions[index]!.label,
      funksjoner: p.functions.join('|'),
      respondent: respondents.has(p.id),
    };
    for (const level of LEVELS) {
      const n = metrics.networks[level];
      const w = LEVEL_WORDS[level];
      attributes[`grad_${w}`] = n.degree[p.id]!;
      attributes[`betweenness_${w}`] = n.betweenness[p.id]!;
      attributes[`klynge_${w}`] = n.communities.findIndex((c) => c.includes(p.id)) + 1;
      attributes[`brobygger_${w}`] = n.brokers.includes(p.id);
    }
    return { id: prefix + p.id, kommune: kommune.slug, functions: p.functions, label: config.functions[index]!.label, functionNumber: index + 1, respondent: respondents.has(p.id), attributes };
  });
  const ties = {} as Record<Level, Set<string>>;
  for (const level of LEVELS) ties[level] = new Set(metrics.networks[level].ties.map(([a, b]) => pair(prefix + a, prefix + b)));
  const strongest = new Map<string, Level>();
  for (const level of [...LEVELS].reverse()) for (const t of ties[level]) strongest.set(t, level);
  return { persons, ties, strongest, labels: config.functions.map((f) => f.label) };
}

/** The expectations of several kommuner as one (the study's folder). */
export function merged(parts: Expected[]): Expected {
  const ties = {} as Record<Level, Set<string>>;
  for (const level of LEVELS) ties[level] = new Set(parts.flatMap((p) => [...p.ties[level]]));
  return { persons: parts.flatMap((p) => p.persons), ties, strongest: new Map(parts.flatMap((p) => [...p.strongest])), labels: parts[0]!.labels };
}

export function readMetrics(dir: string): MetricsJson {
  return JSON.parse(readFileSync(join(dir, 'metrics.json'), 'utf8')) as MetricsJson;
}

const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');

function expectGraph(graph: ReadGraph, expected: Expected, format: string): void {
  expect(graph.directed, format).toBe(false);
  expect(graph.nodes.map((n) => n.id), `${format}: persons`).toEqual(expected.persons.map((p) => p.id));
  for (const [i, person] of expected.persons.entries()) {
    const node = graph.nodes[i]!;
    expect(node.label, `${format}: label of ${person.id}`).toBe(person.label);
    expect(node.attributes, `${format}: attributes of ${person.id}`).toEqual(person.attributes);
  }
  const ties = new Map(graph.edges.map((e) => [pair(e.source, e.target), e]));
  expect(ties.size, `${format}: each tie once`).toBe(graph.edges.length);
  expect(new Set(ties.keys()), `${format}: ties`).toEqual(expected.ties.monthly);
  for (const [key, edge] of ties) {
    const level = expected.strongest.get(key)!;
    expect(edge.weight, `${format}: weight of ${key}`).toBe(WEIGHT[level]);
    expect(edge.attributes.niva, `${format}: level of ${key}`).toBe(LEVEL_WORDS[level]);
  }
}

function typesOf(expected: Expected, map: { int: string; double: string; boolean: string; string: string }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(expected.persons[0]!.attributes)) {
    out[key] = typeof value === 'boolean' ? map.boolean : typeof value === 'string' ? map.string : /^(grad|klynge)_/.test(key) ? map.int : map.double;
  }
  return out;
}

/** Every file of `dir` (a nettverk/ folder) against `expected`. */
export function checkNetworkFolder(dir: string, expected: Expected): void {
  expect(readdirSync(dir).sort()).toEqual(FILES);

  const gexf = readGexf(read(dir, 'nettverk.gexf'));
  expectGraph(gexf, expected, 'GEXF');
  expect(gexf.types).toMatchObject({ ...typesOf(expected, { int: 'integer', double: 'double', boolean: 'boolean', string: 'string' }), niva: 'string' });
  for (const node of gexf.nodes) expect(node.position, `GEXF: viz of ${node.id}`).toMatchObject({ x: expect.any(Number), y: expect.any(Number), colour: expect.stringMatching(/^#[0-9a-f]{6}$/) });

  const graphml = readGraphml(read(dir, 'nettverk.graphml'));
  expectGraph(graphml, expected, 'GraphML');
  expect(graphml.types).toMatchObject({ ...typesOf(expected, { int: 'int', double: 'double', boolean: 'boolean', string: 'string' }), weight: 'double', niva: 'string', x: 'double', y: 'double' });
  graphml.nodes.forEach((node, i) => expect(node.position, `GraphML: position of ${node.id}`).toEqual(gexf.nodes[i]!.position && { x: gexf.nodes[i]!.position!.x, y: gexf.nodes[i]!.position!.y, colour: gexf.nodes[i]!.position!.colour }));

  const nodes = readCsv(read(dir, 'noder.csv'));
  expect(nodes.header.slice(0, 2)).toEqual(['Id', 'Label']);
  expect(nodes.rows.map((r) => r.Id)).toEqual(expected.persons.map((p) => p.id));
  for (const [i, person] of expected.persons.entries()) {
    const row = nodes.rows[i]!;
    expect(row.Label).toBe(person.label);
    for (const [key, value] of Object.entries(person.attributes)) expect(row[key], `noder.csv: ${key} of ${person.id}`).toBe(String(value));
  }
  const edges = readCsv(read(dir, 'kanter.csv'));
  expect(edges.header).toEqual(['Source', 'Target', 'Type', 'Weight', 'niva']);
  expect(new Set(edges.rows.map((r) => pair(r.Source!, r.Target!)))).toEqual(expected.ties.monthly);
  for (const r of edges.rows) {
    const level = expected.strongest.get(pair(r.Source!, r.Target!))!;
    expect([r.Type, r.Weight, r.niva]).toEqual(['Undirected', String(WEIGHT[level]), LEVEL_WORDS[level]]);
  }

  const readme = read(dir, 'README.txt');
  for (const level of LEVELS) {
    const word = LEVEL_WORDS[level];
    const ids = expected.persons.map((p) => p.id);

    const dl = readDl(read(dir, `${word}.dl`));
    expect(dl.n).toBe(ids.length);
    expect(dl.labels).toEqual(ids);
    const arcs = new Set(dl.arcs.map(([a, b]) => `${a} ${b}`));
    expect(arcs.size, `${word}.dl: no arc twice`).toBe(dl.arcs.length);
    expect(new Set(dl.arcs.map(([a, b]) => pair(a, b))), `${word}.dl: ties`).toEqual(expected.ties[level]);
    for (const [a, b] of dl.arcs) expect(arcs.has(`${b} ${a}`), `${word}.dl: ${b} ${a} beside ${a} ${b}`).toBe(true);

    const vna = readVna(read(dir, `${word}.vna`));
    expect(vna.nodes.map((n) => n.ID)).toEqual(ids);
    for (const [i, person] of expected.persons.entries()) {
      const row = vna.nodes[i]!;
      for (const [key, value] of Object.entries(person.attributes)) {
        const base = key.endsWith(`_${word}`) ? key.slice(0, -word.length - 1) : /_(daglig|ukentlig|maanedlig)$/.test(key) ? undefined : key;
        if (base !== undefined) expect(row[base], `${word}.vna: ${base} of ${person.id}`).toBe(String(value));
      }
    }
    expect(vna.tieColumns).toEqual(['from', 'to', word, 'styrke']);
    expect(new Set(vna.ties.map((t) => pair(t.from!, t.to!)))).toEqual(expected.ties[level]);
    for (const t of vna.ties) expect(t.styrke).toBe(String(WEIGHT[expected.strongest.get(pair(t.from!, t.to!))!]));

    const pajek = readPajek(read(dir, `${word}.net`));
    expect(pajek.labels).toEqual(ids);
    expect(pajek.edges.length).toBe(expected.ties[level].size);
    expect(new Set(pajek.edges.map(([a, b]) => pair(a, b)))).toEqual(expected.ties[level]);
    expect(readClu(read(dir, `${word}.clu`))).toEqual(expected.persons.map((p) => p.functionNumber));
  }
  // The partition's legend: every function's number, code and label (with its æøå).
  for (const [i, label] of expected.labels.entries()) expect(readme).toMatch(new RegExp(`^ +${i + 1} +\\S+ +${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`, 'm'));
}

/** Labels with letters beyond ASCII (æøå) read back from the formats that carry labels. */
export function labelsRead(dir: string): Set<string> {
  const out = new Set<string>();
  for (const n of readGexf(read(dir, 'nettverk.gexf')).nodes) out.add(n.label!);
  for (const n of readGraphml(read(dir, 'nettverk.graphml')).nodes) out.add(n.label!);
  for (const r of readCsv(read(dir, 'noder.csv')).rows) out.add(r.Label!);
  for (const r of readVna(read(dir, 'daglig.vna')).nodes) out.add(r.funksjon_etikett!);
  return out;
}

const NETWORKX_SCRIPT = fileURLToPath(new URL('./read-networkx.py', import.meta.url));
export const hasNetworkx = spawnSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;

interface NetworkxRead {
  gexf: { nodes: Record<string, Record<string, Value>>; edges: [string, string, Record<string, Value>][] };
  graphml: { nodes: Record<string, Record<string, Value>>; edges: [string, string, Record<string, Value>][] };
  pajek: Record<string, { nodes: string[]; edges: [string, string][] }>;
}

/** Each folder as networkx reads it (read_gexf, read_graphml, read_pajek), compared with its expectation. */
export function checkWithNetworkx(folders: [dir: string, expected: Expected][]): void {
  const result = spawnSync('python3', [NETWORKX_SCRIPT, ...folders.map(([dir]) => dir)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`read-networkx.py: ${result.stderr}`);
  const reads = JSON.parse(result.stdout) as NetworkxRead[];
  folders.forEach(([, expected], i) => compareNetworkx(reads[i]!, expected));
}

function compareNetworkx(read: NetworkxRead, expected: Expected): void {
  for (const format of ['gexf', 'graphml'] as const) {
    const graph = read[format];
    expect(Object.keys(graph.nodes), `networkx ${format}: persons`).toEqual(expected.persons.map((p) => p.id));
    for (const person of expected.persons) {
      expect(graph.nodes[person.id], `networkx ${format}: ${person.id}`).toMatchObject({ ...person.attributes, label: person.label });
    }
    expect(new Set(graph.edges.map(([a, b]) => pair(a, b))), `networkx ${format}: ties`).toEqual(expected.ties.monthly);
    for (const [a, b, data] of graph.edges) {
      const level = expected.strongest.get(pair(a, b))!;
      expect(data, `networkx ${format}: ${a} ${b}`).toMatchObject({ weight: WEIGHT[level], niva: LEVEL_WORDS[level] });
    }
  }
  for (const level of LEVELS) {
    const pajek = read.pajek[LEVEL_WORDS[level]]!;
    expect(pajek.nodes, `networkx pajek ${level}`).toEqual(expected.persons.map((p) => p.id));
    expect(new Set(pajek.edges.map(([a, b]) => pair(a, b))), `networkx pajek ${level}: ties`).toEqual(expected.ties[level]);
    expect(pajek.edges.length).toBe(expected.ties[level].size);
  }
}
