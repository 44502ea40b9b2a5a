// Load stage: CSV text → raw records (string arrays) with the line each record starts on.

import { parse, type CsvError } from 'csv-parse/sync';
import type { Problem } from '../errors.ts';
import * as msg from '../validate/messages.ts';

export interface RawRecord {
  /** Line in the parsed text where the record starts, counted from 1. */
  line: number;
  fields: string[];
}

export interface ParsedRecords {
  records: RawRecord[];
  problems: Problem[];
}

/**
 * Parses `text` (line breaks already `\n`) with csv-parse. Ragged rows are allowed here and
 * judged by the caller; a record csv-parse cannot read (an unclosed quote) becomes a located
 * problem and the records around it are kept.
 */
export function parseRecords(text: string, delimiter: string, file: string, lineOffset: number): ParsedRecords {
  if (!text.includes('"')) return { records: splitUnquoted(text, delimiter, lineOffset), problems: [] };
  const problems: Problem[] = [];
  const records: RawRecord[] = [];
  parse(text, {
    delimiter,
    record_delimiter: '\n',
    relax_column_count: true,
    // A stray quote inside an unquoted field (`5" skjerm`) is kept as written.
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    raw: true,
    on_skip: (error, raw) => {
      problems.push(skipProblem(error, raw ?? '', file, lineOffset));
      return undefined;
    },
    // Collected here rather than returned, so each record keeps its start line.
    // With `raw`, csv-parse hands over { record, raw }.
    on_record: (record, context) => {
      const { record: fields, raw } = record as unknown as { record: string[]; raw: string };
      records.push({ line: startLine(context.lines, raw) + lineOffset, fields });
      return null;
    },
  });
  return { records, problems };
}

/**
 * A text without a quote character, as csv-parse reads it with the options above (each non-empty
 * line one record, fields split at the delimiter), without its per-record bookkeeping: contacts.csv
 * of a study of 100,000 persons has over half a million rows (bench, "check:data").
 */
function splitUnquoted(text: string, delimiter: string, lineOffset: number): RawRecord[] {
  const records: RawRecord[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line !== '') records.push({ line: i + 1 + lineOffset, fields: line.split(delimiter) });
  }
  return records;
}

function skipProblem(error: CsvError | undefined, raw: string, file: string, lineOffset: number): Problem {
  const endLine = typeof error?.lines === 'number' ? error.lines : undefined;
  const line = endLine === undefined ? undefined : startLine(endLine, raw) + lineOffset;
  const message =
    error?.code === 'CSV_QUOTE_NOT_CLOSED'
      ? msg.csvQuoteNotClosed()
      : msg.csvUnreadable((error?.message ?? '').replace(/ at line \d+/, ''));
  return { source: { file, line }, message, value: firstLine(raw), fix: msg.fixCsvQuote };
}

function firstLine(raw: string): string {
  return raw.replace(/^\n+/, '').split('\n')[0] ?? '';
}

/** csv-parse counts the line a record ends on; step back over the line breaks inside it. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
  let breaks = 0;
  for (const char of body) if (char === '\n') breaks++;
  return endLine - breaks;
}
