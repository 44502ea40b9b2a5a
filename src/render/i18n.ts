// Render stage: the note's fixed strings (templates/i18n/<lang>.yaml), typed, with {name} placeholders.

import { KommunenotatError } from '../errors.ts';

export type Lang = 'nb' | 'nn';
export const LANGS: readonly Lang[] = ['nb', 'nn'];

/** The keys every i18n file must have; nested keys are written `colophon.title`. */
const REQUIRED_KEYS = [
  'title', 'titleNoSubject', 'subtitle', 'subtitleNoPart', 'noteNumber', 'figure', 'table', 'figureRef', 'tableRef', 'figureData',
  'pageRef', 'pageFooter', 'contents', 'foreword', 'references', 'colophonSummary', 'colophon.title',
  'colophon.authors', 'colophon.projectLeader', 'colophon.number', 'colophon.pages', 'colophon.projectNumber',
  'colophon.projectTitle', 'colophon.commissioner', 'colophon.publisher', 'colophon.issn', 'colophon.isbn',
  'colophon.keywords', 'copyrightHolder', 'copyrightHolderNoPublisher', 'copyright', 'copyrightNoPublisher', 'onBehalf', 'projectLeaderRole', 'and', 'kommune',
  'function', 'abbreviation', 'functionsCaption', 'functionsTotal', 'functionsPersons', 'functionsRespondents',
  'meanCaption', 'mean', 'validAnswers', 'labelsCaption', 'noAnswer', 'footnotes', 'backCover',
  // The compact comparison chapter's tables (comparison-tables.ts).
  'currentKommune', 'lowest', 'highest', 'responseRate', 'functionsSummaryCaption',
  'networksCaption.daily', 'networksCaption.weekly', 'networksCaption.monthly',
  'networkColumns.persons', 'networkColumns.respondents', 'networkColumns.ties', 'networkColumns.density',
  'networkColumns.components', 'networkColumns.isolates', 'networkColumns.diameter', 'networkColumns.communities',
  'networkColumns.brokers', 'politicalCaption', 'politicalColumns.answered', 'politicalColumns.withAnyContact',
  'politicalColumns.share', 'contactTypes.gir_informasjon', 'contactTypes.far_informasjon',
  'contactTypes.politisk_diskusjon', 'contactTypes.faglig_diskusjon',
  'chapters.sammendrag', 'chapters.innledning', 'chapters.bakgrunn', 'chapters.prosjektet', 'chapters.resultater',
] as const;

/** The shared chapters whose title comes from the i18n file ({{kapittel "…"}}). */
export const CHAPTER_TITLES = ['sammendrag', 'innledning', 'bakgrunn', 'prosjektet', 'resultater'] as const;

export type I18nKey = (typeof REQUIRED_KEYS)[number];

/** The keys `note.fixedText` in study.yaml may set (every fixed text of the note). */
export const FIXED_TEXT_KEYS: readonly string[] = REQUIRED_KEYS;

/** One language's fixed strings. */
export interface Strings {
  lang: Lang;
  file: string;
  get(key: I18nKey, vars?: Record<string, string | number>): string;
  /** The whole tree, for templates (`{{t.colophon.title}}`). */
  tree: Record<string, unknown>;
}

/**
 * Checks a parsed i18n file and wraps it; a missing key is a template error naming the file.
 * `overrides` (`note.fixedText` of study.yaml, checked by the validate stage) replace single keys:
 * `colophon.authors: FORFATTARAR` for both languages, or `{ nb: …, nn: … }`, where a language left
 * out keeps the template's own text.
 */
export function makeStrings(lang: Lang, file: string, fileTree: Record<string, unknown>, overrides: Record<string, unknown> = {}): Strings {
  const tree = withOverrides(fileTree, overrides, lang);
  const missing = REQUIRED_KEYS.filter((key) => typeof lookup(tree, key) !== 'string');
  if (missing.length > 0) {
    throw new KommunenotatError('template', `${file}: missing fixed text for ${missing.join(', ')}`, {
      problems: missing.map((key) => ({ source: { file }, message: `key "${key}" is missing or not text` })),
    });
  }
  return {
    lang,
    file,
    tree,
    get: (key, vars = {}) => fill(lookup(tree, key) as string, vars),
  };
}

/** Replaces {name} with vars[name]; an unknown name is left as written so the mistake is visible. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

function withOverrides(tree: Record<string, unknown>, overrides: Record<string, unknown>, lang: Lang): Record<string, unknown> {
  const entries = Object.entries(overrides);
  if (entries.length === 0) return tree;
  const copy = structuredClone(tree);
  for (const [key, raw] of entries) {
    const value = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>)[lang] : raw;
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const parts = key.split('.');
    let node = copy;
    for (const part of parts.slice(0, -1)) {
      if (node[part] === null || typeof node[part] !== 'object') node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts[parts.length - 1]] = String(value);
  }
  return copy;
}

function lookup(tree: Record<string, unknown>, key: string): unknown {
  let value: unknown = tree;
  for (const part of key.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}
