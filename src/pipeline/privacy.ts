// The privacy guard: persons' names from persons.csv are dropped before anything is drawn or
// rendered, and every output (HTML, SVG, JSON, the PDF's text, the network files of nettverk/) is
// searched for them before it is written.

import { spawn, spawnSync } from 'node:child_process';
import { KommunenotatError, type Problem } from '../errors.ts';
import type { KommuneData, Source } from '../types.ts';
import type { OutputFiles } from '../output/write-output.ts';
import type { Logger } from './effects.ts';

/** Names shorter than this are too likely to be parts of ordinary words and codes. */
const MIN_NAME_LENGTH = 3;

interface KnownName {
  pattern: RegExp;
  /** The name's first word (letters and digits), lower-cased: a word of the text must equal it before the pattern is tried. */
  hint: string;
  source: Source;
}

/** The kommune as later stages see it: persons without names. */
export function withoutNames(kommune: KommuneData): KommuneData {
  return { ...kommune, persons: kommune.persons.map(({ name: _name, ...rest }) => rest) };
}

/**
 * Fails, naming the output file and the person's line in persons.csv (never the name itself),
 * when any name of any kommune of the study appears in an output of this note. Names are matched
 * as whole words, case-insensitively, across line breaks and markup (`Kari <em>Nordmann</em>`).
 * A PDF's text is read with pdftotext, waiting for it here.
 */
export function assertNoNames(_kommune: KommuneData, all: KommuneData[], files: OutputFiles): void {
  checkTexts(all, [...files].map(([path, content]) => [path, path.endsWith('.pdf') ? pdfSearchable(pdfText(content)) : searchableTexts(path, content)]));
}

/**
 * The same check, with each PDF's text read by pdftotext in a child process that this process
 * does not wait on: other notes keep drawing and printing meanwhile (`--all`).
 */
export async function assertNoNamesInOutput(_kommune: KommuneData, all: KommuneData[], files: OutputFiles): Promise<void> {
  const entries = await Promise.all(
    [...files].map(async ([path, content]): Promise<[string, string[]]> => [
      path,
      path.endsWith('.pdf') ? pdfSearchable(await pdfTextInBackground(content)) : searchableTexts(path, content),
    ]),
  );
  checkTexts(all, entries);
}

function checkTexts(all: KommuneData[], entries: [path: string, texts: string[]][]): void {
  const names = knownNames(all);
  if (names.length === 0) return;
  const problems: Problem[] = [];
  for (const [path, texts] of entries) {
    // Every word of the file once, so that each of the study's names costs a lookup, not a scan.
    const words = new Set(texts.flatMap((text) => text.toLocaleLowerCase('nb').split(NOT_WORD)));
    for (const name of names) {
      if (!words.has(name.hint) || !texts.some((text) => name.pattern.test(text))) continue;
      problems.push({
        source: name.source,
        message: `the name of this person would appear in ${path}; names are never printed`,
        fix: 'Remove the name from the free-text answer or text file that quotes it.',
      });
    }
  }
  if (problems.length > 0) {
    throw new KommunenotatError('data', `a person's name would appear in the output`, { problems });
  }
}

/** `text` with every name of the study replaced by `[name on persons.csv line N]`, for logs. */
export function redactNames(text: string, all: KommuneData[]): string {
  return knownNames(all).reduce(
    (out, name) => out.replace(new RegExp(name.pattern.source, 'giu'), `[name on ${placeOf(name.source)}]`),
    text,
  );
}

/** A logger that never prints a name: progress and warnings pass through redactNames. */
export function redactingLogger(logger: Logger, all: KommuneData[]): Logger {
  const clean = (text: string | undefined) => (text === undefined ? undefined : redactNames(text, all));
  return {
    step: (scope, name, ms, detail) => logger.step(scope, name, ms, clean(detail)),
    warn: (problem) =>
      logger.warn({ ...problem, message: clean(problem.message)!, fix: clean(problem.fix), value: clean(problem.value) }),
    info: (text) => logger.info(clean(text)!),
  };
}

/** What separates words, in names and texts alike (the name pattern's boundaries). */
const NOT_WORD = /[^\p{L}\p{N}]+/u;

function knownNames(all: KommuneData[]): KnownName[] {
  return all
    .flatMap((k) => k.persons)
    .filter((p) => p.name !== undefined && p.name.trim().length >= MIN_NAME_LENGTH)
    .map((p) => ({
      pattern: wordPattern(p.name!.trim()),
      hint: p.name!.trim().normalize('NFC').toLocaleLowerCase('nb').split(NOT_WORD).find((word) => word !== '')!,
      source: p.source,
    }))
    .sort((a, b) => b.pattern.source.length - a.pattern.source.length); // "Kari Nordmann" before "Kari"
}

/** Whole words only ("Dag" is not in "daglig"), any case, any run of spaces or line breaks between parts. */
function wordPattern(name: string): RegExp {
  const body = name
    .normalize('NFC')
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

function placeOf(source: Source): string {
  const file = source.file.split(/[\\/]/).pop() ?? source.file;
  return source.line === undefined ? file : `${file} line ${source.line}`;
}

/** The texts of a text output file to search: as written, and as a reader sees it (markup and entities gone). */
function searchableTexts(path: string, content: string | Uint8Array): string[] {
  const raw = (typeof content === 'string' ? content : new TextDecoder().decode(content)).normalize('NFC');
  // The network files: GEXF and GraphML are XML; Pajek writes characters beyond ASCII as `&#dddd;`.
  if (!/\.(html?|svg|xml|gexf|graphml|net)$/i.test(path)) return [raw];
  const joined = decodeEntities(raw.replace(/<[^>]*>/g, '')).replace(/\u00AD/g, '');
  const spaced = decodeEntities(raw.replace(/<[^>]*>/g, ' ')).replace(/\u00AD/g, '');
  // Entities decoded with the markup kept: a name inside an attribute value (`label="Bj&#xf8;rn"`).
  return [raw, joined, spaced, decodeEntities(raw)];
}

/** A PDF's text as printed, and with words hyphenated at line ends joined again. */
function pdfSearchable(text: string | undefined): string[] {
  return text === undefined ? [] : [text.normalize('NFC'), text.replace(/-\s*\n\s*/g, '').normalize('NFC')];
}

const PDFTOTEXT_ARGS = ['-q', '-enc', 'UTF-8', '-', '-'];

/** The PDF's text as pdftotext reads it; undefined when pdftotext is not installed (the HTML holds the same text). */
function pdfText(content: string | Uint8Array): string | undefined {
  const result = spawnSync('pdftotext', PDFTOTEXT_ARGS, { input: pdfBytes(content), maxBuffer: 256 * 1024 * 1024 });
  if (result.error || result.status !== 0) return undefined;
  return result.stdout.toString('utf8');
}

/** As pdfText, without blocking this process while pdftotext runs. */
function pdfTextInBackground(content: string | Uint8Array): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = spawn('pdftotext', PDFTOTEXT_ARGS, { stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', () => resolve(undefined)); // not installed
    child.on('close', (code) => resolve(code === 0 ? Buffer.concat(chunks).toString('utf8') : undefined));
    child.stdin.on('error', () => undefined); // pdftotext gone before reading it all: its exit code says so
    child.stdin.end(pdfBytes(content));
  });
}

function pdfBytes(content: string | Uint8Array): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'latin1') : Buffer.from(content);
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '',
  aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø', aring: 'å', Aring: 'Å', eacute: 'é', Eacute: 'É',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[entity] ?? NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
  });
}
