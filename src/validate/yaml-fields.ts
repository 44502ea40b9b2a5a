// Validate stage: small readers for keys of a parsed YAML mapping that record a located problem
// instead of throwing, so normalisation can go on and report every problem at once.

import type { Problem } from '../errors.ts';
import type { YamlPath } from '../load/read-yaml.ts';
import type { Source } from '../types.ts';
import * as msg from './messages.ts';

export interface YamlContext {
  file: string;
  locate: (path: YamlPath) => Source;
  /** Where a key itself was written, for problems about the key; `locate` when not given. */
  locateKey?: (path: YamlPath) => Source;
  problems: Problem[];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Strings as written (trimmed); numbers written without quotes (`code: 12`) count as their text. */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function display(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
}

export function report(ctx: YamlContext, path: YamlPath, message: string, value?: unknown, fix?: string): void {
  const problem: Problem = { source: ctx.locate(path), message };
  if (value !== undefined) problem.value = display(value);
  if (fix) problem.fix = fix;
  ctx.problems.push(problem);
}

/** A required non-empty string at `path` (whose last element is the key inside `object`). */
export function requireText(ctx: YamlContext, object: Record<string, unknown>, path: YamlPath): string | undefined {
  const key = String(path[path.length - 1]);
  const value = object[key];
  if (value === undefined || value === null) {
    report(ctx, path, msg.keyMissing(key));
    return undefined;
  }
  const text = asText(value);
  if (text === undefined || text === '') {
    report(ctx, path, msg.wrongType(key, 'a non-empty text'), value);
    return undefined;
  }
  return text;
}

/** An optional string: undefined when absent, a problem when present but not text. */
export function optionalText(ctx: YamlContext, object: Record<string, unknown>, path: YamlPath): string | undefined {
  const key = String(path[path.length - 1]);
  const value = object[key];
  if (value === undefined || value === null) return undefined;
  const text = asText(value);
  if (text === undefined) report(ctx, path, msg.wrongType(key, 'a text'), value);
  return text;
}

/** A required list at `path`. */
export function requireList(ctx: YamlContext, object: Record<string, unknown>, path: YamlPath): unknown[] | undefined {
  const key = String(path[path.length - 1]);
  const value = object[key];
  if (value === undefined || value === null) {
    report(ctx, path, msg.keyMissing(key));
    return undefined;
  }
  if (!Array.isArray(value)) {
    report(ctx, path, msg.wrongType(key, 'a list'), value, dashWithoutSpace(value));
    return undefined;
  }
  return value;
}

/** `-a` lines (no space after the dash) read as one text or as keys beginning with "-": the fix for that. */
function dashWithoutSpace(value: unknown): string | undefined {
  const first = typeof value === 'string' ? value : isRecord(value) ? Object.keys(value)[0] : undefined;
  const match = first === undefined ? null : /^-(\S+)/.exec(first);
  return match ? msg.fixYamlDashSpace(`- ${match[1]}`) : undefined;
}
