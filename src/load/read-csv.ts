// Load stage: one CSV file → a CsvTable of raw strings, each row knowing the line it starts on.
// Steps: read bytes → decode → Excel's `sep=` line → sniff delimiter → parse → header → rows.

import { readFileSync, statSync } from 'node:fs';
import type { Problem } from '../errors.ts';
import type { CsvRow, CsvTable } from '../types.ts';
import * as msg from '../validate/messages.ts';
import { decodeBytes, type Encoding } from './decode.ts';
import { MAX_CSV_BYTES, MAX_CSV_FIELD } from './limits.ts';
import { codePoint, loadMessages } from './load-messages.ts';
import { parseRecords, type RawRecord } from './parse-records.ts';

export interface CsvResult {
  table?: CsvTable;
  problems: Problem[];
}

/** Reads and parses one CSV file. Never throws for bad bytes or bad CSV: problems come back located. */
export function readCsv(file: string): CsvResult {
  let bytes: Buffer;
  try {
    // Size and kind first: a huge file is refused unread, a FIFO is never opened (it would hang).
    const stat = statSync(file);
    if (!stat.isFile()) return { problems: [{ source: { file }, message: loadMessages.textNotRegular('the data file', file, stat.isDirectory() ? 'a folder' : 'special'), fix: msg.fixFileMissing(file) }] };
    if (stat.size > MAX_CSV_BYTES) return { problems: [{ source: { file }, message: loadMessages.fileTooLarge(stat.size, MAX_CSV_BYTES), fix: loadMessages.fixFileTooLarge }] };
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? msg.fileMissing() : msg.fileUnreadable(String(code ?? error));
    return { problems: [{ source: { file }, message, fix: msg.fixFileMissing(file) }] };
  }
  const { text, encoding } = decodeBytes(bytes);
  return parseCsvText(text, file, encoding);
}

/** The in-memory core of readCsv: decoded text → table. */
export function parseCsvText(text: string, file: string, encoding: Encoding = 'utf-8'): CsvResult {
  // 1. One kind of line break, so csv-parse and our line counts agree.
  let body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // 2. Excel's `sep=;` first line names the delimiter; the header is on the next line.
  const sep = /^"?sep=(.)"?[^\n]*(\n|$)/i.exec(body);
  const lineOffset = sep ? 1 : 0;
  if (sep) body = body.slice(sep[0].length);
  if (body.trim() === '') return { problems: [{ source: { file }, message: msg.csvEmpty(), fix: msg.fixCsvEmpty }] };
  // 3. Delimiter from the `sep=` line or the header line; a `sep=` line the header contradicts is reported.
  const problems: Problem[] = [];
  const delimiter = chooseDelimiter(sep?.[1], firstLine(body), file, problems);
  // 4. Records with their start lines; overlong fields and control characters dealt with at once.
  const parsed = parseRecords(body, delimiter, file, lineOffset);
  problems.push(...parsed.problems);
  guardFields(parsed.records, file, problems);
  const [headerRecord, ...records] = parsed.records;
  if (!headerRecord) {
    problems.push({ source: { file }, message: msg.csvEmpty(), fix: msg.fixCsvEmpty });
    return { problems };
  }
  // 5. Header, then rows keyed by it.
  const header = headerRecord.fields.map((name) => name.trim());
  const columns = headerColumns(header, headerRecord.line, file, problems);
  const rows: CsvRow[] = [];
  const kept = records.filter((record) => !record.fields.every((field) => field.trim() === ''));
  const extraIsHabit = kept.every((record) => record.fields.length > header.length);
  const otherDelimiter: RawRecord[] = [];
  for (const record of kept) {
    if (repeatsHeader(record, header)) {
      problems.push(headerRepeatProblem(record, file));
      continue;
    }
    const resplit = resplitRow(record, header.length, delimiter);
    if (resplit) {
      otherDelimiter.push(record);
      rows.push({ line: record.line, values: rowValues(resplit, columns) });
      continue;
    }
    checkRowLength(record, header.length, delimiter, extraIsHabit, file, problems);
    rows.push({ line: record.line, values: rowValues(record.fields, columns) });
  }
  if (otherDelimiter.length > 0) problems.push(otherDelimiterProblem(otherDelimiter, delimiter, file));
  const table: CsvTable = { file, header, columns, rows, delimiter, encoding, headerLine: headerRecord.line };
  return { table, problems };
}

/**
 * `;`, `,` or a tab (Excel's "Unicode text" export), whichever occurs most often outside quotes in
 * the header line; `;` before `,` on a tie; `,` when there is none.
 */
export function sniffDelimiter(headerLine: string): ';' | ',' | '\t' {
  let semicolons = 0;
  let commas = 0;
  let tabs = 0;
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === '\t') tabs++;
  }
  if (tabs > semicolons && tabs > commas) return '\t';
  return semicolons >= commas && semicolons > 0 ? ';' : ',';
}

/** Control characters that print as nothing; tab and line breaks are kept. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * A field longer than MAX_CSV_FIELD is a located error (and emptied, so nothing downstream pays
 * for it); control characters (NUL and the like, from broken exports) are removed from every
 * field, so they never reach a message or the note, with one located warning per file.
 */
function guardFields(records: RawRecord[], file: string, problems: Problem[]): void {
  let removed = 0;
  const codes = new Set<string>();
  let first: { line: number; column: number } | undefined;
  for (const record of records) {
    record.fields.forEach((field, index) => {
      if (field.length > MAX_CSV_FIELD) {
        problems.push({ source: { file, line: record.line, column: index + 1 }, message: loadMessages.csvFieldTooLong(field.length, MAX_CSV_FIELD), fix: loadMessages.fixTooLong });
        record.fields[index] = '';
        return;
      }
      if (!CONTROL.test(field)) return;
      CONTROL.lastIndex = 0;
      record.fields[index] = field.replace(CONTROL, (char) => {
        removed++;
        codes.add(codePoint(char));
        return '';
      });
      first ??= { line: record.line, column: index + 1 };
    });
  }
  if (first) {
    problems.push({ source: { file, ...first }, message: loadMessages.controlCharacters(removed, [...codes].sort().slice(0, 5)), severity: 'warning' });
  }
}

function firstLine(text: string): string {
  return text.replace(/^\n+/, '').split('\n', 1)[0] ?? '';
}

/** Lower-cased header name → 1-based column of its first occurrence; blank names are ignored. */
function headerColumns(header: string[], line: number, file: string, problems: Problem[]): Record<string, number> {
  const columns: Record<string, number> = {};
  header.forEach((name, index) => {
    const key = name.toLowerCase();
    if (key === '') return;
    if (key in columns) {
      const first = columns[key] as number;
      problems.push({
        source: { file, line, column: index + 1 },
        message: msg.duplicateColumn(name, first),
        value: name,
        fix: msg.fixDuplicateColumn,
      });
      return;
    }
    columns[key] = index + 1;
  });
  return columns;
}

/**
 * Too few fields, or extra fields. Trailing empty fields are a tool's habit (Excel, survey exports)
 * only when every row has them; one row with an extra empty field more likely holds an unquoted
 * delimiter (`3,5` in a `,` file), which would silently shift its values.
 */
function checkRowLength(
  record: RawRecord,
  expected: number,
  delimiter: string,
  extraIsHabit: boolean,
  file: string,
  problems: Problem[],
): void {
  const count = record.fields.length;
  if (count === expected) return;
  const extra = record.fields.slice(expected);
  if (count > expected && extraIsHabit && extra.every((field) => field.trim() === '')) return;
  const column = count < expected ? Math.max(1, count) : expected + 1;
  problems.push({
    source: { file, line: record.line, column },
    message: msg.raggedRow(count, expected),
    value: (count > expected ? extra : record.fields).join(delimiter),
    fix: msg.fixRaggedRow,
  });
}

function rowValues(fields: string[], columns: Record<string, number>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key in columns) values[key] = fields[columns[key]! - 1] ?? '';
  return values;
}

/** The `sep=` line's delimiter, unless the header plainly uses the other one (then that, reported). */
function chooseDelimiter(sepChar: string | undefined, header: string, file: string, problems: Problem[]): ';' | ',' | '\t' {
  const sniffed = sniffDelimiter(header);
  if (sepChar !== ';' && sepChar !== ',') return sniffed;
  if (sniffed !== sepChar && !header.includes(sepChar) && header.includes(sniffed)) {
    problems.push({ source: { file, line: 1 }, message: msg.sepContradicted(sepChar, sniffed), value: `sep=${sepChar}`, fix: msg.fixSepContradicted(sniffed) });
    return sniffed;
  }
  return sepChar;
}

/** A row that is the header again (two exports pasted together, often with a BOM between them). */
function repeatsHeader(record: RawRecord, header: string[]): boolean {
  // Quick no for an ordinary row (this runs on every row: half a million in a large contacts.csv).
  const first = record.fields.find((field) => field.trim() !== '');
  if (first === undefined || !header.some((name) => name !== '' && name.toLowerCase() === first.trim().toLowerCase())) return false;
  const names = header.map((name) => name.toLowerCase()).filter((name) => name !== '');
  const fields = record.fields.map((field) => field.trim().toLowerCase()).filter((field) => field !== '');
  return names.length > 1 && fields.length === names.length && fields.every((field, i) => field === names[i]);
}

function headerRepeatProblem(record: RawRecord, file: string): Problem {
  const bom = record.fields.some((field) => field.includes('\uFEFF'));
  return { source: { file, line: record.line }, message: msg.headerRepeated(bom), fix: msg.fixHeaderRepeated };
}

/** A row of one field that splits into the header's width on the other delimiter: its fields, else undefined. */
function resplitRow(record: RawRecord, expected: number, delimiter: string): string[] | undefined {
  if (expected < 2 || record.fields.length !== 1) return undefined;
  const other = delimiter === ';' ? ',' : ';';
  const parsed = parseRecords(record.fields[0] as string, other, '', 0).records[0];
  if (!parsed || parsed.fields.length !== expected) return undefined;
  return parsed.fields;
}

function otherDelimiterProblem(records: RawRecord[], delimiter: string, file: string): Problem {
  const other = delimiter === ';' ? ',' : ';';
  const [first, ...rest] = records.map((record) => record.line);
  return {
    source: { file, line: first },
    message: msg.otherDelimiter(other, delimiter, rest),
    fix: msg.fixOtherDelimiter(delimiter),
  };
}
