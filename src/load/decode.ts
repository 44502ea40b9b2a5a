// Load stage: turns a file's bytes into text, whatever encoding a spreadsheet or survey tool wrote.

import iconv from 'iconv-lite';
import type { CsvTable } from '../types.ts';

export type Encoding = CsvTable['encoding'];

export interface DecodedText {
  text: string;
  encoding: Encoding;
}

/**
 * UTF-16 with a BOM (or, without one, when the first two bytes hold a NUL), else UTF-8 (BOM stripped) when the bytes are valid UTF-8, else Windows-1252,
 * which is what Norwegian Excel and survey tools write when they do not write UTF-8.
 * Never throws: every byte sequence is valid Windows-1252 for iconv-lite.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) {
    return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  // No BOM, but a NUL byte beside an ASCII one: UTF-16 from a tool that left the BOM out.
  if (buffer.length >= 2 && buffer[0] !== 0 && buffer[1] === 0) {
    return { text: iconv.decode(buffer, 'utf-16le'), encoding: 'utf-16le' };
  }
  if (buffer.length >= 2 && buffer[0] === 0 && buffer[1] !== 0) {
    return { text: iconv.decode(buffer, 'utf-16be'), encoding: 'utf-16be' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(buffer, 'win1252'), encoding: 'windows-1252' };
  }
}
