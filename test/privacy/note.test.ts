// The privacy guard on real notes: a name pasted into a free-text answer that the text quotes, or
// written into a text file, fails the build naming the file; names with æøå are never drawn or printed.

import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, KommunenotatError } from '../../src/errors.ts';
import type { OutputFiles } from '../../src/output/write-output.ts';
import { assertNoNames } from '../../src/pipeline/privacy.ts';
import { readStudy } from '../../src/pipeline/build.ts';
import { silentLogger } from '../../src/pipeline/effects.ts';
import { removeDataSets } from '../validate/data-set.ts';
import { renderInMemory, type NoteSpec } from '../safety/note-in-memory.ts';

afterAll(removeDataSets);

const PERSONS = 'id;functions;name\np1;okonomi;Åse Ødegård\np2;tildeling|okonomi;Bjørn Ærø\np3;tildeling;Kari Nordmann\np4;okonomi;Per Olav Hansen\n';
const QUOTING = '# Om {{kommune.name}}\n\n{{sitater "styrker" 5}}\n';

/** Renders the note of `spec` and runs the guard over its outputs as the build would. */
async function guard(spec: NoteSpec): Promise<string[]> {
  const { html, figures, root } = await renderInMemory(spec, { figures: true });
  const files: OutputFiles = new Map([['notat.html', html]]);
  for (const figure of figures) files.set(`figures/${figure.id}.svg`, figure.svg);
  const { study } = await readStudy(root, { logger: silentLogger(), now: () => 0 });
  try {
    assertNoNames(study.kommuner[0]!, study.kommuner, files);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(KommunenotatError);
    return (error as KommunenotatError).problems.map((p) => formatProblem(p).split(`${root}/`).join(''));
  }
}

describe('a note whose data holds names', () => {
  it('builds when the names stay in persons.csv (figures and text show ids and functions only)', async () => {
    expect(await guard({ text: QUOTING, changes: { 'kommuner/testby/persons.csv': PERSONS } })).toEqual([]);
  });

  it('fails when a quoted free-text answer holds a name, naming notat.html and the person\'s line', async () => {
    const responses = 'id;samordning;styrker\np1;4;"Samarbeidet med bjørn ærø i\ntildelingen er godt"\np2;vet ikke;\np3;;\n';
    const lines = await guard({ text: QUOTING, changes: { 'kommuner/testby/persons.csv': PERSONS, 'kommuner/testby/responses.csv': responses } });
    expect(lines).toEqual([
      'kommuner/testby/persons.csv:3: the name of this person would appear in notat.html; names are never printed. Remove the name from the free-text answer or text file that quotes it.',
    ]);
  });

  it('fails when the author writes a name into a Markdown text file', async () => {
    const lines = await guard({ text: '# Om\n\nTakk til Per Olav Hansen for hjelpen.\n', changes: { 'kommuner/testby/persons.csv': PERSONS } });
    expect(lines).toEqual([expect.stringMatching(/^kommuner\/testby\/persons\.csv:5: .* notat\.html;/)]);
  });
});
