// Validate stage: <root>/study.yaml → a complete StudyConfig, or one config error listing every problem.
// raw (unknown) → normalizeStudyConfig → normalizeFunctions / normalizeQuestions / normalizeKommuner /
// normalizeComparison.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { KommunenotatError, type Problem } from '../errors.ts';
import { readYaml } from '../load/read-yaml.ts';
import type { ComparisonMode, FunctionDef, QuestionDef, StudyConfig } from '../types.ts';
import { closest } from './closest.ts';
import { fold, isId } from './fold.ts';
import { perLanguage, readLangText } from './lang-text.ts';
import { FIXED_TEXT_KEYS } from '../render/i18n.ts';
import { STUDY_KEYS } from './known-keys.ts';
import * as msg from './messages.ts';
import { checkUnknownKeys } from './unknown-keys.ts';
import { asText, isRecord, optionalText, report, requireList, requireText, type YamlContext } from './yaml-fields.ts';

/**
 * Reads and checks study.yaml and that every listed kommune has a folder with files in it. Warnings
 * (a kommune folder not listed in `kommuner:`) go to `warnings` when given; errors are thrown.
 */
export function readStudyConfig(root: string, warnings?: Problem[]): StudyConfig {
  const file = join(root, 'study.yaml');
  const yaml = readYaml(file);
  if (yaml.value === undefined && !existsSync(file)) {
    yaml.problems.forEach((problem) => (problem.fix = msg.fixStudyYamlMissing(root)));
  }
  throwConfigProblems(yaml.problems, file);
  const ctx: YamlContext = { file, locate: yaml.locate, locateKey: yaml.locateKey, problems: [] };
  if (!isRecord(yaml.value)) {
    report(ctx, [], msg.yamlNotMapping());
    throwConfigProblems(ctx.problems, file);
  }
  const raw = yaml.value as Record<string, unknown>;
  checkUnknownKeys(raw, STUDY_KEYS, ctx);
  const config = normalizeStudyConfig(raw, ctx);
  checkKommuneFolders(root, raw, config.kommuner, ctx);
  throwConfigProblems(ctx.problems, file);
  warnings?.push(...ctx.problems.filter((problem) => problem.severity === 'warning'));
  return config;
}

/** Normalises a parsed study.yaml; problems go to ctx.problems. Exported for in-memory tests. */
export function normalizeStudyConfig(raw: Record<string, unknown>, ctx: YamlContext): StudyConfig {
  // One after the other, so the problems are listed in the order of the keys' usual place in the file.
  const title = requireText(ctx, raw, ['title']) ?? '';
  const subject = readLangText(ctx, raw, ['subject'], false);
  const kommuner = normalizeKommuner(raw, ctx);
  const functions = normalizeFunctions(raw, ctx);
  const questions = normalizeQuestions(raw, ctx);
  const comparison = normalizeComparison(raw, kommuner.length, ctx);
  checkFixedText(raw, ctx);
  const date = normalizeDate(raw, ctx);
  const config: StudyConfig = { title, kommuner, functions, questions, comparison, ...(subject ? { subject } : {}), raw, source: { file: ctx.file } };
  if (date !== undefined) config.date = date;
  return config;
}

/** `date:` as YYYY-MM-DD, a real day of the calendar; anything else is a located problem, never a guess. */
function normalizeDate(raw: Record<string, unknown>, ctx: YamlContext): string | undefined {
  const value = raw['date'];
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const text = asText(value);
  if (text === undefined) {
    report(ctx, ['date'], msg.wrongType('date', 'a date written YYYY-MM-DD'), value, msg.fixBadDate);
    return undefined;
  }
  const date = parseIsoDate(text);
  if (date === undefined) {
    const message = /^\d{4}-\d{1,2}-\d{1,2}$/.test(text) ? msg.notARealDate(text) : msg.badDateFormat(text);
    report(ctx, ['date'], message, text, msg.fixBadDate);
    return undefined;
  }
  return date;
}

/** `2015-09-01` → itself; `2015-02-30`, `2015-13-45` or `1. september 2015` → undefined. */
export function parseIsoDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return match[0];
}

/**
 * With `note.comparison: auto` (the default) a study of up to this many kommuner gets the full
 * comparison chapter, a larger one the compact chapter: beyond it every note would carry two figures
 * per kommune of the study, which no reader of one kommune's note wants and which dominate the print.
 */
export const FULL_COMPARISON_MAX_KOMMUNER = 8;

const COMPARISON_SETTINGS = ['full', 'compact', 'auto'] as const;

/** `note.comparison`: full | compact | auto (default), spelled case-insensitively; auto resolved here. */
function normalizeComparison(raw: Record<string, unknown>, kommuner: number, ctx: YamlContext): ComparisonMode {
  const auto: ComparisonMode = kommuner > FULL_COMPARISON_MAX_KOMMUNER ? 'compact' : 'full';
  const note = raw['note'];
  const value = isRecord(note) ? note['comparison'] : undefined;
  if (value === undefined || value === null) return auto;
  const path = ['note', 'comparison'];
  const fix = msg.fixBadComparison(FULL_COMPARISON_MAX_KOMMUNER);
  const text = asText(value);
  if (text === undefined) {
    report(ctx, path, msg.wrongType('note.comparison', `one of ${COMPARISON_SETTINGS.join(', ')}`), value, fix);
    return auto;
  }
  const setting = COMPARISON_SETTINGS.find((s) => fold(text) === s);
  if (setting === undefined) {
    report(ctx, path, msg.badComparison(text, COMPARISON_SETTINGS), value, fix);
    return auto;
  }
  return setting === 'auto' ? auto : setting;
}

function normalizeKommuner(raw: Record<string, unknown>, ctx: YamlContext): string[] {
  const items = requireList(ctx, raw, ['kommuner']);
  if (!items) return [];
  if (items.length === 0) report(ctx, ['kommuner'], msg.listEmpty('kommuner', 'kommune slug'));
  const slugs: string[] = [];
  items.forEach((item, index) => {
    const slug = asText(item);
    const path = ['kommuner', index];
    if (slug === undefined || !isId(slug)) return report(ctx, path, msg.badCode('kommune slug', String(item)), item);
    if (slugs.includes(slug)) return report(ctx, path, msg.duplicateEntry('kommune', slug), slug, msg.fixDuplicateEntry);
    slugs.push(slug);
  });
  return slugs;
}

function normalizeFunctions(raw: Record<string, unknown>, ctx: YamlContext): FunctionDef[] {
  const items = requireList(ctx, raw, ['functions']);
  if (!items) return [];
  if (items.length === 0) report(ctx, ['functions'], msg.listEmpty('functions', 'function'));
  const functions: FunctionDef[] = [];
  const firstLines = new Map<string, number | undefined>();
  items.forEach((item, index) => {
    const path = ['functions', index];
    if (!isRecord(item)) return report(ctx, path, msg.wrongType(`functions[${index}]`, 'a mapping with code, label and name'), item);
    const code = requireText(ctx, item, [...path, 'code']);
    // label and name: one text, or one per language ({ nb, nn }); a missing name is the label.
    const labelText = readLangText(ctx, item, [...path, 'label'], true);
    const nameText = readLangText(ctx, item, [...path, 'name'], false) ?? labelText;
    const label = labelText?.nb;
    const name = nameText?.nb;
    if (code === undefined || label === undefined || name === undefined) return;
    if (!isId(code)) return report(ctx, [...path, 'code'], msg.badCode('function code', code), code);
    const key = fold(code);
    if (firstLines.has(key)) {
      return report(ctx, [...path, 'code'], msg.duplicateEntry('function code', code, firstLines.get(key)), code, msg.fixDuplicateEntry);
    }
    firstLines.set(key, ctx.locate([...path, 'code']).line);
    const i18n = { label: perLanguage(labelText), name: perLanguage(nameText) };
    functions.push({ code, label, name, ...(i18n.label || i18n.name ? { i18n: withoutUndefined(i18n) } : {}) });
  });
  return functions;
}

function normalizeQuestions(raw: Record<string, unknown>, ctx: YamlContext): QuestionDef[] {
  const items = requireList(ctx, raw, ['questions']);
  if (!items) return [];
  const questions: QuestionDef[] = [];
  const firstLines = new Map<string, number | undefined>();
  items.forEach((item, index) => {
    const path = ['questions', index];
    if (!isRecord(item)) return report(ctx, path, msg.wrongType(`questions[${index}]`, 'a mapping with id, kind and text'), item);
    const question = normalizeQuestion(item, path, ctx);
    if (!question) return;
    const key = question.id.toLowerCase();
    if (firstLines.has(key)) {
      return report(ctx, [...path, 'id'], msg.duplicateEntry('question id', question.id, firstLines.get(key)), question.id, msg.fixDuplicateEntry);
    }
    firstLines.set(key, ctx.locate([...path, 'id']).line);
    questions.push(question);
  });
  return questions;
}

function normalizeQuestion(item: Record<string, unknown>, path: (string | number)[], ctx: YamlContext): QuestionDef | undefined {
  const id = requireText(ctx, item, [...path, 'id']);
  const kindText = requireText(ctx, item, [...path, 'kind']);
  // text, low and high: one text, or one per language ({ nb, nn }).
  const texts = {
    text: readLangText(ctx, item, [...path, 'text'], true),
    low: readLangText(ctx, item, [...path, 'low'], false),
    high: readLangText(ctx, item, [...path, 'high'], false),
  };
  const text = texts.text?.nb;
  const low = texts.low?.nb;
  const high = texts.high?.nb;
  const kind = kindText === undefined ? undefined : fold(kindText);
  if (kindText !== undefined && kind !== 'rating' && kind !== 'text') {
    report(ctx, [...path, 'kind'], msg.badQuestionKind(kindText), kindText);
  }
  if (id !== undefined && !isId(id)) report(ctx, [...path, 'id'], msg.badCode('question id', id), id);
  if (id !== undefined && id.toLowerCase() === 'id') report(ctx, [...path, 'id'], msg.questionIdReserved(), id);
  if (id === undefined || !isId(id) || id.toLowerCase() === 'id' || text === undefined) return undefined;
  if (kind !== 'rating' && kind !== 'text') return undefined;
  const question: QuestionDef = { id, kind, text };
  if (kind === 'rating' && low !== undefined) question.low = low;
  if (kind === 'rating' && high !== undefined) question.high = high;
  const i18n = withoutUndefined({
    text: perLanguage(texts.text),
    ...(kind === 'rating' ? { low: perLanguage(texts.low), high: perLanguage(texts.high) } : {}),
  });
  if (Object.keys(i18n).length > 0) question.i18n = i18n;
  return question;
}

/**
 * `note.fixedText`: keys of templates/i18n (nested, or dotted as `colophon.authors`), each one text or
 * `{ nb, nn }`. An unknown key would silently change nothing, so it is a problem naming the keys.
 */
function checkFixedText(raw: Record<string, unknown>, ctx: YamlContext): void {
  const note = raw['note'];
  if (!isRecord(note) || note['fixedText'] === undefined || note['fixedText'] === null) return;
  const walk = (value: unknown, path: (string | number)[], prefix: string): void => {
    if (!isRecord(value)) {
      report(ctx, path, msg.wrongType(path.join('.'), 'a mapping of fixed-text keys to texts'), value);
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      const name = `${prefix}${key}`;
      const isNode = isRecord(item) && !Object.keys(item).every((k) => k === 'nb' || k === 'nn');
      if (isNode && FIXED_TEXT_KEYS.some((k) => k.startsWith(`${name}.`))) {
        walk(item, [...path, key], `${name}.`);
      } else if (!FIXED_TEXT_KEYS.includes(name)) {
        report(ctx, [...path, key], msg.unknownFixedText(name), name, msg.fixUnknownFixedText(nearKeys(name)));
      } else {
        readLangText(ctx, value, [...path, key], true);
      }
    }
  };
  walk(note['fixedText'], ['note', 'fixedText'], '');
}

/** The fixed-text keys closest to `name` (at most three edits away, closest first), for the message. */
function nearKeys(name: string): string[] {
  const scored = FIXED_TEXT_KEYS.map((key) => ({ key, d: editDistance(fold(name), fold(key)) })).filter((s) => s.d <= 3);
  return scored.sort((a, b) => a.d - b.d).slice(0, 3).map((s) => s.key);
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function checkKommuneFolders(root: string, raw: Record<string, unknown>, slugs: readonly string[], ctx: YamlContext): void {
  const written = Array.isArray(raw['kommuner']) ? raw['kommuner'].map(asText) : [];
  // With no readable list there is nothing to compare the folders with (that problem is reported).
  const folders = Array.isArray(raw['kommuner']) ? kommuneFolders(root) : [];
  const unlisted = folders.filter((folder) => !slugs.includes(folder));
  slugs.forEach((slug) => {
    const dir = join(root, 'kommuner', slug);
    const path = ['kommuner', Math.max(0, written.indexOf(slug))];
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      const near = closest(slug, unlisted);
      report(ctx, path, msg.kommuneFolderMissing(slug, dir), slug, near ? msg.fixKommuneFolderNear(near) : msg.fixKommuneFolder);
    } else if (readdirSync(dir).length === 0) {
      report(ctx, path, msg.kommuneFolderEmpty(slug, dir), slug, msg.fixKommuneFolder);
    }
  });
  // A folder nobody listed is left out of every note and comparison: say so (a warning, since a
  // kommune may be set aside on purpose while its data is being collected).
  for (const folder of unlisted) {
    const near = closest(folder, slugs.filter((slug) => !folders.includes(slug)));
    ctx.problems.push({
      source: ctx.locate(['kommuner']),
      message: msg.kommuneFolderNotListed(folder, join(root, 'kommuner', folder)),
      value: folder,
      fix: near ? msg.fixKommuneFolderNotListedNear(near) : msg.fixKommuneFolderNotListed(folder),
      severity: 'warning',
    });
  }
}

/** The folders under <root>/kommuner/ (hidden ones and files left out), sorted. */
function kommuneFolders(root: string): string[] {
  const dir = join(root, 'kommuner');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

function throwConfigProblems(problems: Problem[], file: string): void {
  const errors = problems.filter((problem) => problem.severity !== 'warning');
  if (errors.length === 0) return;
  const noun = errors.length === 1 ? 'problem' : 'problems';
  throw new KommunenotatError('config', `${file}: ${errors.length} ${noun}`, { problems });
}
