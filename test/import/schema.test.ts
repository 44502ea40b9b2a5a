// schema/import-mapping.schema.json accepts every mapping the fixture writer and docs/import.md show,
// and rejects what the mapping reader rejects.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { writeExports } from '../../scripts/write-exports.ts';
import { readMapping } from '../../src/import/mapping.ts';
import type { Problem } from '../../src/errors.ts';
import { readStudyConfig } from '../../src/validate/study-config.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(JSON.parse(readFileSync(join(root, 'schema/import-mapping.schema.json'), 'utf8')));
const out = mkdtempSync(join(tmpdir(), 'import-schema-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const written = writeExports(join(root, 'data'), 'oppdal', out);
const questions = readStudyConfig(join(root, 'data')).questions;

describe('schema/import-mapping.schema.json', () => {
  it.each(Object.entries(written).map(([layout, w]) => ({ layout, mapping: w.mapping })))('accepts the $layout mapping, which names its schema', ({ mapping }) => {
    const text = readFileSync(mapping, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+import-mapping\.schema\.json$/);
    expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it("accepts docs/import.md's full example, which the reader takes without a problem", () => {
    const docs = readFileSync(join(root, 'docs/import.md'), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(docs)![1]!;
    expect(validate(parse(example)), JSON.stringify(validate.errors)).toBe(true);
    const file = join(out, 'docs-example.yaml');
    writeFileSync(file, example);
    const problems: Problem[] = [];
    expect(readMapping(file, questions, problems)?.roster.questions).toEqual(['kontakt']);
    expect(problems).toEqual([]);
  });

  it('rejects an unknown key and a wrong match, as the reader does (located at the key)', () => {
    const value = { respondent: { column: 'id', match: 'navn' }, roster: { questions: ['k'] }, rosterr: {} };
    expect(validate(value)).toBe(false);
    const file = join(out, 'bad.yaml');
    writeFileSync(file, 'respondent: { column: id, match: navn }\nroster: { questions: [k] }\nrosterr: {}\n');
    const problems: Problem[] = [];
    readMapping(file, questions, problems);
    expect(problems.map((p) => `${p.source.line}: ${p.message}`)).toEqual([
      '3: unknown key "rosterr" (known: respondent, submitted, roster, frequencies, ratings, texts, political, persons, separator)',
      '1: "navn" is not one of id, name',
    ]);
  });
});
