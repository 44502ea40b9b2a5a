import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/load/decode.ts';
import { parseCsvText, readCsv, sniffDelimiter } from '../../src/load/read-csv.ts';
import { formatProblem } from '../../src/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'read-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

const lines = (text: string) => parseCsvText(text, 'x.csv').table!.rows.map((row) => row.line);

describe('delimiter', () => {
  it('reads ; and , and says which it used', () => {
    const semi = parseCsvText('id;functions\np1;a|b\n', 'x.csv').table!;
    const comma = parseCsvText('id,functions\np1,a|b\n', 'x.csv').table!;
    expect(semi.delimiter).toBe(';');
    expect(comma.delimiter).toBe(',');
    expect(semi.rows[0]!.values).toEqual({ id: 'p1', functions: 'a|b' });
    expect(comma.rows[0]!.values).toEqual({ id: 'p1', functions: 'a|b' });
  });

  it('counts only delimiters outside quotes in the header', () => {
    expect(sniffDelimiter('"a,b,c";d')).toBe(';');
    expect(sniffDelimiter('"a;b;c",d')).toBe(',');
    expect(sniffDelimiter('id')).toBe(',');
  });

  it('keeps commas inside values of a ;-file (decimal commas, text)', () => {
    const table = parseCsvText('id;styrker\np1;Bra, men treg\n', 'x.csv').table!;
    expect(table.rows[0]!.values['styrker']).toBe('Bra, men treg');
  });
});

describe('encodings', () => {
  it('strips the UTF-8 BOM from the first header name', () => {
    const file = write('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id;navn\np1;Åse\n')]));
    const { table, problems } = readCsv(file);
    expect(problems).toEqual([]);
    expect(table!.header).toEqual(['id', 'navn']);
    expect(table!.encoding).toBe('utf-8');
    expect(table!.rows[0]!.values['navn']).toBe('Åse');
  });

  it('reads UTF-8 without BOM', () => {
    const { table } = readCsv(write('utf8.csv', 'id;navn\np1;Bjørn Ærø\n'));
    expect(table!.rows[0]!.values['navn']).toBe('Bjørn Ærø');
  });

  it('reads Windows-1252 so that æøå (and € –) survive', () => {
    const file = write('cp1252.csv', iconv.encode('id;frequency;note\np1;månedlig;Blåbær – ø €\n', 'win1252'));
    const { table, problems } = readCsv(file);
    expect(problems).toEqual([]);
    expect(table!.encoding).toBe('windows-1252');
    expect(table!.rows[0]!.values).toEqual({ id: 'p1', frequency: 'månedlig', note: 'Blåbær – ø €' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const text = 'id;navn\np1;Øystein\n';
    const le = readCsv(write('le.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])));
    const be = readCsv(write('be.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')])));
    expect(le.table!.encoding).toBe('utf-16le');
    expect(be.table!.encoding).toBe('utf-16be');
    expect(le.table!.rows[0]!.values['navn']).toBe('Øystein');
    expect(be.table!.rows[0]!.values['navn']).toBe('Øystein');
  });

  it('reads UTF-16 LE without a BOM', () => {
    const { table } = readCsv(write('le-nobom.csv', iconv.encode('id;navn\np1;Åse\n', 'utf-16le')));
    expect(table!.encoding).toBe('utf-16le');
    expect(table!.rows[0]!.values['navn']).toBe('Åse');
  });

  it('decodes any bytes without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const { text } = decodeBytes(bytes);
        parseCsvText(text, 'x.csv');
      }),
      { numRuns: 300 },
    );
  });
});

describe('lines', () => {
  it("uses Excel's sep= line and keeps the file's own line numbers", () => {
    const { table, problems } = parseCsvText('sep=,\nid,functions\np1,okonomi\np2,x\n', 'x.csv');
    expect(problems).toEqual([]);
    expect(table!.delimiter).toBe(',');
    expect(table!.headerLine).toBe(2);
    expect(table!.rows.map((row) => row.line)).toEqual([3, 4]);
  });

  it('gives a record spanning lines its start line, and the next record its own', () => {
    const text = 'id;styrker\np1;"første\nandre\ntredje"\np2;kort\n';
    expect(lines(text)).toEqual([2, 5]);
    expect(parseCsvText(text, 'x.csv').table!.rows[0]!.values['styrker']).toBe('første\nandre\ntredje');
  });

  it('counts CRLF files and blank lines the same way', () => {
    expect(lines('id;styrker\r\np1;"a\r\nb"\r\n\r\np2;c\r\n')).toEqual([2, 5]);
    expect(lines('id;x\n\n\np1;"\nx"\np2;y')).toEqual([4, 6]);
  });

  it('skips rows whose fields are all empty (Excel writes ;;;)', () => {
    expect(lines('id;x\np1;1\n;\np2;2\n')).toEqual([2, 4]);
  });
});

describe('problems', () => {
  const formatted = (text: string) => parseCsvText(text, 'f.csv').problems.map(formatProblem);

  it('reports a row with too few or too many fields, at its line', () => {
    expect(formatted('id;functions;name\np1;a;A\np2;b\np3;c;C;extra\n')).toEqual([
      'f.csv:3:2: row has 2 fields but the header has 3. Add the missing fields, or quote values that contain the delimiter.',
      'f.csv:4:4: row has 4 fields but the header has 3. Add the missing fields, or quote values that contain the delimiter.',
    ]);
  });

  it('puts the fields of a ragged row on the problem', () => {
    const [few, many] = parseCsvText('id;functions;name\np2;b\np3;c;C;extra\n', 'f.csv').problems;
    expect(few!.value).toBe('p2;b');
    expect(many!.value).toBe('extra');
  });

  it('accepts trailing empty fields that Excel adds', () => {
    expect(formatted('id;functions\np1;a;;\n')).toEqual([]);
  });

  it('keeps a ragged row so later checks can still see its values', () => {
    const table = parseCsvText('id;functions;name\np2;b\n', 'f.csv').table!;
    expect(table.rows[0]!.values).toEqual({ id: 'p2', functions: 'b', name: '' });
  });

  it('reports an empty file', () => {
    expect(formatted('')).toEqual(['f.csv: file is empty; expected a header line. Put the column names on the first line.']);
    expect(formatted('\n\n')).toHaveLength(1);
  });

  it('accepts a header without rows (the validator decides)', () => {
    const { table, problems } = parseCsvText('id;functions\n', 'f.csv');
    expect(problems).toEqual([]);
    expect(table!.rows).toEqual([]);
  });

  it('reports duplicate header names, case-insensitively', () => {
    expect(formatted('id;Name;name\np1;a;b\n')).toEqual([
      'f.csv:1:3: column "name" appears twice (first in column 2). Rename or remove one of them.',
    ]);
  });

  it('trims and lower-cases header names as keys, ignores blank ones', () => {
    const table = parseCsvText(' ID ; From ;;\np1;p2;;\n', 'f.csv').table!;
    expect(table.header).toEqual(['ID', 'From', '', '']);
    expect(table.columns).toEqual({ id: 1, from: 2 });
    expect(table.rows[0]!.values).toEqual({ id: 'p1', from: 'p2' });
  });

  it('reports an unclosed quote at the line where its record starts, keeping the rows before', () => {
    const { table, problems } = parseCsvText('id;styrker\np1;ok\np2;"aldri lukket\np3;x\n', 'f.csv');
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^f\.csv:3: a quote opened in this record is never closed\. /),
    ]);
    expect(problems[0]!.value).toBe('p2;"aldri lukket');
    expect(table!.rows.map((row) => row.values['id'])).toEqual(['p1']);
  });

  it('keeps a stray quote inside an unquoted field as written', () => {
    const table = parseCsvText('id;styrker\np1;5" skjerm\n', 'f.csv').table!;
    expect(table.rows[0]!.values['styrker']).toBe('5" skjerm');
  });

  it('reports a missing file by its path', () => {
    const file = join(dir, 'nope.csv');
    expect(readCsv(file).problems.map(formatProblem)).toEqual([`${file}: file not found. Create ${file}; see docs/data-format.md.`]);
  });
});

describe('tab-separated files and control characters', () => {
  it("reads Excel's \"Unicode text\": UTF-16 LE with BOM, tab-separated", () => {
    const text = 'id\tfunctions\tname\r\np01\tdrift|økonomi\t\r\np02\ttildeling\t\r\n';
    const file = write('persons-unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]));
    const { table, problems } = readCsv(file);
    expect(problems).toEqual([]);
    expect(table!.delimiter).toBe('\t');
    expect(table!.encoding).toBe('utf-16le');
    expect(table!.rows.map((row) => row.values)).toEqual([
      { id: 'p01', functions: 'drift|økonomi', name: '' },
      { id: 'p02', functions: 'tildeling', name: '' },
    ]);
  });

  it('prefers ; and , over a tab inside a header', () => {
    expect(sniffDelimiter('id;functions;navn\tfull')).toBe(';');
    expect(sniffDelimiter('id\tfunctions\tname')).toBe('\t');
  });

  it('removes NUL and other control characters from quoted answers, with one located warning', () => {
    const { table, problems } = parseCsvText('id;styrker\np1;"God\u0000 dialog\u0007"\np2;"linje 1\nlinje\u0000 2"\n', 'responses.csv');
    expect(table!.rows.map((row) => row.values.styrker)).toEqual(['God dialog', 'linje 1\nlinje 2']);
    expect(problems.map(formatProblem)).toEqual([
      'responses.csv:2:2: warning: 3 control characters (U+0000, U+0007) removed from the values, the first here; they print as nothing.',
    ]);
  });

  it('a field beyond 100,000 characters is a located error, not a crash, and is not kept', () => {
    const { table, problems } = parseCsvText(`id;styrker\np1;${'x'.repeat(100_001)}\n`, 'responses.csv');
    expect(problems.map(formatProblem)).toEqual([
      'responses.csv:2:2: value is 100,001 characters long; the limit is 100,000. A paste gone wrong? Shorten the value.',
    ]);
    expect(table!.rows[0]!.values.styrker).toBe('');
  });
});
