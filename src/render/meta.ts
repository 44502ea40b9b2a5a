// Render stage: the note's metadata (colophon, cover, foreword, references) from study.yaml's and
// kommune.yaml's `note:` keys, normalised once into a complete NoteMeta with neutral defaults. Each
// text may be given per language ({ nb: …, nn: … }); the title-like keys fill in the placeholders
// {kommune}, {study}, {subject}, {Subject}, {part}, {number} and {year}. A key without a value stays
// null and is left out of the note: no placeholder text is ever printed.

import type { Problem } from '../errors.ts';
import type { KommuneData, StudyConfig } from '../types.ts';
import { fixMissingInLanguage, missingInLanguage } from '../validate/messages.ts';
import { fill, type Lang, type Strings } from './i18n.ts';

export interface Publisher {
  /** Null when study.yaml names no publisher: the cover, colophon and back cover leave it out. */
  name: string | null;
  address: string[];
  phone: string | null;
  email: string | null;
  orgNumber: string | null;
}

export interface Reference {
  authors: string;
  year: string;
  title: string;
  /** "Rapport nr. 22", "NOU 2011:15". */
  series: string | null;
  /** "Volda: Nordvest samfunnsforsking". */
  publisher: string | null;
  /** For a chapter: the book it is in. */
  in: string | null;
  /** For an article: "Social Networks, 1(3)". */
  journal: string | null;
  pages: string | null;
  /** A plain string given instead of the fields: printed as written. */
  text: string | null;
}

export interface NoteMeta {
  lang: Lang;
  title: string;
  subtitle: string;
  /** What the study is about in running text ("det boligsosiale arbeidet"), or null (`subject:`). */
  subject: string | null;
  /** "2/2015", or null. */
  number: string | null;
  part: string | null;
  authors: string[];
  projectLeader: string | null;
  projectNumber: string | null;
  projectTitle: string;
  commissioner: string | null;
  publisher: Publisher;
  issn: string | null;
  isbn: string | null;
  keywords: string[];
  /** Who signs the foreword: the project leader, else the first author. */
  signer: string | null;
  /** "Volda, september 2015", or null. */
  place: string | null;
  references: Reference[];
  allowHtml: boolean;
  /** Keys given per language but not in the note's (study.yaml or kommune.yaml, by key). */
  warnings: Problem[];
}

/** The title-like keys, where the placeholders are filled in. */
const TITLE_KEYS = ['title', 'subtitle', 'projectTitle', 'commissioner', 'place', 'signer'] as const;

/** Reads `note:` of study.yaml and kommune.yaml (kommune keys win) and fills in what is absent. */
export function normalizeNoteMeta(config: StudyConfig, kommune: KommuneData, strings: Strings, date = ''): NoteMeta {
  const lang = noteLang(kommune);
  const study = record(config.raw.note);
  const own = record(kommune.raw.note);
  const warnings: Problem[] = [];
  const files = { study: config.source.file, own: kommune.source.file };
  // A text per language: the note's, else the other language's with a warning naming the key.
  const local = (value: unknown, key: string, file: string): unknown => {
    if (!isLanguageMap(value)) return value;
    if (value[lang] !== undefined && value[lang] !== null) return value[lang];
    const other = value[lang === 'nb' ? 'nn' : 'nb'];
    warnings.push({ source: { file }, severity: 'warning', message: missingInLanguage(`note.${key}`, lang, String(other)), fix: fixMissingInLanguage(lang) });
    return other;
  };
  const pick = (key: string): unknown => {
    const mine = local(own[key], key, files.own);
    return mine !== undefined && mine !== null ? mine : local(study[key], key, files.study);
  };
  const part = text(pick('part'));
  const number = text(pick('number'));
  const subject = config.subject ? config.subject[lang] : null;
  const vars: Record<string, string> = {
    kommune: kommune.name, study: config.title, year: date.slice(0, 4),
    ...(subject ? { subject, Subject: upperFirst(subject) } : {}),
    ...(part ? { part } : {}), ...(number ? { number } : {}),
  };
  const titled = (key: (typeof TITLE_KEYS)[number]): string | null => {
    const value = text(pick(key));
    return value === null ? null : fill(value, vars);
  };
  const authors = list(pick('authors'));
  const projectLeader = text(pick('projectLeader'));
  const publisher = normalizePublisher(record(pick('publisher')), (v, k) => local(v, `publisher.${k}`, files.study));
  const keywords = [...keywordList(study.keywords, (v) => local(v, 'keywords', files.study)), ...keywordList(own.keywords, (v) => local(v, 'keywords', files.own))];
  return {
    lang,
    subject,
    title: titled('title') ?? strings.get(subject ? 'title' : 'titleNoSubject', vars),
    subtitle: titled('subtitle') ?? strings.get(part ? 'subtitle' : 'subtitleNoPart', vars),
    number,
    part,
    authors,
    projectLeader,
    projectNumber: text(pick('projectNumber')),
    projectTitle: titled('projectTitle') ?? config.title,
    commissioner: titled('commissioner'),
    publisher,
    issn: text(pick('issn')),
    isbn: text(pick('isbn')),
    keywords: keywords.filter((k, i, all) => all.indexOf(k) === i),
    signer: titled('signer') ?? projectLeader ?? authors[0] ?? null,
    place: titled('place'),
    references: normalizeReferences(study.references),
    allowHtml: config.raw.allowHtml === true || study.allowHtml === true,
    warnings,
  };
}

/** `{ nb: …, nn: … }` (either or both, nothing else): a value given per language. */
function isLanguageMap(value: unknown): value is Partial<Record<Lang, unknown>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => k === 'nb' || k === 'nn');
}

/** Keywords: a list or a comma-separated text, per language or not, each item per language or not. */
function keywordList(value: unknown, local: (value: unknown) => unknown): string[] {
  const items = local(value);
  return Array.isArray(items) ? list(items.map(local)) : list(items);
}

function upperFirst(value: string): string {
  return value.charAt(0).toLocaleUpperCase('nb') + value.slice(1);
}

/** `language: nn` in kommune.yaml (or `note.language`); anything else is bokmål. */
export function noteLang(kommune: KommuneData): Lang {
  const value = kommune.raw.language ?? record(kommune.raw.note).language;
  return typeof value === 'string' && value.trim().toLowerCase() === 'nn' ? 'nn' : 'nb';
}

function normalizePublisher(raw: Record<string, unknown>, local: (value: unknown, key: string) => unknown): Publisher {
  return {
    name: text(local(raw.name, 'name')),
    address: list(local(raw.address, 'address')),
    phone: text(raw.phone),
    email: text(raw.email),
    orgNumber: text(raw.orgNumber),
  };
}

/** Sorted by author and year (Norwegian order: æ, ø, å last), as an author-year list should be. */
function normalizeReferences(raw: unknown): Reference[] {
  if (!Array.isArray(raw)) return [];
  const refs = raw.map((item): Reference => {
    if (typeof item === 'string') {
      return { authors: item, year: '', title: '', series: null, publisher: null, in: null, journal: null, pages: null, text: item };
    }
    const r = record(item);
    return {
      authors: text(r.authors) ?? '',
      year: text(r.year) ?? 'u.å.',
      title: text(r.title) ?? '',
      series: text(r.series),
      publisher: text(r.publisher),
      in: text(r.in),
      journal: text(r.journal),
      pages: text(r.pages),
      text: null,
    };
  });
  const collator = new Intl.Collator('nb', { sensitivity: 'base' });
  return refs.sort((a, b) => collator.compare(a.authors, b.authors) || collator.compare(a.year, b.year));
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function list(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',').map((s) => s.trim()).filter(Boolean);
  if (!Array.isArray(value)) return [];
  return value.map(text).filter((s): s is string => s !== null);
}
