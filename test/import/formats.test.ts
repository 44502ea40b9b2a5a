// The tricky parts of each tool's layout, on small hand-made exports: Qualtrics' header rows and
// comma-joined answers, SurveyXact's several Dataset sheets and UTF-16 files, delimiters, and workbooks
// crafted to harm (zip bomb, entities).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { writeXlsx, zip } from '../../scripts/exports/xlsx-writer.ts';
import { CodeMap, splitJoined } from '../../src/import/codes.ts';
import { delimitedTable, sniffDelimiter } from '../../src/import/read-table.ts';
import { readWorkbook, zipGuard } from '../../src/import/xlsx.ts';
import { cleanup, file, PERSONS, problemsOf, run, study } from './helpers.ts';

afterAll(cleanup);
const read = (root: string, name: string): string => readFileSync(join(root, 'kommuner/testby', name), 'utf8');

describe('import: Qualtrics', () => {
  const rows = [
    ['ResponseId', 'ExternalReference', 'Q1', 'Q2_1', 'Q2_2', 'Q3_1', 'Q4_1'],
    ['Response ID', 'External Data Reference', 'Hvor godt?', 'Kontakt? - Kari Nordmann', 'Kontakt? - Ola Hansen', 'Kontakt? - Per Berg', 'Politikk? - Formannskapet'],
    ['{"ImportId":"_recordId"}', '{"ImportId":"externalDataReference"}', '{"ImportId":"QID1"}', '{"ImportId":"QID2_1"}', '{"ImportId":"QID2_2"}', '{"ImportId":"QID3_1"}', '{"ImportId":"QID4_1"}'],
    ['R_1', 'p1', '5', '', 'Daglig', 'Ukentlig', 'Gir informasjon, muntlig,Faglig diskusjon'],
    ['R_2', 'p2', '7', 'Sjeldnere', '', '', ''],
  ];
  const mapping = `respondent: { column: ExternalReference }
roster: { questions: [Q2, Q3], match: name }
ratings: { samordning: { column: Q1, dontKnow: 7 } }
political: { questions: [Q4], layout: joined, types: { gir_informasjon: "Gir informasjon, muntlig" } }
`;
  const csv = (cells: string[][]) => cells.map((r) => r.map((c) => (/[,"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n');

  it('skips the three header rows, spans the roster over two questions, splits joined answers whose choices hold commas', async () => {
    const root = study(PERSONS);
    const result = await run(root, 'qualtrics', [file(root, 'q.csv', `\uFEFF${csv(rows)}\n`)], file(root, 'm.yaml', mapping));
    expect(read(root, 'responses.csv')).toBe('id;samordning;styrker\np1;5;\np2;vet ikke;\n');
    expect(read(root, 'contacts.csv')).toBe('from;to;frequency\np1;p2;daglig\np1;p3;ukentlig\np2;p1;sjeldnere\n');
    expect(read(root, 'political.csv')).toBe('person;body;type\np1;formannskap;gir_informasjon\np1;formannskap;faglig_diskusjon\n');
    expect(result.converted.report.rows).toBe(2);
  });

  it('reads the TSV export (UTF-16LE with BOM, tab-separated) the same', async () => {
    const root = study(PERSONS);
    const tsv = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rows.map((r) => r.join('\t')).join('\r\n'), 'utf16le')]);
    await run(root, 'qualtrics', [file(root, 'q.tsv', tsv)], file(root, 'm.yaml', mapping));
    expect(read(root, 'contacts.csv')).toBe('from;to;frequency\np1;p2;daglig\np1;p3;ukentlig\np2;p1;sjeldnere\n');
  });

  it('a roster row in two questions, and a choice nobody mapped, are located errors', async () => {
    const root = study(PERSONS);
    const bad = rows.map((r, i) => (i === 1 ? r.map((c) => c.replace('Per Berg', 'Ola Hansen')) : i === 3 ? r.map((c) => c.replace('Faglig diskusjon', 'Annet')) : r));
    const problems = await problemsOf(run(root, 'qualtrics', [file(root, 'q.csv', csv(bad))], file(root, 'm.yaml', mapping)));
    expect(problems[0]).toMatch(/q\.csv:1:6: roster row "Q3_1" is the same person as "Q2_2"\.$/);
    expect(problems).toContainEqual(expect.stringMatching(/q\.csv:4:7: column "Q4_1": unknown code "Annet" \(known: gir_informasjon = "Gir informasjon, muntlig" or /));
  });

  it('splitJoined takes the longest known choice at each place', () => {
    const map = new CodeMap('type', { a: ['x, y'], b: ['x'], c: ['y'] });
    expect(splitJoined('x, y,y', map)).toEqual({ values: ['a', 'c'] });
    expect(splitJoined('x,z', map)).toEqual({ values: ['b'], unknown: 'z' });
  });
});

describe('import: SurveyXact', () => {
  const structure = [
    ['variableName', 'questionText', 'choiceValue', 'choiceText'],
    ...['Kari Nordmann', 'Ola Hansen', 'Per Berg'].flatMap((name, i) => [1, 2, 3, 4, 5].map((v) => [`s_2_${i + 1}`, `Hvor ofte? - ${name}`, v, ['Daglig', 'Ukentlig', 'Månedlig', 'Sjeldnere', 'Aldri'][v - 1]!])),
  ];
  const labels = [['variableName', 'value', 'label'], ['s_1', 9, 'Vet ikke'], ['b_key', 'x', 'y']];
  const mapping = 'respondent: { column: b_key }\nroster: { questions: [s_2], match: name }\nratings: { samordning: s_1 }\n';

  it('stacks Dataset and Dataset(2) of one header, joins Dataset(1) of other columns on respondentid', async () => {
    const root = study(PERSONS);
    const book = writeXlsx([
      { name: 'Dataset', rows: [['respondentid', 'b_key', 's_1'], [1, 'p1', 9], [2, 'p2', 3]] },
      { name: 'Dataset(1)', rows: [['respondentid', 's_2_1', 's_2_2', 's_2_3'], [2, 4, '', 5], [1, '', 1, 2], [3, '', 3, '']] },
      { name: 'Dataset(2)', rows: [['respondentid', 'b_key', 's_1'], [3, 'p3', 6]] },
      { name: 'Structure', rows: structure },
      { name: 'Labels', rows: labels },
    ]);
    await run(root, 'surveyxact', [file(root, 'sx.xlsx', book)], file(root, 'm.yaml', mapping));
    expect(read(root, 'responses.csv')).toBe('id;samordning;styrker\np1;vet ikke;\np2;3;\np3;6;\n');
    expect(read(root, 'contacts.csv')).toBe('from;to;frequency\np1;p2;daglig\np1;p3;ukentlig\np2;p1;sjeldnere\np2;p3;aldri\np3;p2;månedlig\n');
  });

  it('reads the CSV files in Windows-1252 with ";" (æøå survive)', async () => {
    const root = study(PERSONS);
    const semi = (cells: (string | number)[][]) => iconv.encode(cells.map((r) => r.join(';')).join('\r\n'), 'win1252');
    const files = [
      file(root, 'data.csv', semi([['b_key', 's_1', 's_2_1', 's_2_2'], ['p3', 9, 3, 3]])),
      file(root, 'structure.csv', semi(structure)),
      file(root, 'labels.csv', semi(labels)),
    ];
    await run(root, 'surveyxact', files, file(root, 'm.yaml', mapping));
    expect(read(root, 'contacts.csv')).toBe('from;to;frequency\np3;p1;månedlig\np3;p2;månedlig\n');
  });
});

describe('import: Questback', () => {
  it('joins a workbook whose columns spread over several sheets (the key column repeated), and ignores a report sheet', async () => {
    const root = study(PERSONS);
    const book = writeXlsx([
      { name: 'Data', rows: [['Nokkel', 'samordning', 'kontakt_p1'], ['p2', 'Vet ikke', 'Ukentlig'], ['p1', 3, '']] },
      { name: 'Rapport', rows: [['Antall svar', 2]] },
      { name: 'Data (2)', rows: [['Nokkel', 'kontakt_p2', 'kontakt_p3'], ['p1', 'Daglig', 'Aldri'], ['p2', '', 'Sjeldnere']] },
    ]);
    const mapping = 'respondent: { column: Nokkel }\nroster: { questions: [kontakt] }\nratings: { samordning: samordning }\n';
    await run(root, 'questback', [file(root, 'qb.xlsx', book)], file(root, 'm.yaml', mapping));
    expect(read(root, 'responses.csv')).toBe('id;samordning;styrker\np1;3;\np2;vet ikke;\n');
    expect(read(root, 'contacts.csv')).toBe('from;to;frequency\np1;p2;daglig\np1;p3;aldri\np2;p1;ukentlig\np2;p3;sjeldnere\n');
  });
});

describe('import: the wide-table reader', () => {
  it('finds the delimiter among , ; and tab outside quotes', () => {
    expect(sniffDelimiter('a;b;"c,d,e"')).toBe(';');
    expect(sniffDelimiter('a\tb\t"c;d"')).toBe('\t');
    expect(sniffDelimiter('a,b')).toBe(',');
    expect(delimitedTable('sep=;\na;b\n1;2\n', 'x.csv').tables[0]!.rowNumbers).toEqual([2, 3]);
  });

  it('refuses a zip bomb before the XLSX reader sees it', async () => {
    const huge = Buffer.alloc(4 * 2 ** 20, 0x41);
    const bomb = zip([['xl/worksheets/sheet1.xml', huge]]);
    expect(zipGuard(bomb, { entries: 10, entryBytes: 2 ** 20, totalBytes: 2 ** 21 })).toBe('entry xl/worksheets/sheet1.xml inflates to 4194304 bytes (at most 1048576)');
    expect(zipGuard(bomb)).toBeUndefined();
    // A lying size: declared small, inflating large.
    const liar = Buffer.from(bomb);
    const central = liar.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    liar.writeUInt32LE(1000, central + 24);
    expect(zipGuard(liar)).toMatch(/inflates to more than the 1000 bytes it declares/);
    const { problems } = await readWorkbook(liar, 'bomb.xlsx');
    expect(problems[0]!.message).toMatch(/^workbook not read: entry xl\/worksheets\/sheet1\.xml inflates to more than/);
    expect(deflateRawSync(huge).length).toBeLessThan(10_000);
  });

  it('expands no entity a crafted sheet declares (no XXE, no billion laughs)', async () => {
    const evil = writeXlsxWithDoctype();
    const { sheets } = await readWorkbook(evil, 'evil.xlsx');
    // The cell keeps the references as written (or drops them); it never holds a file or a blow-up.
    const cell = sheets[0]!.rows[0]![0]!;
    expect(cell).not.toContain('root:');
    expect(cell).not.toContain('lollol');
    expect(cell.length).toBeLessThan(20);
  });
});

/** A workbook whose sheet declares an external entity and a nested one, and uses both. */
function writeXlsxWithDoctype(): Buffer {
  const sheet = `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;&lol2;</t></is></c></row></sheetData></worksheet>`;
  const ns = 'http://schemas.openxmlformats.org/';
  return zip([
    ['[Content_Types].xml', Buffer.from(`<?xml version="1.0"?><Types xmlns="${ns}package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`)],
    ['_rels/.rels', Buffer.from(`<?xml version="1.0"?><Relationships xmlns="${ns}package/2006/relationships"><Relationship Id="rId1" Type="${ns}officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)],
    ['xl/workbook.xml', Buffer.from(`<?xml version="1.0"?><workbook xmlns="${ns}spreadsheetml/2006/main" xmlns:r="${ns}officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`)],
    ['xl/_rels/workbook.xml.rels', Buffer.from(`<?xml version="1.0"?><Relationships xmlns="${ns}package/2006/relationships"><Relationship Id="rId1" Type="${ns}officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`)],
    ['xl/worksheets/sheet1.xml', Buffer.from(sheet)],
  ]);
}
