// The privacy guard on what the data and the authors put into the note, each where it was written:
// the free-text answers the note quotes (responses.csv, line) and the authors' own text files
// (file, line, column). Not the template's fixed text or CSS: they are nobody's name, and a person
// called Dag must not fail every bokmål note because the template says "samme dag".
//
//   whole name (every part, as in persons.csv)           anywhere: an error
//   a first name or surname alone (`Kari`, `Bo`, `Dag`)  in a quoted answer: a warning, an error with --strict
//                                                        in the authors' own text: not reported (their word:
//                                                        "samme dag", the place Berg), the whole name still is
// The outputs themselves are searched for whole names as well (privacy.ts), as a last check.

import { formatSource, type Problem } from '../errors.ts';
import type { SourceFile } from '../load/note-sources.ts';
import type { NameMatcher } from '../name-matcher.ts';
import type { QuotedAnswer } from '../render/index.ts';
import { namesakes } from './privacy.ts';

export interface NoteText {
  quotes: QuotedAnswer[];
  /** The authors' text files (the study's and the kommune's, not the templates' generic text). */
  files: SourceFile[];
}

/** Errors and warnings for names in the note's quotes and the authors' text; `strict` makes the warnings errors. */
export function checkNoteText(text: NoteText, names: NameMatcher, strict = false): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  if (names.size === 0) return { errors, warnings };
  for (const quote of text.quotes) {
    const matches = names.find(quote.text);
    const full = matches.find((m) => m.full);
    const part = matches.find((m) => !m.full);
    const where = `this free-text answer to "${quote.question}", quoted in the note at ${formatSource(quote.quotedAt)},`;
    const fix = `Replace the name in the answer by the person's role (e.g. «saksbehandleren»), or quote other answers: {{sitater "${quote.question}" ids="…"}} chooses which (docs/writing.md).`;
    if (full) {
      errors.push({ source: quote.answer, message: `${where} holds the name of the person on ${place(full.owners)}; names are never printed`, fix });
    } else if (part) {
      const problem: Problem = {
        source: quote.answer,
        message: `${where} holds the first name or surname of the person on ${place(part.owners)} alone`,
        fix: `${fix} If the word is not the person (å bo, samme dag) it may stay${strict ? ', without --strict' : ''}.`,
        severity: strict ? 'error' : 'warning',
      };
      (strict ? errors : warnings).push(strict ? { ...problem, severity: undefined } : problem);
    }
  }
  for (const file of text.files) {
    const printed = blankUnprinted(file.text);
    for (const match of names.find(printed).filter((m) => m.full)) {
      const before = printed.slice(0, match.start);
      const line = before.split('\n').length;
      errors.push({
        source: { file: file.path, line, column: match.start - before.lastIndexOf('\n') },
        message: `the text holds the name of the person on ${place(match.owners)}; names are never printed`,
        fix: 'Write the person\'s role or id instead (docs/writing.md, "Names").',
      });
    }
  }
  return { errors, warnings };
}

function place(owners: { source: { file: string; line?: number } }[]): string {
  const first = owners[0]!.source;
  return `${first.file.split(/[\\/]/).pop()} line ${first.line}${namesakes(owners)}`;
}

/**
 * The text as a reader gets it, same length (so offsets stay lines and columns): Handlebars and HTML
 * comments blanked, HTML tags blanked (`Kari <em>Nordmann</em>` is read as one name), Markdown
 * emphasis marks blanked.
 */
function blankUnprinted(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return text
    .replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|<!--[\s\S]*?-->/g, blank)
    .replace(/<\/?[a-zA-Z][^>]*>/g, blank)
    .replace(/[*_~`]+/g, blank);
}
