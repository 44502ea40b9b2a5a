// Step 8 of the build, pure part: what changed since the previous build of a kommune. Each diff
// takes the previous and the current value as plain data; change-summary.ts reads the previous
// output and formats the result as changes.md.

/** One leaf of metrics.json that changed; `before`/`after` undefined when the path is new/gone. */
export interface ValueChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

/** A list of ids (or of id groups) whose members changed: added/removed, not index noise. */
export interface ListChange {
  path: string;
  added: string[];
  removed: string[];
}

export interface MetricsDiff {
  values: ValueChange[];
  lists: ListChange[];
}

export interface PersonLabel {
  id: string;
  /** Label of the person's primary function ("Tildeling"); never a name. */
  label?: string;
}

export interface BrokerChange {
  level: string;
  id: string;
  label?: string;
  change: 'gained' | 'lost';
}

export interface FigureDiff {
  changed: string[];
  added: string[];
  removed: string[];
}

export interface PageMove {
  id: string;
  before?: number;
  after?: number;
}

/** A sentence of the text with a number bound to the data (exposed by the render stage as `bindings`). */
export interface Binding {
  file: string;
  line: number;
  text: string;
}

export interface BindingChange {
  file: string;
  line: number;
  before?: string;
  after?: string;
}

/** A statement in the text checked against the data (e.g. "the densest network"); see docs/workflow.md. */
export interface Claim {
  file: string;
  line: number;
  text: string;
  holds: boolean;
}

// ---------------------------------------------------------------------------------------------
// metrics.json

/**
 * Flattens JSON to `a.b.c` → leaf. A list whose items are all strings, numbers or lists of those
 * stays one leaf (compared as a set of members by diffMetrics); a list of objects is indexed.
 */
export function flattenJson(value: unknown, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(value) && !value.every(isIdLike)) {
    value.forEach((item, index) => flattenJson(item, join(prefix, String(index)), into));
  } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) into.set(prefix, value);
    for (const [key, item] of entries) flattenJson(item, join(prefix, key), into);
  } else {
    into.set(prefix, value);
  }
  return into;
}

/** Every changed leaf of metrics.json; lists of ids as added/removed members. */
export function diffMetrics(before: unknown, after: unknown): MetricsDiff {
  const old = flattenJson(before);
  const now = flattenJson(after);
  const values: ValueChange[] = [];
  const lists: ListChange[] = [];
  const paths = [...new Set([...old.keys(), ...now.keys()])].sort(comparePaths);
  for (const path of paths) {
    const a = old.get(path);
    const b = now.get(path);
    if (!old.has(path)) values.push({ path, after: b });
    else if (!now.has(path)) values.push({ path, before: a });
    else if (Array.isArray(a) && Array.isArray(b)) {
      const change = diffIdList(path, a, b);
      if (change) lists.push(change);
      else if (JSON.stringify(a) !== JSON.stringify(b)) values.push({ path, before: a, after: b }); // same members, new order
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
      values.push({ path, before: a, after: b });
    }
  }
  return { values, lists };
}

function diffIdList(path: string, before: unknown[], after: unknown[]): ListChange | undefined {
  const a = new Set(before.map(memberKey));
  const b = new Set(after.map(memberKey));
  const added = [...b].filter((m) => !a.has(m)).sort();
  const removed = [...a].filter((m) => !b.has(m)).sort();
  return added.length + removed.length > 0 ? { path, added, removed } : undefined;
}

/** `p01` for an id, `[p01, p02]` for a group (a community or a tie). */
function memberKey(item: unknown): string {
  return Array.isArray(item) ? `[${item.map(String).join(', ')}]` : String(item);
}

function isIdLike(item: unknown): boolean {
  const scalar = (x: unknown) => typeof x === 'string' || typeof x === 'number';
  return scalar(item) || (Array.isArray(item) && item.every(scalar));
}

function join(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}.${key}`;
}

/** Paths in document-ish order: segment by segment, numbers numerically. */
function comparePaths(a: string, b: string): number {
  const sa = a.split('.');
  const sb = b.split('.');
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    if (sa[i] === sb[i]) continue;
    const na = Number(sa[i]);
    const nb = Number(sb[i]);
    if (Number.isInteger(na) && Number.isInteger(nb)) return na - nb;
    return sa[i] < sb[i] ? -1 : 1;
  }
  return sa.length - sb.length;
}

// ---------------------------------------------------------------------------------------------
// Bridge builders, figures, pages, text

/** Persons who gained or lost bridge-builder status (`networks.<level>.brokers`), per level. */
export function diffBrokers(before: unknown, after: unknown, persons: PersonLabel[]): BrokerChange[] {
  const label = new Map(persons.map((p) => [p.id, p.label]));
  const levels = [...new Set([...Object.keys(networksOf(before)), ...Object.keys(networksOf(after))])];
  const changes: BrokerChange[] = [];
  for (const level of levels) {
    const old = new Set(brokersOf(before, level));
    const now = brokersOf(after, level);
    for (const id of now) if (!old.has(id)) changes.push({ level, id, label: label.get(id), change: 'gained' });
    for (const id of [...old].sort()) if (!now.includes(id)) changes.push({ level, id, label: label.get(id), change: 'lost' });
  }
  return changes;
}

function networksOf(metrics: unknown): Record<string, unknown> {
  const networks = (metrics as { networks?: unknown } | null | undefined)?.networks;
  return networks !== null && typeof networks === 'object' ? (networks as Record<string, unknown>) : {};
}

function brokersOf(metrics: unknown, level: string): string[] {
  const brokers = (networksOf(metrics)[level] as { brokers?: unknown } | undefined)?.brokers;
  return Array.isArray(brokers) ? brokers.map(String) : [];
}

/** Figures by id (file name without .svg) whose SVG changed, appeared or disappeared. */
export function diffFigures(before: Map<string, string | Uint8Array>, after: Map<string, string | Uint8Array>): FigureDiff {
  const bytes = (content: string | Uint8Array) => (typeof content === 'string' ? Buffer.from(content) : Buffer.from(content));
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  const diff: FigureDiff = { changed: [], added: [], removed: [] };
  for (const id of ids) {
    const a = before.get(id);
    const b = after.get(id);
    if (a === undefined) diff.added.push(id);
    else if (b === undefined) diff.removed.push(id);
    else if (!bytes(a).equals(bytes(b))) diff.changed.push(id);
  }
  return diff;
}

/** Ids (chapters, figures, tables) whose page changed between two printed builds. */
export function diffPages(before: Record<string, number>, after: Record<string, number>): PageMove[] {
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const moves = ids
    .filter((id) => before[id] !== after[id])
    .map((id) => ({ id, before: before[id], after: after[id] }));
  return moves.sort((a, b) => (a.after ?? a.before ?? 0) - (b.after ?? b.before ?? 0) || (a.id < b.id ? -1 : 1));
}

/**
 * EXTENSION POINT (text bound to numbers): sentences whose bound numbers changed. A sentence is
 * matched by its file and line (and its order among the bindings of that line); a changed text
 * means one of its numbers changed. Used when the render stage exposes `bindings`.
 */
export function diffBindings(before: Binding[], after: Binding[]): BindingChange[] {
  const keyed = (list: Binding[]) => {
    const map = new Map<string, Binding>();
    const seen = new Map<string, number>();
    for (const binding of list) {
      const base = `${binding.file}:${binding.line}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      map.set(`${base}#${n}`, binding);
    }
    return map;
  };
  const old = keyed(before);
  const now = keyed(after);
  const changes: BindingChange[] = [];
  for (const key of [...new Set([...old.keys(), ...now.keys()])]) {
    const a = old.get(key);
    const b = now.get(key);
    if (a?.text === b?.text) continue;
    const where = (b ?? a)!;
    changes.push({ file: where.file, line: where.line, before: a?.text, after: b?.text });
  }
  return changes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

/** Claims that no longer hold, and whether each held in the previous build (then it just went stale). */
export function staleClaims(before: Claim[], after: Claim[]): (Claim & { wasTrue: boolean })[] {
  const held = new Set(before.filter((c) => c.holds).map((c) => `${c.file}:${c.line}:${c.text}`));
  return after.filter((c) => !c.holds).map((c) => ({ ...c, wasTrue: held.has(`${c.file}:${c.line}:${c.text}`) }));
}
