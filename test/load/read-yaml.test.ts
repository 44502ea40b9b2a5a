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

  it('gives a plain-language hint for an unquoted colon, a dash without a space, an open quote', () => {
    const fixes = (text: string) => parseYamlText(text, 's.yaml').problems.map(formatProblem);
    expect(fixes('title: Samhandling: rus og psykisk helse\n')).toEqual([
      's.yaml:1:8: YAML syntax error: Nested mappings are not allowed in compact mappings. A value that contains ": " must be in quotes, e.g. title: "Samhandling: rus og psykisk helse"',
    ]);
    expect(fixes('functions:\n  -code: a\n   label: A\n')).toEqual([
      's.yaml:2:3: YAML syntax error: Nested mappings are not allowed in compact mappings. A list item needs a space after its dash: - code: a',
    ]);
    expect(fixes('title: "abc\nx: 1\n')[0]).toMatch(/^s\.yaml:\d+:\d+: YAML syntax error: Missing closing "quote\. Close the quote/);
    expect(fixes('note:\n  a: 1\n   b: 2\n')).toEqual([
      expect.stringMatching(/^s\.yaml:2:\d+: YAML syntax error: .*Check the indentation: keys of one mapping start in the same column/),
    ]);
  });

  it('refuses unknown tags and alias bombs as located problems', () => {
    const tag = parseYamlText('name: !!js/function "f"\n', 'k.yaml');
    expect(tag.value).toBeUndefined();
    expect(tag.problems.map(formatProblem)).toEqual([
      'k.yaml:1:7: unknown YAML tag "!!js/function": these files take plain text, numbers, lists and mappings only. Remove the tag and write the value as plain text (in quotes if it begins with ! or &).',
    ]);
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const name of ['b', 'c', 'd', 'e', 'f', 'g']) levels.push(`${name}: &${name} [${Array(10).fill(`*${levels.at(-1)!.split('&')[1]!.split(' ')[0]}`).join(', ')}]`);
    const bomb = parseYamlText(`${levels.join('\n')}\n`, 'b.yaml');
    expect(bomb.value).toBeUndefined();
    expect(bomb.problems.map(formatProblem)).toEqual([
      'b.yaml:2:1: the file expands more than 100 aliases (*name), which no study needs; it is not read. Write the values out instead of repeating them with & anchors and * aliases.',
    ]);
  });

  it('locates a key itself, for problems about the key', () => {
    const yaml = parseYamlText('note:\n  projectleader: Kari\n', 's.yaml');
    expect(yaml.locateKey(['note', 'projectleader'])).toEqual({ file: 's.yaml', line: 2, column: 3 });
    expect(yaml.locate(['note', 'projectleader'])).toEqual({ file: 's.yaml', line: 2, column: 18 });
  });

  it('reports a missing file', () => {
    expect(readYaml(join(dir, 'none.yaml')).problems[0]!.message).toBe('file not found');
  });
});
