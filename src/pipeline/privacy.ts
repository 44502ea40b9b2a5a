// The privacy guard: persons' names from persons.csv are dropped before anything is drawn or
// rendered, and every output (HTML, SVG, JSON, the PDF's text, the network files of nettverk/) is
// searched for them before it is written.

import { spawn, spawnSync } from 'node:child_process';
import { KommunenotatError, type Problem } from '../errors.ts';
import type { KommuneData } from '../types.ts';
import type { OutputFiles } from '../output/write-output.ts';
import { NameMatcher, type NameOwner } from '../name-matcher.ts';
import type { Logger } from './effects.ts';

/** The kommune as later stages see it: persons without names. */
export function withoutNames(kommune: KommuneData): KommuneData {
  return { ...kommune, persons: kommune.persons.map(({ name: _name, ...rest }) => rest) };
}

/**
 * Fails, naming the output file and the person's line in persons.csv (never the name itself),
 * when the whole name of any person of any kommune of the study appears in an output of this note.
 * Names are read as a reader reads them (src/name-matcher.ts: NFC, invisibles, apostrophes, dashes,
 * spaces, any case), whole words, across line breaks and markup (`Kari <em>Nordmann</em>`). A first
 * name or surname alone is not searched here: the template's own words (`samme dag`) would match;
 * in a quoted answer it is a warning (checkQuotes). A PDF's text is read with pdftotext, waiting for it here.
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
  const names = namesOf(all);
  if (names.size === 0) return;
  const problems: Problem[] = [];
  for (const [path, texts] of entries) {
    const seen = new Set<NameOwner[]>();
    for (const text of texts) {
      for (const match of names.find(text)) {
        if (!match.full || seen.has(match.owners)) continue;
        seen.add(match.owners);
        problems.push({
          source: match.owners[0]!.source,
          message: `the name of this person${namesakes(match.owners)} would appear in ${path}; names are never printed`,
          fix: 'Remove the name from the free-text answer or text file that quotes it.',
        });
      }
    }
  }
  if (problems.length > 0) {
    throw new KommunenotatError('data', `a person's name would appear in the output`, { problems });
  }
}

/** ` (and 2 more persons of that name)`, or nothing. */
export function namesakes(owners: NameOwner[]): string {
  const more = owners.length - 1;
  return more === 0 ? '' : ` (and ${more} more ${more === 1 ? 'person' : 'persons'} of that name)`;
}

/** `text` with every name of the study replaced by `[name on persons.csv line N]`, for logs. */
export function redactNames(text: string, all: KommuneData[] | NameMatcher): string {
  return (all instanceof NameMatcher ? all : namesOf(all)).redact(text);
}

/** A logger that never prints a name: progress and warnings pass through the one redaction (NameMatcher.redact). */
export function redactingLogger(logger: Logger, all: KommuneData[] | NameMatcher): Logger {
  const names = all instanceof NameMatcher ? all : namesOf(all);
  const clean = (text: string | undefined) => (text === undefined ? undefined : names.redact(text));
  return {
    step: (scope, name, ms, detail) => logger.step(scope, name, ms, clean(detail)),
    warn: (problem) =>
      logger.warn({ ...problem, message: clean(problem.message)!, fix: clean(problem.fix), value: clean(problem.value) }),
    info: (text) => logger.info(clean(text)!),
  };
}

const matchers = new WeakMap<KommuneData[], NameMatcher>();

/** One matcher of every name of the study, built once per list of kommuner. */
export function namesOf(all: KommuneData[]): NameMatcher {
  let names = matchers.get(all);
  if (!names) {
    names = new NameMatcher();
    for (const person of all.flatMap((k) => k.persons)) if (person.name) names.add(person.name, person);
    matchers.set(all, names);
  }
  return names;
}

/** The texts of a text output file to search: as written, and as a reader sees it (markup and entities gone). */
function searchableTexts(path: string, content: string | Uint8Array): string[] {
  const raw = typeof content === 'string' ? content : new TextDecoder().decode(content);
  // The network files: GEXF and GraphML are XML; Pajek writes characters beyond ASCII as `&#dddd;`.
  if (!/\.(html?|svg|xml|gexf|graphml|net)$/i.test(path)) return [raw];
  // The template's CSS and comments are not read by anyone.
  const markup = raw.replace(/<(style|script)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<!--[\s\S]*?-->/g, ' ');
  const joined = decodeEntities(markup.replace(/<[^>]*>/g, ''));
  const spaced = decodeEntities(markup.replace(/<[^>]*>/g, ' '));
  // Entities decoded with the markup kept: a name inside an attribute value (`label="Bj&#xf8;rn"`).
  return [markup, joined, spaced, decodeEntities(markup)];
}

/** A PDF's text as printed, and with words hyphenated at line ends joined again. */
function pdfSearchable(text: string | undefined): string[] {
  return text === undefined ? [] : [text, text.replace(/-\s*\n\s*/g, '')];
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
