// Step 8 of the build: compare this build of a kommune with the previous output and add
// `build.json` (the manifest the next build compares with) and `changes.md` to its files.
// Pure: the previous output arrives as bytes from the writer (read under its lock).

import type { OutputFiles, PreviousOutput } from '../output/write-output.ts';
import {
  diffBindings,
  diffBrokers,
  diffFigures,
  diffMetrics,
  diffPages,
  staleClaims,
  type Binding,
  type BindingChange,
  type BrokerChange,
  type Claim,
  type FigureDiff,
  type MetricsDiff,
  type PageMove,
  type PersonLabel,
} from './changes.ts';
import { selfCheckMarkdown } from './self-check.ts';
import {
  comparisonChanges,
  comparisonValues,
  readableMetrics,
  sentenceChange,
  type ChangeLabels,
  type ComparisonValues,
  type ReadableMetrics,
} from './change-readable.ts';

/** `build.json`: what the next build needs to say what changed. No clock, so same input, same bytes. */
export interface BuildManifest {
  kommune: string;
  formats: string[];
  pageCount?: number;
  /** id → page (1-based) from printPdf, for every chapter, figure and table referenced by page. */
  pages?: Record<string, number>;
  bindings?: Binding[];
  claims?: Claim[];
  /** The self-check of the finished note (self-check.ts): summary line and problems. */
  selfCheck?: { summary: string; problems: string[] };
  /** The comparison chapter's values of every kommune of the study, exact, by slug (change-readable.ts). */
  comparison?: Record<string, { name: string; values: ComparisonValues }>;
  /** metrics.json's changes since the previous build, exact (changes.md shows them rounded). */
  changed?: { path: string; before?: unknown; after?: unknown; added?: string[]; removed?: string[] }[];
}

export interface CurrentBuild {
  slug: string;
  name: string;
  files: OutputFiles;
  manifest: BuildManifest;
  persons: PersonLabel[];
  /** Every kommune of the study with its metrics, for the comparison values in build.json. */
  study?: { slug: string; name: string; metrics: unknown }[];
  /** Function and political body labels, for changes.md. */
  labels?: ChangeLabels;
}

/** Another kommune of the study whose numbers in the comparison chapter changed. */
export interface ComparisonChange {
  slug: string;
  name: string;
  changes: string[];
}

export interface ChangeSummary {
  /** No previous output to compare with. */
  first: boolean;
  metrics: MetricsDiff;
  brokers: BrokerChange[];
  figures: FigureDiff;
  /** null when one of the two builds printed no PDF. */
  pages: PageMove[] | null;
  /** null until the render stage exposes `bindings`. */
  bindings: BindingChange[] | null;
  /** null until the render stage exposes `claims`. */
  claims: (Claim & { wasTrue: boolean })[] | null;
  /** The metrics' changes as the note prints them. */
  readable: ReadableMetrics;
  /** The other kommuner whose comparison values changed; null when the previous build.json has none. */
  comparison: ComparisonChange[] | null;
  /** Ids of the note's tables whose content changed ({{table "…"}}). */
  tables: string[];
}

/** The files of this build with build.json and changes.md added, and the summary for stderr. */
export function withChangeSummary(previous: PreviousOutput, current: CurrentBuild): { files: OutputFiles; summary: ChangeSummary } {
  const summary = summarizeChanges(previous, current);
  const files: OutputFiles = new Map(current.files);
  const { values, lists } = summary.metrics;
  const changed = summary.first ? [] : [...values, ...lists.map((l) => ({ path: l.path, added: l.added, removed: l.removed }))];
  const manifest: BuildManifest = {
    ...current.manifest,
    ...(current.study ? { comparison: comparisonOf(current.study) } : {}),
    ...(changed.length > 0 ? { changed } : {}),
  };
  files.set('build.json', `${JSON.stringify(manifest, null, 2)}\n`);
  files.set('changes.md', formatChangesMarkdown(summary, current) + selfCheckMarkdown(current.manifest.selfCheck));
  return { files, summary };
}

export function summarizeChanges(previous: PreviousOutput, current: CurrentBuild): ChangeSummary {
  const oldMetrics = parseJson(previous.files.get('metrics.json'));
  const oldManifest = (parseJson(previous.files.get('build.json')) ?? {}) as Partial<BuildManifest>;
  const nowMetrics = parseJson(current.files.get('metrics.json'));
  const { pages, bindings, claims } = current.manifest;
  const metrics = diffMetrics(oldMetrics ?? {}, nowMetrics ?? {});
  const labels = current.labels ?? {};
  const comparison = oldManifest.comparison && current.study ? diffComparison(oldManifest.comparison, comparisonOf(current.study), current.slug, labels) : null;
  return {
    first: !previous.exists,
    metrics,
    readable: readableMetrics(metrics, current.persons, labels),
    comparison,
    tables: changedTables(metrics, comparison, current.files),
    brokers: diffBrokers(oldMetrics, nowMetrics, current.persons),
    figures: diffFigures(figuresOf(previous.files), figuresOf(current.files)),
    pages: pages && oldManifest.pages ? diffPages(oldManifest.pages, pages) : null,
    bindings: bindings ? diffBindings(oldManifest.bindings ?? [], bindings) : null,
    claims: claims ? staleClaims(oldManifest.claims ?? [], claims) : null,
  };
}

function comparisonOf(study: NonNullable<CurrentBuild['study']>): NonNullable<BuildManifest['comparison']> {
  return Object.fromEntries(study.map((k) => [k.slug, { name: k.name, values: comparisonValues(k.metrics) }]));
}

function diffComparison(
  before: NonNullable<BuildManifest['comparison']>, after: NonNullable<BuildManifest['comparison']>, own: string, labels: ChangeLabels,
): ComparisonChange[] {
  return Object.entries(after)
    .filter(([slug]) => slug !== own)
    .map(([slug, { name, values }]) => ({ slug, name, changes: before[slug] ? comparisonChanges(before[slug].values, values, labels) : ['new in the study'] }))
    .filter((k) => k.changes.length > 0);
}

/**
 * The note's tables whose numbers changed: the functions table (functions, persons, respondents),
 * a question's mean table, the compact chapter's network and political tables; only those the note
 * places (its HTML names each table's id).
 */
function changedTables(metrics: MetricsDiff, comparison: ComparisonChange[] | null, files: OutputFiles): string[] {
  const paths = [...metrics.values.map((v) => v.path), ...metrics.lists.map((l) => l.path)];
  // The other kommuner's changes name their groups ("question samordning: mean …").
  const others = (comparison ?? []).flatMap((k) => k.changes);
  const ids = new Set<string>();
  if (paths.some((p) => /^(functions\.|functionTotal$|persons$|respondents$|responseRate$)/.test(p)) || others.some((c) => c.startsWith('survey:'))) ids.add('functions');
  for (const p of paths) {
    const mean = /^questions\.([^.]+)\.(mean|valid)$/.exec(p);
    if (mean) ids.add(`mean-${mean[1]}`);
    const net = /^networks\.(daily|weekly)\./.exec(p);
    if (net) ids.add(`networks-${net[1]}`);
    if (p.startsWith('political.')) ids.add('political-contact');
  }
  for (const c of others) {
    const q = /^question ([^:]+): .*\b(mean|valid answers) /.exec(c);
    if (q) ids.add(`mean-${q[1]}`);
    const net = /^(daily|weekly) network:/.exec(c);
    if (net) ids.add(`networks-${net[1]}`);
    if (c.startsWith('political contact:')) ids.add('political-contact');
  }
  const html = files.get('notat.html');
  const text = html === undefined ? undefined : typeof html === 'string' ? html : new TextDecoder().decode(html);
  // Without the HTML (a PDF-only build), only the tables of every comparison chapter: the compact
  // chapter's network and political tables are not in a note of a small study.
  const placed = (id: string) =>
    text === undefined ? !/^(networks-|political-contact)/.test(id) : text.includes(`note-table-${id}"`) || text.includes(`note-table-${id} `);
  return [...ids].filter(placed).sort();
}

function figuresOf(files: Map<string, string | Uint8Array>): Map<string, string | Uint8Array> {
  const figures = new Map<string, string | Uint8Array>();
  for (const [path, content] of files) {
    const match = /^figures\/(.+)\.svg$/.exec(path);
    if (match) figures.set(match[1], content);
  }
  return figures;
}

function parseJson(content: string | Uint8Array | undefined): unknown {
  if (content === undefined) return undefined;
  try {
    return JSON.parse(typeof content === 'string' ? content : new TextDecoder().decode(content)) as unknown;
  } catch {
    return undefined; // A damaged previous file compares as absent.
  }
}

// ---------------------------------------------------------------------------------------------
// Formatting

/** Counts per kind, what a reader looks at first: e.g. ["2 sentences", "1 figure", "3 measures"]; empty when nothing changed. */
export function changeCounts(summary: ChangeSummary): string[] {
  const count = (n: number, one: string, many: string) => (n === 0 ? [] : [`${n} ${n === 1 ? one : many}`]);
  const { figures, readable } = summary;
  const measures = readable.groups.reduce((n, g) => n + g.items.length, 0);
  return [
    ...count(summary.bindings?.length ?? 0, 'sentence', 'sentences'),
    ...count(summary.claims?.length ?? 0, 'stale claim', 'stale claims'),
    ...count(figures.changed.length + figures.added.length + figures.removed.length, 'figure', 'figures'),
    ...count(summary.tables.length, 'table', 'tables'),
    ...count(summary.brokers.length, 'bridge-builder change', 'bridge-builder changes'),
    ...count(summary.comparison?.length ?? 0, 'other kommune in the comparison', 'other kommuner in the comparison'),
    ...count(measures + (readable.persons.length > 0 ? 1 : 0), 'measure', 'measures'),
    ...count(readable.hidden, 'value below the note\'s precision', 'values below the note\'s precision'),
    ...count(summary.pages?.length ?? 0, 'page moved', 'pages moved'),
  ];
}

export function formatChangesMarkdown(summary: ChangeSummary, current: Pick<CurrentBuild, 'slug' | 'name'>): string {
  const lines = [`# Changes since the previous build: ${current.name} (${current.slug})`, ''];
  if (summary.first) return `${[...lines, 'This is the first build of this kommune here: there is nothing to compare with.'].join('\n')}\n`;
  const counts = changeCounts(summary);
  if (counts.length === 0) return `${[...lines, 'Nothing changed since the previous build.'].join('\n')}\n`;
  lines.push(`Changed: ${counts.join(', ')}.`);
  lines.push('', 'Numbers are rounded as the note prints them; build.json keeps the exact values (`changed`).');
  // What the author has to act on first: the text, then what the reader sees, then the numbers.
  if (summary.bindings) section(lines, 'Numbers in the text', summary.bindings.map(bindingLine));
  if (summary.claims) section(lines, 'Claims in the text that no longer hold', summary.claims.map(claimLine));
  section(lines, 'Figures', figureLines(summary.figures));
  section(lines, 'Tables', summary.tables.map((id) => `- \`${id}\``));
  section(lines, 'Bridge builders', summary.brokers.map(brokerLine));
  section(lines, 'The comparison changed: other kommuner\'s numbers', comparisonLines(summary.comparison ?? []));
  section(lines, `Measures of ${current.name}`, measureLines(summary.readable));
  if (summary.pages) section(lines, 'Pages that moved', summary.pages.map(pageLine));
  return `${lines.join('\n')}\n`;
}

/** The short version for stderr: counts, then the first few changes. */
export function formatChangesShort(summary: ChangeSummary, changesPath: string, max = 6): string[] {
  if (summary.first) return ['changes: first build here, nothing to compare with'];
  const counts = changeCounts(summary);
  if (counts.length === 0) return ['changes: none since the previous build'];
  const details = [
    ...summary.brokers.map(brokerLine),
    ...comparisonLines(summary.comparison ?? []),
    ...measureLines(summary.readable),
    ...(summary.claims ?? []).map(claimLine),
    ...figureLines(summary.figures),
    ...(summary.pages ?? []).map(pageLine),
  ].map((line) => `  ${line.replace(/^- /, '').replaceAll('`', '')}`);
  const shown = details.slice(0, max);
  if (details.length > max) shown.push(`  … ${details.length - max} more in ${changesPath}`);
  return [`changes: ${counts.join(', ')} (${changesPath})`, ...shown];
}

function section(lines: string[], title: string, items: string[]): void {
  if (items.length === 0) return;
  lines.push('', `## ${title}`, '', ...items);
}

/** One line per group: "- Weekly network (…): ties 17 → 18; density 4,2 % → 4,4 %". */
function measureLines(readable: ReadableMetrics): string[] {
  const lines = readable.groups.map((g) => `- ${g.title}: ${g.items.join('; ')}`);
  if (readable.persons.length > 0) lines.push(`- Per person (ties, betweenness, brokerage roles): ${readable.persons.join(', ')}`);
  return lines;
}

function comparisonLines(changes: ComparisonChange[]): string[] {
  return changes.map((k) => `- ${k.name}: ${k.changes.join('; ')}`);
}

function brokerLine(change: BrokerChange): string {
  const who = change.label ? `${change.id} (${change.label})` : change.id;
  return change.change === 'gained'
    ? `- ${change.level}: ${who} became a bridge builder`
    : `- ${change.level}: ${who} is no longer a bridge builder`;
}

function figureLines(diff: FigureDiff): string[] {
  return [
    ...diff.changed.map((id) => `- changed: \`${id}\``),
    ...diff.added.map((id) => `- new: \`${id}\``),
    ...diff.removed.map((id) => `- gone: \`${id}\``),
  ];
}

function pageLine(move: PageMove): string {
  const page = (n: number | undefined) => (n === undefined ? '(none)' : `p. ${n}`);
  return `- \`${move.id}\`: ${page(move.before)} → ${page(move.after)}`;
}

function bindingLine(change: BindingChange): string {
  return `- ${change.file}:${change.line}: ${sentenceChange(change.before, change.after)}`;
}

function claimLine(claim: Claim & { wasTrue: boolean }): string {
  return `- ${claim.file}:${claim.line}: «${claim.text}»${claim.wasTrue ? ' (held in the previous build)' : ''}`;
}
