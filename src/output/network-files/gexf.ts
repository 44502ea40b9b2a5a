// nettverk.gexf: GEXF 1.3 for Gephi, written directly rather than with graphology-gexf, whose
// writer infers each attribute's type from the values (a betweenness that is 0 everywhere would
// become an integer column in one kommune and a double in the next) and cannot be told the types.
// Ties carry no viz: elements: the 1.3 XSD (unlike its RELAX NG schema) does not accept viz:color on
// an edge, and Gephi draws a tie's thickness from its weight anyway.

import { LEVEL_FILE_WORD, type AttributeType, type NetworkModel, type NetworkNode } from './model.ts';
import { numberText, valueText, xmlEscape } from './xml.ts';

const GEXF_TYPE: Record<AttributeType, string> = { string: 'string', int: 'integer', double: 'double', boolean: 'boolean' };

export function writeGexf(model: NetworkModel): string {
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta lastmodifieddate="${xmlEscape(model.date)}">`,
    '    <creator>kommunenotat</creator>',
    `    <description>${xmlEscape(`${model.title}: every person, every tie at its most frequent level (weight: daglig 3, ukentlig 2, maanedlig 1)`)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node">',
    ...model.attributes.map((a) => `      <attribute id="${a.key}" title="${a.key}" type="${GEXF_TYPE[a.type]}"/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="niva" title="niva" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (const node of model.nodes) lines.push(...nodeLines(model, node));
  lines.push('    </nodes>', '    <edges>');
  model.edges.forEach((edge, i) => {
    lines.push(
      `      <edge id="${i}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}" weight="${edge.weight}">`,
      `        <attvalues><attvalue for="niva" value="${LEVEL_FILE_WORD[edge.level]}"/></attvalues>`,
      '      </edge>',
    );
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

function nodeLines(model: NetworkModel, node: NetworkNode): string[] {
  const out = [`      <node id="${xmlEscape(node.id)}" label="${xmlEscape(node.label)}">`, '        <attvalues>'];
  for (const a of model.attributes) out.push(`          <attvalue for="${a.key}" value="${xmlEscape(valueText(node.values[a.key]!))}"/>`);
  out.push('        </attvalues>');
  if (node.position) {
    const { r, g, b } = rgb(node.position.colour);
    out.push(
      `        <viz:color r="${r}" g="${g}" b="${b}"/>`,
      `        <viz:position x="${numberText(node.position.x)}" y="${numberText(node.position.y)}" z="0"/>`,
      `        <viz:size value="${numberText(node.position.size)}"/>`,
      '        <viz:shape value="square"/>',
    );
  }
  out.push('      </node>');
  return out;
}

/** `#rrggbb` (or `#rgb`) → channels; anything else is drawn black. */
export function rgb(colour: string): { r: number; g: number; b: number } {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (!hex) return { r: 0, g: 0, b: 0 };
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return { r: parseInt(full.slice(0, 2), 16), g: parseInt(full.slice(2, 4), 16), b: parseInt(full.slice(4, 6), 16) };
}
