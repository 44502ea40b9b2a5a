// Unknown keys (did you mean …?), the note's date and its default, the unlisted kommune folder.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, KommunenotatError } from '../../src/errors.ts';
import { parseYamlText } from '../../src/load/read-yaml.ts';
import { noteDate } from '../../src/pipeline/note-date.ts';
import { closest, editDistance } from '../../src/validate/closest.ts';
import { KOMMUNE_KEYS, STUDY_KEYS } from '../../src/validate/known-keys.ts';
import { parseIsoDate, readStudyConfig } from '../../src/validate/study-config.ts';
import { checkUnknownKeys } from '../../src/validate/unknown-keys.ts';
import { removeDataSets, STUDY, writeDataSet } from './data-set.ts';

afterAll(removeDataSets);

function unknownKeys(text: string, table = STUDY_KEYS): string[] {
  const yaml = parseYamlText(text, 'f.yaml');
  const ctx = { file: 'f.yaml', locate: yaml.locate, locateKey: yaml.locateKey, problems: [] };
  checkUnknownKeys(yaml.value as Record<string, unknown>, table, ctx);
  return ctx.problems.map(formatProblem);
}

describe('did you mean', () => {
  it('finds slips of case, one letter or a swap, and leaves other words alone', () => {
    expect(editDistance('projectleader', 'projectLeader')).toBe(0);
    expect(editDistance('lable', 'label')).toBe(1);
    expect(closest('kommunen', ['title', 'kommuner', 'functions'])).toBe('kommuner');
    expect(closest('samhandlin', ['samordning', 'samhandling'])).toBe('samhandling');
    expect(closest('ab', ['xy', 'title'])).toBeUndefined();
    expect(closest('vedlegget', ['kolofon', 'forord'])).toBeUndefined();
  });
});

describe('unknown keys', () => {
  it('are located at the key, with the nearest key of the same place', () => {
    expect(unknownKeys('title: T\nkommunen: [a]\nnote:\n  projectleader: Kari\n  publisher: { navn: X }\n')).toEqual([
      'f.yaml:2:1: unknown key "kommunen"; it would be ignored. Did you mean "kommuner"?',
      'f.yaml:4:3: unknown key "projectleader" under "note"; it would be ignored. Did you mean "projectLeader"? Keys are case-sensitive.',
      'f.yaml:5:16: unknown key "navn" under "note.publisher"; it would be ignored. Did you mean "name"? The keys are English words, the values may be Norwegian.',
    ]);
  });

  it('name the place a known key belongs when it stands at the wrong level', () => {
    expect(unknownKeys('title: T\nprojectLeader: Kari\n')).toEqual([
      'f.yaml:2:1: unknown key "projectLeader"; it would be ignored. "projectLeader" belongs under "note"; move it there.',
    ]);
  });

  it('list the allowed keys when nothing is near', () => {
    const [line] = unknownKeys('name: X\npoliticalBodies: []\nzzz: 1\n', KOMMUNE_KEYS);
    expect(line).toMatch(/^f\.yaml:3:1: unknown key "zzz"; it would be ignored\. Check the spelling; the keys allowed here are name, politicalBodies, language, note/);
  });

  it('check text slots, list items and per-language texts', () => {
    expect(unknownKeys('note:\n  text:\n    kommunen: k.md\n  title: { nb: A, nyn: B }\nquestions:\n  - { id: q, kind: text, txt: Q }\n')).toEqual([
      'f.yaml:3:5: unknown key "kommunen" under "note.text"; it would be ignored. Did you mean "kommune"?',
      'f.yaml:4:19: note.title: "nyn" is not a language of the note (nb, nn). Did you mean "nn"? Give the text per language as nb: and nn:, or one text for every note.',
      'f.yaml:6:26: unknown key "txt" under "questions[0]"; it would be ignored. Did you mean "text"?',
    ]);
  });

  it('fail readStudyConfig (an error: a misspelt key would drop its text in silence)', () => {
    const root = writeDataSet({ 'study.yaml': `${STUDY}note:\n  projectleader: Kari\n` });
    expect(() => readStudyConfig(root)).toThrow(KommunenotatError);
  });
});

describe('date', () => {
  it('is a real day of the calendar, written YYYY-MM-DD', () => {
    expect(parseIsoDate('2015-09-01')).toBe('2015-09-01');
    expect(parseIsoDate('2016-02-29')).toBe('2016-02-29');
    for (const bad of ['2015-02-30', '2015-13-45', '2015-00-10', '2015-9-1', 'september 2015', '01.09.2015']) expect(parseIsoDate(bad), bad).toBeUndefined();
  });

  it('is read from study.yaml into the config', () => {
    const root = writeDataSet({ 'study.yaml': `${STUDY}date: 2015-09-01\n` });
    expect(readStudyConfig(root).date).toBe('2015-09-01');
    expect(readStudyConfig(writeDataSet()).date).toBeUndefined();
  });

  it('defaults to SOURCE_DATE_EPOCH, else the day of the build', () => {
    const today = () => new Date('2026-03-04T23:59:00Z');
    expect(noteDate({ date: '2015-09-01' }, { SOURCE_DATE_EPOCH: '0' }, today)).toBe('2015-09-01');
    expect(noteDate({}, { SOURCE_DATE_EPOCH: '1441065600' }, today)).toBe('2015-09-01');
    expect(noteDate({}, {}, today)).toBe('2026-03-04');
    expect(() => noteDate({}, { SOURCE_DATE_EPOCH: 'yesterday' }, today)).toThrow(/SOURCE_DATE_EPOCH "yesterday" is not a whole number/);
  });
});

describe('kommune folders', () => {
  it('a folder not listed is a warning, with the listed slug it may be a misspelling of', () => {
    const root = writeDataSet({ 'study.yaml': STUDY.replace('[testby]', '[testby, nyby]') });
    mkdirSync(join(root, 'kommuner', 'nybyy'));
    writeFileSync(join(root, 'kommuner', 'nybyy', 'kommune.yaml'), 'name: Nyby\n');
    let error: KommunenotatError | undefined;
    try {
      readStudyConfig(root);
    } catch (e) {
      error = e as KommunenotatError;
    }
    const lines = error!.problems.map((p) => formatProblem(p).split(`${root}/`).join(''));
    expect(lines).toEqual([
      'study.yaml:2:20: kommune "nyby" has no folder kommuner/nyby. There is a folder kommuner/nybyy: did you mean "nybyy"? Otherwise create the folder with kommune.yaml and the four CSV files.',
      'study.yaml:2:11: warning: the folder kommuner/nybyy is not listed under "kommuner", so kommune "nybyy" is in no note and no comparison. "kommuner" lists "nyby", which has no folder: is this its folder, misspelt? Rename one of them.',
    ]);
  });

  it('the warning reaches the caller when nothing else is wrong', () => {
    const root = writeDataSet({ 'kommuner/other/kommune.yaml': 'name: Other\n' });
    const warnings: never[] = [];
    readStudyConfig(root, warnings);
    expect(warnings.map(formatProblem)).toEqual([
      expect.stringMatching(/^.*study\.yaml:2:11: warning: the folder .*kommuner\/other is not listed under "kommuner"/),
    ]);
  });
});
