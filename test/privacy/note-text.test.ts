// The privacy guard on what the data and the authors put into the note, through the build (HTML only,
// no browser): the template's own words and CSS are never a name; a whole name in a quoted answer or
// the authors' text is an error where it was written; a first name or surname alone in a quoted answer
// a warning (an error with --strict); an id built from a name a warning. No message shows a name.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, KommunenotatError } from '../../src/errors.ts';
import { build } from '../../src/pipeline/build.ts';
import { silentLogger } from '../../src/pipeline/effects.ts';
import { readStudy } from '../../src/pipeline/read-study.ts';
import { removeDataSets } from '../validate/data-set.ts';
import { writeNoteDataSet, type NoteSpec } from '../safety/note-in-memory.ts';

afterAll(removeDataSets);

const PERSONS = 'id;functions;name\np1;okonomi;Are\np2;tildeling|okonomi;Dag\np3;tildeling;Kari Nordmann\np4;okonomi;Bo\n';
const QUOTING = '# Om {{kommune.name}}\n\n{{sitater "styrker" 5}}\n';
const responses = (answer: string) => `id;samordning;styrker\np1;4;"${answer}"\np2;vet ikke;\np3;;\n`;

/** Builds testby's HTML from `spec`; the lines printed (warnings, then the error's problems), root made relative. */
async function buildNote(spec: NoteSpec, strict = false): Promise<{ ok: boolean; lines: string[] }> {
  const root = writeNoteDataSet({ ...spec, changes: { 'kommuner/testby/persons.csv': PERSONS, ...spec.changes } });
  const logger = silentLogger();
  const out = mkdtempSync(join(tmpdir(), 'kommunenotat-note-text-'));
  const report = await build({ data: root, out, kommuner: ['testby'], all: false, formats: ['html'], strict }, { logger, now: () => 0 });
  const result = report.results[0]!;
  const problems = result.error instanceof KommunenotatError ? result.error.problems.map(formatProblem) : [];
  if (!result.ok && !(result.error instanceof KommunenotatError)) throw result.error;
  const lines = [...logger.lines.filter((l) => l.includes('warning:')), ...problems].map((l) => l.split(`${root}/`).join(''));
  return { ok: result.ok, lines };
}

describe('names in what the data and the authors put into the note', () => {
  it('never reads the template\'s words or CSS as a name: persons Are, Dag and Bo build (the CSS says "are added")', async () => {
    const run = await buildNote({ text: '# Om\n\nVi møttes samme dag, og de som bor der vil bo der.\n' });
    expect(run.lines).toEqual([]);
    expect(run.ok).toBe(true);
    // The true ambiguity, in a respondent's words: a warning (docs/bad-input.md), the note builds.
    const quoted = await buildNote({ text: QUOTING, changes: { 'kommuner/testby/responses.csv': responses('Samme dag') } });
    expect(quoted.ok).toBe(true);
    expect(quoted.lines).toEqual([expect.stringMatching(/^kommuner\/testby\/responses\.csv:2: warning: .* persons\.csv line 3 alone/)]);
  }, 60_000);

  it('a whole name in a quoted answer is an error at its responses.csv line, naming where the text quotes it', async () => {
    const run = await buildNote({ text: QUOTING, changes: { 'kommuner/testby/responses.csv': responses('Godt samarbeid med kari\u00A0nord\u200Bmann') } });
    expect(run.ok).toBe(false);
    expect(run.lines).toContainEqual(
      'kommuner/testby/responses.csv:2: this free-text answer to "styrker", quoted in the note at kommuner/testby/tekst/kommune.md:3:1, holds the name of the person on persons.csv line 4; names are never printed. Replace the name in the answer by the person\'s role (e.g. «saksbehandleren»), or quote other answers: {{sitater "styrker" ids="…"}} chooses which (docs/writing.md).',
    );
    expect(run.lines.join('\n')).not.toMatch(/kari|nordmann/i);
  }, 60_000);

  it('a first name alone in a quoted answer is a located warning, an error with --strict', async () => {
    const spec = { text: QUOTING, changes: { 'kommuner/testby/responses.csv': responses('Jeg ringer Dag hver uke') } };
    const lenient = await buildNote(spec);
    expect(lenient.ok).toBe(true);
    expect(lenient.lines).toEqual([
      expect.stringMatching(/^kommuner\/testby\/responses\.csv:2: warning: this free-text answer to "styrker", quoted in the note at kommuner\/testby\/tekst\/kommune\.md:3:1, holds the first name or surname of the person on persons\.csv line 3 alone\. /),
    ]);
    const strict = await buildNote(spec, true);
    expect(strict.ok).toBe(false);
    expect(strict.lines).toEqual([expect.stringMatching(/^kommuner\/testby\/responses\.csv:2: this free-text answer .* line 3 alone\. .*without --strict\.$/)]);
    // A two-letter name is searched too.
    const bo = await buildNote({ text: QUOTING, changes: { 'kommuner/testby/responses.csv': responses('Spør Bo') } });
    expect(bo.lines).toEqual([expect.stringMatching(/responses\.csv:2: warning: .* persons\.csv line 5 alone/)]);
  }, 120_000);

  it('a whole name in the authors\' text is an error at its file, line and column (through markup and line breaks)', async () => {
    const run = await buildNote({ text: '# Om\n\nTakk til **Kari**\nNordmann for hjelpen. {{!-- Kari Nordmann leste korrektur --}}\n' });
    expect(run.ok).toBe(false);
    expect(run.lines[0]).toBe(
      'kommuner/testby/tekst/kommune.md:3:12: the text holds the name of the person on persons.csv line 4; names are never printed. Write the person\'s role or id instead (docs/writing.md, "Names").',
    );
    expect(run.lines).toHaveLength(2); // and the output check: notat.html, persons.csv line 4 (the comment is not printed)
    expect(run.lines[1]).toMatch(/^kommuner\/testby\/persons\.csv:4: the name of this person would appear in notat\.html/);
  }, 60_000);

  it('an id built from a name is a warning at its persons.csv line, without the name', async () => {
    const root = writeNoteDataSet({
      changes: {
        'kommuner/testby/persons.csv': 'id;functions;name\np1;okonomi;Anne\nkari_nordmann;tildeling|okonomi;Kari Nordmann\np3;tildeling;Åse\np4;okonomi;Dag\n',
        'kommuner/testby/responses.csv': 'id;samordning;styrker\np1;4;x\nkari_nordmann;3;\np3;;\n',
        'kommuner/testby/contacts.csv': 'from;to;frequency\np1;kari_nordmann;daglig\np3;p4;ukentlig\n',
      },
    });
    const { warnings } = await readStudy(root, { logger: silentLogger(), now: () => 0 });
    const lines = warnings.map((w) => formatProblem(w).split(`${root}/`).join(''));
    expect(lines).toEqual([
      'kommuner/testby/persons.csv:3:1: warning: this id holds a person\'s name, and ids are printed in the note (figures, tables, changes.md). Give the person a neutral id (p01, okonomi-3) here and in responses.csv, contacts.csv and political.csv.',
    ]);
    expect(warnings[0]!.value).toBe('[name on persons.csv line 3]');
  });
});
