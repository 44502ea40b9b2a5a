import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors.ts';
import { parseYamlText, readYaml } from '../../src/load/read-yaml.ts';

const dir = mkdtempSync(join(tmpdir(), 'read-yaml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readYaml', () => {
  it('returns the plain value', () => {
    const file = join(dir, 'ok.yaml');
    writeFileSync(file, 'name: Ørland\npoliticalBodies:\n  - { id: formannskap, label: Formannskapet }\n');
    expect(readYaml(file)).toMatchObject({
      value: { name: 'Ørland', politicalBodies: [{ id: 'formannskap', label: 'Formannskapet' }] },
      problems: [],
    });
  });

  it('reads a Windows-1252 file', () => {
    const file = join(dir, 'cp1252.yaml');
    writeFileSync(file, iconv.encode('name: Nærøy\n', 'win1252'));
    expect(readYaml(file).value).toEqual({ name: 'Nærøy' });
  });

  it('reports tabs in indentation with line and column', () => {
    const { value, problems } = parseYamlText('name: X\nlist:\n\t- a\n', 'k.yaml');
    expect(value).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      'k.yaml:3:1: YAML syntax error: Tabs are not allowed as indentation. Indent with spaces, not tabs.',
    ]);
  });

  it('reports duplicate keys and unclosed brackets, all of them', () => {
    const { problems } = parseYamlText('name: X\nname: Y\nlist: [a, b\n', 'k.yaml');
    const text = problems.map(formatProblem);
    expect(text.length).toBeGreaterThanOrEqual(2);
    expect(text[0]).toBe('k.yaml:2:1: key "name" appears twice in the same mapping. Keep one of them.');
  });

  it('locates a value, or its nearest written parent when missing', () => {
    const yaml = parseYamlText('title: T\nfunctions:\n  - code: a\n  - code: b\n', 's.yaml');
    expect(yaml.locate(['functions', 1, 'code'])).toEqual({ file: 's.yaml', line: 4, column: 11 });
    expect(yaml.locate(['functions', 1, 'label'])).toEqual({ file: 's.yaml', line: 4, column: 5 });
    expect(yaml.locate(['missing'])).toEqual({ file: 's.yaml', line: 1, column: 1 });
  });

  it('reports a missing file', () => {
    expect(readYaml(join(dir, 'none.yaml')).problems[0]!.message).toBe('file not found');
  });
});
