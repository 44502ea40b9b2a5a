// PDF object syntax for pdf-raw.ts: parses one object at a byte offset of the file (read as a
// latin1 string, one char per byte), keeping where each dictionary value lies so it can be edited
// in place, and writes the text strings of the Info dictionary.

export type PdfValue = number | boolean | null | PdfName | PdfRef | PdfString | PdfValue[] | PdfDict;
export interface PdfName { kind: 'name'; name: string }
export interface PdfRef { kind: 'ref'; num: number; gen: number }
/** `bytes`: the string's bytes after escapes are resolved, one char per byte. */
export interface PdfString { kind: 'string'; bytes: string }
/** `start` is at `<<`, `end` just after `>>`; entries keep the insertion order of the file. */
export interface PdfDict { kind: 'dict'; entries: Map<string, PdfEntry>; start: number; end: number }
/** `keyStart` is at the key's `/`; `start`/`end` enclose the value's text. */
export interface PdfEntry { value: PdfValue; keyStart: number; start: number; end: number }

/** The file is not in the simple form read here; the caller falls back to pdf-lib. */
export class NotSimplePdf extends Error {}

export function notSimple(why: string): never {
  throw new NotSimplePdf(why);
}

const WS = '\\0\\t\\n\\f\\r ';
const REGULAR_END = `(?![^${WS}()<>\\[\\]{}/%])`;
const SPACE = new RegExp(`(?:[${WS}]+|%[^\\r\\n]*)*`, 'y');
const NUMBER = /[+-]?(?:\d+(?:\.\d*)?|\.\d+)/y;
const REF_TAIL = new RegExp(`[${WS}]+(\\d+)[${WS}]+R${REGULAR_END}`, 'y');
const NAME = new RegExp(`/([^${WS}()<>\\[\\]{}/%]*)`, 'y');
const KEYWORD = new RegExp(`(true|false|null)${REGULAR_END}`, 'y');
const HEX = new RegExp(`<([0-9A-Fa-f${WS}]*)>`, 'y');
const OBJ_HEADER = new RegExp(`(\\d+)[${WS}]+(\\d+)[${WS}]+obj`, 'y');
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

function matchAt(pattern: RegExp, text: string, pos: number): RegExpExecArray | null {
  pattern.lastIndex = pos;
  return pattern.exec(text);
}

/** Past whitespace and comments from `pos`. */
export function skipSpace(text: string, pos: number): number {
  return pos + matchAt(SPACE, text, pos)![0].length;
}

/** Object `num gen` at `offset`: its value and where the value ends. */
export function parseObject(text: string, offset: number, num: number, gen: number): { value: PdfValue; end: number } {
  const header = matchAt(OBJ_HEADER, text, offset);
  if (!header || Number(header[1]) !== num || Number(header[2]) !== gen) notSimple(`object ${num} ${gen} is not at ${offset}`);
  const parser = new Parser(text, offset + header[0].length);
  const value = parser.value();
  return { value, end: parser.pos };
}

/** One value at `pos` (e.g. the trailer dictionary). */
export function parseValue(text: string, pos: number): { value: PdfValue; end: number } {
  const parser = new Parser(text, pos);
  const value = parser.value();
  return { value, end: parser.pos };
}

class Parser {
  constructor(
    private readonly text: string,
    public pos: number,
  ) {}

  value(): PdfValue {
    this.pos = skipSpace(this.text, this.pos);
    const c = this.text[this.pos];
    if (c === '/') return this.name();
    if (c === '<') return this.text[this.pos + 1] === '<' ? this.dict() : this.hex();
    if (c === '[') return this.array();
    if (c === '(') return this.literal();
    const keyword = this.take(KEYWORD);
    if (keyword) return keyword[1] === 'null' ? null : keyword[1] === 'true';
    const number = this.take(NUMBER) ?? notSimple(`unexpected ${JSON.stringify(this.text.slice(this.pos, this.pos + 20))} at ${this.pos}`);
    const ref = /^\d+$/.test(number[0]) ? this.take(REF_TAIL) : null;
    return ref ? { kind: 'ref', num: Number(number[0]), gen: Number(ref[1]) } : Number(number[0]);
  }

  private take(pattern: RegExp): RegExpExecArray | null {
    const match = matchAt(pattern, this.text, this.pos);
    if (match) this.pos += match[0].length;
    return match;
  }

  private name(): PdfName {
    return { kind: 'name', name: decodeName(this.take(NAME)![1]!) };
  }

  private dict(): PdfDict {
    const start = this.pos;
    this.pos += 2;
    const entries = new Map<string, PdfEntry>();
    for (;;) {
      this.pos = skipSpace(this.text, this.pos);
      if (this.text.startsWith('>>', this.pos)) break;
      const keyStart = this.pos;
      if (this.text[keyStart] !== '/') notSimple(`dictionary key expected at ${keyStart}`);
      const key = this.name().name;
      const valueStart = skipSpace(this.text, this.pos);
      const value = this.value();
      entries.set(key, { value, keyStart, start: valueStart, end: this.pos });
    }
    this.pos += 2;
    return { kind: 'dict', entries, start, end: this.pos };
  }

  private array(): PdfValue[] {
    this.pos++;
    const items: PdfValue[] = [];
    for (;;) {
      this.pos = skipSpace(this.text, this.pos);
      if (this.text[this.pos] === ']') break;
      items.push(this.value());
    }
    this.pos++;
    return items;
  }

  private hex(): PdfString {
    const match = this.take(HEX) ?? notSimple(`bad hex string at ${this.pos}`);
    const digits = match[1]!.replace(/[^0-9A-Fa-f]/g, '');
    const padded = digits.length % 2 === 0 ? digits : `${digits}0`;
    let bytes = '';
    for (let i = 0; i < padded.length; i += 2) bytes += String.fromCharCode(parseInt(padded.slice(i, i + 2), 16));
    return { kind: 'string', bytes };
  }

  /** A literal string: balanced parentheses, backslash escapes, end-of-line markers read as `\n`. */
  private literal(): PdfString {
    const text = this.text;
    let bytes = '';
    let depth = 0;
    for (let i = this.pos; i < text.length; i++) {
      const c = text[i]!;
      if (c === '\\') {
        const next = text[++i] ?? '';
        const octal = /^[0-7]{1,3}/.exec(text.slice(i, i + 3));
        if (octal) {
          bytes += String.fromCharCode(parseInt(octal[0], 8) & 0xff);
          i += octal[0].length - 1;
        } else if (next === '\r' || next === '\n') {
          if (next === '\r' && text[i + 1] === '\n') i++; // A line continuation.
        } else bytes += ESCAPES[next] ?? next;
      } else if (c === '\r') {
        bytes += '\n';
        if (text[i + 1] === '\n') i++;
      } else {
        if (c === ')' && --depth === 0) {
          this.pos = i + 1;
          return { kind: 'string', bytes };
        }
        if (c === '(' && depth++ === 0) continue;
        bytes += c;
      }
    }
    return notSimple(`unterminated string at ${this.pos}`);
  }
}

/** As pdf-lib reads a name: `#` and two upper-case hex digits is one byte; nothing else is decoded. */
function decodeName(raw: string): string {
  return raw.replace(/#([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A text string's value, as pdf-lib's `decodeText` gives it (only plain ASCII without a BOM). */
export function decodeText(value: PdfString): string {
  const { bytes } = value;
  if (bytes.startsWith('\xfe\xff')) {
    let text = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) text += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
    return text;
  }
  // PDFDocEncoding differs from ASCII outside these; Chromium writes none there.
  if (!/^[\t\n\r\x20-\x7e]*$/.test(bytes)) notSimple('a text string that is not ASCII or UTF-16BE');
  return bytes;
}

/** A text string as PDF source: a literal for printable ASCII, else UTF-16BE hex with a BOM (as pdf-lib writes it). */
export function encodeText(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, '\\$&')})`;
  let hex = 'FEFF';
  for (let i = 0; i < value.length; i++) hex += value.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

export function isRef(value: PdfValue | undefined): value is PdfRef {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.kind === 'ref';
}

export function isDict(value: PdfValue | undefined): value is PdfDict {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.kind === 'dict';
}

export function isName(value: PdfValue | undefined, name: string): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.kind === 'name' && value.name === name;
}

export function isString(value: PdfValue | undefined): value is PdfString {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.kind === 'string';
}

/**
 * The element id a named destination stands for. Chromium names a destination after the link's
 * URL fragment, percent-encoded as in the URL (`id="sek-å"` → `/sek-#25C3#25A5`, i.e.
 * `sek-%C3%A5`), so the id is the decoded name; both PDF readers (pdf-raw.ts, and pdf-lib's in
 * pdf-destinations.ts) use this one decoding.
 */
export function destinationId(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name; // A lone '%' in a fragment stays as written.
  }
}
