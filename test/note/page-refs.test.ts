// Every page reference of the five demo notes, read back from the finished PDFs: each «s. N» of the
// text and each contents entry points at the page where its target begins (the heading's text, the
// figure's or table's caption, or the words after an {{anker}} stand on page N), the references
// that name something point at that thing, the bookmarks are the headings, each once, and no
// respondent quote is printed in two notes.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserForTests, pageText, pdfInfo } from '../output/helpers.ts';
import { bookmarkTitles, contentsEntries, headingTexts, isDoubled, norm } from './read-back.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const KOMMUNER = ['orland', 'naroy', 'oppdal', 'rissa', 'volda'];

/** Without spaces and hyphens: survives line breaks, hyphenation and no-break spaces («Figur 12:» stays apart from «figur 12»). */
const letters = (text: string) => norm(text).replace(/[\s\u00ad\-‐]+/g, '');
const plain = (html: string) =>
  norm(html.replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'));

interface Note {
  slug: string;
  html: string;
  pdf: string;
  pages: string[];
}

interface Reference {
  target: string;
  page: number;
  /** The text of the sentence the reference stands in, up to the reference. */
  sentence: string;
}

function references(html: string): Reference[] {
  return [...html.matchAll(/<span class="pageref" data-target="([^"]+)">(\d*)<\/span>/g)].map((m) => {
    const before = plain(html.slice(Math.max(0, m.index - 600), m.index));
    return { target: m[1]!, page: Number(m[2]), sentence: before.split(/(?<=[.!?»])\s+(?=\p{Lu})/u).pop() ?? before };
  });
}

/** What must stand on the page where `id` begins: a heading's text, a caption's label, an anchor's first words. */
function beginning(html: string, id: string): string {
  const element = new RegExp(`<(h[1-6]|figure|table|span)\\b[^>]*\\bid="${id}"[^>]*>`).exec(html);
  if (!element) throw new Error(`no element with id ${id}`);
  const after = html.slice(element.index + element[0].length);
  switch (element[1]) {
    case 'figure':
      return /<span class="caption-label">([^<]+)<\/span>/.exec(after)![1]!;
    case 'table':
      return /<caption[^>]*>(?:<span class="caption-label">)?([^<]+)/.exec(after)![1]!;
    case 'span': // an anchor: the first four words after it
      return plain(after.slice(0, 400)).split(' ').slice(0, 4).join(' ');
    default:
      return plain(after.slice(0, after.indexOf(`</${element[1]}>`)));
  }
}

const browser = browserForTests();

describe.skipIf(!browser)('page references and bookmarks of the five demo notes', () => {
  let out = '';
  let log = '';
  const notes: Note[] = [];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'note-refs-'));
    ({ stderr: log } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--all', '--format', 'html,pdf', '--out', out], {
      cwd: ROOT,
      timeout: 400_000,
      maxBuffer: 16 << 20,
    }));
    for (const slug of KOMMUNER) {
      const pdf = join(out, slug, 'notat.pdf');
      const count = Number(pdfInfo(pdf).Pages);
      notes.push({ slug, pdf, html: readFileSync(join(out, slug, 'notat.html'), 'utf8'), pages: Array.from({ length: count }, (_, i) => pageText(pdf, i + 1)) });
    }
  }, 420_000);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('puts every «s. N» and every contents entry on the page where its target begins', () => {
    let checked = 0;
    for (const note of notes) {
      const refs = [...references(note.html), ...contentsEntries(note.html).map((e) => ({ target: e.id, page: e.page, sentence: e.text }))];
      expect(refs.length, note.slug).toBeGreaterThan(15);
      const headingIds = new Set([...note.html.matchAll(/<h[1-6]\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]!));
      for (const ref of refs) {
        const start = letters(beginning(note.html, ref.target));
        expect(ref.page, `${note.slug}: ${ref.target}`).toBeGreaterThan(0);
        expect(letters(note.pages[ref.page - 1] ?? ''), `${note.slug}: «${ref.sentence}» → ${ref.target} on page ${ref.page}`).toContain(start);
        // A figure, table or anchor is not already on the page before (headings are: in the contents).
        if (ref.page > 1 && !headingIds.has(ref.target)) expect(letters(note.pages[ref.page - 2]!), `${note.slug}: ${ref.target} begins before page ${ref.page}`).not.toContain(start);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('points the references that name something at that thing', () => {
    const named: [RegExp, string][] = [
      [/Spørsmål til diskusjon/i, 'sporsmal'],
      [/hvordan figurene leses|Hvordan figurene skal leses|korleis figurane/i, 'figurguide'],
    ];
    let matched = 0;
    for (const note of notes) {
      for (const ref of references(note.html)) {
        for (const [pattern, target] of named) {
          if (!pattern.test(ref.sentence)) continue;
          expect(ref.target, `${note.slug}: «${ref.sentence}»`).toBe(target);
          matched++;
        }
      }
    }
    expect(matched).toBeGreaterThanOrEqual(9); // the questions in four summaries, the guide in five chapters
  });

  it('runs the self-check on every note and finds nothing, in the step lines and in changes.md', () => {
    for (const slug of KOMMUNER) {
      expect(log).toMatch(new RegExp(`\\[${slug}\\] self-check .*contents \\d+, page references \\d+, figures \\d+, tables \\d+, claims (\\d+) of \\1 hold: no problems`));
      expect(readFileSync(join(out, slug, 'changes.md'), 'utf8')).toMatch(/## Self-check of the finished note\n\ncontents \d+, .*: no problems\./);
    }
  });

  it('prints no respondent quote in two notes', () => {
    const printedIn = new Map<string, string>();
    let quotes = 0;
    for (const note of notes) {
      for (const m of note.html.matchAll(/<blockquote class="sitat">([\s\S]*?)<\/blockquote>/g)) {
        const quote = plain(m[1]!);
        expect(printedIn.get(quote), `${quote} in ${note.slug}`).toBeUndefined();
        printedIn.set(quote, note.slug);
        quotes++;
      }
    }
    expect(quotes).toBeGreaterThanOrEqual(10);
  });

  it('has one bookmark per heading in every note, each with the heading text once', () => {
    for (const note of notes) {
      const titles = bookmarkTitles(note.pdf);
      expect(titles.filter(isDoubled), note.slug).toEqual([]);
      expect(titles, note.slug).toEqual(headingTexts(note.html));
    }
  });
});
