// `npm run new -- study <dir>` writes a minimal, valid, commented study with one kommune;
// `npm run new -- kommune <slug> [--data <dir>] [--name <name>]` adds a kommune to a study: its
// folder and files, and its slug in `kommuner:` of study.yaml (edited in place, comments kept).

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { isSeq, parseDocument } from 'yaml';
import { formatProblem, KommunenotatError } from '../errors.ts';
import { isMainModule, packageRoot } from '../paths.ts';
import { kommuneFiles, studyFiles, type StudyFiles } from '../scaffold/files.ts';
import { isId } from '../validate/fold.ts';
import { readStudyConfig } from '../validate/study-config.ts';

export const NEW_USAGE = `Usage: npm run new -- study <dir> [--kommune <slug>] [--name <name>]
       npm run new -- kommune <slug> [--data <dir>] [--name <name>]
study    writes a new study in <dir> (which must not exist or be empty): study.yaml with every optional
         key shown as a comment, one kommune (default slug "eksempel") with its YAML, the four CSV
         files (headers and a few example rows) and a short text file.
kommune  adds kommune <slug> to the study in --data (default: data): kommuner/<slug>/ with its files,
         and <slug> at the end of "kommuner:" in study.yaml (comments are kept).
--name   the kommune's name as printed (default: the slug with a capital letter).`;

export function newCommand(argv: string[], out: NodeJS.WritableStream = process.stderr): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: 'string', default: 'data' },
        kommune: { type: 'string', default: 'eksempel' },
        name: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    out.write(`error: ${(error as Error).message}\n\n${NEW_USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out.write(`${NEW_USAGE}\n`);
    return 0;
  }
  const [what, target, ...rest] = positionals;
  if ((what !== 'study' && what !== 'kommune') || target === undefined || rest.length > 0) {
    out.write(`error: give "study <dir>" or "kommune <slug>"\n\n${NEW_USAGE}\n`);
    return 2;
  }
  try {
    if (what === 'study') newStudy(target, values.kommune!, values.name, out);
    else newKommune(values.data!, target, values.name, out);
    return 0;
  } catch (error) {
    if (!(error instanceof KommunenotatError)) throw error;
    out.write(`error: ${error.message}\n`);
    for (const problem of error.problems) out.write(`  ${formatProblem(problem)}\n`);
    return error.isUserError ? 1 : 2;
  }
}

export function newStudy(dir: string, slug: string, name: string | undefined, out: NodeJS.WritableStream): void {
  checkSlug(slug);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new KommunenotatError('config', `${dir} already exists and is not empty; give a new folder (nothing was written)`);
  }
  const files = studyFiles(slug, name ?? defaultName(slug), schemaDirFrom(dir));
  writeFiles(dir, files);
  out.write(
    `wrote a new study in ${dir}/ with kommune ${slug}:\n${listing(files)}` +
      `next: npm run check:data -- --data ${dir}\n` +
      `      npm run build:report -- --data ${dir} --kommune ${slug} --out <folder>\n` +
      `Replace the example rows of the CSV files with the survey's data (docs/new-study.md).\n`,
  );
}

export function newKommune(root: string, slug: string, name: string | undefined, out: NodeJS.WritableStream): void {
  checkSlug(slug);
  const studyFile = join(root, 'study.yaml');
  if (!existsSync(studyFile)) {
    throw new KommunenotatError('config', `${studyFile} not found; give the study's folder with --data, or start one with npm run new -- study <dir>`);
  }
  const dir = join(root, 'kommuner', slug);
  if (existsSync(dir)) throw new KommunenotatError('config', `${dir} already exists; nothing was written`);
  // The study must be readable (its functions and questions give the new files' codes and columns).
  const config = readStudyConfig(root);
  if (config.kommuner.includes(slug)) throw new KommunenotatError('config', `kommune "${slug}" is already listed in ${studyFile}`);
  const text = readFileSync(studyFile, 'utf8');
  const edited = addToKommuner(text, slug);
  const files = kommuneFiles({
    slug,
    name: name ?? defaultName(slug),
    schemaDir: schemaDirFrom(dir),
    functions: config.functions.map((f) => f.code),
    questions: config.questions.map((q) => ({ id: q.id, kind: q.kind })),
  });
  writeFiles(root, files);
  writeFileSync(studyFile, edited);
  out.write(`added kommune ${slug} to ${studyFile} and wrote:\n${listing(files)}Replace the example rows of its CSV files with the survey's data.\n`);
}

/** study.yaml with `slug` appended to `kommuner:`, every comment and the rest of the file as written. */
export function addToKommuner(text: string, slug: string): string {
  const doc = parseDocument(text);
  const list = doc.get('kommuner', true);
  if (!isSeq(list)) throw new KommunenotatError('config', 'study.yaml has no list "kommuner:" to add the kommune to; add it by hand');
  list.add(doc.createNode(slug));
  return doc.toString({ lineWidth: 0 });
}

function checkSlug(slug: string): void {
  if (!isId(slug)) {
    throw new KommunenotatError('config', `kommune slug "${slug}" may contain only letters a-z, digits, _ and - (e.g. "more-og-romsdal", "volda")`);
  }
}

function defaultName(slug: string): string {
  return slug.charAt(0).toLocaleUpperCase('nb') + slug.slice(1).replace(/[-_]+/g, ' ');
}

/** kommunenotat's schema/ folder as seen from `dir`, for the editors' $schema line. */
function schemaDirFrom(dir: string): string {
  const schema = join(packageRoot(), 'schema');
  const inside = !relative(packageRoot(), resolve(dir)).startsWith('..');
  // A study inside the project's folder points at it relatively (moves with a clone); else absolutely.
  return inside ? relative(resolve(dir), schema).split(sep).join('/') : schema;
}

function writeFiles(root: string, files: StudyFiles): void {
  for (const [path, content] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content, { flag: 'wx' });
  }
}

function listing(files: StudyFiles): string {
  return Object.keys(files).map((path) => `  ${path}\n`).join('');
}

if (isMainModule(import.meta.url, 'new')) process.exitCode = newCommand(process.argv.slice(2));
