// The privacy guard through the command line: a person's name (with æøå) pasted into a free-text
// answer that the note quotes fails the build (exit 1) before the print, naming the answer's line in
// responses.csv, the output it would reach and the person's line, never the name; the previous output
// stays as it was.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appendToOppdalChapter, copyDemo, fingerprint, removeTemps, runCli, stderrLines, tempDir } from '../safety/cli.ts';
import { browserForTests } from '../output/helpers.ts';

afterAll(removeTemps);

const O = 'kommuner/oppdal';

/** Oppdal's note quoting every `styrker` answer, one of which names the person on persons.csv line 2. */
function leakingDataSet(root: string): string {
  const personLine = readFileSync(join(root, O, 'persons.csv'), 'utf8').split('\n')[1]!;
  const name = personLine.split(';')[2]!.trim();
  const responses = join(root, O, 'responses.csv');
  const text = readFileSync(responses, 'utf8');
  const row = /\n(p\d+;[^;\n]*;[^;\n]*;)([^;\n"]*);/.exec(text)!;
  writeFileSync(responses, text.replace(row[0], `\n${row[1]}Godt samarbeid med ${name} i tildelingen;`));
  // The quotes go at the end of the kommune chapter, whichever file holds it.
  appendToOppdalChapter(root, 'kommune-med-sitater.md', '## Sitater\n\n{{sitater "styrker" 100}}');
  return name;
}

describe.skipIf(!browserForTests())('a name in a quoted free-text answer', () => {
  it('fails the build naming the answer in responses.csv, notat.html and persons.csv:2, and never prints the name', async () => {
    const good = copyDemo();
    const out = tempDir('privacy-out');
    const first = await runCli(['--kommune', 'oppdal', '--data', good, '--out', out, '--format', 'html'], { timeoutMs: 240_000 });
    expect(first.code, first.stderr).toBe(0);
    const before = fingerprint(out);

    const root = copyDemo();
    const name = leakingDataSet(root);
    expect(name).toMatch(/[æøåÆØÅ]/);
    const run = await runCli(['--kommune', 'oppdal', '--data', root, '--out', out], { timeoutMs: 240_000 });
    expect(run.code, run.stderr).toBe(1);
    const lines = stderrLines(run, root);
    expect(lines).toContainEqual(expect.stringMatching(
      new RegExp(`^${O}/responses\\.csv:\\d+: this free-text answer to "styrker", quoted in the note at ${O}/tekst/kommune\\.md:\\d+:1, holds the name of the person on persons\\.csv line 2; names are never printed\\.`),
    ));
    expect(lines).toContain(
      `${O}/persons.csv:2: the name of this person would appear in notat.html; names are never printed. Remove the name from the free-text answer or text file that quotes it.`,
    );
    expect(run.stderr).not.toContain(name);
    for (const part of name.split(/\s+/)) expect(run.stderr).not.toContain(part);
    expect(fingerprint(out)).toEqual(before);
  }, 480_000);
});
