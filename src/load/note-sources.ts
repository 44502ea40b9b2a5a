// Load stage: everything the render stage reads from disk (templates, fixed text, CSS, fonts, the
// Markdown text named in study.yaml and kommune.yaml), each with its path, so rendering stays pure.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { KommunenotatError, type Problem } from '../errors.ts';
import type { KommuneData, Source, StudyConfig } from '../types.ts';
import { readYaml } from './read-yaml.ts';

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

/** The project's own templates/ folder, found from this file so the CLI works from any directory. */
export function defaultTemplatesDir(): string {
  return fileURLToPath(new URL('../../templates/', import.meta.url));
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
  const studyText = namedTextFiles(studyFile, config.raw, problems);
  const kommuneText = namedTextFiles(kommuneFile, kommune.raw, problems);
  if (problems.length > 0) {
    const noun = problems.length === 1 ? 'file is' : 'files are';
    throw new KommunenotatError('data', `${problems.length} text ${noun} missing`, { problems });
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
  const note = isRecord(kommune.raw.note) ? kommune.raw.note : {};
  const lang = kommune.raw.language ?? note.language;
  const nynorsk = join(templatesDir, 'tekst', 'nn', `${slot}.md`);
  if (typeof lang === 'string' && lang.trim().toLowerCase() === 'nn' && existsSync(nynorsk)) return nynorsk;
  return join(templatesDir, 'tekst', `${slot}.md`);
}

/** `note.text.<slot>` of one YAML file: a path or a list of paths, relative to that file. */
function namedTextFiles(
  yamlFile: string,
  raw: Record<string, unknown>,
  problems: Problem[],
): Partial<Record<TextSlot, SourceFile[]>> {
  const note = raw.note;
  if (!isRecord(note) || !isRecord(note.text)) return {};
  const result: Partial<Record<TextSlot, SourceFile[]>> = {};
  for (const slot of TEXT_SLOTS) {
    const value = note.text[slot];
    if (value === undefined || value === null) continue;
    const paths = Array.isArray(value) ? value : [value];
    result[slot] = [];
    paths.forEach((written, index) => {
      const yamlPath = Array.isArray(value) ? ['note', 'text', slot, index] : ['note', 'text', slot];
      const file = join(dirname(yamlFile), String(written));
      if (typeof written !== 'string' || !existsSync(file)) {
        problems.push({
          source: locate(yamlFile, yamlPath),
          message: `note.text.${slot}: text file "${String(written)}" not found (looked for ${file})`,
          value: String(written),
          fix: 'Paths are relative to the YAML file; check the spelling or create the file.',
        });
        return;
      }
      result[slot]!.push(readText(file));
    });
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
