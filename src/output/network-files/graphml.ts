// nettverk.graphml: GraphML with typed keys (attr.type), for R igraph (read_graph(format = "graphml")),
// networkx (read_graphml) and statnet via igraph/intergraph. Positions and colours are the `x`, `y`
// and `color` keys, which igraph's plot() uses as they are.

import { LEVEL_FILE_WORD, type AttributeType, type NetworkModel } from './model.ts';
import { numberText, valueText, xmlEscape } from './xml.ts';

const GRAPHML_TYPE: Record<AttributeType, string> = { string: 'string', int: 'int', double: 'double', boolean: 'boolean' };

export function writeGraphml(model: NetworkModel): string {
  const placed = model.nodes.some((n) => n.position);
  const keys = [
    key('label', 'node', 'string'),
    ...model.attributes.map((a) => key(a.key, 'node', GRAPHML_TYPE[a.type])),
    ...(placed ? [key('x', 'node', 'double'), key('y', 'node', 'double'), key('color', 'node', 'string')] : []),
    key('niva', 'edge', 'string'),
    key('weight', 'edge', 'double'),
  ];
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <desc>${xmlEscape(`${model.title} (${model.date}): every person, every tie at its most frequent level (weight: daglig 3, ukentlig 2, maanedlig 1)`)}</desc>`,
    ...keys,
    '  <graph id="nettverk" edgedefault="undirected">',
  ];
  for (const node of model.nodes) {
    lines.push(`    <node id="${xmlEscape(node.id)}">`, data('label', node.label));
    for (const a of model.attributes) lines.push(data(a.key, valueText(node.values[a.key]!)));
    if (node.position) {
      lines.push(data('x', numberText(node.position.x)), data('y', numberText(node.position.y)), data('color', node.position.colour.toLowerCase()));
    }
    lines.push('    </node>');
  }
  for (const edge of model.edges) {
    lines.push(
      `    <edge source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">`,
      data('niva', LEVEL_FILE_WORD[edge.level]),
      data('weight', String(edge.weight)),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function key(name: string, domain: 'node' | 'edge', type: string): string {
  return `  <key id="${name}" for="${domain}" attr.name="${name}" attr.type="${type}"/>`;
}

function data(name: string, value: string): string {
  return `      <data key="${name}">${xmlEscape(value)}</data>`;
}
