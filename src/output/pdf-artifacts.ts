// Marks page furniture as artifacts. Chromium tags what the HTML holds, but paints the running
// footer (CSS @page margin boxes) and some decoration outside any marked content, which PDF/UA
// forbids: such content must be in the structure tree or be an /Artifact. This pass wraps every
// painting operator that stands outside all marked content in `/Artifact BMC … EMC`; tagged
// content keeps its bytes. Pure: one decoded content stream in, one out (latin1, a char a byte).

/** Operators that end a path and paint it (or, `n`, only end it, as after a clip). */
const PATH_PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n']);
const PATH_BUILD = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
const TEXT_SHOW = new Set(['Tj', 'TJ', "'", '"']);
/** Operators that paint on their own: XObjects and shadings. */
const PAINT_ALONE = new Set(['Do', 'sh']);

export interface ArtifactResult {
  content: string;
  /** Painting operators that were outside marked content and are now artifacts. */
  wrapped: number;
}

export function markArtifacts(content: string): ArtifactResult {
  const spans: [number, number][] = [];
  let depth = 0;
  let operandsStart = -1;
  let pathStart = -1;
  let imageStart = -1;
  for (const token of tokens(content)) {
    if (token.kind === 'operand') {
      if (operandsStart < 0) operandsStart = token.start;
      continue;
    }
    const start = operandsStart >= 0 ? operandsStart : token.start;
    operandsStart = -1;
    const op = token.text;
    if (op === 'BDC' || op === 'BMC') depth++;
    else if (op === 'EMC') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (op === 'BI') imageStart = start;
    else if (PATH_BUILD.has(op)) {
      if (pathStart < 0) pathStart = start;
    } else if (PATH_PAINT.has(op)) {
      spans.push([pathStart >= 0 ? pathStart : start, token.end]);
      pathStart = -1;
    } else if (op === 'EI') {
      spans.push([imageStart >= 0 ? imageStart : start, token.end]);
      imageStart = -1;
    } else if (TEXT_SHOW.has(op) || PAINT_ALONE.has(op)) {
      spans.push([start, token.end]);
    }
    if (op === 'BDC' || op === 'BMC' || op === 'EMC') pathStart = -1;
  }
  if (spans.length === 0) return { content, wrapped: 0 };
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    out += `${content.slice(at, s)}/Artifact BMC\n${content.slice(s, e)}\nEMC`;
    at = e;
  }
  return { content: out + content.slice(at), wrapped: spans.length };
}

/** Painting operators outside any marked content: 0 in a finished page. */
export function unmarkedPainting(content: string): number {
  let depth = 0;
  let count = 0;
  for (const token of tokens(content)) {
    if (token.kind !== 'operator') continue;
    const op = token.text;
    if (op === 'BDC' || op === 'BMC') depth++;
    else if (op === 'EMC') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (PATH_PAINT.has(op) || TEXT_SHOW.has(op) || PAINT_ALONE.has(op) || op === 'EI')) count++;
  }
  return count;
}

interface Token {
  kind: 'operand' | 'operator';
  text: string;
  start: number;
  end: number;
}

const WS = /[\0\t\n\f\r ]/;
const DELIM = /[\0\t\n\f\r ()<>[\]{}/%]/;

/** The content stream's tokens: operands (numbers, names, strings, arrays, dictionaries) and operators. */
function* tokens(s: string): Generator<Token> {
  let i = 0;
  let nesting = 0; // inside [ ] or << >>: one operand until it closes
  let compoundStart = -1;
  const operand = (start: number, end: number): Token | null => (nesting > 0 ? null : { kind: 'operand', text: s.slice(start, end), start, end });
  while (i < s.length) {
    const c = s[i]!;
    if (WS.test(c)) { i++; continue; }
    if (c === '%') { while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i++; continue; }
    const start = i;
    if (c === '(') {
      i = endOfLiteral(s, i);
    } else if (c === '<' && s[i + 1] === '<') {
      if (nesting++ === 0) compoundStart = start;
      i += 2;
      continue;
    } else if (c === '>' && s[i + 1] === '>') {
      i += 2;
      if (--nesting === 0) yield { kind: 'operand', text: s.slice(compoundStart, i), start: compoundStart, end: i };
      continue;
    } else if (c === '<') {
      i = s.indexOf('>', i) + 1 || s.length;
    } else if (c === '[') {
      if (nesting++ === 0) compoundStart = start;
      i++;
      continue;
    } else if (c === ']') {
      i++;
      if (--nesting === 0) yield { kind: 'operand', text: s.slice(compoundStart, i), start: compoundStart, end: i };
      continue;
    } else {
      i++;
      while (i < s.length && !DELIM.test(s[i]!)) i++;
      if (c !== '/') {
        const word = s.slice(start, i);
        if (nesting === 0 && !/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(word) && word !== 'true' && word !== 'false' && word !== 'null') {
          yield { kind: 'operator', text: word, start, end: i };
          if (word === 'ID') i = endOfInlineImage(s, i);
          continue;
        }
      }
    }
    const t = operand(start, i);
    if (t) yield t;
  }
}

function endOfLiteral(s: string, i: number): number {
  let depth = 0;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') { i++; continue; }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return s.length;
}

/** Past an inline image's data, to just before its `EI` (which is then read as the operator). */
function endOfInlineImage(s: string, i: number): number {
  const match = /[\0\t\n\f\r ]EI(?=[\0\t\n\f\r ]|$)/g;
  match.lastIndex = i + 1;
  const found = match.exec(s);
  return found ? found.index + 1 : s.length;
}
