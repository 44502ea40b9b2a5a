// The reference note is © its authors: the project takes its structure and numbers, never its
// sentences. This test fails when any run of eight words in our text files also stands in the
// reference note, apart from what must be quoted word for word (survey questions, titles of works).

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const REFERENCE = join(import.meta.dirname, '../../../shared/reference/notat-2-2015-oppdal.txt');
const ROOT = join(import.meta.dirname, '../..');
const RUN = 8;

function words(text: string): string[] {
  return text.toLocaleLowerCase('nb').match(/[a-zæøåé0-9]+/g) ?? [];
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** Phrases that must be quoted exactly: the survey's questions, the study's title, titles of works. */
function quotedPhrases(): string[] {
  const study = parse(readFileSync(join(ROOT, 'data/study.yaml'), 'utf8')) as Record<string, unknown>;
  const phrases = [String(study.title)];
  // A question's text may be given per language ({ nb, nn }).
  for (const q of study.questions as { text: string | Record<string, string> }[]) phrases.push(...(typeof q.text === 'string' ? [q.text] : Object.values(q.text)));
  const note = (study.note ?? {}) as { references?: Record<string, unknown>[]; project?: Record<string, unknown> };
  for (const ref of note.references ?? []) {
    for (const key of ['title', 'journal', 'publisher', 'series']) if (typeof ref[key] === 'string') phrases.push(ref[key] as string);
  }
  return phrases;
}

describe.skipIf(!existsSync(REFERENCE))('originality against the reference note', () => {
  it(`no run of ${RUN} words in our texts stands in the reference note`, () => {
    const reference = words(readFileSync(REFERENCE, 'utf8'));
    const runs = new Set<string>();
    for (let i = 0; i + RUN <= reference.length; i++) runs.add(reference.slice(i, i + RUN).join(' '));
    const quoted = quotedPhrases().map((p) => words(p).join(' '));

    const files = [
      ...filesUnder(join(ROOT, 'data'), /\.(md|yaml)$/),
      ...filesUnder(join(ROOT, 'templates'), /\.(md|hbs|yaml)$/),
    ];
    const found: string[] = [];
    for (const file of files) {
      let text = words(readFileSync(file, 'utf8')).join(' ');
      for (const phrase of quoted) text = text.split(phrase).join(' | ');
      const w = text.split(' ');
      for (let i = 0; i + RUN <= w.length; i++) {
        const run = w.slice(i, i + RUN).join(' ');
        if (runs.has(run)) {
          found.push(`${file.slice(ROOT.length + 1)}: «${run}»`);
          i += RUN - 1;
        }
      }
    }
    expect(found, `text taken from the reference note:\n${found.join('\n')}`).toEqual([]);
  });
});
