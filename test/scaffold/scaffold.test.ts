// `npm run new`: a scaffolded study is valid, builds a note whose numbers are bound to its data,
// shows every optional key (commented) that the validator knows, and takes more kommuner.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { newCommand } from '../../src/cli/new.ts';
import { formatProblem } from '../../src/errors.ts';
import { parseYamlText } from '../../src/load/read-yaml.ts';
import { computeKommuneMetrics } from '../../src/metrics/index.ts';
import { buildHtml } from '../../src/pipeline/build.ts';
import { noteFigureIds, noteFigures } from '../../src/pipeline/note-figures.ts';
import { silentLogger } from '../../src/pipeline/effects.ts';
import { readStudy } from '../../src/pipeline/read-study.ts';
import { KOMMUNE_KEYS, STUDY_KEYS, type KeyTable } from '../../src/validate/known-keys.ts';
import { checkUnknownKeys } from '../../src/validate/unknown-keys.ts';

const base = mkdtempSync(join(tmpdir(), 'scaffold-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function run(...argv: string[]): { code: number; text: string } {
  let text = '';
  const out = new Writable({ write: (chunk, _enc, done) => ((text += String(chunk)), done()) });
  return { code: newCommand(argv, out), text };
}

const effects = () => ({ logger: silentLogger(), now: () => 0 });

/** Every `# key: value` line (at any indentation) made live: the file as if every optional key were used. */
function uncommented(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*#\s*yaml-language-server/.test(line))
    .map((line) => line.replace(/^(\s*)#( ?)(\s*)(?=(?:[A-Za-z][\w]*:(?:\s|$))|- )/, '$1$3'))
    .join('\n');
}

/** Every key path used in `value`, as `a.b` (list items as `a[]`). */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => keyPaths(item, `${prefix}[]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [`${prefix}.${k}`, ...keyPaths(v, `${prefix}.${k}`)]);
}

function tablePaths(table: KeyTable, prefix = ''): string[] {
  return Object.entries(table).flatMap(([key, shape]) => {
    const path = `${prefix}.${key}`;
    if (shape === 'value' || shape === 'text') return [path];
    return [path, ...('keys' in shape ? tablePaths(shape.keys, path) : tablePaths(shape.items, `${path}[]`))];
  });
}

describe('npm run new -- study', () => {
  const root = join(base, 'studie');
  const made = run('study', root);

  it('writes a study that check:data finds nothing wrong with, and says what to do next', async () => {
    expect(made.code).toBe(0);
    expect(made.text).toMatch(/^wrote a new study in .*studie\/ with kommune eksempel:\n {2}study\.yaml\n/);
    expect(made.text).toContain(`npm run check:data -- --data ${root}`);
    const { study, warnings } = await readStudy(root, effects());
    expect(warnings.map(formatProblem)).toEqual([]);
    expect(study.config.kommuner).toEqual(['eksempel']);
    expect(study.kommuner[0]!.persons).toHaveLength(4);
    expect(study.kommuner[0]!.responses).toHaveLength(3);
  });

  it('builds a note whose kommune chapter prints the bound numbers, and nothing of the demo', async () => {
    const { html, warnings } = await buildHtml(root, 'eksempel', effects());
    expect(warnings.map(formatProblem)).toEqual([]);
    const text = html.replace(/<style[^]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/[ \n]+/g, ' ');
    expect(text).toMatch(/3\u00A0av\u00A04 personer i Eksempel svarte på undersøkelsen, en svarprosent på 75\u00A0%\. Figur\u00A0\d+ viser hvem/);
    expect(text).toContain('Samarbeid på tvers i kommunen');
    for (const demo of ['Oppdal', 'Volda', 'Husbanken', 'Å koordinere det fragmenterte']) expect(text, demo).not.toContain(demo);
  }, 120_000);

  it('check:data lists exactly the figures the build draws (noteFigureIds = noteFigures)', async () => {
    const { study } = await readStudy(root, effects());
    const entries = study.kommuner.map((kommune) => ({ kommune, metrics: computeKommuneMetrics(study.config, kommune) }));
    const own = entries[0]!.kommune;
    const drawn = (await noteFigures(study.config, own, entries)).map((f) => f.id);
    expect(noteFigureIds(study.config, own, entries)).toEqual(drawn);
    const compact = { ...study.config, comparison: 'compact' as const };
    expect(noteFigureIds(compact, own, entries)).toEqual((await noteFigures(compact, own, entries)).map((f) => f.id));
  }, 120_000);

  it.each([
    ['study.yaml', STUDY_KEYS],
    ['kommuner/eksempel/kommune.yaml', KOMMUNE_KEYS],
  ] as const)('%s shows every key the validator knows; uncommented, they are all valid', (file, table) => {
    const live = uncommented(readFileSync(join(root, file), 'utf8'));
    const yaml = parseYamlText(live, file);
    expect(yaml.problems.map(formatProblem)).toEqual([]);
    const ctx = { file, locate: yaml.locate, locateKey: yaml.locateKey, problems: [] };
    checkUnknownKeys(yaml.value as Record<string, unknown>, table, ctx);
    expect(ctx.problems.map(formatProblem)).toEqual([]);
    const used = new Set(keyPaths(yaml.value));
    expect(tablePaths(table).filter((path) => !used.has(path))).toEqual([]);
  });

  it('refuses a folder that is not empty, and a slug that is not one', () => {
    expect(run('study', root)).toEqual({ code: 1, text: `error: ${root} already exists and is not empty; give a new folder (nothing was written)\n` });
    expect(run('study', join(base, 'x'), '--kommune', 'Møre og Romsdal').text).toMatch(/^error: kommune slug "Møre og Romsdal" may contain only letters a-z/);
    expect(run('studie', root).code).toBe(2);
  });
});

describe('npm run new -- kommune', () => {
  const root = join(base, 'rus');

  it('adds the folder and files and the slug to kommuner:, keeping the comments of study.yaml', async () => {
    run('study', root, '--kommune', 'fjellby', '--name', 'Fjellby');
    const before = readFileSync(join(root, 'study.yaml'), 'utf8');
    const added = run('kommune', 'strandvik', '--data', root, '--name', 'Strandvik');
    expect(added.code).toBe(0);
    expect(added.text).toMatch(/^added kommune strandvik to .*study\.yaml and wrote:\n {2}kommuner\/strandvik\/kommune\.yaml\n/);
    const after = readFileSync(join(root, 'study.yaml'), 'utf8');
    expect(after).toBe(before.replace('kommuner: [fjellby]', 'kommuner: [ fjellby, strandvik ]'));
    const { study, warnings } = await readStudy(root, effects());
    expect(warnings).toEqual([]);
    expect(study.kommuner.map((k) => `${k.slug}:${k.name}`)).toEqual(['fjellby:Fjellby', 'strandvik:Strandvik']);
  });

  it('writes responses.csv with a column for every question of the study', () => {
    const file = join(root, 'study.yaml');
    const text = readFileSync(file, 'utf8').replace(
      '  - id: styrker\n',
      '  - id: rus\n    kind: rating\n    text: Hvor godt samarbeider dere om rus og psykisk helse?\n  - id: styrker\n',
    );
    writeFileSync(file, text);
    expect(run('kommune', 'elvdal', '--data', root).code).toBe(0);
    expect(readFileSync(join(root, 'kommuner/elvdal/responses.csv'), 'utf8').split('\n')[0]).toBe('id;samarbeid;rus;styrker');
    expect(parse(readFileSync(join(root, 'kommuner/elvdal/kommune.yaml'), 'utf8')).name).toBe('Elvdal');
  });

  it('refuses a kommune that exists, a study that is not there, a study with problems', () => {
    expect(run('kommune', 'elvdal', '--data', root).text).toMatch(/^error: .*kommuner\/elvdal already exists; nothing was written\n$/);
    expect(run('kommune', 'ny', '--data', join(base, 'none')).text).toMatch(/^error: .*none\/study\.yaml not found; give the study's folder with --data/);
    writeFileSync(join(root, 'study.yaml'), readFileSync(join(root, 'study.yaml'), 'utf8').replace('title:', 'titel:'));
    const broken = run('kommune', 'ny', '--data', root);
    expect(broken.code).toBe(1);
    expect(broken.text).toMatch(/unknown key "titel"; it would be ignored\. Did you mean "title"\?/);
  });
});
