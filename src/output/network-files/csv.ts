// noder.csv and kanter.csv: Gephi's node and edge tables (Data Laboratory → Import spreadsheet), UTF-8
// without byte order mark, `,` between fields, RFC 4180 quoting, `Id`/`Label` and `Source`/`Target`/
// `Type`/`Weight` spelt as Gephi recognises them.

import { LEVEL_FILE_WORD, type NetworkModel } from './model.ts';
import { valueText } from './xml.ts';

export function writeNodesCsv(model: NetworkModel): string {
  const header = ['Id', 'Label', ...model.attributes.map((a) => a.key)];
  const rows = model.nodes.map((n) => [n.id, n.label, ...model.attributes.map((a) => valueText(n.values[a.key]!))]);
  return table([header, ...rows]);
}

export function writeEdgesCsv(model: NetworkModel): string {
  const header = ['Source', 'Target', 'Type', 'Weight', 'niva'];
  const rows = model.edges.map((e) => [e.source, e.target, 'Undirected', String(e.weight), LEVEL_FILE_WORD[e.level]]);
  return table([header, ...rows]);
}

function table(rows: string[][]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
