// Fixture writers: the demo study as Nettskjema's CSV report, Qualtrics' CSV (three header rows) and a
// plain wide table in Windows-1252, each with the mapping a researcher would write for it.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { FREQUENCY_ORDER, FREQUENCY_TEXT, ratingText, toCsv, TYPE_TEXT, type DemoKommune } from './demo.ts';
import { writeMapping } from './mapping-file.ts';

export interface Written {
  files: string[];
  mapping: string;
}

const FREQUENCY_CODE = (f: string): string => String(FREQUENCY_ORDER.indexOf(f as never) + 1);

/** `;`, every field quoted, UTF-8; codes; one earlier, superseded submission of the first respondent. */
export function writeNettskjema(d: DemoKommune, dir: string): Written {
  const { persons, responses, kommune, ratings, texts } = d;
  const header = ['$submission_id', '$created', 'nokkel', ...ratings.map((q) => q.id), ...texts.map((q) => q.id), ...persons.map((p) => `kontakt.${p.id}`)];
  for (const body of kommune.politicalBodies) d.types.forEach((_, t) => header.push(`politikk.${body.id}.${t + 1}`));
  const rows: string[][] = responses.map((r, i) => [
    String(2_400_000 + i),
    `2015-03-${String(10 + (i % 15)).padStart(2, '0')} 10:${String(i % 60).padStart(2, '0')}:00`,
    r.id,
    ...ratings.map((q) => (r.ratings[q.id] === 'vet_ikke' ? '-1' : ratingText(r.ratings[q.id]))),
    ...texts.map((q) => r.texts[q.id] ?? ''),
    ...persons.map((p) => (p.id === r.id ? '' : (f => (f ? FREQUENCY_CODE(f) : ''))(d.frequency(r.id, p.id)))),
    ...kommune.politicalBodies.flatMap((b) => d.types.map((t) => (d.political(r.id, b.id, t) ? '1' : '0'))),
  ]);
  const first = rows[0]!;
  const superseded = first.map((cell, i) => (i === 0 ? '2399999' : i === 1 ? '2015-03-01 08:00:00' : i < 3 ? cell : ''));
  rows.splice(3, 0, superseded);
  const file = join(dir, 'nettskjema.csv');
  writeFileSync(file, toCsv([header, ...rows], ';', true));
  const mapping = writeMapping(join(dir, 'nettskjema.yaml'), 'Nettskjema: codebook on, the personal key in "nokkel", roster row codes = persons.csv ids', {
    respondent: { column: 'nokkel', match: 'id' },
    submitted: '$created',
    roster: { questions: ['kontakt'], match: 'id' },
    frequencies: { daglig: ['1'], ukentlig: ['2'], månedlig: ['3'], sjeldnere: ['4'], aldri: ['5'] },
    ratings: Object.fromEntries(ratings.map((q) => [q.id, { column: q.id, dontKnow: '-1' }])),
    texts: Object.fromEntries(texts.map((q) => [q.id, q.id])),
    political: { questions: ['politikk'], layout: 'checkbox', types: Object.fromEntries(d.types.map((t, i) => [t, [String(i + 1)]])) },
  });
  return { files: [file], mapping };
}

/** Three header rows, UTF-8 with BOM, `,`; the roster split over two matrix questions; joined choices. */
export function writeQualtrics(d: DemoKommune, dir: string): Written {
  const { persons, responses, kommune, ratings, texts } = d;
  // Q1..Qr the ratings, then the roster in two matrix questions, the texts, the political question.
  const r0 = ratings.length;
  const [qa, qb, qt, qp] = [`Q${r0 + 1}`, `Q${r0 + 2}`, r0 + 3, `Q${r0 + 3 + texts.length}`];
  const half = Math.ceil(persons.length / 2);
  const roster = persons.map((p, i) => ({ p, id: i < half ? `${qa}_${i + 1}` : `${qb}_${i - half + 1}` }));
  const stem = 'Hvor ofte har du kontakt med disse personene i arbeidet med boligsosiale saker?';
  const columns: { id: string; text: string; importId: string; value: (r: (typeof responses)[number], i: number) => string }[] = [
    { id: 'StartDate', text: 'Start Date', importId: 'startDate', value: () => '2015-03-09 09:00:00' },
    { id: 'ResponseId', text: 'Response ID', importId: '_recordId', value: (_, i) => `R_${(1000 + i).toString(36)}` },
    { id: 'RecordedDate', text: 'Recorded Date', importId: 'recordedDate', value: (_, i) => `2015-03-10 10:${String(i).padStart(2, '0')}:00` },
    { id: 'ExternalReference', text: 'External Data Reference', importId: 'externalDataReference', value: (r) => r.id },
    ...ratings.map((q, n) => ({ id: `Q${n + 1}`, text: q.text, importId: `QID${n + 1}`, value: (r: (typeof responses)[number]) => (r.ratings[q.id] === 'vet_ikke' ? '7' : ratingText(r.ratings[q.id])) })),
    ...roster.map(({ p, id }) => ({ id, text: `${stem} - ${p.name}`, importId: `QID${id.slice(1)}`, value: (r: (typeof responses)[number]) => ((f) => (f && p.id !== r.id ? FREQUENCY_TEXT[f] : ''))(d.frequency(r.id, p.id)) })),
    ...texts.map((q, n) => ({ id: `Q${qt + n}`, text: q.text, importId: `QID${qt + n}_TEXT`, value: (r: (typeof responses)[number]) => r.texts[q.id] ?? '' })),
    ...kommune.politicalBodies.map((b, n) => ({
      id: `${qp}_${n + 1}`,
      text: `Hvilken kontakt har du hatt med politikerne om boligsosiale saker? - ${b.label}`,
      importId: `QID${qp.slice(1)}_${n + 1}`,
      value: (r: (typeof responses)[number]) => d.types.filter((t) => d.political(r.id, b.id, t)).map((t) => TYPE_TEXT[t]).join(','),
    })),
  ];
  const rows = [columns.map((c) => c.id), columns.map((c) => c.text), columns.map((c) => JSON.stringify({ ImportId: c.importId })), ...responses.map((r, i) => columns.map((c) => c.value(r, i)))];
  const file = join(dir, 'qualtrics.csv');
  writeFileSync(file, `\uFEFF${toCsv(rows, ',')}`);
  const mapping = writeMapping(join(dir, 'qualtrics.yaml'), `Qualtrics: recode values for ratings, choice text for the roster, the roster in ${qa} and ${qb}`, {
    respondent: { column: 'ExternalReference', match: 'id' },
    submitted: 'RecordedDate',
    roster: { questions: [qa, qb], match: 'name' },
    ratings: Object.fromEntries(ratings.map((q, n) => [q.id, { column: `Q${n + 1}`, dontKnow: '7' }])),
    texts: Object.fromEntries(texts.map((q, n) => [q.id, `Q${qt + n}`])),
    political: { questions: [qp], layout: 'joined' },
  });
  return { files: [file], mapping };
}

/** A plain table in Windows-1252 with `;`: texts for every answer, `x` for a ticked box. */
export function writeWide(d: DemoKommune, dir: string): Written {
  const { persons, responses, kommune, ratings, texts } = d;
  const header = ['id', ...ratings.map((q) => q.id), ...texts.map((q) => q.id), ...persons.map((p) => `kontakt:${p.id}`)];
  for (const body of kommune.politicalBodies) for (const t of d.types) header.push(`politisk:${body.id}:${t}`);
  const rows = responses.map((r) => [
    r.id,
    ...ratings.map((q) => ratingText(r.ratings[q.id])),
    ...texts.map((q) => r.texts[q.id] ?? ''),
    ...persons.map((p) => ((f) => (f && p.id !== r.id ? FREQUENCY_TEXT[f].toLowerCase() : ''))(d.frequency(r.id, p.id))),
    ...kommune.politicalBodies.flatMap((b) => d.types.map((t) => (d.political(r.id, b.id, t) ? 'x' : ''))),
  ]);
  const file = join(dir, 'wide.csv');
  writeFileSync(file, iconv.encode(toCsv([header, ...rows], ';'), 'win1252'));
  const mapping = writeMapping(join(dir, 'wide.yaml'), 'A plain wide table: texts in the cells, ":" between question and row', {
    separator: ':',
    respondent: { column: 'id' },
    roster: { questions: ['kontakt'] },
    ratings: Object.fromEntries(ratings.map((q) => [q.id, q.id])),
    texts: Object.fromEntries(texts.map((q) => [q.id, q.id])),
    political: { questions: ['politisk'] },
  });
  return { files: [file], mapping };
}
