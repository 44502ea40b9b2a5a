// The loader on random input (fast-check): random bytes and random, almost valid data sets never
// crash it. It returns, or throws a KommunenotatError of kind 'data' whose every problem names its file
// and (unless it is about the whole file) a line that exists; no message repeats a person's name.

import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, KommunenotatError, type Problem } from '../../src/errors.ts';
import { decodeBytes } from '../../src/load/decode.ts';
import { parseCsvText } from '../../src/load/read-csv.ts';
import { computeKommuneMetrics } from '../../src/metrics/index.ts';
import type { StudyConfig } from '../../src/types.ts';
import { readKommune } from '../../src/validate/kommune.ts';
import { readStudyConfig } from '../../src/validate/study-config.ts';
import { STUDY, KOMMUNE } from '../validate/data-set.ts';

const root = mkdtempSync(join(tmpdir(), 'kommunenotat-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'kommuner', 'testby'), { recursive: true });
writeFileSync(join(root, 'study.yaml'), STUDY);
writeFileSync(join(root, 'kommuner', 'testby', 'kommune.yaml'), KOMMUNE);
const config: StudyConfig = readStudyConfig(root);

/** Problems about a whole file: the only ones without a line. */
const WHOLE_FILE = /^(file not found|file is empty|no persons|no respondents|no contacts)/;

function checkProblems(problems: Problem[], texts: Record<string, string>): void {
  for (const problem of problems) {
    expect(problem.source.file, problem.message).toMatch(/\S/);
    if (problem.source.line === undefined) {
      expect(problem.message).toMatch(WHOLE_FILE);
      continue;
    }
    const text = texts[problem.source.file];
    const lineCount = text === undefined ? Infinity : text.replace(/\r\n?/g, '\n').split('\n').length;
    expect(problem.source.line).toBeGreaterThanOrEqual(1);
    expect(problem.source.line).toBeLessThanOrEqual(lineCount);
    if (problem.source.column !== undefined) expect(problem.source.column).toBeGreaterThanOrEqual(1);
    expect(formatProblem(problem)).toMatch(/^\S+:\d+(:\d+)?: /);
  }
}

describe('CSV loading of random bytes', () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 400 }),
    // Bytes that look like CSV: delimiters, quotes, line breaks, BOMs, æøå in several encodings.
    fc
      .array(fc.constantFrom('id', 'from', ';', ',', '"', '\n', '\r\n', '\r', 'p1', ' ', 'å', 'ø', '\uFEFF', 'sep=;', '\u0000', '""'), { maxLength: 120 })
      .chain((parts) =>
        fc.constantFrom('utf8', 'win1252', 'utf16le', 'utf16be').map((enc) => {
          const text = parts.join('');
          const body = iconv.encode(text, enc);
          return enc.startsWith('utf16') && text.length % 2 === 0 ? Buffer.concat([iconv.encode('\uFEFF', enc), body]) : body;
        }),
      ),
  );

  it('decodes and parses without throwing; every problem is located', () => {
    fc.assert(
      fc.property(bytes, (input) => {
        const { text, encoding } = decodeBytes(input);
        const { table, problems } = parseCsvText(text, 'x.csv', encoding);
        checkProblems(problems, { 'x.csv': text });
        if (table) for (const row of table.rows) expect(row.line).toBeGreaterThan(table.headerLine);
      }),
      { numRuns: 300, seed: 6 },
    );
  });
});

// ---- random, almost valid data sets ----------------------------------------------------------

const NAMES = ['Åse Ødegård', 'Bjørn Ærø', 'Kari Nordmann', 'Øystein Å', 'Anne-Lise Bø', 'Per Hansen'];
const ID = fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'P1', 'p 6', 'p7\u200B', '', 'Kari Nordmann');
const FUNCTIONS = fc.constantFrom('okonomi', 'tildeling', 'Økonomi', 'okonomi|tildeling', 'bolig', '', ' tildeling ');
const RATING = fc.constantFrom('1', '3', '6', 'vet ikke', 'Vet_ikke', '', '0', '7', '3,5', 'tre');
const TEXT = fc.constantFrom('', 'God dialog', 'To\nlinjer', 'Han sa "nei"', 'a;b,c', 'Kari Nordmann sa ja', '<b>&</b>');
const FREQ = fc.constantFrom('daglig', 'ukentlig', 'månedlig', 'manedlig', ' SJELDNERE', 'aldri', 'ukenlig', '');
const BODY = fc.constantFrom('formannskap', 'ordforer', 'Formannskap', 'bystyre', '');
const TYPE = fc.constantFrom('gir_informasjon', 'får_informasjon', 'Politisk diskusjon', 'prat');

interface Options {
  delimiter: ';' | ',';
  encoding: 'utf8' | 'utf8bom' | 'win1252' | 'utf16le';
  sep: boolean;
  crlf: boolean;
}

const options: fc.Arbitrary<Options> = fc.record({
  delimiter: fc.constantFrom(';', ','),
  encoding: fc.constantFrom('utf8', 'utf8bom', 'win1252', 'utf16le'),
  sep: fc.boolean(),
  crlf: fc.boolean(),
});

function csv(header: string[], rows: string[][], o: Options): { text: string; bytes: Buffer } {
  const quote = (v: string) => (/[;,"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const nl = o.crlf ? '\r\n' : '\n';
  const lines = [header.join(o.delimiter), ...rows.map((r) => r.map(quote).join(o.delimiter))];
  const text = (o.sep ? `sep=${o.delimiter}${nl}` : '') + lines.join(nl) + nl;
  const bytes =
    o.encoding === 'utf8' ? Buffer.from(text)
    : o.encoding === 'utf8bom' ? Buffer.from(`\uFEFF${text}`)
    : o.encoding === 'win1252' ? iconv.encode(text.replace(/\u200B/g, ''), 'win1252')
    : Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
  return { text: o.encoding === 'win1252' ? text.replace(/\u200B/g, '') : text, bytes };
}

const almostValid = fc.record({
  persons: fc.array(fc.tuple(ID, FUNCTIONS, fc.constantFrom(...NAMES, '')), { maxLength: 8 }),
  responses: fc.array(fc.tuple(ID, RATING, TEXT), { maxLength: 6 }),
  contacts: fc.array(fc.tuple(ID, ID, FREQ), { maxLength: 10 }),
  political: fc.array(fc.tuple(ID, BODY, TYPE), { maxLength: 4 }),
  options,
});

/** Valid data sets (so the success path, with metrics, is exercised too), in any encoding and delimiter. */
const valid = fc.integer({ min: 1, max: 6 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `p${i + 1}`);
  const id = fc.constantFrom(...ids);
  return fc.record({
    persons: fc.tuple(...ids.map((pid) => fc.tuple(fc.constant(pid), FUNCTIONS.filter((f) => f.trim() !== '' && f !== 'bolig'), fc.constantFrom(...NAMES, '')))),
    responses: fc.uniqueArray(id, { minLength: 1, maxLength: n }).chain((rs) =>
      fc.tuple(...rs.map((r) => fc.tuple(fc.constant(r), RATING.filter((v) => !['0', '7', '3,5', 'tre'].includes(v)), TEXT)))),
    contacts: fc.array(fc.tuple(id, id, FREQ.filter((f) => f !== 'ukenlig' && f !== '')), { maxLength: 10 }),
    political: fc.constant([] as [string, string, string][]),
    options,
  }).map((d) => {
    const respondents = new Set(d.responses.map(([r]) => r));
    return { ...d, contacts: d.contacts.filter(([a, b]) => a !== b && respondents.has(a)) };
  });
});

const dataSets = fc.oneof(almostValid, valid);

describe('readKommune on random, almost valid data sets', () => {
  it('returns, or throws a located data error that never repeats a name', () => {
    const dir = join(root, 'kommuner', 'testby');
    let failed = 0;
    let built = 0;
    fc.assert(
      fc.property(dataSets, (d) => {
        const files = {
          'persons.csv': csv(['id', 'functions', 'name'], d.persons, d.options),
          'responses.csv': csv(['id', 'samordning', 'styrker'], d.responses, d.options),
          'contacts.csv': csv(['from', 'to', 'frequency'], d.contacts, d.options),
          'political.csv': csv(['person', 'body', 'type'], d.political, d.options),
        };
        const texts: Record<string, string> = {};
        for (const [name, { text, bytes }] of Object.entries(files)) {
          writeFileSync(join(dir, name), bytes);
          texts[join(dir, name)] = text;
        }
        try {
          const { kommune, warnings } = readKommune(root, config, 'testby');
          checkProblems(warnings, texts);
          computeKommuneMetrics(config, kommune); // what loads can be measured
          built++;
        } catch (error) {
          if (!(error instanceof KommunenotatError)) throw error;
          expect(error.kind).toBe('data');
          expect(error.problems.length).toBeGreaterThan(0);
          checkProblems(error.problems, texts);
          const printed = error.problems.map(formatProblem).join('\n').toLowerCase();
          // Names the tool can know: those in persons.csv's name column.
          for (const [, , name] of d.persons) if (name !== '') expect(printed).not.toContain(name.toLowerCase());
          failed++;
        }
      }),
      { numRuns: 200, seed: 20156 },
    );
    expect(failed).toBeGreaterThan(0);
    expect(built).toBeGreaterThan(0);
  });
});
