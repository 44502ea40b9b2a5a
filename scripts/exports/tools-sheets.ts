// Fixture writers: the demo study as SurveyXact's export (a workbook with Dataset, Dataset(1),
// Structure and Labels sheets, or three tab-separated UTF-16 CSV files) and as Questback's (option
// texts in the cells; CSV in UTF-8, or a workbook).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FREQUENCY_ORDER, FREQUENCY_TEXT, ratingText, toCsv, TYPE_TEXT, type DemoKommune } from './demo.ts';
import { writeMapping } from './mapping-file.ts';
import type { Written } from './tools-text.ts';
import { writeXlsx } from './xlsx-writer.ts';

interface SxVariable {
  name: string;
  text: string;
  choices: [number, string][];
  value: (r: DemoKommune['responses'][number]) => string | number;
}

const RATING_CHOICES: [number, string][] = [[1, '1'], [2, '2'], [3, '3'], [4, '4'], [5, '5'], [6, '6'], [7, 'Vet ikke']];
const FREQUENCY_CHOICES: [number, string][] = FREQUENCY_ORDER.map((f, i) => [i + 1, FREQUENCY_TEXT[f]]);

function surveyXactVariables(d: DemoKommune): { key: SxVariable[]; roster: SxVariable[]; rest: SxVariable[] } {
  const { persons, kommune, ratings, texts } = d;
  const key: SxVariable[] = [{ name: 'b_id', text: 'Personlig nøkkel', choices: [], value: (r) => r.id }];
  const rest: SxVariable[] = [
    ...ratings.map((q, n): SxVariable => ({ name: `s_${n + 1}`, text: q.text, choices: RATING_CHOICES, value: (r) => (r.ratings[q.id] === 'vet_ikke' ? 7 : r.ratings[q.id] ?? '') })),
    ...texts.map((q, n): SxVariable => ({ name: `s_${n + 11}`, text: q.text, choices: [], value: (r) => r.texts[q.id] ?? '' })),
  ];
  kommune.politicalBodies.forEach((b, bi) =>
    d.types.forEach((t, ti) =>
      rest.push({ name: `s_20_${bi + 1}_${ti + 1}`, text: `Kontakt med politikerne - ${b.label} - ${TYPE_TEXT[t]}`, choices: [[0, 'Ikke valgt'], [1, 'Valgt']], value: (r) => (d.political(r.id, b.id, t) ? 1 : 0) }),
    ),
  );
  const roster = persons.map((p, i): SxVariable => ({
    name: `s_10_${i + 1}`,
    text: `Hvor ofte har du kontakt med disse personene? - ${p.name}`,
    choices: FREQUENCY_CHOICES,
    value: (r) => ((f) => (f && p.id !== r.id ? FREQUENCY_ORDER.indexOf(f) + 1 : ''))(d.frequency(r.id, p.id)),
  }));
  return { key, roster, rest };
}

function sxTables(d: DemoKommune, all: SxVariable[]) {
  const structure: (string | number)[][] = [['variableName', 'questionText', 'choiceValue', 'choiceText']];
  const labels: (string | number)[][] = [['variableName', 'value', 'label']];
  for (const v of all) {
    if (v.choices.length === 0) structure.push([v.name, v.text, '', '']);
    for (const [value, text] of v.choices) {
      structure.push([v.name, v.text, value, text]);
      labels.push([v.name, value, text]);
    }
  }
  const dataset = (vars: SxVariable[]) => [['respondentid', ...vars.map((v) => v.name)], ...d.responses.map((r, i) => [1000 + i, ...vars.map((v) => v.value(r))])];
  return { structure, labels, dataset };
}

function surveyXactMapping(dir: string, d: DemoKommune, name: string): string {
  return writeMapping(join(dir, name), 'SurveyXact: labels give the frequencies and "vet ikke"; roster rows matched by name', {
    respondent: { column: 'b_id', match: 'id' },
    roster: { questions: ['s_10'], match: 'name' },
    ratings: Object.fromEntries(d.ratings.map((q, n) => [q.id, `s_${n + 1}`])),
    texts: Object.fromEntries(d.texts.map((q, n) => [q.id, `s_${n + 11}`])),
    political: { questions: ['s_20'], layout: 'checkbox' },
  });
}

/** One workbook; the dataset split over `Dataset` and `Dataset(1)`, joined on respondentid. */
export function writeSurveyXactXlsx(d: DemoKommune, dir: string): Written {
  const { key, roster, rest } = surveyXactVariables(d);
  const half = Math.ceil(roster.length / 2);
  const t = sxTables(d, [...key, ...rest, ...roster]);
  const file = join(dir, 'surveyxact.xlsx');
  writeFileSync(
    file,
    writeXlsx([
      { name: 'Labels', rows: t.labels },
      { name: 'Dataset', rows: t.dataset([...key, ...rest, ...roster.slice(0, half)]) },
      { name: 'Dataset(1)', rows: t.dataset(roster.slice(half)) },
      { name: 'Structure', rows: t.structure },
    ]),
  );
  return { files: [file], mapping: surveyXactMapping(dir, d, 'surveyxact.yaml') };
}

/** Three CSV files, tab-separated UTF-16LE with BOM. */
export function writeSurveyXactCsv(d: DemoKommune, dir: string): Written {
  const { key, roster, rest } = surveyXactVariables(d);
  const t = sxTables(d, [...key, ...rest, ...roster]);
  const utf16 = (rows: (string | number)[][]) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(toCsv(rows, '\t'), 'utf16le')]);
  const files = [join(dir, 'dataset.csv'), join(dir, 'structure.csv'), join(dir, 'labels.csv')];
  writeFileSync(files[0]!, utf16(t.dataset([...key, ...rest, ...roster])));
  writeFileSync(files[1]!, utf16(t.structure));
  writeFileSync(files[2]!, utf16(t.labels));
  return { files, mapping: surveyXactMapping(dir, d, 'surveyxact-csv.yaml') };
}

function questbackRows(d: DemoKommune): string[][] {
  const { persons, kommune, ratings, texts } = d;
  const header = ['Respondent', 'Nokkel', ...ratings.map((q) => q.id), ...texts.map((q) => q.id), ...persons.map((p) => `kontakt_${p.id}`)];
  for (const b of kommune.politicalBodies) d.types.forEach((_, ti) => header.push(`politikk_${b.id}_${ti + 1}`));
  return [
    header,
    ...d.responses.map((r, i) => [
      String(i + 1),
      r.id,
      ...ratings.map((q) => (r.ratings[q.id] === 'vet_ikke' ? 'Vet ikke' : ratingText(r.ratings[q.id]))),
      ...texts.map((q) => r.texts[q.id] ?? ''),
      ...persons.map((p) => ((f) => (f && p.id !== r.id ? FREQUENCY_TEXT[f] : ''))(d.frequency(r.id, p.id))),
      ...kommune.politicalBodies.flatMap((b) => d.types.map((t) => (d.political(r.id, b.id, t) ? TYPE_TEXT[t] : ''))),
    ]),
  ];
}

function questbackMapping(dir: string, d: DemoKommune, name: string): string {
  return writeMapping(join(dir, name), 'Questback: option texts exported; variables named after persons.csv ids', {
    respondent: { column: 'Nokkel', match: 'id' },
    roster: { questions: ['kontakt'], match: 'id' },
    ratings: Object.fromEntries(d.ratings.map((q) => [q.id, q.id])),
    texts: Object.fromEntries(d.texts.map((q) => [q.id, q.id])),
    political: { questions: ['politikk'], layout: 'checkbox', types: Object.fromEntries(d.types.map((t, i) => [t, [String(i + 1)]])) },
  });
}

export function writeQuestbackCsv(d: DemoKommune, dir: string): Written {
  const file = join(dir, 'questback.csv');
  writeFileSync(file, `\uFEFF${toCsv(questbackRows(d), ',')}`);
  return { files: [file], mapping: questbackMapping(dir, d, 'questback.yaml') };
}

export function writeQuestbackXlsx(d: DemoKommune, dir: string): Written {
  const file = join(dir, 'questback.xlsx');
  writeFileSync(file, writeXlsx([{ name: 'Data', rows: questbackRows(d) }, { name: 'Rapport', rows: [['Antall svar', d.responses.length]] }]));
  return { files: [file], mapping: questbackMapping(dir, d, 'questback-xlsx.yaml') };
}
