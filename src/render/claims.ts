// Render stage: claims. A claim states, next to a sentence, what the sentence takes for granted about
// the data: {{claim (eq networks.monthly.components 1)}} after «Månedlig henger nettverket sammen».
// It prints nothing. When a rebuild makes it false, the build gets a warning naming the file and
// line (and fails under --strict); the note itself is never changed by a claim.
//
//   {{claim (eq networks.monthly.components 1)}}         a condition: eq, lt, gt, and, not, …
//   {{claim (lavest "questions.samordning.mean" 1)}}     a list of kommuner (høyest, lavest): holds when
//                                                        this note's kommune is among them, or inside
//                                                        {{#with (kommunen "naroy")}} that kommune, or
//                                                        the one named by kommune="naroy"
//   {{claim (toppliste "political.byFunction" "skaffe boligsosialplan")}}
//                                                        a top list (rankings.ts): exactly these functions
//                                                        have the highest shares, as many as are named
//   {{#claim (eq networks.weekly.components 1)}}Alle henger sammen.{{/claim}}
//                                                        the same, wrapped around the sentence (printed
//                                                        as written whether or not the claim holds)

import type { HelperOptions } from 'handlebars';
import type { Problem } from '../errors.ts';
import type { TextContext } from './context.ts';
import { formatNumber } from './format.ts';
import { getPath, HelperError, type HelperState } from './helpers.ts';
import { functionShares, top } from './rankings.ts';

/** One claim as evaluated in this build (the pipeline diffs them against the previous build). */
export interface ClaimResult {
  file: string;
  line: number;
  /** The claim as written, e.g. `(eq networks.monthly.components 1)`: stable between builds. */
  text: string;
  holds: boolean;
}

type Options = HelperOptions & {
  loc?: { start: { line: number; column: number }; end: { line: number; column: number } };
  name?: string;
};

/** The `claim` helper (inline and block). */
export function claimHelper(state: HelperState) {
  return function claim(this: unknown, ...args: unknown[]): string {
    const options = args[args.length - 1] as Options;
    const params = args.slice(0, -1);
    const line = options.loc?.start.line;
    const column = options.loc ? options.loc.start.column + 1 : undefined;
    const fail = (message: string) => new HelperError(message, line, column);
    if (params.length !== 1) {
      throw fail('claim takes one condition, e.g. {{claim (eq networks.monthly.components 1)}} or {{claim (lavest "questions.samordning.mean" 1)}}');
    }
    const written = writtenCondition(state.source, options);
    const [condition] = params;
    if (condition === undefined) throw fail(`${written} is not defined (in claim); check the spelling against docs/writing.md`);
    const root = options.data?.root as TextContext;
    const hashKommune = options.hash?.kommune;
    const subject = typeof hashKommune === 'string' ? hashKommune : isKommune(this) ? this.slug : root.kommune.slug;
    let holds: boolean;
    let why: string;
    if (Array.isArray(condition)) {
      holds = condition.some((k) => isRecord(k) && k.slug === subject);
      const names = condition.map((k) => (isRecord(k) ? String(k.name) : String(k)));
      why = `${nameOf(root, subject)} is not among them (${names.join(', ') || 'none'})`;
    } else if (typeof condition === 'boolean') {
      holds = condition;
      why = '';
    } else {
      throw fail(`claim needs a condition (eq, lt, gt, and, not, …) or a list of kommuner (høyest, lavest), got ${JSON.stringify(condition)}`);
    }
    const values = describeValues(written, this, root);
    state.claims.push({ file: state.file, line: line ?? 0, text: written, holds });
    if (!holds) {
      const detail = [why, values].filter((s) => s !== '').join('; ');
      const problem: Problem = {
        source: { file: state.file, line, column },
        severity: 'warning',
        message: `claim ${written} no longer holds${detail ? `: ${detail}` : ''}`,
        fix: 'The sentence beside it says something the data no longer show: rewrite the sentence, or remove the claim.',
      };
      state.warnings.push(problem);
    }
    return typeof options.fn === 'function' ? options.fn(this) : '';
  };
}

/** The condition as written in the source: `(eq networks.monthly.components 1)`. */
function writtenCondition(source: string, options: Options): string {
  if (!options.loc || source === '') return '(…)';
  const lines = source.split('\n');
  const { start, end } = options.loc;
  const from = lines[start.line - 1] ?? '';
  // The call's own text: up to the end of the mustache (inline) or of the opening tag (block).
  const call = start.line === end.line ? from.slice(start.column, end.column) : from.slice(start.column);
  const match = /^\{\{~?#?\s*claim\s+([\s\S]*?)\s*~?\}\}/.exec(call);
  const inner = (match ? match[1] : call).trim();
  return inner.startsWith('(') ? inner : `(${inner})`;
}

/** `networks.monthly.components = 2`, and each kommune's value of a quoted path (høyest, lavest). */
function describeValues(written: string, context: unknown, root: TextContext): string {
  const parts: string[] = [];
  const seen = new Set<string>();
  // Unquoted paths, read from the context the claim stands in.
  const unquoted = written.replace(/"[^"]*"|'[^']*'/g, ' ');
  for (const m of unquoted.matchAll(/(?<![\w.\]])((?:\.\.\/)*[A-Za-z_][\w]*(?:\.(?:\[\w+\]|[\w]+))+|(?:\.\.\/)*[A-Za-z_]\w*(?=[\s)]))/g)) {
    const path = m[1];
    if (seen.has(path) || /^(eq|ne|lt|lte|gt|gte|and|or|not|add|sub|mul|div|len|true|false|null|høyest|hoyest|lavest|mest|minst|sum|rang|kommunen)$/.test(path)) continue;
    seen.add(path);
    const base = path.startsWith('../') ? root : context;
    const value = getPath(base, path.replace(/^(\.\.\/)+/, '').replace(/\[(\w+)\]/g, '$1'));
    if (value === undefined || isRecord(value)) continue;
    parts.push(`${path} = ${show(value)}`);
  }
  // Quoted paths: the value of every kommune.
  for (const m of written.matchAll(/\((?:høyest|hoyest|lavest|mest|minst|rang)\s+"([^"]+)"/g)) {
    const path = m[1];
    if (seen.has(path)) continue;
    seen.add(path);
    const each = root.kommuner.map((k) => `${k.name} ${show(getPath(k, path))}`);
    parts.push(`${path}: ${each.join(', ')}`);
  }
  // A top list: what the top is.
  for (const m of written.matchAll(/\(toppliste\s+"([^"]+)"\s+"([^"]*)"/g)) {
    const count = m[2]!.split(/[\s,]+/).filter(Boolean).length;
    const best = top(functionShares(root.kommuner, m[1]!, root.funksjoner, getPath), count);
    parts.push(`the top ${count} of ${m[1]}: ${best.map((f) => `${f.code} ${Math.round(f.share * 100)} %`).join(', ')}`);
  }
  return parts.join('; ');
}

function show(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? formatNumber(value) : formatNumber(value, 2);
  if (Array.isArray(value)) return `${value.length} items`;
  return value === null ? 'null' : String(value);
}

function nameOf(root: TextContext, slug: string): string {
  return root.kommuner.find((k) => k.slug === slug)?.name ?? slug;
}

function isKommune(value: unknown): value is { slug: string; name: string } {
  return isRecord(value) && typeof value.slug === 'string' && typeof value.name === 'string' && 'networks' in value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}
