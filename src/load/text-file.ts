// Load stage: one Markdown text file named in study.yaml or kommune.yaml, read like the data files:
// only from inside the data set (symbolic links resolved first), only a regular file (a FIFO or a
// device is refused before it is opened, so nothing hangs), within a size limit, in any encoding
// the CSV files may have (decode.ts), and only when it is text: binary content is refused by name,
// never printed.

import { readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { decodeBytes } from './decode.ts';
import { MAX_TEXT_BYTES } from './limits.ts';
import { codePoint, loadMessages as msg } from './load-messages.ts';

export type TextFileResult =
  | { ok: true; path: string; text: string }
  | { ok: false; missing: boolean; message: string; fix?: string };

/**
 * Reads `written` (as written in `yamlFile`, relative to it) for the YAML key `name`; `root` is
 * the data set, which the file must lie in.
 */
export function readTextFile(root: string, yamlFile: string, written: string, name: string): TextFileResult {
  if (isAbsolute(written)) return { ok: false, missing: false, message: msg.textAbsolute(name, written), fix: msg.fixTextAbsolute };
  const path = join(dirname(yamlFile), written);
  let real: string;
  let stat: Stats;
  try {
    real = realpathSync(path);
    stat = statSync(real);
  } catch {
    return { ok: false, missing: true, message: '' };
  }
  if (!inside(real, realpathOr(root))) return { ok: false, missing: false, message: msg.textOutside(name, written, real), fix: msg.fixTextOutside };
  if (!stat.isFile()) return { ok: false, missing: false, message: msg.textNotRegular(name, written, kindOf(stat)), fix: msg.fixTextNotRegular };
  if (stat.size > MAX_TEXT_BYTES) return { ok: false, missing: false, message: msg.textTooLarge(name, written, stat.size, MAX_TEXT_BYTES) };
  let bytes: Buffer;
  try {
    bytes = readFileSync(real);
  } catch (error) {
    return { ok: false, missing: false, message: msg.textUnreadable(name, written, String((error as NodeJS.ErrnoException).code ?? error)) };
  }
  const { text } = decodeBytes(bytes);
  const why = notText(text);
  if (why) return { ok: false, missing: false, message: msg.textNotText(name, written, why), fix: msg.fixTextNotText };
  return { ok: true, path, text: text.replace(/^\uFEFF/, '') };
}

/** Why decoded content is not text (NUL bytes, other control characters), or undefined. */
export function notText(text: string): string | undefined {
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return `it holds NUL bytes, the first on line ${lineAt(nul)}`;
  const bad = /[\u0001-\u0008\u000B\u000E-\u001F\u007F]/.exec(text);
  return bad ? `it holds the control character ${codePoint(bad[0])} on line ${lineAt(bad.index)}` : undefined;
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a file';
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function inside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
