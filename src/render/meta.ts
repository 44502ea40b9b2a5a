// Render stage: the note's metadata (colophon, cover, foreword, references) from study.yaml's and
// kommune.yaml's `note:` keys, normalised once into a complete NoteMeta with generic defaults.

import type { KommuneData, StudyConfig } from '../types.ts';
import type { Lang, Strings } from './i18n.ts';

export interface Publisher {
  name: string;
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
}

/** Reads `note:` of study.yaml and kommune.yaml (kommune keys win) and fills in what is absent. */
export function normalizeNoteMeta(config: StudyConfig, kommune: KommuneData, strings: Strings): NoteMeta {
  const study = record(config.raw.note);
  const own = record(kommune.raw.note);
  const pick = (key: string): unknown => (own[key] !== undefined && own[key] !== null ? own[key] : study[key]);
  const part = text(pick('part'));
  const authors = list(pick('authors'));
  const projectLeader = text(pick('projectLeader'));
  const publisher = normalizePublisher(record(pick('publisher')), strings);
  return {
    lang: noteLang(kommune),
    title: text(pick('title')) ?? strings.get('title', { kommune: kommune.name }),
    subtitle:
      text(pick('subtitle')) ??
      (part
        ? strings.get('subtitle', { part, study: config.title })
        : strings.get('subtitleNoPart', { study: config.title })),
    number: text(pick('number')),
    part,
    authors,
    projectLeader,
    projectNumber: text(pick('projectNumber')),
    projectTitle: text(pick('projectTitle')) ?? config.title,
    commissioner: text(pick('commissioner')),
    publisher,
    issn: text(pick('issn')),
    isbn: text(pick('isbn')),
    keywords: [...list(study.keywords), ...list(own.keywords)].filter((k, i, all) => all.indexOf(k) === i),
    signer: text(pick('signer')) ?? projectLeader ?? authors[0] ?? null,
    place: text(pick('place')),
    references: normalizeReferences(study.references),
    allowHtml: config.raw.allowHtml === true || study.allowHtml === true,
  };
}

/** `language: nn` in kommune.yaml (or `note.language`); anything else is bokmål. */
export function noteLang(kommune: KommuneData): Lang {
  const value = kommune.raw.language ?? record(kommune.raw.note).language;
  return typeof value === 'string' && value.trim().toLowerCase() === 'nn' ? 'nn' : 'nb';
}

function normalizePublisher(raw: Record<string, unknown>, strings: Strings): Publisher {
  return {
    name: text(raw.name) ?? strings.get('generic.publisher'),
    address: list(raw.address),
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
