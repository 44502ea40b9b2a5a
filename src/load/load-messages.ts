// User messages of the loaders' guards: sizes, text files named in the YAML (where they may lie,
// what they must be), control characters. The CSV and YAML messages proper are in
// src/validate/messages.ts.

import { formatBytes, formatCount } from './limits.ts';

export const loadMessages = {
  fileTooLarge: (bytes: number, limit: number) => `file is ${formatBytes(bytes)}; the limit is ${formatBytes(limit)}`,
  fixFileTooLarge: 'Is this the right file? Split it or remove what does not belong in it.',

  csvFieldTooLong: (length: number, limit: number) => `value is ${formatCount(length)} characters long; the limit is ${formatCount(limit)}`,
  yamlScalarTooLong: (key: string, length: number, limit: number) =>
    `${key} is ${formatCount(length)} characters long; the limit is ${formatCount(limit)}`,
  fixTooLong: 'A paste gone wrong? Shorten the value.',

  controlCharacters: (count: number, codes: string[]) =>
    `${formatCount(count)} control ${count === 1 ? 'character' : 'characters'} (${codes.join(', ')}) removed from the values, the first here; they print as nothing`,

  textAbsolute: (name: string, written: string) => `${name}: text file "${written}" is an absolute path`,
  fixTextAbsolute: 'Write the path relative to the YAML file, to a file inside the data set.',
  textOutside: (name: string, written: string, real: string) => `${name}: text file "${written}" lies outside the data set (${real})`,
  fixTextOutside: 'Copy the text into the data set and name it there; symbolic links are followed before this check.',
  textNotRegular: (name: string, written: string, what: string) => `${name}: text file "${written}" is ${what}, not a regular file`,
  fixTextNotRegular: 'Name a Markdown file.',
  textNotText: (name: string, written: string, why: string) => `${name}: "${written}" is not a text file (${why})`,
  fixTextNotText: 'Name a Markdown file saved as text (UTF-8 is best; UTF-16 and Windows-1252 are read too).',
  textTooLarge: (name: string, written: string, bytes: number, limit: number) =>
    `${name}: text file "${written}" is ${formatBytes(bytes)}; the limit is ${formatBytes(limit)}`,
  textUnreadable: (name: string, written: string, code: string) => `${name}: text file "${written}" cannot be read (${code})`,
};

/** `U+0000` for a character. */
export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
