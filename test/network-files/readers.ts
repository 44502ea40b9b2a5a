// Readers of the network files written from the formats' specifications, independent of the
// writers in src/output/network-files/: GEXF 1.3 and GraphML through a W3C DOM parser
// (@xmldom/xmldom), UCINET DL, NetDraw VNA, Pajek .net/.clu and RFC 4180 CSV by their line grammar.
// Each returns persons and ties as plain data for the tests to compare with the note's metrics.

import { DOMParser, type Element } from '@xmldom/xmldom';

export type Value = string | number | boolean;

export interface ReadNode {
  id: string;
  label?: string;
  attributes: Record<string, Value>;
  position?: { x: number; y: number; size?: number; colour?: string };
}

export interface ReadEdge {
  source: string;
  target: string;
  weight?: number;
  attributes: Record<string, Value>;
}

export interface ReadGraph {
  nodes: ReadNode[];
  edges: ReadEdge[];
  /** Declared attribute types by name (the XML formats). */
  types: Record<string, string>;
  directed?: boolean;
}

const GEXF = 'http://gexf.net/1.3';
const VIZ = 'http://gexf.net/1.3/viz';
const GRAPHML = 'http://graphml.graphdrawing.org/xmlns';

function parseXml(text: string): Element {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => { if (level !== 'warning') errors.push(message); } }).parseFromString(text, 'text/xml');
  if (errors.length > 0) throw new Error(`XML: ${errors.join('; ')}`);
  return doc.documentElement as unknown as Element;
}

function children(el: Element, ns: string, name: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === name) out.push(n as Element);
  }
  return out;
}

function child(el: Element, ns: string, name: string): Element | undefined {
  return children(el, ns, name)[0];
}

/** A typed value as GEXF and GraphML define the types (integer/int, double, boolean, string). */
function typed(type: string, text: string): Value {
  switch (type) {
    case 'integer': case 'int': case 'long': {
      if (!/^-?\d+$/.test(text)) throw new Error(`not an integer: "${text}"`);
      return Number(text);
    }
    case 'double': case 'float': {
      const n = Number(text);
      if (text.trim() === '' || !Number.isFinite(n)) throw new Error(`not a number: "${text}"`);
      return n;
    }
    case 'boolean':
      if (text !== 'true' && text !== 'false') throw new Error(`not a boolean: "${text}"`);
      return text === 'true';
    default:
      return text;
  }
}

export function readGexf(text: string): ReadGraph {
  const root = parseXml(text);
  if (root.namespaceURI !== GEXF || root.getAttribute('version') !== '1.3') throw new Error('not GEXF 1.3');
  const graph = child(root, GEXF, 'graph')!;
  const types: Record<string, string> = {};
  const titles: Record<string, string> = {};
  for (const block of children(graph, GEXF, 'attributes')) {
    for (const a of children(block, GEXF, 'attribute')) {
      types[`${block.getAttribute('class')}:${a.getAttribute('title')}`] = a.getAttribute('type')!;
      titles[`${block.getAttribute('class')}:${a.getAttribute('id')}`] = a.getAttribute('title')!;
    }
  }
  const values = (el: Element, cls: string): Record<string, Value> => {
    const out: Record<string, Value> = {};
    const block = child(el, GEXF, 'attvalues');
    for (const v of block ? children(block, GEXF, 'attvalue') : []) {
      const title = titles[`${cls}:${v.getAttribute('for')}`]!;
      out[title] = typed(types[`${cls}:${title}`]!, v.getAttribute('value')!);
    }
    return out;
  };
  const nodes = children(child(graph, GEXF, 'nodes')!, GEXF, 'node').map((n): ReadNode => {
    const pos = child(n, VIZ, 'position');
    const colour = child(n, VIZ, 'color');
    const size = child(n, VIZ, 'size');
    const hex = colour && `#${['r', 'g', 'b'].map((c) => Number(colour.getAttribute(c)).toString(16).padStart(2, '0')).join('')}`;
    return {
      id: n.getAttribute('id')!,
      label: n.getAttribute('label') ?? undefined,
      attributes: values(n, 'node'),
      position: pos && { x: Number(pos.getAttribute('x')), y: Number(pos.getAttribute('y')), size: size ? Number(size.getAttribute('value')) : undefined, colour: hex },
    };
  });
  const edges = children(child(graph, GEXF, 'edges')!, GEXF, 'edge').map((e): ReadEdge => ({
    source: e.getAttribute('source')!,
    target: e.getAttribute('target')!,
    weight: e.hasAttribute('weight') ? Number(e.getAttribute('weight')) : undefined,
    attributes: values(e, 'edge'),
  }));
  const strip = (prefix: string) => Object.fromEntries(Object.entries(types).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
  return { nodes, edges, types: { ...strip('edge:'), ...strip('node:') }, directed: graph.getAttribute('defaultedgetype') !== 'undirected' };
}

export function readGraphml(text: string): ReadGraph {
  const root = parseXml(text);
  if (root.namespaceURI !== GRAPHML) throw new Error('not GraphML');
  const keys = new Map(children(root, GRAPHML, 'key').map((k) => [k.getAttribute('id')!, { name: k.getAttribute('attr.name')!, type: k.getAttribute('attr.type')! }]));
  const graph = child(root, GRAPHML, 'graph')!;
  const data = (el: Element): Record<string, Value> =>
    Object.fromEntries(children(el, GRAPHML, 'data').map((d) => {
      const key = keys.get(d.getAttribute('key')!)!;
      return [key.name, typed(key.type, d.textContent ?? '')];
    }));
  const nodes = children(graph, GRAPHML, 'node').map((n): ReadNode => {
    const attributes = data(n);
    const { label, x, y, color, ...rest } = attributes;
    return {
      id: n.getAttribute('id')!,
      label: label as string | undefined,
      attributes: rest,
      position: x === undefined ? undefined : { x: x as number, y: y as number, colour: color as string },
    };
  });
  const edges = children(graph, GRAPHML, 'edge').map((e): ReadEdge => {
    const { weight, ...attributes } = data(e);
    return { source: e.getAttribute('source')!, target: e.getAttribute('target')!, weight: weight as number | undefined, attributes };
  });
  const types = Object.fromEntries([...keys.values()].map((k) => [k.name, k.type]));
  return { nodes, edges, types, directed: graph.getAttribute('edgedefault') !== 'undirected' };
}

/** UCINET DL, edgelist1: `dl n=`, `format = edgelist1`, optional `labels:` list, `labels embedded`, `data:`. */
export function readDl(text: string): { n: number; labels: string[]; arcs: [string, string][] } {
  const tokens = (line: string) => line.match(/"[^"]*"|[^\s,]+/g)?.map((t) => t.replace(/^"|"$/g, '')) ?? [];
  const lines = text.split(/\r?\n/);
  const header = /^dl\s+n\s*=\s*(\d+)\s*$/i.exec(lines[0] ?? '');
  if (!header) throw new Error(`DL: first line "${lines[0]}"`);
  if (!/^format\s*=\s*edgelist1$/i.test(lines[1] ?? '')) throw new Error(`DL: second line "${lines[1]}"`);
  let mode: 'header' | 'labels' | 'data' = 'header';
  let embedded = false;
  const labels: string[] = [];
  const arcs: [string, string][] = [];
  for (const line of lines.slice(2)) {
    if (/^labels:\s*$/i.test(line)) mode = 'labels';
    else if (/^labels\s+embedded:?\s*$/i.test(line)) embedded = true;
    else if (/^data:\s*$/i.test(line)) mode = 'data';
    else if (line.trim() === '') continue;
    else if (mode === 'labels') labels.push(...tokens(line));
    else if (mode === 'data') {
      const [a, b, extra] = tokens(line);
      if (!a || !b || extra !== undefined) throw new Error(`DL: data line "${line}"`);
      arcs.push([a, b]);
    } else throw new Error(`DL: unexpected line "${line}"`);
  }
  if (!embedded) throw new Error('DL: no "labels embedded"');
  return { n: Number(header[1]), labels, arcs };
}

/** Fields split on whitespace, a field in double quotes may hold spaces (NetDraw's VNA). */
function quotedFields(line: string): string[] {
  return (line.match(/"[^"]*"|\S+/g) ?? []).map((t) => (t.startsWith('"') ? t.slice(1, -1) : t));
}

export function readVna(text: string): { nodeColumns: string[]; nodes: Record<string, string>[]; tieColumns: string[]; ties: Record<string, string>[] } {
  const sections = new Map<string, string[][]>();
  let current: string[][] | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    if (line.startsWith('*')) {
      current = [];
      sections.set(line.slice(1).trim().toLowerCase(), current);
    } else current!.push(quotedFields(line));
  }
  const table = (name: string) => {
    const [columns = [], ...rows] = sections.get(name) ?? [];
    for (const row of rows) if (row.length !== columns.length) throw new Error(`VNA ${name}: ${row.length} fields for ${columns.length} columns`);
    return { columns, rows: rows.map((row) => Object.fromEntries(row.map((v, i) => [columns[i]!, v]))) };
  };
  const nodes = table('node data');
  const ties = table('tie data');
  return { nodeColumns: nodes.columns, nodes: nodes.rows, tieColumns: ties.columns, ties: ties.rows };
}

/** Pajek: `*Vertices n`, `i "label"` lines (numbered 1..n in order), `*Edges` with `i j` lines. `&#dddd;` decoded. */
export function readPajek(text: string): { labels: string[]; edges: [string, string][] } {
  if (/[^\x00-\x7e]/.test(text)) throw new Error('Pajek: not plain ASCII');
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const head = /^\*Vertices\s+(\d+)$/i.exec(lines[0] ?? '');
  if (!head) throw new Error(`Pajek: first line "${lines[0]}"`);
  const n = Number(head[1]);
  const labels: string[] = [];
  for (let i = 1; i <= n; i++) {
    const m = /^(\d+)\s+"([^"]*)"$/.exec(lines[i] ?? '');
    if (!m || Number(m[1]) !== i) throw new Error(`Pajek: vertex line "${lines[i]}"`);
    labels.push(m[2]!.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))));
  }
  if (!/^\*Edges$/i.test(lines[n + 1] ?? '')) throw new Error(`Pajek: "${lines[n + 1]}" where *Edges belongs`);
  const edges = lines.slice(n + 2).map((line): [string, string] => {
    const m = /^(\d+)\s+(\d+)$/.exec(line);
    if (!m) throw new Error(`Pajek: edge line "${line}"`);
    return [labels[Number(m[1]) - 1]!, labels[Number(m[2]) - 1]!];
  });
  return { labels, edges };
}

export function readClu(text: string): number[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const n = Number(/^\*Vertices\s+(\d+)$/i.exec(lines[0] ?? '')?.[1]);
  const values = lines.slice(1).map((l) => {
    if (!/^\d+$/.test(l)) throw new Error(`.clu line "${l}"`);
    return Number(l);
  });
  if (values.length !== n) throw new Error(`.clu: ${values.length} values for ${n} vertices`);
  return values;
}

/** RFC 4180 with `,`; returns rows of header-keyed records. Fails on a BOM (Gephi would read it into the first header). */
export function readCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  if (text.charCodeAt(0) === 0xfeff) throw new Error('CSV starts with a BOM');
  const records: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), records.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) row.push(field), records.push(row);
  const [header = [], ...rest] = records;
  for (const r of rest) if (r.length !== header.length) throw new Error(`CSV: ${r.length} fields for ${header.length} columns`);
  return { header, rows: rest.map((r) => Object.fromEntries(r.map((v, i) => [header[i]!, v]))) };
}
