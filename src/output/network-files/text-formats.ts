// The per-level text formats: UCINET DL (edgelist1, labels embedded), NetDraw VNA and Pajek .net
// with its .clu partition of primary functions. UCINET and Pajek label a vertex by the person's id
// (a label must tell persons apart there: networkx keys Pajek vertices by label, UCINET edge lists
// name them); the function is the VNA attribute and the Pajek partition.

import type { Level } from '../../types.ts';
import { LEVEL_FILE_WORD, type NetworkModel } from './model.ts';
import { valueText } from './xml.ts';

/**
 * UCINET DL. Every person is listed under `labels:` (so persons without ties are in the matrix too),
 * then every tie twice, a b and b a, so UCINET's matrix is the symmetric one the note counts.
 * One label per line and `format = edgelist1` on its own line, which igraph's DL reader also takes.
 */
export function writeDl(model: NetworkModel, level: Level): string {
  const lines = [`dl n=${model.nodes.length}`, 'format = edgelist1', 'labels:', ...model.nodes.map((n) => dlLabel(n.id)), 'labels embedded:', 'data:'];
  for (const [a, b] of model.levels[level]) lines.push(`${dlLabel(a)} ${dlLabel(b)}`, `${dlLabel(b)} ${dlLabel(a)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Persons UCINET would take for one: its DL reference cuts labels after 18 characters and turns
 * them into capitals. Each entry lists the ids that would become the same label.
 */
export function ucinetLabelClashes(model: NetworkModel): string[][] {
  const byLabel = new Map<string, string[]>();
  for (const { id } of model.nodes) {
    const label = id.slice(0, 18).toUpperCase();
    byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
  }
  return [...byLabel.values()].filter((ids) => ids.length > 1);
}

/** NetDraw VNA: the persons with the level's measures (`grad`, `betweenness`, `klynge`, `brobygger`), then the level's ties. */
export function writeVna(model: NetworkModel, level: Level): string {
  const columns = model.attributes.filter((a) => a.level === undefined || a.level === level);
  const lines = ['*node data', ['ID', ...columns.map((a) => a.base)].join(' ')];
  for (const node of model.nodes) lines.push([vnaField(node.id), ...columns.map((a) => vnaField(valueText(node.values[a.key]!)))].join(' '));
  const weight = new Map(model.edges.map((e) => [`${e.source}\u0000${e.target}`, e.weight]));
  lines.push('*tie data', `from to ${LEVEL_FILE_WORD[level]} styrke`);
  for (const [a, b] of model.levels[level]) lines.push(`${vnaField(a)} ${vnaField(b)} 1 ${weight.get(`${a}\u0000${b}`) ?? 1}`);
  return `${lines.join('\n')}\n`;
}

/** Pajek .net: vertices numbered from 1 in the files' order, labels quoted; the level's ties as *Edges. */
export function writePajek(model: NetworkModel, level: Level): string {
  const number = new Map(model.nodes.map((n, i) => [n.id, i + 1]));
  const lines = [`*Vertices ${model.nodes.length}`, ...model.nodes.map((n, i) => `${i + 1} "${pajekText(n.id)}"`), '*Edges'];
  for (const [a, b] of model.levels[level]) lines.push(`${number.get(a)} ${number.get(b)}`);
  return `${lines.join('\r\n')}\r\n`;
}

/** Pajek .clu: each vertex's primary function as its number in study.yaml (README.txt has the legend). */
export function writeClu(model: NetworkModel): string {
  return `${[`*Vertices ${model.nodes.length}`, ...model.nodes.map((n) => String(n.functionNumber))].join('\r\n')}\r\n`;
}

/**
 * Pajek reads UTF-8 only with a byte order mark, which networkx's read_pajek does not skip; its
 * own convention for other characters, `&#dddd;`, keeps the file plain ASCII for every reader.
 */
export function pajekText(text: string): string {
  return [...text.replace(/"/g, "'")].map((c) => (c.codePointAt(0)! > 126 || c.codePointAt(0)! < 32 ? `&#${c.codePointAt(0)};` : c)).join('');
}

/** A DL label: ids are letters, digits, `_` and `-` (and `:` in the study's files), so plain; anything else is quoted. */
function dlLabel(text: string): string {
  return /^[^\s,"=]+$/.test(text) ? text : `"${text.replace(/"/g, "'")}"`;
}

/** A VNA field: quoted when it holds a space (NetDraw splits on spaces), never holding a quote itself. */
function vnaField(text: string): string {
  const clean = text.replace(/"/g, "'").replace(/[\r\n\t]+/g, ' ');
  return clean === '' || /\s/.test(clean) ? `"${clean}"` : clean;
}
