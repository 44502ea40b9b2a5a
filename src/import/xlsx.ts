// Import stage: an XLSX workbook → its sheets as rows of strings.
//
// The cells are read by read-excel-file (a reader only; its XML parser expands no DTD and no entity
// beyond XML's five and numeric references, so XXE and "billion laughs" have nothing to act on, and it
// returns arrays, never objects keyed by cell text, so a crafted sheet cannot pollute a prototype).
// It does not bound how much a zip entry inflates to, so before it sees the bytes, zipGuard walks the
// central directory and inflates every entry with a hard output cap: a zip bomb is refused here.

import { inflateRawSync } from 'node:zlib';
import readXlsxFile from 'read-excel-file/node';
import type { Problem } from '../errors.ts';
import * as msg from './messages.ts';

export interface Sheet {
  name: string;
  rows: string[][];
}

/** Refused beyond these: far above any survey export (a 1,000-respondent export is well under 1 MiB). */
export const ZIP_LIMITS = { entries: 2_000, entryBytes: 64 * 2 ** 20, totalBytes: 256 * 2 ** 20 };

export async function readWorkbook(bytes: Buffer, file: string): Promise<{ sheets: Sheet[]; problems: Problem[] }> {
  const refused = zipGuard(bytes);
  if (refused) return { sheets: [], problems: [{ source: { file }, message: msg.workbookRefused(refused) }] };
  try {
    // Numbers are kept as written in the sheet ("-1"): a code is text, not arithmetic. SurveyXact writes
    // whole numbers as "1.0"; they are read as the "1" every other export writes.
    const sheets = await readXlsxFile(bytes, { parseNumber: (text: string) => text.replace(/^(-?\d+)\.0+$/, '$1') });
    return { sheets: sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map(cellText)) })), problems: [] };
  } catch (error) {
    return { sheets: [], problems: [{ source: { file }, message: msg.workbookRefused((error as Error).message) }] };
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().replace('T', ' ').replace(/\.000Z$/, '');
  return String(value);
}

/** Undefined when every entry inflates within the limits to the size it declares; else why not. */
export function zipGuard(bytes: Buffer, limits = ZIP_LIMITS): string | undefined {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > bytes.length) return 'not a zip archive (no end of central directory)';
  const count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  if (count > limits.entries) return `${count} entries in the archive (at most ${limits.entries})`;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) return 'damaged central directory';
    const method = bytes.readUInt16LE(offset + 10);
    const compressed = bytes.readUInt32LE(offset + 20);
    const size = bytes.readUInt32LE(offset + 24);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const local = bytes.readUInt32LE(offset + 42);
    const name = bytes.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
    offset += 46 + nameLength + extraLength + commentLength;
    if (size === 0xffffffff || compressed === 0xffffffff) return `entry ${name} uses ZIP64, which no survey export needs`;
    if (size > limits.entryBytes) return `entry ${name} inflates to ${size} bytes (at most ${limits.entryBytes})`;
    total += size;
    if (total > limits.totalBytes) return `the archive inflates to more than ${limits.totalBytes} bytes`;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) return `entry ${name}: damaged local header`;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + compressed);
    if (method === 0) {
      if (data.length !== size) return `entry ${name} is cut short`;
      continue;
    }
    if (method !== 8) return `entry ${name} uses compression method ${method}`;
    try {
      const out = inflateRawSync(data, { maxOutputLength: size + 1 });
      if (out.length !== size) return `entry ${name} inflates to ${out.length} bytes, not the ${size} it declares`;
    } catch {
      return `entry ${name} inflates to more than the ${size} bytes it declares, or is damaged`;
    }
  }
  return undefined;
}
