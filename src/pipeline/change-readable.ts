// Step 8 of the build, pure part: the changes of metrics.json as a reader of the note sees them.
// Values rounded as the note prints them (a change the note cannot show is only counted; the exact
// values stay in build.json), grouped by what they describe (the survey, one question, one network
// level, the political contact), per-person values summed up as the persons they concern, and the
// comparison chapter's values of every kommune of the study, kept in build.json so the next build of
// any note can say which other kommune's numbers moved.

import { formatNumber, formatPercent } from '../render/format.ts';
import type { MetricsDiff, PersonLabel } from './changes.ts';

/** One group of changes on one line: "Weekly network: ties 17 → 18; density 4,2 % → 4,4 %". */
export interface ChangeGroup {
  title: string;
  items: string[];
}

export interface ReadableMetrics {
  groups: ChangeGroup[];
  /** Persons whose own values (degree, betweenness, brokerage roles) changed: "p02 (Tildeling)". */
  persons: string[];
  /** Changes the note's rounding does not show. */
  hidden: number;
}

/** What the readable summary names things by: function labels, political body labels. */
export interface ChangeLabels {
  functions?: Record<string, string>;
  bodies?: Record<string, string>;
}

type Format = (value: number) => string;
const int: Format = (v) => formatNumber(v);
const dec = (n: number): Format => (v) => formatNumber(v, n);
const pct = (n: number): Format => (v) => formatPercent(v, n);

const LEVEL_TITLES: Record<string, string> = {
  daily: 'Daily network',
  weekly: 'Weekly network (daily or weekly contact)',
  monthly: 'Monthly network (at least monthly contact)',
};

/** How the note prints each network measure, and what the summary calls it. */
const NETWORK_MEASURES: Record<string, [string, Format]> = {
  nodes: ['persons', int], edges: ['ties', int], density: ['density', pct(1)], components: ['parts', int],
  largestComponent: ['largest part', int], diameter: ['longest distance', int], averagePathLength: ['average distance', dec(1)],
  modularity: ['modularity', dec(2)], eiIndex: ['E-I index', dec(2)],
};

/** The keys of one person in a network: summed up as "the persons whose values changed". */
const PER_PERSON = new Set(['degree', 'betweenness', 'brokerage']);

interface Described {
  group: string;
  /** Where the group goes among the others. */
  order: string;
  label: string;
  format: Format;
  /** Where the item goes in its group (the order the note shows the measures in). */
  rank?: number;
}

/** The order of the items in a group: as the note's tables list them. */
const RANK = [
  'persons', 'respondents', 'response rate', 'functions in all', 'answered', 'valid answers', 'don\'t know', 'mean',
  'ties', 'density', 'parts', 'largest part', 'longest distance', 'average distance', 'E-I index', 'modularity',
];

/** The group, label and print format of a flattened metrics.json path; null for per-person values. */
function describe(path: string, labels: ChangeLabels): Described | 'person' | 'hidden' | undefined {
  const p = path.split('.');
  const fn = (code: string) => labels.functions?.[code] ?? code;
  if (p.length === 1) {
    const survey: Record<string, [string, Format]> = {
      persons: ['persons', int], respondents: ['respondents', int], responseRate: ['response rate', pct(0)], functionTotal: ['functions in all', int],
    };
    const [label, format] = survey[p[0]] ?? [p[0], dec(2)];
    return { group: 'Survey', order: '0', label, format };
  }
  if (p[0] === 'functions') return { group: 'Survey', order: '0', label: `function ${fn(p[1])}`, format: int };
  if (p[0] === 'questions') {
    const group = `Question ${p[1]}`;
    const key = p.slice(2).join('.');
    if (key === 'mean') return { group, order: `1${p[1]}`, label: 'mean', format: dec(1) };
    if (key.startsWith('counts.')) return { group, order: `1${p[1]}`, label: `answers «${p[3]}»`, format: int, rank: 20 + Number(p[3]) };
    const names: Record<string, string> = { answered: 'answered', dontKnow: 'don\'t know', valid: 'valid answers' };
    return { group, order: `1${p[1]}`, label: names[key] ?? key, format: int };
  }
  if (p[0] === 'networks') {
    const group = LEVEL_TITLES[p[1]] ?? `${p[1]} network`;
    const order = `2${['daily', 'weekly', 'monthly'].indexOf(p[1])}`;
    if (PER_PERSON.has(p[2])) return 'person';
    // The note prints a function's E-I index, not its counts of ties inside and out.
    if (p[2] === 'functionEI') return p[4] === 'ei' ? { group, order, label: `E-I index of ${fn(p[3])}`, format: dec(2), rank: 40 } : 'hidden';
    const [label, format] = NETWORK_MEASURES[p[2]] ?? [p.slice(2).join('.'), dec(2)];
    return { group, order, label, format };
  }
  if (p[0] === 'political') {
    const body = (id: string) => labels.bodies?.[id] ?? id;
    const rest = p.slice(1);
    const label = rest[0] === 'bodies'
      ? `${body(rest[1])}${rest[2] === 'types' ? `, ${rest[3]}` : ''}`
      : rest[0] === 'anyBodyTypes' ? `any body, ${rest[1]}` : ({ answered: 'answered', withAnyContact: 'with any contact' } as Record<string, string>)[rest[0]] ?? rest.join('.');
    return { group: 'Political contact', order: '3', label, format: int };
  }
  return undefined;
}

/** metrics.json's changes as groups of rounded values; lists as the persons added or removed. */
export function readableMetrics(diff: MetricsDiff, persons: PersonLabel[], labels: ChangeLabels): ReadableMetrics {
  const who = personNamer(persons);
  const groups = new Map<string, { order: string; items: { rank: number; text: string }[] }>();
  const add = (group: string, order: string, text: string, rank = 50) => {
    const entry = groups.get(group) ?? { order, items: [] };
    entry.items.push({ rank, text });
    groups.set(group, entry);
  };
  const changedPersons = new Set<string>();
  let hidden = 0;
  for (const change of diff.values) {
    const d = describe(change.path, labels);
    if (d === 'person') {
      changedPersons.add(change.path.split('.')[3]);
      continue;
    }
    if (d === 'hidden') {
      hidden++;
      continue;
    }
    const before = shown(change.before, d?.format);
    const after = shown(change.after, d?.format);
    if (before === after) {
      hidden++;
      continue;
    }
    const group = d?.group ?? 'Other values';
    const rank = d?.rank ?? (RANK.includes(d?.label ?? '') ? RANK.indexOf(d!.label) : 50);
    add(group, d?.order ?? '9', `${d?.label ?? change.path} ${before} → ${after}`, rank);
  }
  for (const list of diff.lists) {
    const [top, , key] = list.path.split('.');
    const d = describe(list.path, labels);
    const known = d !== undefined && d !== 'person' && d !== 'hidden';
    const group = known ? d.group : 'Other values';
    const order = known ? d.order : '9';
    const people = (ids: string[]) => ids.map(who).join(', ');
    if (top === 'networks' && key === 'isolates') {
      if (list.removed.length) add(group, order, `now with a tie: ${people(list.removed)}`);
      if (list.added.length) add(group, order, `now without ties: ${people(list.added)}`);
    } else if (top === 'networks' && key === 'ties') {
      const pair = (m: string) => m.replace(/^\[|\]$/g, '').split(', ').join('–');
      if (list.added.length) add(group, order, `ties added: ${list.added.map(pair).join(', ')}`);
      if (list.removed.length) add(group, order, `ties gone: ${list.removed.map(pair).join(', ')}`);
    } else if (top === 'networks' && key === 'communities') {
      add(group, order, 'clusters regrouped (see the figure)');
    } else if (top === 'networks' && key === 'cutVertices') {
      if (list.added.length) add(group, order, `now holding parts together: ${people(list.added)}`);
      if (list.removed.length) add(group, order, `no longer holding parts together: ${people(list.removed)}`);
    } else if (top === 'networks' && key === 'brokers') {
      continue; // the bridge builders have their own section
    } else {
      add(group, order, `${list.path}: ${[list.added.length ? `added ${list.added.join(', ')}` : '', list.removed.length ? `removed ${list.removed.join(', ')}` : ''].filter(Boolean).join('; ')}`);
    }
  }
  const sorted = [...groups].sort((a, b) => (a[1].order < b[1].order ? -1 : a[1].order > b[1].order ? 1 : 0));
  const groupsOut = sorted.map(([title, { items }]) => ({ title, items: items.sort((a, b) => a.rank - b.rank).map((i) => i.text) }));
  return { groups: groupsOut, persons: [...changedPersons].sort().map(who), hidden };
}

function shown(value: unknown, format: Format | undefined): string {
  if (value === undefined) return '(none)';
  if (value === null) return '–';
  if (typeof value === 'number') return (format ?? dec(2))(value);
  return JSON.stringify(value);
}

function personNamer(persons: PersonLabel[]): (id: string) => string {
  const labels = new Map(persons.map((p) => [p.id, p.label]));
  return (id) => (labels.get(id) ? `${id} (${labels.get(id)})` : id);
}

// ---------------------------------------------------------------------------------------------
// The comparison chapter: every kommune's values, in build.json

/** Exact values the comparison chapter shows of one kommune, by metrics.json path (a list by its length). */
export type ComparisonValues = Record<string, number | null>;

/** The comparison chapter's values of one kommune's metrics (tables, charts, network and political figures). */
export function comparisonValues(metrics: unknown): ComparisonValues {
  const m = (metrics ?? {}) as Record<string, unknown>;
  const out: ComparisonValues = {};
  const put = (path: string, value: unknown) => {
    if (typeof value === 'number' || value === null) out[path] = value;
    else if (Array.isArray(value)) out[path] = value.length;
  };
  for (const key of ['persons', 'respondents', 'responseRate', 'functionTotal']) put(key, m[key]);
  for (const [code, n] of Object.entries(record(m.functions))) put(`functions.${code}`, n);
  for (const [id, q] of Object.entries(record(m.questions))) {
    const question = record(q);
    for (const key of ['answered', 'dontKnow', 'valid', 'mean']) if (key in question) put(`questions.${id}.${key}`, question[key]);
    for (const [answer, n] of Object.entries(record(question.counts))) put(`questions.${id}.counts.${answer}`, n);
  }
  for (const level of ['daily', 'weekly']) {
    const net = record(record(m.networks)[level]);
    for (const key of ['edges', 'density', 'components', 'diameter']) put(`networks.${level}.${key}`, net[key]);
  }
  const political = record(m.political);
  put('political.answered', political.answered);
  put('political.withAnyContact', political.withAnyContact);
  for (const [type, n] of Object.entries(record(political.anyBodyTypes))) put(`political.anyBodyTypes.${type}`, n);
  return out;
}

/** "weekly network: ties 17 → 18; density 4,2 % → 4,4 %", per group, for one other kommune; [] when the note shows no change. */
export function comparisonChanges(before: ComparisonValues, after: ComparisonValues, labels: ChangeLabels): string[] {
  const values = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((path) => before[path] !== after[path])
    .map((path) => ({ path, before: before[path], after: after[path] }));
  const { groups } = readableMetrics({ values, lists: [] }, [], labels);
  return groups.map((g) => `${lowerFirst(g.title.replace(/ \(.*\)$/, ''))}: ${g.items.join('; ')}`);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

// ---------------------------------------------------------------------------------------------
// Sentences

/**
 * A changed sentence as one line, the changed words marked in place: "delt i [14 → 13] biter". A new
 * or removed sentence, or one changed almost throughout, is given whole.
 */
export function sentenceChange(before: string | undefined, after: string | undefined): string {
  if (before === undefined) return `(new) «${after}»`;
  if (after === undefined) return `(gone) «${before}»`;
  // Words, with punctuation that ends or opens a word on its own (not the comma inside 0,53).
  const words = (text: string) => text.split(/(\s+|[.,;:!?)»](?=\s|$)|[(«])/).filter((t) => t !== '');
  const a = words(before);
  const b = words(after);
  // Longest common subsequence of words: short sentences, so the quadratic table is small.
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  }
  const out: string[] = [];
  let old: string[] = [];
  let now: string[] = [];
  const flush = () => {
    if (old.length + now.length > 0) {
      const trailing = /\s*$/.exec(now.join(''))![0];
      out.push(`[${old.join('').trim() || '–'} → ${now.join('').trim() || '–'}]${trailing}`);
    }
    old = [];
    now = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      if (/^\s+$/.test(a[i]) && (old.length || now.length)) {
        // Whitespace inside a changed run stays inside it.
        old.push(a[i]);
        now.push(b[j]);
      } else {
        flush();
        out.push(a[i]);
      }
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || table[i][j + 1] >= table[i + 1][j])) {
      now.push(b[j++]);
    } else {
      old.push(a[i++]);
    }
  }
  flush();
  const changedShare = 1 - table[0][0] / Math.max(a.length, b.length);
  return changedShare > 0.6 ? `«${before}» → «${after}»` : `«${out.join('')}»`;
}
