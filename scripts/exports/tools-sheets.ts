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
  /** questionName, questionType, subType of the Structure sheet. */
  question: string;
  type: 'Closed' | 'Open';
  subType: 'Single' | 'Multiple' | '';
  /** The Structure's questionText and the Variables sheet's description ("<stem> - <row>"). */
  text: string;
  description: string;
  choices: [number, string][];
  value: (r: DemoKommune['responses'][number]) => string | number;
}

const RATING_CHOICES: [number, string][] = [[1, '1'], [2, '2'], [3, '3'], [4, '4'], [5, '5'], [6, '6'], [7, 'Vet ikke']];
const FREQUENCY_CHOICES: [number, string][] = FREQUENCY_ORDER.map((f, i) => [i + 1, FREQUENCY_TEXT[f]]);
const CHECKED: [number, string][] = [[0, 'Ikke valgt'], [1, 'Valgt']];
export const SX_ROSTER = 'Hvor ofte har du kontakt med disse personene?';
export const SX_POLITICAL = 'Kontakt med politikerne';

/**
 * As SurveyXact numbers them: s_1, s_2 … per question; a battery's rows are questions of their own
 * (s_6, s_7 …) tied by their stem text; a select-all question's options are s_<n>_1, s_<n>_2 ….
 */
function surveyXactVariables(d: DemoKommune): { key: SxVariable[]; roster: SxVariable[]; rest: SxVariable[] } {
  const { persons, kommune, ratings, texts } = d;
  let n = 0;
  const key: SxVariable[] = [{ name: 'b_id', question: 'b_id', type: 'Open', subType: '', text: 'Personlig nøkkel', description: 'Personlig nøkkel', choices: [], value: (r) => r.id }];
  const rest: SxVariable[] = [
    ...ratings.map((q): SxVariable => ({ name: `s_${++n}`, question: `s_${n}`, type: 'Closed', subType: 'Single', text: q.text, description: q.text, choices: RATING_CHOICES, value: (r) => (r.ratings[q.id] === 'vet_ikke' ? 7 : r.ratings[q.id] ?? '') })),
    ...texts.map((q): SxVariable => ({ name: `s_${++n}`, question: `s_${n}`, type: 'Open', subType: '', text: q.text, description: q.text, choices: [], value: (r) => r.texts[q.id] ?? '' })),
  ];
  const roster = persons.map((p): SxVariable => {
    const text = `${SX_ROSTER} - ${p.name}`;
    return { name: `s_${++n}`, question: `s_${n}`, type: 'Closed', subType: 'Single', text, description: text, choices: FREQUENCY_CHOICES, value: (r) => ((f) => (f && p.id !== r.id ? FREQUENCY_ORDER.indexOf(f) + 1 : ''))(d.frequency(r.id, p.id)) };
  });
  for (const b of kommune.politicalBodies) {
    const question = `s_${++n}`;
    d.types.forEach((t, ti) =>
      rest.push({ name: `${question}_${ti + 1}`, question, type: 'Closed', subType: 'Multiple', text: `${SX_POLITICAL} - ${b.label}`, description: `${SX_POLITICAL} - ${b.label} - ${TYPE_TEXT[t]}`, choices: CHECKED, value: (r) => (d.political(r.id, b.id, t) ? 1 : 0) }),
    );
  }
  return { key, roster, rest };
}

function sxTables(d: DemoKommune, all: SxVariable[]) {
  const structure: (string | number)[][] = [['questionName', 'variableName', 'questionType', 'subType', 'questionText', 'choiceValue', 'choiceText']];
  const labels: (string | number)[][] = [];
  for (const v of all) {
    // A select-all option's structure row names its option; the others have no choice columns.
    const option = v.subType === 'Multiple' ? Number(v.name.split('_').at(-1)) : undefined;
    structure.push([v.question, v.name, v.type, v.subType, v.text, option ?? '', option === undefined ? '' : v.description.split(' - ').at(-1)!]);
    for (const [value, text] of v.choices) labels.push([v.name, value, text]);
  }
  const variables = [['variableName', 'variableDescription'], ...all.map((v) => [v.name, v.description])];
  const dataset = (vars: SxVariable[]) => [['respondentid', ...vars.map((v) => v.name)], ...d.responses.map((r, i) => [1000 + i, ...vars.map((v) => v.value(r))])];
  return { structure, labels, variables, dataset };
}

function surveyXactMapping(dir: string, d: DemoKommune, name: string): string {
  return writeMapping(join(dir, name), 'SurveyXact: labels give the frequencies and "vet ikke"; the battery and the political questions named by their stem text, roster rows matched by name', {
    respondent: { column: 'b_id', match: 'id' },
    roster: { questions: [SX_ROSTER], match: 'name' },
    ratings: Object.fromEntries(d.ratings.map((q, i) => [q.id, `s_${i + 1}`])),
    texts: Object.fromEntries(d.texts.map((q, i) => [q.id, `s_${d.ratings.length + i + 1}`])),
    political: { questions: [SX_POLITICAL], layout: 'checkbox' },
  });
}

/**
 * One workbook as SurveyXact writes it: Labels (no header row), Variables, Dataset, Complete (not read),
 * Structure; whole numbers as `1.0`. The dataset is split over `Dataset` and `Dataset(1)`, joined on
 * respondentid.
 */
export function writeSurveyXactXlsx(d: DemoKommune, dir: string): Written {
  const { key, roster, rest } = surveyXactVariables(d);
  const half = Math.ceil(roster.length / 2);
  const t = sxTables(d, [...key, ...rest, ...roster]);
  const file = join(dir, 'surveyxact.xlsx');
  const complete = t.dataset([...key, ...rest]).map((row, i) => (i === 0 ? ['respondentid', ...[...key, ...rest].map((v) => v.description)] : row));
  writeFileSync(
    file,
    writeXlsx(
      [
        { name: 'Labels', rows: t.labels },
        { name: 'Variables', rows: t.variables },
        { name: 'Dataset', rows: t.dataset([...key, ...rest, ...roster.slice(0, half)]) },
        { name: 'Dataset(1)', rows: t.dataset(roster.slice(half)) },
        { name: 'Complete', rows: complete },
        { name: 'Structure', rows: t.structure },
      ],
      { decimals: true },
    ),
  );
  return { files: [file], mapping: surveyXactMapping(dir, d, 'surveyxact.yaml') };
}

/** Three CSV files, tab-separated UTF-16LE with BOM (the labels file with a header row). */
export function writeSurveyXactCsv(d: DemoKommune, dir: string): Written {
  const { key, roster, rest } = surveyXactVariables(d);
  const t = sxTables(d, [...key, ...rest, ...roster]);
  const utf16 = (rows: (string | number)[][]) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(toCsv(rows, '\t'), 'utf16le')]);
  const files = [join(dir, 'dataset.csv'), join(dir, 'structure.csv'), join(dir, 'labels.csv')];
  writeFileSync(files[0]!, utf16(t.dataset([...key, ...rest, ...roster])));
  writeFileSync(files[1]!, utf16(t.structure));
  writeFileSync(files[2]!, utf16([['variableName', 'value', 'label'], ...t.labels]));
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
