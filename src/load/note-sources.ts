// Load stage: everything the render stage reads from disk (templates, fixed text, CSS, fonts, the
// Markdown text named in study.yaml and kommune.yaml), each with its path, so rendering stays pure.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { KommunenotatError, type Problem } from '../errors.ts';
import { packageRoot } from '../paths.ts';
import type { KommuneData, Source, StudyConfig } from '../types.ts';
import { readYaml } from './read-yaml.ts';
import { readTextFile } from './text-file.ts';

/** A text file as read, with the path that messages name. */
export interface SourceFile {
  path: string;
  text: string;
}

/** The parts of the note written as Markdown, in the order the note shows them (kolofon and forord first). */
export const TEXT_SLOTS = [
  'kolofon', 'forord', 'sammendrag', 'innledning', 'bakgrunn', 'prosjektet', 'resultater', 'kommune', 'vedlegg',
] as const;
export type TextSlot = (typeof TEXT_SLOTS)[number];

/** Slots that fall back to the generic text in templates/tekst/ when neither YAML file names a file. */
const SLOTS_WITH_DEFAULT: readonly TextSlot[] = [
  'kolofon', 'forord', 'sammendrag', 'innledning', 'prosjektet', 'resultater', 'kommune',
];

export interface FontSource {
  family: 'Source Serif 4' | 'Source Sans 3';
  weight: 400 | 600 | 700;
  style: 'normal' | 'italic';
  path: string;
  /** The woff2 file, base64. */
  base64: string;
}

export interface I18nSource {
  path: string;
  tree: Record<string, unknown>;
}

export interface NoteSources {
  /** templates/note.hbs */
  layout: SourceFile;
  /** templates/partials/*.hbs by name (file name without .hbs). */
  partials: Record<string, SourceFile>;
  /** templates/note.css */
  styles: SourceFile;
  /** templates/i18n/<lang>.yaml */
  i18n: Record<string, I18nSource>;
  fonts: FontSource[];
  /** Per slot: the study's files, then the kommune's (each rendered on its own, in this order). */
  text: Record<TextSlot, SourceFile[]>;
}

export interface NoteSourcesOptions {
  /** Defaults to the project's templates/ folder. */
  templatesDir?: string;
}

const FONT_FILES: Omit<FontSource, 'path' | 'base64'>[] = [
  { family: 'Source Serif 4', weight: 400, style: 'normal' },
  { family: 'Source Serif 4', weight: 400, style: 'italic' },
  { family: 'Source Serif 4', weight: 600, style: 'normal' },
  { family: 'Source Serif 4', weight: 700, style: 'normal' },
  { family: 'Source Sans 3', weight: 400, style: 'normal' },
  { family: 'Source Sans 3', weight: 400, style: 'italic' },
  { family: 'Source Sans 3', weight: 600, style: 'normal' },
  { family: 'Source Sans 3', weight: 700, style: 'normal' },
];

/** The project's own templates/ folder, found from the package root so the CLI works from any directory. */
export function defaultTemplatesDir(): string {
  return join(packageRoot(), 'templates');
}

/**
 * Reads what renderNote needs for one kommune. A text file named in study.yaml or kommune.yaml that
 * does not exist is a data error naming the YAML file, the line and the path as written; every
 * missing file is listed, not only the first.
 */
export function readNoteSources(
  root: string,
  config: StudyConfig,
  kommune: KommuneData,
  options: NoteSourcesOptions = {},
): NoteSources {
  const templatesDir = options.templatesDir ?? defaultTemplatesDir();
  const problems: Problem[] = [];
  const studyFile = config.source.file || join(root, 'study.yaml');
  const kommuneFile = kommune.source.file || join(root, 'kommuner', kommune.slug, 'kommune.yaml');
  const lang = noteLanguage(kommune);
  const studyText = namedTextFiles(root, studyFile, config.raw, problems, lang);
  const kommuneText = namedTextFiles(root, kommuneFile, kommune.raw, problems, lang);
  if (problems.length > 0) {
    const missing = problems.every((p) => p.message.includes('" not found (looked for '));
    const noun = problems.length === 1 ? (missing ? 'file is' : 'file') : missing ? 'files are' : 'files';
    throw new KommunenotatError('data', `${problems.length} text ${noun} ${missing ? 'missing' : 'cannot be used'}`, { problems });
  }
  const text = {} as Record<TextSlot, SourceFile[]>;
  for (const slot of TEXT_SLOTS) {
    const files = [...(studyText[slot] ?? []), ...(kommuneText[slot] ?? [])];
    if (files.length === 0 && SLOTS_WITH_DEFAULT.includes(slot)) files.push(readText(genericText(templatesDir, slot, kommune)));
    text[slot] = files;
  }
  return {
    layout: readText(join(templatesDir, 'note.hbs')),
    partials: readPartials(join(templatesDir, 'partials')),
    styles: readText(join(templatesDir, 'note.css')),
    i18n: readI18n(join(templatesDir, 'i18n')),
    fonts: readFonts(),
    text,
  };
}

/** templates/tekst/<slot>.md, or templates/tekst/nn/<slot>.md for a nynorsk note (language: nn) when it exists. */
function genericText(templatesDir: string, slot: TextSlot, kommune: KommuneData): string {
  const nynorsk = join(templatesDir, 'tekst', 'nn', `${slot}.md`);
  if (noteLanguage(kommune) === 'nn' && existsSync(nynorsk)) return nynorsk;
  return join(templatesDir, 'tekst', `${slot}.md`);
}

/** The languages a text slot may be given in. */
export const TEXT_LANGUAGES = ['nb', 'nn'] as const;
type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** The note's language: `language: nn` in kommune.yaml (or under its `note:`) is nynorsk, else bokmål. */
function noteLanguage(kommune: KommuneData): TextLanguage {
  const note = isRecord(kommune.raw.note) ? kommune.raw.note : {};
  const lang = kommune.raw.language ?? note.language;
  return typeof lang === 'string' && lang.trim().toLowerCase() === 'nn' ? 'nn' : 'nb';
}

/**
 * `note.text.<slot>` of one YAML file: a path or a list of paths, relative to that file, used in
 * every note; or one per language, `{ nb: path(s), nn: path(s) }`: a note takes its own language's
 * files, and the other language's when its own is not given. Every file named is checked, in both
 * languages, so a missing nynorsk file is found by any build.
 */
function namedTextFiles(
  root: string,
  yamlFile: string,
  raw: Record<string, unknown>,
  problems: Problem[],
  lang: TextLanguage,
): Partial<Record<TextSlot, SourceFile[]>> {
  const note = raw.note;
  if (!isRecord(note) || !isRecord(note.text)) return {};
  const result: Partial<Record<TextSlot, SourceFile[]>> = {};
  for (const slot of TEXT_SLOTS) {
    const value = note.text[slot];
    if (value === undefined || value === null) continue;
    let entries: { value: unknown; path: (string | number)[]; use: boolean }[];
    if (isRecord(value)) {
      const unknown = Object.keys(value).filter((key) => !(TEXT_LANGUAGES as readonly string[]).includes(key));
      for (const key of unknown) {
        problems.push({
          source: locate(yamlFile, ['note', 'text', slot, key]),
          message: `note.text.${slot}: "${key}" is not a language of the note (nb, nn)`,
          value: key,
          fix: 'Name the files per language as nb: and nn:, or give one path (or list) for every note.',
        });
      }
      const given = TEXT_LANGUAGES.filter((l) => value[l] !== undefined && value[l] !== null);
      const chosen: TextLanguage | undefined = given.includes(lang) ? lang : given[0];
      entries = given.map((l) => ({ value: value[l], path: ['note', 'text', slot, l], use: l === chosen }));
    } else {
      entries = [{ value, path: ['note', 'text', slot], use: true }];
    }
    result[slot] = [];
    for (const entry of entries) {
      const paths = Array.isArray(entry.value) ? entry.value : [entry.value];
      paths.forEach((written, index) => {
        const yamlPath = Array.isArray(entry.value) ? [...entry.path, index] : entry.path;
        const file = join(dirname(yamlFile), String(written));
        const name = yamlPath.filter((p) => typeof p === 'string').join('.');
        const read = typeof written === 'string' ? readTextFile(root, yamlFile, written, name) : undefined;
        if (!read || (!read.ok && read.missing)) {
          problems.push({
            source: locate(yamlFile, yamlPath),
            message: `${name}: text file "${String(written)}" not found (looked for ${file})`,
            value: String(written),
            fix: 'Paths are relative to the YAML file; check the spelling or create the file.',
          });
          return;
        }
        if (!read.ok) {
          problems.push({ source: locate(yamlFile, yamlPath), message: read.message, value: String(written), ...(read.fix ? { fix: read.fix } : {}) });
          return;
        }
        if (entry.use) result[slot]!.push({ path: read.path, text: read.text });
      });
    }
  }
  return result;
}

function locate(yamlFile: string, path: (string | number)[]): Source {
  return readYaml(yamlFile).locate(path);
}

function readText(file: string): SourceFile {
  try {
    return { path: file, text: readFileSync(file, 'utf8').replace(/^\uFEFF/, '') };
  } catch (error) {
    throw new KommunenotatError('template', `${file}: cannot read the file`, { cause: error });
  }
}

function readPartials(dir: string): Record<string, SourceFile> {
  const partials: Record<string, SourceFile> = {};
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.hbs')) partials[basename(name, '.hbs')] = readText(join(dir, name));
  }
  return partials;
}

function readI18n(dir: string): Record<string, I18nSource> {
  const result: Record<string, I18nSource> = {};
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.yaml')) continue;
    const file = join(dir, name);
    const tree = parseYaml(readText(file).text) as unknown;
    if (!isRecord(tree)) throw new KommunenotatError('template', `${file}: must be a mapping of keys`);
    result[basename(name, '.yaml')] = { path: file, tree };
  }
  return result;
}

function readFonts(): FontSource[] {
  const require = createRequire(import.meta.url);
  return FONT_FILES.map((font) => {
    const pkg = font.family === 'Source Serif 4' ? 'source-serif-4' : 'source-sans-3';
    const path = require.resolve(`@fontsource/${pkg}/files/${pkg}-latin-${font.weight}-${font.style}.woff2`);
    return { ...font, path: resolve(path), base64: readFileSync(path).toString('base64') };
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
