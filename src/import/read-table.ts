// Import stage: the one wide-table reader under every tool's format. Bytes → text (UTF-8 ± BOM,
// UTF-16 with BOM, Windows-1252: src/load/decode.ts) → delimiter (`,` `;` or tab, from the header) →
// records (csv-parse, through src/load/parse-records.ts) → a WideTable numbered as a spreadsheet would.

import { readFileSync } from 'node:fs';
import type { Problem } from '../errors.ts';
import { decodeBytes } from '../load/decode.ts';
import { parseRecords } from '../load/parse-records.ts';
import * as msg from './messages.ts';
import type { WideTable } from './model.ts';
import { readWorkbook, type Sheet } from './xlsx.ts';

export interface ReadTables {
  /** One table per CSV file, one per sheet of a workbook (by name). */
  tables: { name: string; rows: string[][]; rowNumbers: number[] }[];
  problems: Problem[];
}

/** Reads one export file: an XLSX workbook (by its zip signature) or delimited text. */
export async function readExportFile(file: string): Promise<ReadTables> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { tables: [], problems: [{ source: { file }, message: code === 'ENOENT' ? msg.exportMissing() : msg.exportUnreadable(String(code)) }] };
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const book = await readWorkbook(bytes, file);
    return { tables: book.sheets.map(sheetTable), problems: book.problems };
  }
  const { text } = decodeBytes(bytes);
  return delimitedTable(text, file);
}

function sheetTable(sheet: Sheet): ReadTables['tables'][number] {
  return { name: sheet.name, rows: sheet.rows, rowNumbers: sheet.rows.map((_, i) => i + 1) };
}

/** Delimited text → rows of fields; a record is numbered as a spreadsheet shows it (header = row 1). */
export function delimitedTable(text: string, file: string): ReadTables {
  let body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const sep = /^"?sep=(.)"?[^\n]*(\n|$)/i.exec(body);
  if (sep) body = body.slice(sep[0].length);
  if (body.trim() === '') return { tables: [], problems: [{ source: { file }, message: msg.exportEmpty() }] };
  const delimiter = sep?.[1] ?? sniffDelimiter(body.split('\n', 1)[0] ?? '');
  const parsed = parseRecords(body, delimiter, file, sep ? 1 : 0);
  const rows = parsed.records.map((r) => r.fields);
  return { tables: [{ name: file, rows, rowNumbers: rows.map((_, i) => i + 1 + (sep ? 1 : 0)) }], problems: parsed.problems };
}

/** `,` `;` or tab: whichever occurs most often outside quotes in the header line (`,` when none does). */
export function sniffDelimiter(headerLine: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char in counts) counts[char]!++;
  }
  return Object.entries(counts).reduce((best, entry) => (entry[1] > best[1] ? entry : best), [',', 0] as [string, number])[0];
}

/**
 * Rows (header first) → a WideTable. `headerRows` > 1 (Qualtrics) keeps the extra header rows out of
 * the answers; they come back in `extraHeader`. Fully empty rows are dropped.
 */
export function toWideTable(
  file: string,
  sheet: string | undefined,
  read: ReadTables['tables'][number],
  headerRows = 1,
): { table: WideTable; extraHeader: string[][] } {
  const header = (read.rows[0] ?? []).map((name) => name.trim());
  const table: WideTable = { file, sheet, header, rows: [] };
  const extraHeader = read.rows.slice(1, headerRows);
  read.rows.slice(headerRows).forEach((cells, i) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    table.rows.push({ row: read.rowNumbers[i + headerRows]!, cells, table });
  });
  return { table, extraHeader };
}
