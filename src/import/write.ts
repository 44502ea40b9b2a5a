// Import stage: the converted rows → the kommune's CSV files, all or none. The files are written into a
// staging folder beside the kommune's, checked there by the project's own validation (readKommune), and
// only then moved in, each old file first moved aside so that a failed move puts every one back. On any
// problem the previous files stay exactly as they were.

import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KommunenotatError, type Problem } from '../errors.ts';
import type { KommuneData, Person, QuestionDef, StudyConfig } from '../types.ts';
import { readKommune } from '../validate/kommune.ts';
import type { Converted } from './convert.ts';

/** One CSV field: quoted when it holds the delimiter, a quote, a line break or edge spaces. */
function field(value: string): string {
  return /[;"\n\r]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((row) => row.map(field).join(';')).join('\n') + '\n';
}

/** The files' text, the same bytes for the same answers (rows in persons.csv order, `;`, UTF-8, `\n`). */
export function csvFiles(converted: Converted, questions: readonly QuestionDef[], persons?: Person[]): Record<string, string> {
  const files: Record<string, string> = {
    'responses.csv': csv(['id', ...questions.map((q) => q.id)], converted.responses.map((r) => [r.id, ...questions.map((q) => r.answers[q.id] ?? '')])),
    'contacts.csv': csv(['from', 'to', 'frequency'], converted.contacts.map((c) => [c.from, c.to, c.frequency])),
    'political.csv': csv(['person', 'body', 'type'], converted.political.map((p) => [p.person, p.body, p.type])),
  };
  if (persons) files['persons.csv'] = csv(['id', 'functions', 'name'], persons.map((p) => [p.id, p.functions.join('|'), p.name ?? '']));
  return files;
}

export interface Written {
  kommune: KommuneData;
  warnings: Problem[];
}

/**
 * Stages `files` beside the kommune folder, validates the staged kommune, and (unless `dryRun`) moves
 * them in. Throws a data error with every validation problem, located at the kommune's own paths.
 */
export function writeKommuneFiles(root: string, config: StudyConfig, slug: string, files: Record<string, string>, dryRun: boolean): Written {
  const dir = join(root, 'kommuner', slug);
  const stage = join(root, 'kommuner', `.import-${slug}-${process.pid}`);
  const stagedDir = join(stage, 'kommuner', slug);
  try {
    mkdirSync(stagedDir, { recursive: true });
    for (const name of ['kommune.yaml', 'persons.csv', 'responses.csv', 'contacts.csv', 'political.csv']) {
      if (files[name] !== undefined) writeFileSync(join(stagedDir, name), files[name]!);
      else if (existsSync(join(dir, name))) copyFileSync(join(dir, name), join(stagedDir, name));
    }
    let checked;
    try {
      checked = readKommune(stage, config, slug);
    } catch (error) {
      if (error instanceof KommunenotatError) {
        for (const problem of error.problems) problem.source.file = problem.source.file.replace(stagedDir, dir);
      }
      throw error;
    }
    if (!dryRun) swapIn(dir, stagedDir, Object.keys(files), join(stage, 'previous'));
    return { kommune: { ...checked.kommune, dir }, warnings: checked.warnings };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/**
 * A staging folder left by an import that was killed: files it had moved aside but not yet replaced
 * go back, then the folder goes. So a kill at any moment leaves the previous files, or the new ones.
 */
export function healInterrupted(root: string, slug: string): void {
  const kommuner = join(root, 'kommuner');
  const dir = join(kommuner, slug);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(kommuner)) {
    if (!name.startsWith(`.import-${slug}-`)) continue;
    const aside = join(kommuner, name, 'previous');
    if (existsSync(aside)) {
      for (const file of readdirSync(aside)) if (!existsSync(join(dir, file))) renameSync(join(aside, file), join(dir, file));
    }
    rmSync(join(kommuner, name), { recursive: true, force: true });
  }
}

/** Old files aside, new ones in; any failure puts back what was there. */
function swapIn(dir: string, staged: string, names: string[], aside: string): void {
  mkdirSync(aside, { recursive: true });
  const moved: string[] = [];
  const placed: string[] = [];
  try {
    for (const name of names) {
      if (existsSync(join(dir, name))) {
        renameSync(join(dir, name), join(aside, name));
        moved.push(name);
      }
    }
    for (const name of names) {
      renameSync(join(staged, name), join(dir, name));
      placed.push(name);
    }
  } catch (error) {
    for (const name of placed) rmSync(join(dir, name), { force: true });
    for (const name of moved) renameSync(join(aside, name), join(dir, name));
    throw error;
  }
}
