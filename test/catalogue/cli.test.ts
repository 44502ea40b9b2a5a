// A representative part of the catalogue through the real command line, after a good build:
// exit code 1, the located messages on stderr, no name on stderr, and the previous output byte-identical.

import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyDemo, fingerprint, removeTemps, runCli, stderrLines, tempDir } from '../safety/cli.ts';

afterAll(removeTemps);

interface CliCase {
  id: string;
  /** Breaks a fresh copy of the demo study. */
  change: (root: string) => void;
  kommune?: string;
  /** Lines that must be on stderr (data root stripped). */
  expect: (string | RegExp)[];
}

const O = 'kommuner/oppdal';
const edit = (root: string, file: string, fn: (text: string) => string) =>
  writeFileSync(join(root, file), fn(readFileSync(join(root, file), 'utf8')));

/** Points note.text.kommune of Oppdal's kommune.yaml at `path`, whatever else the file holds. */
function setKommuneText(root: string, path: string): void {
  edit(root, `${O}/kommune.yaml`, (text) => {
    const doc = parseDocument(text);
    doc.setIn(['note', 'text', 'kommune'], path);
    return doc.toString();
  });
}

const CASES: CliCase[] = [
  {
    id: 'delimiter-mix-in-row',
    change: (root) => appendFileSync(join(root, O, 'contacts.csv'), 'p02,p05,ukentlig\n'),
    expect: [`${O}/contacts.csv:154: row uses "," as delimiter but the header uses ";". Use ";" between the fields of every row, as in the header (re-export the file, or replace the delimiter).`],
  },
  {
    id: 'rating-word',
    change: (root) => edit(root, `${O}/responses.csv`, (t) => t.replace('\np02;4;1;', '\np02;tre;1;')),
    expect: [/^kommuner\/oppdal\/responses\.csv:2:2: answer "tre" to samordning is not one of 1, 2, 3, 4, 5, 6, vet ikke, or empty\./],
  },
  {
    id: 'windows-1252',
    change: (root) => {
      const text = readFileSync(join(root, O, 'persons.csv'), 'utf8').replace('\np01;drift;', '\np01;drift|bøker;');
      writeFileSync(join(root, O, 'persons.csv'), iconv.encode(text, 'win1252'));
    },
    expect: [/^kommuner\/oppdal\/persons\.csv:2:2: function "bøker" is not one of okonomi, tjenester, /],
  },
  {
    id: 'yaml-tabs',
    change: (root) => edit(root, 'study.yaml', (t) => t.replace('  - { code: okonomi', '\t- { code: okonomi')),
    expect: [/^study\.yaml:\d+:1: YAML syntax error: Tabs are not allowed as indentation\. Indent with spaces, not tabs\.$/],
  },
  {
    id: 'kommune-folder-missing',
    change: (root) => rmSync(join(root, 'kommuner', 'volda'), { recursive: true }),
    expect: [/^study\.yaml:8:\d+: kommune "volda" has no folder kommuner\/volda\. Create the folder/],
  },
  {
    id: 'problem-in-another-kommune',
    change: (root) => appendFileSync(join(root, 'kommuner/volda/contacts.csv'), 'p02;p02;daglig\n'),
    expect: [/^kommuner\/volda\/contacts\.csv:\d+:2: contact from "p02" to itself\./],
  },
  {
    id: 'unknown-kommune',
    change: () => undefined,
    kommune: 'Oslo',
    expect: ['study.yaml: unknown kommune "Oslo"; valid: orland (Ørland), naroy (Nærøy), oppdal (Oppdal), rissa (Rissa), volda (Volda).'],
  },
  {
    id: 'text-file-missing',
    change: (root) => setKommuneText(root, 'tekst/mangler.md'),
    expect: [/^kommuner\/oppdal\/kommune\.yaml:\d+:\d+: note\.text\.kommune: text file "tekst\/mangler\.md" not found/],
  },
  {
    id: 'template-unknown-metric',
    change: (root) => {
      setKommuneText(root, 'tekst/feil.md');
      mkdirSync(join(root, O, 'tekst'), { recursive: true });
      writeFileSync(join(root, O, 'tekst', 'feil.md'), '# Oppdal\n\nTettheten er {{dec networks.weekly.tetthet 2}}.\n');
    },
    expect: [/^kommuner\/oppdal\/tekst\/feil\.md:3:\d+: "networks\.weekly\.tetthet" is not defined/],
  },
];

/** Every name in the demo's persons.csv files: none may reach stderr. */
function demoNames(root: string): string[] {
  const names: string[] = [];
  for (const slug of ['orland', 'naroy', 'oppdal', 'rissa', 'volda']) {
    const lines = readFileSync(join(root, 'kommuner', slug, 'persons.csv'), 'utf8').trim().split('\n').slice(1);
    for (const line of lines) {
      const name = line.split(';')[2]?.trim();
      if (name && name.length >= 3) names.push(name);
    }
  }
  return names;
}

describe('broken data through the command line, after a good build', () => {
  const out = tempDir('out');
  let before: Record<string, string> = {};
  let names: string[] = [];

  beforeAll(async () => {
    const root = copyDemo();
    names = demoNames(root);
    const good = await runCli(['--kommune', 'oppdal', '--data', root, '--out', out, '--format', 'html']);
    expect(good.code, `the good build must succeed first:\n${good.stderr}`).toBe(0);
    before = fingerprint(out);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['oppdal/notat.html', 'oppdal/metrics.json']));
  }, 180_000);

  it.each(CASES.map((c) => [c.id, c] as const))('%s', async (_id, testCase) => {
    const root = copyDemo();
    testCase.change(root);
    const run = await runCli(['--kommune', testCase.kommune ?? 'oppdal', '--data', root, '--out', out, '--format', 'html']);
    const lines = stderrLines(run, root);
    expect(run.code, run.stderr).toBe(1);
    for (const want of testCase.expect) {
      expect(lines.some((line) => (typeof want === 'string' ? line === want : want.test(line))), `${want}\n${lines.join('\n')}`).toBe(true);
    }
    expect(run.stderr).not.toMatch(/^\s+at /m); // no stack for the user's own mistakes
    for (const name of names) expect(run.stderr).not.toContain(name);
    expect(fingerprint(out)).toEqual(before);
  });
});
