// Load stage: one YAML file → its plain value, with a way to find where a key was written.

import { readFileSync, statSync } from 'node:fs';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from '../errors.ts';
import type { Source } from '../types.ts';
import * as msg from '../validate/messages.ts';
import { decodeBytes } from './decode.ts';
import { yamlFileTooLarge, yamlScalarsTooLong } from './yaml-limits.ts';

export type YamlPath = readonly (string | number)[];

export interface YamlResult {
  value?: unknown;
  problems: Problem[];
  /** Where the value at `path` was written; the nearest written parent when it is missing. */
  locate: (path: YamlPath) => Source;
}

/** Reads and parses one YAML file. Never throws: a missing file or bad syntax comes back as problems. */
export function readYaml(file: string): YamlResult {
  let bytes: Buffer;
  try {
    // Kind and size first: a FIFO is never opened (it would hang), a huge file never read.
    const stat = statSync(file);
    const refused = stat.isFile() ? yamlFileTooLarge(file, stat.size) : { source: { file }, message: msg.fileUnreadable('not a regular file'), fix: msg.fixFileMissing(file) };
    if (refused) return { problems: [refused], locate: () => ({ file }) };
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? msg.fileMissing() : msg.fileUnreadable(String(code ?? error));
    return { problems: [{ source: { file }, message, fix: msg.fixFileMissing(file) }], locate: () => ({ file }) };
  }
  return parseYamlText(decodeBytes(bytes).text, file);
}

/** The in-memory core of readYaml. */
export function parseYamlText(text: string, file: string): YamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Source => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const locate = (path: YamlPath): Source => locateIn(doc, path, at) ?? { file };
  const problems: Problem[] = doc.errors.map((error) => {
    if (error.code === 'DUPLICATE_KEY') {
      const key = /^(?:"[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(text.slice(error.pos[0]))![0].trim();
      return { source: at(error.pos[0]), message: msg.yamlDuplicateKey(key), value: key, fix: msg.fixYamlDuplicateKey };
    }
    return {
      source: at(error.pos[0]),
      message: msg.yamlSyntax(firstSentence(error.message)),
      fix: error.code === 'TAB_AS_INDENT' ? msg.fixYamlTabs : msg.fixYamlSyntax,
    };
  });
  if (problems.length === 0) problems.push(...yamlScalarsTooLong(doc, at));
  if (problems.length > 0) return { problems, locate };
  return { value: doc.toJS() as unknown, problems, locate };
}

function locateIn(doc: Document, path: YamlPath, at: (offset: number) => Source): Source | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) return at(node.range[0]);
  }
  return undefined;
}

/** yaml's messages repeat the position and quote the source; keep the first line only. */
function firstSentence(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
