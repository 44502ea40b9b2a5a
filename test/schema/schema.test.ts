// The JSON Schemas for editors (schema/*.schema.json) accept the demo study and reject what the validator rejects.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { KOMMUNE_KEYS, STUDY_KEYS, TEXT_LANGUAGE_KEYS, type KeyTable } from '../../src/validate/known-keys.ts';

const root = resolve(import.meta.dirname, '../..');
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const study = ajv.compile(JSON.parse(readFileSync(join(root, 'schema/study.schema.json'), 'utf8')));
const kommune = ajv.compile(JSON.parse(readFileSync(join(root, 'schema/kommune.schema.json'), 'utf8')));

const demoKommuner = readdirSync(join(root, 'data/kommuner')).sort();
const yamlFiles = [
  { file: 'data/study.yaml', validate: study, schema: 'study.schema.json' },
  ...demoKommuner.map((slug) => ({ file: `data/kommuner/${slug}/kommune.yaml`, validate: kommune, schema: 'kommune.schema.json' })),
  { file: 'test/fixtures/minimal/study.yaml', validate: study, schema: 'study.schema.json' },
  { file: 'test/fixtures/minimal/kommuner/testby/kommune.yaml', validate: kommune, schema: 'kommune.schema.json' },
];

describe('schema/*.schema.json', () => {
  it.each(yamlFiles)('$file validates', ({ file, validate }) => {
    const ok = validate(parse(readFileSync(join(root, file), 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(yamlFiles.filter((f) => f.file.startsWith('data/')))('$file names its schema on its first line', ({ file, schema }) => {
    const first = readFileSync(join(root, file), 'utf8').split('\n')[0];
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(match, first).not.toBeNull();
    const target = resolve(dirname(join(root, file)), match![1]);
    expect(target).toBe(join(root, 'schema', schema));
    expect(existsSync(target)).toBe(true);
  });

  it.each(yamlFiles)('every key of $file is documented in its schema', ({ file, schema }) => {
    const tree = JSON.parse(readFileSync(join(root, 'schema', schema), 'utf8')) as SchemaNode;
    expect(undocumentedKeys(parse(readFileSync(join(root, file), 'utf8')), tree)).toEqual([]);
  });

  it('reports missing required keys and wrong values', () => {
    expect(study({ title: 'T', kommuner: ['a b'], functions: [{ code: 'x' }], questions: [{ id: 'q', kind: 'skala', text: 'Q' }] })).toBe(false);
    const messages = (study.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        '/kommuner/0 must match pattern "^\\s*[A-Za-z0-9_-]+\\s*$"',
        "/functions/0 must have required property 'label'",
        '/questions/0/kind must be equal to one of the allowed values',
      ]),
    );
    const studySchema = JSON.parse(readFileSync(join(root, 'schema/study.schema.json'), 'utf8')) as SchemaNode;
    expect(undocumentedKeys({ title: 'T', foo: 1, note: { references: [{ authors: 'A', doi: 'x' }, 'Fritekst'] } }, studySchema)).toEqual([
      '.foo',
      '.note.references[0].doi',
    ]);
    expect(kommune({ politicalBodies: [] })).toBe(false);
    expect(kommune.errors?.[0].message).toBe("must have required property 'name'");
  });

  it('accepts the spellings the validator accepts: any case, numbers as text', () => {
    const ok = study({
      title: 2015,
      kommuner: ['oppdal'],
      functions: [{ code: 'okonomi', label: 'Økonomi' }],
      questions: [{ id: 'samordning', kind: 'Rating', text: 'Hvor godt?' }],
      date: '2015-09-01',
    });
    expect(study.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(kommune({ name: 'Oppdal', politicalBodies: [], language: 'NN', note: { text: { kommune: ['a.md', 'b.md'] } } })).toBe(true);
  });

  it('rejects unknown keys at every level, as the validator does, and a date that is not YYYY-MM-DD', () => {
    const base = { title: 'T', kommuner: ['a'], functions: [{ code: 'x', label: 'X' }], questions: [{ id: 'q', kind: 'text', text: 'Q' }] };
    expect(study({ ...base, kommunen: ['a'] })).toBe(false);
    expect(study.errors?.[0]).toMatchObject({ keyword: 'additionalProperties', params: { additionalProperty: 'kommunen' } });
    expect(study({ ...base, note: { projectleader: 'Kari' } })).toBe(false);
    expect(study({ ...base, functions: [{ code: 'x', label: 'X', lable: 'Y' }] })).toBe(false);
    expect(study({ ...base, note: { text: { kommunen: 'k.md' } } })).toBe(false);
    expect(study({ ...base, note: { publisher: { navn: 'X' } } })).toBe(false);
    for (const date of ['2015-13-45', '1. september 2015', '2015-9-1']) expect(study({ ...base, date }), date).toBe(false);
    expect(kommune({ name: 'Oppdal', politicalBodies: [], note: { text: { kommunen: 'k.md' } } })).toBe(false);
    expect(kommune({ name: 'Oppdal', politicalBodies: [{ id: 'f', label: 'F', navn: 'x' }] })).toBe(false);
  });

  it.each([
    ['study.schema.json', STUDY_KEYS],
    ['kommune.schema.json', KOMMUNE_KEYS],
  ] as const)('%s lists exactly the keys of the validator (src/validate/known-keys.ts) and no others', (schema, table) => {
    const tree = JSON.parse(readFileSync(join(root, 'schema', schema), 'utf8')) as SchemaNode;
    expect(schemaDifferences(tree, table)).toEqual([]);
    expect(openObjects(tree)).toEqual([]);
  });

  it('documents note.comparison and accepts its values as the validator does', () => {
    const base = { title: 'T', kommuner: ['a'], functions: [{ code: 'x', label: 'X' }], questions: [{ id: 'q', kind: 'text', text: 'Q' }] };
    for (const comparison of ['full', 'compact', 'auto', ' Compact ']) expect(study({ ...base, note: { comparison } }), comparison).toBe(true);
    for (const comparison of ['kompakt', ['full'], 8]) expect(study({ ...base, note: { comparison } }), String(comparison)).toBe(false);
    const studySchema = JSON.parse(readFileSync(join(root, 'schema/study.schema.json'), 'utf8')) as SchemaNode;
    expect(undocumentedKeys({ note: { comparison: 'compact' } }, studySchema)).toEqual([]);
  });
});

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  type?: string | string[];
  $ref?: string;
  definitions?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
}

/** The node and its anyOf branches. */
function branches(node: SchemaNode): SchemaNode[] {
  return [node, ...(node.anyOf ?? []).flatMap(branches)];
}

/** Keys the validator's table and the schema disagree on, as "path: only in …". */
function schemaDifferences(node: SchemaNode, table: KeyTable, path = ''): string[] {
  const properties: Record<string, SchemaNode> = Object.assign({}, ...branches(node).map((b) => b.properties ?? {}));
  const out: string[] = [];
  for (const key of Object.keys(table)) if (!properties[key]) out.push(`${path}.${key}: only in the validator`);
  for (const key of Object.keys(properties)) if (!Object.hasOwn(table, key)) out.push(`${path}.${key}: only in the schema`);
  for (const [key, shape] of Object.entries(table)) {
    const child = properties[key];
    if (!child) continue;
    if (shape === 'text') {
      const languageKeys = branches(child).flatMap((b) => Object.keys(b.properties ?? {}));
      for (const k of languageKeys) if (!(TEXT_LANGUAGE_KEYS as readonly string[]).includes(k)) out.push(`${path}.${key}.${k}: not a language`);
    } else if (shape !== 'value') {
      if ('keys' in shape) out.push(...schemaDifferences(child, shape.keys, `${path}.${key}`));
      else {
        const items = branches(child).find((b) => b.items)?.items;
        if (!items) out.push(`${path}.${key}: the schema has no items`);
        else out.push(...schemaDifferences(items, shape.items, `${path}.${key}[]`));
      }
    }
  }
  return out;
}

/** Paths of schema objects with properties that still allow other keys. */
function openObjects(node: SchemaNode, path = ''): string[] {
  const own = node.properties && node.additionalProperties !== false ? [path || '(root)'] : [];
  const children = [
    ...Object.entries(node.properties ?? {}).map(([k, v]) => openObjects(v, `${path}.${k}`)),
    ...(node.items ? [openObjects(node.items, `${path}[]`)] : []),
    ...(node.anyOf ?? []).map((b, i) => openObjects(b, `${path}|${i}`)),
  ];
  return [...own, ...children.flat()];
}

/** Paths of keys in `value` that the schema allows only through additionalProperties. */
function undocumentedKeys(value: unknown, node: SchemaNode, path = '', root: SchemaNode = node): string[] {
  // `#/definitions/<name>`: the one kind of reference the schemas use.
  const schema = node.$ref ? root.definitions![node.$ref.replace('#/definitions/', '')] : node;
  const branch = (want: 'object' | 'array') => [schema, ...(schema.anyOf ?? [])].find((s) => (want === 'object' ? s.properties : s.items));
  if (Array.isArray(value)) {
    const items = branch('array')?.items;
    return items ? value.flatMap((item, i) => undocumentedKeys(item, items, `${path}[${i}]`, root)) : [];
  }
  if (value === null || typeof value !== 'object') return [];
  const properties = branch('object')?.properties ?? {};
  return Object.entries(value).flatMap(([key, item]) =>
    properties[key] ? undocumentedKeys(item, properties[key], `${path}.${key}`, root) : [`${path}.${key}`],
  );
}
