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
}

export interface CurrentBuild {
  slug: string;
  name: string;
  files: OutputFiles;
  manifest: BuildManifest;
  persons: PersonLabel[];
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
}

/** The files of this build with build.json and changes.md added, and the summary for stderr. */
export function withChangeSummary(previous: PreviousOutput, current: CurrentBuild): { files: OutputFiles; summary: ChangeSummary } {
  const summary = summarizeChanges(previous, current);
  const files: OutputFiles = new Map(current.files);
  files.set('build.json', `${JSON.stringify(current.manifest, null, 2)}\n`);
  files.set('changes.md', formatChangesMarkdown(summary, current) + selfCheckMarkdown(current.manifest.selfCheck));
  return { files, summary };
}

export function summarizeChanges(previous: PreviousOutput, current: CurrentBuild): ChangeSummary {
  const oldMetrics = parseJson(previous.files.get('metrics.json'));
  const oldManifest = (parseJson(previous.files.get('build.json')) ?? {}) as Partial<BuildManifest>;
  const nowMetrics = parseJson(current.files.get('metrics.json'));
  const { pages, bindings, claims } = current.manifest;
  return {
    first: !previous.exists,
    metrics: diffMetrics(oldMetrics ?? {}, nowMetrics ?? {}),
    brokers: diffBrokers(oldMetrics, nowMetrics, current.persons),
    figures: diffFigures(figuresOf(previous.files), figuresOf(current.files)),
    pages: pages && oldManifest.pages ? diffPages(oldManifest.pages, pages) : null,
    bindings: bindings ? diffBindings(oldManifest.bindings ?? [], bindings) : null,
    claims: claims ? staleClaims(oldManifest.claims ?? [], claims) : null,
  };
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

/** Counts per kind, e.g. ["3 values", "1 bridge builder"]; empty when nothing changed. */
export function changeCounts(summary: ChangeSummary): string[] {
  const count = (n: number, one: string, many: string) => (n === 0 ? [] : [`${n} ${n === 1 ? one : many}`]);
  const { metrics, figures } = summary;
  return [
    ...count(metrics.values.length + metrics.lists.length, 'value', 'values'),
    ...count(summary.brokers.length, 'bridge-builder change', 'bridge-builder changes'),
    ...count(figures.changed.length + figures.added.length + figures.removed.length, 'figure', 'figures'),
    ...count(summary.pages?.length ?? 0, 'page moved', 'pages moved'),
    ...count(summary.bindings?.length ?? 0, 'sentence', 'sentences'),
    ...count(summary.claims?.length ?? 0, 'stale claim', 'stale claims'),
  ];
}

export function formatChangesMarkdown(summary: ChangeSummary, current: Pick<CurrentBuild, 'slug' | 'name'>): string {
  const lines = [`# Changes since the previous build: ${current.name} (${current.slug})`, ''];
  if (summary.first) return `${[...lines, 'This is the first build of this kommune here: there is nothing to compare with.'].join('\n')}\n`;
  const counts = changeCounts(summary);
  if (counts.length === 0) return `${[...lines, 'Nothing changed since the previous build.'].join('\n')}\n`;
  lines.push(`Changed: ${counts.join(', ')}.`);
  // What the author has to act on first: the text, then what the figures mark, then the full list.
  // EXTENSION POINT: sentences whose bound numbers changed (render stage `bindings`).
  if (summary.bindings) section(lines, 'Sentences whose numbers changed', summary.bindings.map(bindingLine));
  if (summary.claims) section(lines, 'Claims in the text that no longer hold', summary.claims.map(claimLine));
  section(lines, 'Bridge builders', summary.brokers.map(brokerLine));
  section(lines, 'Figures', figureLines(summary.figures));
  if (summary.pages) section(lines, 'Pages that moved', summary.pages.map(pageLine));
  section(lines, 'metrics.json', metricLines(summary.metrics));
  return `${lines.join('\n')}\n`;
}

/** The short version for stderr: counts, then the first few changes. */
export function formatChangesShort(summary: ChangeSummary, changesPath: string, max = 6): string[] {
  if (summary.first) return ['changes: first build here, nothing to compare with'];
  const counts = changeCounts(summary);
  if (counts.length === 0) return ['changes: none since the previous build'];
  const metrics = metricLines(summary.metrics);
  const details = [
    ...summary.brokers.map(brokerLine),
    ...metrics.filter((line) => !DETAIL.test(line)),
    ...(summary.claims ?? []).map(claimLine),
    ...figureLines(summary.figures),
    ...(summary.pages ?? []).map(pageLine),
    ...metrics.filter((line) => DETAIL.test(line)),
  ].map((line) => `  ${line.replace(/^- /, '').replaceAll('`', '')}`);
  const shown = details.slice(0, max);
  if (details.length > max) shown.push(`  … ${details.length - max} more in ${changesPath}`);
  return [`changes: ${counts.join(', ')} (${changesPath})`, ...shown];
}

/** Per-person and per-group values: listed after the headline numbers in the short version. */
const DETAIL = /\.(degree|betweenness|brokerage|functionEI|communities|ties)[.`]/;

function section(lines: string[], title: string, items: string[]): void {
  if (items.length === 0) return;
  lines.push('', `## ${title}`, '', ...items);
}

function metricLines(diff: MetricsDiff): string[] {
  const all = [
    ...diff.values.map((v) => ({ path: v.path, line: `- \`${v.path}\`: ${show(v.before)} → ${show(v.after)}` })),
    ...diff.lists.map((l) => ({ path: l.path, line: `- \`${l.path}\`: ${listChange(l.added, l.removed)}` })),
  ];
  return all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((x) => x.line);
}

function listChange(added: string[], removed: string[]): string {
  return [added.length > 0 ? `added ${added.join(', ')}` : '', removed.length > 0 ? `removed ${removed.join(', ')}` : '']
    .filter(Boolean)
    .join('; ');
}

function show(value: unknown): string {
  return value === undefined ? '(none)' : JSON.stringify(value);
}

function brokerLine(change: BrokerChange): string {
  const who = change.label ? `${change.id} (${change.label})` : change.id;
  return change.change === 'gained'
    ? `- ${change.level}: ${who} became a bridge builder`
    : `- ${change.level}: ${who} is no longer a bridge builder`;
}

function figureLines(diff: FigureDiff): string[] {
  return [
    ...diff.changed.map((id) => `- changed: \`figures/${id}.svg\``),
    ...diff.added.map((id) => `- new: \`figures/${id}.svg\``),
    ...diff.removed.map((id) => `- gone: \`figures/${id}.svg\``),
  ];
}

function pageLine(move: PageMove): string {
  const page = (n: number | undefined) => (n === undefined ? '(none)' : `p. ${n}`);
  return `- \`${move.id}\`: ${page(move.before)} → ${page(move.after)}`;
}

function bindingLine(change: BindingChange): string {
  return `- ${change.file}:${change.line}: ${change.before === undefined ? '(new)' : `«${change.before}»`} → ${change.after === undefined ? '(gone)' : `«${change.after}»`}`;
}

function claimLine(claim: Claim & { wasTrue: boolean }): string {
  return `- ${claim.file}:${claim.line}: «${claim.text}»${claim.wasTrue ? ' (held in the previous build)' : ''}`;
}
