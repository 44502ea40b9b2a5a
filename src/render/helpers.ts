// Render stage: the Handlebars helpers the note's Markdown uses to bind numbers, figures, tables and
// page references to the data. Registered on one isolated Handlebars environment per note.

import type { HelperDelegate, HelperOptions } from 'handlebars';
import type Handlebars from 'handlebars';
import type { KommuneData, Level, Source } from '../types.ts';
import type { KommuneView, TextContext } from './context.ts';
import { capitalize, formatNumber, formatOf, formatPercent, joinList, NBSP, numberWord } from './format.ts';
import type { Lang } from './i18n.ts';
import type { Markers } from './markers.ts';
import type { Problem } from '../errors.ts';
import { claimHelper, type ClaimResult } from './claims.ts';
import { bottom, functionList, functionShares, isTopList, top, type FunctionShare } from './rankings.ts';

/** A mistake in a helper call, located by Handlebars' `options.loc`. */
export class HelperError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
  ) {
    super(message);
  }
}

export interface HelperState {
  lang: Lang;
  markers: Markers;
  kommune: KommuneData;
  /** The file being rendered (for marker locations). */
  file: string;
  /** Written parameters by "line:column" of the call, to name an undefined one. */
  params: Map<string, string[]>;
  /** Text question ids of the study. */
  textQuestions: string[];
  /** The text of the file being rendered (to quote a claim as written). */
  source: string;
  /** Every claim met so far, and a warning for each one that does not hold. */
  claims: ClaimResult[];
  warnings: Problem[];
  /** Titles of the shared chapters in the note's language (templates/i18n, `chapters:`). */
  chapterTitles?: Record<string, string>;
  /** Every free-text answer the note quotes, for the privacy guard (src/pipeline/privacy.ts). */
  quotes?: QuotedAnswer[];
  /** The drafted reading of each network level, in the note's language ({{lesning "weekly"}}). */
  reading?: Record<Level, string[]>;
}

/** A respondent's free-text answer as the note prints it, with where it was written and where the text quotes it. */
export interface QuotedAnswer {
  text: string;
  question: string;
  /** The answer's row in responses.csv. */
  answer: Source;
  /** The {{sitater}} call in the text file. */
  quotedAt: Source;
}

type Options = HelperOptions & { loc?: { start: { line: number; column: number } }; name?: string };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fn = (this: any, ...args: any[]) => unknown;

/** Registers every helper on `env`. */
export function registerHelpers(env: typeof Handlebars, state: HelperState): void {
  const helpers: Record<string, Fn> = {
    ...formatHelpers(state),
    ...referenceHelpers(state),
    ...logicHelpers(state),
    ...studyHelpers(state),
    claim: claimHelper(state),
    lesning: readingHelper(state),
  };
  for (const [name, fn] of Object.entries(helpers)) env.registerHelper(name, fn as HelperDelegate);
  env.registerHelper('helperMissing', function (this: unknown, ...args: unknown[]) {
    const options = args[args.length - 1] as Options;
    throw fail(options, `unknown helper or name "${options.name}"`);
  });
}

// ---------------------------------------------------------------------------------------------

function formatHelpers(state: HelperState): Record<string, Fn> {
  const { lang } = state;
  return {
    /** {{tall 12345}} → 12 345 */
    tall: call(state, 1, ([x]) => formatNumber(num(x))),
    /** {{dec questions.samordning.mean 1}} → 2,7; null → – */
    dec: call(state, 1, ([x, digits]) => (x === null ? '\u2013' : formatNumber(num(x), int(digits, 1)))),
    /** {{pct responseRate}} → 79 % */
    pct: call(state, 1, ([x, digits]) => (x === null ? '\u2013' : formatPercent(num(x), int(digits, 0)))),
    /** {{av respondents persons}} → 23 av 29 */
    av: call(state, 2, ([a, b]) => formatOf(num(a), num(b), lang)),
    /** {{N questions.samordning.answered}} → N = 23 */
    N: call(state, 1, ([n]) => `N${NBSP}=${NBSP}${formatNumber(num(n))}`),
    /** {{ord 2}} → to; {{ord 1 "n"}} → ett */
    ord: call(state, 1, ([n, gender]) => numberWord(num(n), lang, genderOf(gender))),
    /** {{Ord 2}} → To */
    Ord: call(state, 1, ([n, gender]) => capitalize(numberWord(num(n), lang, genderOf(gender)))),
    /** {{navn (høyest "responseRate")}} → Rissa; a list of kommuner or strings → "a, b og c" */
    navn: call(state, 1, ([list]) =>
      joinList(toArray(list).map((item) => (isRecord(item) ? String(item.name) : String(item))), lang)),
    /** {{liste (array "a" "b")}} → a og b; {{liste x "eller"}} → a eller b */
    liste: call(state, 1, ([list, word]) => joinList(toArray(list).map(String), lang, word === 'eller' ? 'eller' : 'og')),
    /** {{antall 7 "person" "personer"}} → sju personer; {{antall 1 "møte" "møter" "n"}} → ett møte */
    antall: call(state, 3, ([n, one, many, gender]) =>
      `${numberWord(num(n), lang, genderOf(gender))}${NBSP}${num(n) === 1 ? String(one) : String(many)}`),
    /** {{liten label}} → first letter lower-case ("Formannskapet" → "formannskapet") */
    liten: call(state, 1, ([text]) => String(text).charAt(0).toLocaleLowerCase('nb') + String(text).slice(1)),
    /** {{stor kommune.name}} → first letter upper-case */
    stor: call(state, 1, ([text]) => capitalize(String(text))),
    /** {{kapittel "sammendrag"}} → «Samandrag og vegen vidare» in a nynorsk note: a shared chapter's title. */
    kapittel: call(state, 1, ([slot], options) => {
      const titles = state.chapterTitles ?? {};
      const title = titles[String(slot)];
      if (title === undefined) throw fail(options, `"${String(slot)}" is not a shared chapter (${Object.keys(titles).join(', ')})`);
      return title;
    }),
  };
}

/** Level names a text may use: the contract's and the Norwegian ones. */
const LEVEL_NAMES: Record<string, Level> = {
  daily: 'daily', weekly: 'weekly', monthly: 'monthly',
  daglig: 'daily', dagleg: 'daily', ukentlig: 'weekly', vekentleg: 'weekly', ukentleg: 'weekly',
  manedlig: 'monthly', 'månedlig': 'monthly', 'månadleg': 'monthly', manadleg: 'monthly',
};

/** {{lesning "weekly"}} → the drafted reading of that network level (docs/reading.md). */
function readingHelper(state: HelperState): Fn {
  return call(state, 1, ([name], options) => {
    const level = LEVEL_NAMES[String(name).trim().toLowerCase()];
    if (level === undefined) {
      throw fail(options, `"${String(name)}" is not a network level (daily, weekly, monthly or daglig, ukentlig, månedlig)`);
    }
    return (state.reading?.[level] ?? []).join(' ');
  });
}

function referenceHelpers(state: HelperState): Record<string, Fn> {
  const { markers } = state;
  const loc = (options: Options) => ({ file: state.file, line: options.loc?.start.line, column: col(options) });
  /** "network-{slug}-weekly" → "network-oppdal-weekly": {slug} is the note's own kommune. */
  const expand = (id: unknown) => String(id).replace(/\{slug\}/g, state.kommune.slug);
  const ref = (target: 'figure' | 'table', capital: boolean) =>
    call(state, 1, (refs, options) => markers.inline({ kind: 'ref', target, refs: refs.map(expand), capital, loc: loc(options) }));
  const place = (kind: 'figure' | 'table') =>
    call(state, 1, ([id], options) => {
      const hash = options.hash as Record<string, unknown>;
      const common = { ref: expand(hash.as ?? id), caption: typeof hash.caption === 'string' ? hash.caption : null, loc: loc(options) };
      return markers.block(kind === 'figure' ? { kind, figureId: expand(id), ...common } : { kind, tableId: expand(id), ...common });
    });
  return {
    fig: ref('figure', false),
    Fig: ref('figure', true),
    tab: ref('table', false),
    Tab: ref('table', true),
    /** {{side "fig-network-oppdal-weekly"}} → s. <span class="pageref" …> */
    side: call(state, 1, ([target], options) => markers.inline({ kind: 'pageref', target: expand(target), loc: loc(options) })),
    /** {{anker "sporsmal"}}: an id where it stands (a paragraph, a list item) for {{side "sporsmal"}} */
    anker: call(state, 1, ([id], options) => {
      const name = expand(id);
      if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw fail(options, `anchor "${name}": use lower-case letters a-z, digits and hyphens`);
      return markers.inline({ kind: 'anchor', id: name, loc: loc(options) });
    }),
    /** {{figure "network-oppdal-weekly"}}, {{figure "x" as="x-2" caption="…"}} */
    figure: place('figure'),
    /** {{table "functions"}} */
    table: place('table'),
    /** {{sitater "samordningsutfordringer" 2}} or ids="r03 r11": quoted free-text answers. */
    sitater: call(state, 1, ([question, count], options) => {
      const id = String(question);
      if (!state.textQuestions.includes(id)) {
        throw fail(options, `"${id}" is not a text question of the study (${state.textQuestions.join(', ')})`);
      }
      const wanted = typeof options.hash.ids === 'string' ? options.hash.ids.split(/[\s,]+/).filter(Boolean) : null;
      const answers = state.kommune.responses
        .filter((r) => (wanted ? wanted.includes(r.id) : true))
        .map((r) => ({ text: (r.texts[id] ?? '').replace(/\s+/g, ' ').trim(), answer: r.source }))
        .filter((a) => a.text !== '');
      const chosen = wanted ? answers : answers.slice(0, typeof count === 'number' ? count : 2);
      const quotedAt = loc(options);
      state.quotes?.push(...chosen.map((a) => ({ ...a, question: id, quotedAt })));
      const html = chosen.map((a) => `<blockquote class="sitat"><p>«${escapeHtml(a.text)}»</p></blockquote>`).join('\n');
      return markers.block({ kind: 'html', html });
    }),
  };
}

function logicHelpers(state: HelperState): Record<string, Fn> {
  const cmp = (f: (a: number, b: number) => boolean) => call(state, 2, ([a, b]) => f(num(a), num(b)));
  return {
    eq: call(state, 2, ([a, b]) => a === b),
    ne: call(state, 2, ([a, b]) => a !== b),
    lt: cmp((a, b) => a < b),
    lte: cmp((a, b) => a <= b),
    gt: cmp((a, b) => a > b),
    gte: cmp((a, b) => a >= b),
    and: call(state, 1, (p) => p.every(truthy)),
    or: call(state, 1, (p) => p.some(truthy)),
    not: call(state, 1, ([a]) => !truthy(a)),
    add: call(state, 2, ([a, b]) => num(a) + num(b)),
    sub: call(state, 2, ([a, b]) => num(a) - num(b)),
    mul: call(state, 2, ([a, b]) => num(a) * num(b)),
    div: call(state, 2, ([a, b]) => (num(b) === 0 ? null : num(a) / num(b))),
    len: call(state, 1, ([list]) => (Array.isArray(list) ? list.length : isRecord(list) ? Object.keys(list).length : 0)),
    concat: call(state, 1, (p) => p.map(String).join('')),
    array: call(state, 0, (p) => p),
    /** {{#if x}} that refuses a name that does not exist (null and false are fine). */
    if: function (this: unknown, cond: unknown, options: Options) {
      if (cond === undefined) throw undefinedParam(state, options, 0);
      return truthy(cond) ? options.fn(this) : options.inverse(this);
    },
    unless: function (this: unknown, cond: unknown, options: Options) {
      if (cond === undefined) throw undefinedParam(state, options, 0);
      return truthy(cond) ? options.inverse(this) : options.fn(this);
    },
  };
}

/** Comparisons across the study's kommuner, by a path into each kommune's metrics. */
function studyHelpers(state: HelperState): Record<string, Fn> {
  const items = (options: Options): KommuneView[] => (options.data.root as TextContext).kommuner;
  const value = (k: KommuneView, path: string, options: Options): number | null => {
    const v = getPath(k, path);
    if (v === undefined) {
      throw fail(options, `"${path}" is not a value of each kommune (e.g. "responseRate", "questions.samordning.mean")`);
    }
    return v === null ? null : num(v);
  };
  /** Compare as printed: "pct" → whole percent, a number → that many decimals. */
  const rounded = (v: number, format: unknown): number =>
    format === 'pct' ? Math.round(v * 100) : typeof format === 'number' ? Number(v.toFixed(format)) : v;
  const extreme = (dir: 1 | -1) =>
    call(state, 1, ([path, format], options) => {
      const list = items(options).filter((k) => value(k, String(path), options) !== null);
      const score = (k: KommuneView) => dir * rounded(value(k, String(path), options)!, format);
      const best = Math.max(...list.map(score));
      return list.filter((k) => score(k) === best);
    });
  const sorted = (path: string, desc: boolean, options: Options) =>
    items(options)
      .filter((k) => value(k, path, options) !== null)
      .map((k, i) => ({ k, i }))
      .sort((a, b) => (desc ? -1 : 1) * (value(a.k, path, options)! - value(b.k, path, options)!) || a.i - b.i)
      .map((e) => e.k);
  const shares = (path: unknown, options: Options) =>
    functionShares(items(options), String(path), (options.data.root as TextContext).funksjoner, getPath);
  const all = (path: unknown, options: Options) =>
    items(options).map((k) => value(k, String(path), options)).filter((v): v is number => v !== null);
  return {
    høyest: extreme(1),
    hoyest: extreme(1),
    lavest: extreme(-1),
    mest: call(state, 1, ([path], options) => Math.max(...all(path, options))),
    minst: call(state, 1, ([path], options) => Math.min(...all(path, options))),
    /** {{#each (rangert "questions.samordning.mean")}} highest first; "stigende" for lowest first. */
    rangert: call(state, 1, ([path, dir], options) => sorted(String(path), dir !== 'stigende', options)),
    /** {{sum "political.answered"}}: the sum over the study's kommuner. */
    sum: call(state, 1, ([path], options) => all(path, options).reduce((a, b) => a + b, 0)),
    /** {{#with (kommunen "naroy")}}…{{/with}}: one kommune of the study by slug. */
    kommunen: call(state, 1, ([slug], options) => {
      const found = items(options).find((k) => k.slug === String(slug));
      if (!found) throw fail(options, `"${String(slug)}" is not a kommune of the study (${items(options).map((k) => k.slug).join(', ')})`);
      return found;
    }),
    /** {{#each (andeler "political.byFunction")}}: every function's share over the study, highest first (rankings.ts). */
    andeler: call(state, 1, ([path], options) => shares(path, options)),
    /** {{topp "political.byFunction" 2}}: the two highest, with any tied with the second. */
    topp: call(state, 2, ([path, n], options) => top(shares(path, options), int(n, 1))),
    /** {{bunn "political.byFunction" 2}}: the two lowest, lowest first, with any tied. */
    bunn: call(state, 2, ([path, n], options) => bottom(shares(path, options), int(n, 1))),
    /** {{funksjoner (topp …)}} → «Skaffe bolig» (82 %) og «Boligsosial plan» (64 %) */
    funksjoner: call(state, 1, ([list]) => functionList(toArray(list) as FunctionShare[], state.lang)),
    /** {{claim (toppliste "political.byFunction" "skaffe boligsosialplan")}}: exactly these are the top ones. */
    toppliste: call(state, 2, ([path, codes], options) => isTopList(shares(path, options), String(codes))),
    /** This kommune's place, 1 = highest value. */
    rang: call(state, 1, ([path], options) => sorted(String(path), true, options).findIndex((k) => k.current) + 1),
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * Wraps a helper: checks that the first `required` parameters exist (naming the one that does not),
 * and turns thrown errors into located HelperErrors.
 */
function call(state: HelperState, required: number, fn: (params: unknown[], options: Options) => unknown): Fn {
  return function (...args: unknown[]) {
    const options = args[args.length - 1] as Options;
    const params = args.slice(0, -1);
    params.forEach((p, i) => {
      if (p === undefined) throw undefinedParam(state, options, i);
    });
    if (params.length < required) throw fail(options, `${options.name} needs ${required} value(s), got ${params.length}`);
    try {
      return fn(params, options);
    } catch (error) {
      if (error instanceof HelperError) throw error;
      throw fail(options, `${options.name}: ${(error as Error).message}`);
    }
  };
}

function undefinedParam(state: HelperState, options: Options, index: number): HelperError {
  const written = state.params.get(key(options))?.[index];
  const name = written ? `"${written}"` : `parameter ${index + 1}`;
  return fail(options, `${name} is not defined (in ${options.name ?? 'helper'}); check the spelling against docs/writing.md`);
}

function fail(options: Options, message: string): HelperError {
  return new HelperError(message, options.loc?.start.line, col(options));
}

function key(options: Options): string {
  return `${options.loc?.start.line}:${options.loc?.start.column}`;
}

function col(options: Options): number | undefined {
  return options.loc ? options.loc.start.column + 1 : undefined;
}

function num(value: unknown): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || Number.isNaN(n)) throw new Error(`expected a number, got ${JSON.stringify(value)}`);
  return n;
}

function int(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback;
}

function genderOf(value: unknown): 'm' | 'f' | 'n' {
  return value === 'n' || value === 'f' ? value : 'm';
}

function toArray(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value === null || value === undefined) return [];
  return [value];
}

function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}

export function getPath(obj: unknown, path: string): unknown {
  let value: unknown = obj;
  for (const part of path.split('.')) {
    if (!isRecord(value)) return undefined;
    value = value[part];
  }
  return value;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
