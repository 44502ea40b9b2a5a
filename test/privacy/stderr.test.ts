// Every message on stderr passes one redaction (src/pipeline/redact-stderr.ts) with the names of every
// kommune of the study: a Handlebars error that quotes the author's text (`{{Vigdis Hasvold}}`: "Vigdis" is
// not defined), naming a person of another kommune in NFD and with a zero-width space,
// prints no part of the name (HTML only, no browser).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appendToOppdalChapter, copyDemo, removeTemps, runCli, stderrLines, tempDir } from '../safety/cli.ts';

afterAll(removeTemps);

describe('names on stderr', () => {
  it('a template error quoting a name of another kommune (NFD, zero-width space) shows where, never the name', async () => {
    const root = copyDemo();
    const name = readFileSync(join(root, 'kommuner/naroy/persons.csv'), 'utf8').split('\n')[1]!.split(';')[2]!.trim();
    const [first, last] = name.split(' ') as [string, string];
    const typed = `${first.normalize('NFD')} ${last.slice(0, 2)}\u200B${last.slice(2)}`.normalize('NFD');
    appendToOppdalChapter(root, 'kommune-feil.md', `Takk til {{${typed}}}.`);
    const run = await runCli(['--kommune', 'oppdal', '--data', root, '--out', tempDir('stderr-out'), '--format', 'html'], { timeoutMs: 240_000 });
    expect(run.code, run.stderr).toBe(1);
    const lines = stderrLines(run, root);
    expect(lines).toContainEqual(expect.stringMatching(/^kommuner\/oppdal\/tekst\/kommune(-feil)?\.md:\d+:\d+: "\[name on persons\.csv line 2\]" is not defined/));
    const printed = run.stderr.normalize('NFC').replace(/\u200B/g, '');
    for (const part of [first, last]) expect(printed).not.toContain(part.normalize('NFC'));
    expect(printed).toContain('[name on persons.csv line 2]');
  }, 300_000);
});
