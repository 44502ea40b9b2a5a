// The JSON Schemas for editors (schema/*.schema.json) accept the demo study and reject what the validator rejects.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

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

  it('accepts the spellings the validator accepts: any case, numbers as text, unknown keys', () => {
    const ok = study({
      title: 2015,
      kommuner: ['oppdal'],
      functions: [{ code: 'okonomi', label: 'Økonomi' }],
      questions: [{ id: 'samordning', kind: 'Rating', text: 'Hvor godt?' }],
      somethingNew: true,
    });
    expect(study.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(kommune({ name: 'Oppdal', politicalBodies: [], language: 'NN', note: { text: { kommune: ['a.md', 'b.md'] } } })).toBe(true);
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
