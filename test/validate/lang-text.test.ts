// Texts per note language in study.yaml and kommune.yaml ({ nb, nn }, one plain value for both), the
// study as each note language sees it, and `note.fixedText`, which replaces the templates' fixed texts.

import { afterAll, describe, expect, it } from 'vitest';
import { readStudyConfig } from '../../src/validate/study-config.ts';
import { localizeStudy } from '../../src/validate/lang-text.ts';
import { formatProblem } from '../../src/errors.ts';
import { catchError, removeDataSets, writeDataSet } from './data-set.ts';

afterAll(removeDataSets);

const STUDY = `title: T
subject: { nb: det boligsosiale arbeidet, nn: det bustadsosiale arbeidet }
kommuner: [testby]
functions:
  - { code: tjenester, label: { nb: Tjenester, nn: Tenester }, name: { nb: Tjenester i bolig, nn: Tenester i bustad } }
  - { code: plan, label: { nb: Plan }, name: Planlegging }
questions:
  - id: samordning
    kind: rating
    text: { nb: Hvor godt fungerer det?, nn: Kor godt fungerer det? }
    low: { nb: Svært dårlig, nn: Svært dårleg }
    high: Svært godt
`;

describe('texts per language', () => {
  const config = readStudyConfig(writeDataSet({ 'study.yaml': STUDY }));

  it('keeps bokmål in the plain fields and the per-language texts beside them', () => {
    expect(config.functions[0]).toMatchObject({ code: 'tjenester', label: 'Tjenester', name: 'Tjenester i bolig' });
    expect(config.functions[0].i18n?.label).toMatchObject({ nb: 'Tjenester', nn: 'Tenester', missing: [] });
    expect(config.questions[0]).toMatchObject({ text: 'Hvor godt fungerer det?', low: 'Svært dårlig', high: 'Svært godt' });
    expect(config.questions[0].i18n?.high).toBeUndefined(); // one plain value: no per-language copy
    expect(config.subject).toMatchObject({ nb: 'det boligsosiale arbeidet', nn: 'det bustadsosiale arbeidet' });
  });

  it('a nynorsk note gets the nynorsk texts, and a warning naming each key it lacks in nynorsk', () => {
    const { config: nn, warnings } = localizeStudy(config, [], 'nn');
    expect(nn.functions.map((f) => [f.label, f.name])).toEqual([['Tenester', 'Tenester i bustad'], ['Plan', 'Planlegging']]);
    expect(nn.questions[0]).toEqual({ id: 'samordning', kind: 'rating', text: 'Kor godt fungerer det?', low: 'Svært dårleg', high: 'Svært godt' });
    expect(warnings.map(formatProblem)).toEqual([
      expect.stringMatching(/study\.yaml:6:\d+: warning: functions\[1\]\.label has no nynorsk text \(nn\); this nynorsk note prints "Plan"\. Add "nn: …"/),
    ]);
  });

  it('a bokmål note gets the bokmål texts and no warning', () => {
    const { config: nb, warnings } = localizeStudy(config, [], 'nb');
    expect(nb.functions.map((f) => f.label)).toEqual(['Tjenester', 'Plan']);
    expect(nb.functions[0]).not.toHaveProperty('i18n');
    expect(warnings).toEqual([]);
  });

  it('political body labels in kommune.yaml may be given per language', () => {
    const root = writeDataSet({
      'kommuner/testby/kommune.yaml': 'name: Testby\npoliticalBodies:\n  - { id: formannskap, label: Formannskapet }\n  - { id: ordforer, label: { nb: Ordføreren, nn: Ordføraren } }\n',
    });
    expect(readStudyConfig(root).kommuner).toEqual(['testby']);
  });

  it('rejects an unknown language key and an empty text, located', () => {
    const root = writeDataSet({
      'study.yaml': 'title: T\nsubject: { nb: x, nno: y }\nkommuner: [testby]\nfunctions:\n  - { code: a, label: { nb: "" } }\nquestions:\n  - { id: q, kind: text, text: Q }\n',
    });
    const { lines } = catchError(() => readStudyConfig(root), root);
    expect(lines).toEqual([
      expect.stringMatching(/study\.yaml:2:\d+: subject: "nno" is not a language of the note \(nb, nn\)/),
      expect.stringMatching(/study\.yaml:5:\d+: "label\.nb" must be a non-empty text/),
    ]);
  });
});

describe('note.fixedText', () => {
  it('accepts keys of templates/i18n, nested or dotted, with one text or one per language', () => {
    const root = writeDataSet({
      'study.yaml': `${STUDY}note:\n  fixedText:\n    colophon: { authors: { nb: FORFATTARAR } }\n    colophon.keywords: EMNEORD\n    chapters: { bakgrunn: Om feltet }\n`,
    });
    expect(() => readStudyConfig(root)).not.toThrow();
  });

  it('an unknown key is a located problem that names the near keys', () => {
    const root = writeDataSet({ 'study.yaml': `${STUDY}note:\n  fixedText:\n    colophon: { author: X }\n    tittel: Y\n` });
    const { lines } = catchError(() => readStudyConfig(root), root);
    expect(lines).toEqual([
      expect.stringMatching(/^study\.yaml:15:\d+: note\.fixedText: "colophon\.author" is not a fixed text of the note\. Did you mean colophon\.authors\? The keys are those of templates\/i18n\/nb\.yaml/),
      expect.stringMatching(/^study\.yaml:16:\d+: note\.fixedText: "tittel" is not a fixed text of the note\. Did you mean title\?/),
    ]);
  });
});
