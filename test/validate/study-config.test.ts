import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readStudyConfig } from '../../src/validate/study-config.ts';
import { catchError, removeDataSets, writeDataSet } from './data-set.ts';

afterAll(removeDataSets);

describe('readStudyConfig', () => {
  it('reads the bundled minimal fixture of only required keys', () => {
    const config = readStudyConfig('test/fixtures/minimal');
    expect(config.title).toBe('Minimal');
    expect(config.kommuner).toEqual(['testby']);
    expect(config.functions.map((f) => f.code)).toEqual(['okonomi', 'tildeling']);
    expect(config.questions).toEqual([
      { id: 'samordning', kind: 'rating', text: 'Hvor godt fungerer samordningen?' },
      { id: 'styrker', kind: 'text', text: 'Hva er styrkene?' },
    ]);
    expect(config.source).toEqual({ file: 'test/fixtures/minimal/study.yaml' });
    expect(config.raw['title']).toBe('Minimal');
  });

  it('keeps extra keys in raw and rating labels in the questions', () => {
    const root = writeDataSet({
      'study.yaml': `title: T\ndate: "2015-06-01"\nkommuner: [testby]\nfunctions: [{ code: a, label: A }]\nquestions:\n  - { id: q, kind: Rating, text: Q, low: Lav, high: Høy }\n`,
    });
    const config = readStudyConfig(root);
    expect(config.raw['date']).toBe('2015-06-01');
    expect(config.functions).toEqual([{ code: 'a', label: 'A', name: 'A' }]);
    expect(config.questions).toEqual([{ id: 'q', kind: 'rating', text: 'Q', low: 'Lav', high: 'Høy' }]);
  });

  it('reports every problem of study.yaml in one config error, each located', () => {
    const root = writeDataSet({
      'study.yaml': [
        'kommuner: [testby, borte, tom, testby]',
        'functions:',
        '  - { code: a, label: A, name: A }',
        '  - { code: A, label: B, name: B }',
        '  - { code: "c d", label: C }',
        '  - { label: D }',
        'questions:',
        '  - { id: q1, kind: rating, text: Q }',
        '  - { id: q1, kind: text, text: Q }',
        '  - { id: q2, kind: scale, text: Q }',
        '  - { id: q3, kind: text }',
        '',
      ].join('\n'),
    });
    mkdirSync(join(root, 'kommuner', 'tom'));
    const { error, lines } = catchError(() => readStudyConfig(root), root);
    expect(error.kind).toBe('config');
    expect(lines).toEqual([
      'study.yaml:1:1: required key "title" is missing.',
      'study.yaml:1:32: duplicate kommune "testby". Give each one a different id, or remove one.',
      'study.yaml:4:13: duplicate function code "A" (first on line 3). Give each one a different id, or remove one.',
      'study.yaml:5:13: function code "c d" may contain only letters a-z, digits, _ and -.',
      'study.yaml:6:5: required key "code" is missing.',
      'study.yaml:9:11: duplicate question id "q1" (first on line 8). Give each one a different id, or remove one.',
      'study.yaml:10:21: question kind "scale" is not one of rating, text.',
      'study.yaml:11:5: required key "text" is missing.',
      `study.yaml:1:20: kommune "borte" has no folder ${root}/kommuner/borte. Create the folder with kommune.yaml and the four CSV files, or remove the slug from "kommuner".`,
      `study.yaml:1:27: kommune "tom": folder ${root}/kommuner/tom is empty. Create the folder with kommune.yaml and the four CSV files, or remove the slug from "kommuner".`,
    ].map((line) => line.split(`${root}/`).join('')));
  });

  it('reports missing lists, wrong types and an empty kommuner list', () => {
    const root = writeDataSet({ 'study.yaml': 'title: [1, 2]\nkommuner: []\nfunctions: okonomi\n' });
    const { lines } = catchError(() => readStudyConfig(root), root);
    expect(lines).toEqual([
      'study.yaml:1:8: "title" must be a non-empty text.',
      'study.yaml:2:11: "kommuner" must list at least one kommune slug.',
      'study.yaml:3:12: "functions" must be a list.',
      'study.yaml:1:1: required key "questions" is missing.',
      'study.yaml:2:11: warning: the folder kommuner/testby is not listed under "kommuner", so kommune "testby" is in no note and no comparison. ' +
        'Add testby to "kommuner" (npm run new -- kommune adds a new one), or move the folder out of kommuner/.',
    ]);
  });

  it('reports a note.comparison that is not full, compact or auto at its line and column, with the rest', () => {
    const root = writeDataSet({
      'study.yaml': [
        'title: T',
        'kommuner: [testby]',
        'functions: [{ code: a, label: A }]',
        'questions: []',
        'note:',
        '  authors: [A]',
        '  comparison: kompakt',
        '',
      ].join('\n'),
    });
    const { error, lines } = catchError(() => readStudyConfig(root), root);
    expect(error.kind).toBe('config');
    expect(lines).toEqual([
      'study.yaml:7:15: note.comparison "kompakt" is not one of full, compact, auto. Write full (figures of every kommune), ' +
        'compact (tables) or auto (full up to 8 kommuner, compact above), or leave the key out for auto.',
    ]);
    const list = writeDataSet({ 'study.yaml': 'title: T\nkommuner: [testby]\nfunctions: okonomi\nquestions: []\nnote: { comparison: [full] }\n' });
    expect(catchError(() => readStudyConfig(list), list).lines).toEqual([
      'study.yaml:3:12: "functions" must be a list.',
      'study.yaml:5:21: "note.comparison" must be one of full, compact, auto. Write full (figures of every kommune), ' +
        'compact (tables) or auto (full up to 8 kommuner, compact above), or leave the key out for auto.',
    ]);
  });

  it('resolves note.comparison: auto (or no key) by the number of kommuner, full and compact as written', () => {
    const study = (extra: string) => writeDataSet({ 'study.yaml': `title: T\nkommuner: [testby]\nfunctions: [{ code: a, label: A }]\nquestions: []\n${extra}` });
    expect(readStudyConfig(study('')).comparison).toBe('full');
    expect(readStudyConfig(study('note: { comparison: Compact }\n')).comparison).toBe('compact');
    expect(readStudyConfig(study('note: { comparison: auto }\n')).comparison).toBe('full');
    expect(readStudyConfig(study('note:\n  comparison:\n')).comparison).toBe('full');
  });

  it('reports YAML syntax errors with line and column', () => {
    const root = writeDataSet({ 'study.yaml': 'title: T\nkommuner:\n\t- testby\n' });
    const { error, lines } = catchError(() => readStudyConfig(root), root);
    expect(error.kind).toBe('config');
    expect(lines[0]).toBe('study.yaml:3:1: YAML syntax error: Tabs are not allowed as indentation. Indent with spaces, not tabs.');
  });

  it('reports a missing study.yaml', () => {
    const root = writeDataSet({ 'study.yaml': null });
    const { lines } = catchError(() => readStudyConfig(root), root);
    expect(lines).toEqual([
      `study.yaml: file not found. Is --data the folder that holds study.yaml and kommuner/? It is now "${root}".`,
    ]);
  });
});
