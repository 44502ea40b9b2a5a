// Render stage: bound sentences. Every sentence of the text that holds a number bound to the data,
// as rendered, with the file and line of the first number in it; the build stores them and the
// change summary lists the sentences whose text changed since the previous build.
//
// How: before a text file is compiled, each `{{…}}` that can print a value is wrapped in invisible
// markers (private-use characters, with the source line); after Handlebars has run, the markers are
// read, removed, and the sentence around each bound value is cut out of the rendered Markdown.

import type { Marker } from './markers.ts';

export interface Binding {
  file: string;
  line: number;
  text: string;
}

/** Where a wrapped mustache stands, and whether its helper always prints a number. */
export interface BoundSite {
  line: number;
  numeric: boolean;
}

const OPEN = '\ue002';
const MID = '\ue003';
const CLOSE = '\ue004';
const SPAN = /\ue002(\d+)\ue003([^\ue002-\ue004]*)\ue004/g;
const ANY_BIND = /[\ue002-\ue004]|\ue002\d+\ue003/g;

/** Helpers whose output is no data value (references, placements, quotes, claims). */
const NOT_VALUES = new Set(['fig', 'Fig', 'tab', 'Tab', 'side', 'figure', 'table', 'sitater', 'claim', 'kapittel']);
/** Helpers that print (or compute) a number from the data. */
const NUMERIC = new Set([
  'tall', 'dec', 'pct', 'av', 'N', 'ord', 'Ord', 'antall', 'add', 'sub', 'mul', 'div', 'mest', 'minst', 'sum', 'rang',
  'høyest', 'hoyest', 'lavest', 'rangert', 'len', 'lesning',
]);

type Node = { type?: string; [key: string]: unknown };

/** Wraps every value-printing mustache of `ast` in markers; returns the sites by marker index. */
export function markBoundOutputs(ast: hbs.AST.Program): BoundSite[] {
  const sites: BoundSite[] = [];
  const visitProgram = (program: hbs.AST.Program | undefined | null): void => {
    if (!program) return;
    const body: hbs.AST.Statement[] = [];
    for (const statement of program.body) {
      if (statement.type === 'MustacheStatement') {
        const m = statement as hbs.AST.MustacheStatement;
        const name = (m.path as hbs.AST.PathExpression).original;
        if (typeof name === 'string' && !NOT_VALUES.has(name) && m.loc) {
          const index = sites.length;
          sites.push({ line: m.loc.start.line, numeric: NUMERIC.has(name) || usesNumeric(m) });
          body.push(content(`${OPEN}${index}${MID}`, m.loc), m, content(CLOSE, m.loc));
          continue;
        }
      }
      if (statement.type === 'BlockStatement') {
        const b = statement as hbs.AST.BlockStatement;
        visitProgram(b.program);
        visitProgram(b.inverse);
      }
      body.push(statement);
    }
    program.body = body;
  };
  visitProgram(ast);
  return sites;
}

/** Reads the markers out of Handlebars' output: the clean text, and the sentences with bound values. */
export function extractBindings(
  output: string,
  file: string,
  sites: BoundSite[],
  describe: (token: number) => string,
): { text: string; bindings: Binding[] } {
  let text = '';
  let last = 0;
  const spans: { start: number; end: number; line: number }[] = [];
  for (const match of output.matchAll(SPAN)) {
    text += output.slice(last, match.index);
    const value = match[2];
    const site = sites[Number(match[1])];
    const start = text.length;
    text += value;
    last = match.index + match[0].length;
    const bound = site && value.trim() !== '' && !value.includes('\ue000') && (site.numeric || /\d/.test(value));
    if (bound) spans.push({ start, end: text.length, line: site.line });
  }
  text += output.slice(last);
  text = text.replace(ANY_BIND, '');
  const bySentence = new Map<number, { line: number; end: number }>();
  for (const span of spans) {
    const [start, end] = sentenceAround(text, span.start, span.end);
    const known = bySentence.get(start);
    if (!known) bySentence.set(start, { line: span.line, end });
  }
  const bindings = [...bySentence.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([start, { line, end }]) => ({ file, line, text: cleanSentence(text.slice(start, end), describe) }))
    .filter((b) => b.text !== '');
  return { text, bindings };
}

/** The sentence of `text` around [from, to): bounded by blocks (blank lines, list items, headings) and sentence ends. */
export function sentenceAround(text: string, from: number, to: number): [number, number] {
  // The block: the lines around it, up to a blank line or a line that starts a list item, heading or table row.
  const lineAt = (start: number) => {
    const nl = text.indexOf('\n', start);
    return text.slice(start, nl === -1 ? undefined : nl);
  };
  let lineStart = text.lastIndexOf('\n', from - 1) + 1;
  while (lineStart > 0 && !startsBlock(lineAt(lineStart))) {
    const prevStart = lineStart >= 2 ? text.lastIndexOf('\n', lineStart - 2) + 1 : 0;
    if (lineAt(prevStart).trim() === '') break;
    lineStart = prevStart;
  }
  const first = lineAt(lineStart);
  const blockStart = lineStart + (first.length - first.replace(/^\s*(?:[-*+]\s+|\d+[.)]\s+|#{1,6}\s+|>\s*)?/, '').length);
  const blockEnd = (() => {
    let i = to;
    for (;;) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) return text.length;
      const next = text.slice(nl + 1, text.indexOf('\n', nl + 1) === -1 ? undefined : text.indexOf('\n', nl + 1));
      if (next.trim() === '' || startsBlock(next)) return nl;
      i = nl + 1;
    }
  })();
  const block = text.slice(blockStart, blockEnd);
  const ends = sentenceEnds(block).map((e) => e + blockStart);
  const start = Math.max(blockStart, ...ends.filter((e) => e <= from));
  const after = ends.filter((e) => e >= to);
  const end = after.length > 0 ? Math.min(...after) : blockEnd;
  return [start, end];
}

/** Offsets just after each sentence end in `block` (where the next sentence starts). */
function sentenceEnds(block: string): number[] {
  const ends: number[] = [];
  const re = /[.!?…][»"')\]]*(\s+)(?=[*_]*[«"(]?[\p{Lu}\d])/gu;
  for (const m of block.matchAll(re)) {
    const before = block.slice(0, m.index + 1);
    if (/(?:^|[\s(])(?:s|nr|ca|jf|kap|bl\.a|f\.eks|dvs|evt|ev|mht|pga|inkl|mv|o\.l|tlf)\.$/i.test(before)) continue;
    ends.push(m.index + m[0].length);
  }
  return ends;
}

function startsBlock(line: string): boolean {
  return /^\s*(?:[-*+]\s|\d+[.)]\s|#{1,6}\s|\||>)/.test(line);
}

/** Markdown and marker tokens out, whitespace collapsed. */
function cleanSentence(sentence: string, describe: (token: number) => string): string {
  return sentence
    .replace(/\ue000(\d+)\ue001/g, (_w, n: string) => describe(Number(n)))
    .replace(/\^\[[^\]]*\]/g, '')
    .replace(/(?<![\p{L}\d])[*_]+|[*_]+(?![\p{L}\d])/gu, '')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

/** How a marker token reads in a bound sentence: `figur [network-oppdal-weekly]`, `s. [fig-x]`. */
export function describeMarker(marker: Marker | undefined, words: { figure: string; table: string; page: string }): string {
  if (!marker) return '';
  if (marker.kind === 'ref') return `${marker.target === 'figure' ? words.figure : words.table} [${marker.refs.join('–')}]`;
  if (marker.kind === 'pageref') return `${words.page} [${marker.target}]`;
  return '';
}

function content(value: string, loc: hbs.AST.SourceLocation): hbs.AST.ContentStatement {
  return { type: 'ContentStatement', value, original: value, loc } as unknown as hbs.AST.ContentStatement;
}

function usesNumeric(node: unknown): boolean {
  if (node === null || typeof node !== 'object') return false;
  const n = node as Node;
  if (n.type === 'SubExpression') {
    const path = (n.path as hbs.AST.PathExpression | undefined)?.original;
    if (typeof path === 'string' && NUMERIC.has(path)) return true;
  }
  for (const [key, value] of Object.entries(n)) {
    if (key === 'loc') continue;
    if (Array.isArray(value) ? value.some(usesNumeric) : usesNumeric(value)) return true;
  }
  return false;
}
