// Load stage: one YAML file → its plain value, with a way to find where a key was written.
// Syntax errors come with a plain-language hint for the usual causes (an unquoted colon in a value,
// tab indentation, a list item without a space after its dash); unknown tags (`!!js/function`) and
// alias bombs are located problems, never a value that is silently kept or a hang.

import { readFileSync, statSync } from 'node:fs';
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
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
  /** Where the key at `path` was written (for a problem about the key itself); else as `locate`. */
  locateKey: (path: YamlPath) => Source;
}

/** Aliases (`*name`) a file may expand; a study's YAML needs none, an alias bomb needs millions. */
export const MAX_ALIAS_COUNT = 100;

/** Reads and parses one YAML file. Never throws: a missing file or bad syntax comes back as problems. */
export function readYaml(file: string): YamlResult {
  let bytes: Buffer;
  try {
    // Kind and size first: a FIFO is never opened (it would hang), a huge file never read.
    const stat = statSync(file);
    const refused = stat.isFile() ? yamlFileTooLarge(file, stat.size) : { source: { file }, message: msg.fileUnreadable('not a regular file'), fix: msg.fixFileMissing(file) };
    if (refused) return { problems: [refused], locate: () => ({ file }), locateKey: () => ({ file }) };
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? msg.fileMissing() : msg.fileUnreadable(String(code ?? error));
    return { problems: [{ source: { file }, message, fix: msg.fixFileMissing(file) }], locate: () => ({ file }), locateKey: () => ({ file }) };
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
  const locateKey = (path: YamlPath): Source => keyIn(doc, path, at) ?? locate(path);
  const lines = text.split('\n');
  const lineOf = (offset: number): string => lines[at(offset).line! - 1] ?? '';
  // yaml often reports one mistake twice on its line (e.g. a nested mapping and a multi-line key): keep the first.
  const errorLines = new Set<number | undefined>();
  const problems: Problem[] = doc.errors
    .filter((error) => error.code === 'DUPLICATE_KEY' || !errorLines.has(at(error.pos[0]).line) && !!errorLines.add(at(error.pos[0]).line))
    .map((error) => syntaxProblem(error, text, lineOf(error.pos[0]), at(error.pos[0])));
  for (const warning of doc.warnings) {
    if (warning.code !== 'TAG_RESOLVE_FAILED') continue;
    const tag = /^!\S*/.exec(text.slice(warning.pos[0])) ?? [text.slice(warning.pos[0], warning.pos[1])];
    problems.push({ source: at(warning.pos[0]), message: msg.yamlUnknownTag(tag[0]), value: tag[0], fix: msg.fixYamlUnknownTag });
  }
  if (problems.length === 0) problems.push(...yamlScalarsTooLong(doc, at));
  if (problems.length > 0) return { problems, locate, locateKey };
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown, problems, locate, locateKey };
  } catch {
    // yaml throws a ReferenceError for an alias count beyond the limit ("resource exhaustion").
    const alias = /^\s*\S.*\*[^\s,\]}]+/m.exec(text);
    const source = alias ? at(alias.index + alias[0].length - alias[0].trimStart().length) : { file };
    problems.push({ source, message: msg.yamlTooManyAliases(MAX_ALIAS_COUNT), fix: msg.fixYamlTooManyAliases });
    return { problems, locate, locateKey };
  }
}

function syntaxProblem(error: YAMLError, text: string, line: string, source: Source): Problem {
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^(?:"[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(text.slice(error.pos[0]))![0].trim();
    return { source, message: msg.yamlDuplicateKey(key), value: key, fix: msg.fixYamlDuplicateKey };
  }
  // A list item without a space after its dash is named at the dash, where the fix goes.
  const dash = /^(\s*)-[^\s-]/.exec(line);
  const at = dash && error.code !== 'TAB_AS_INDENT' ? { ...source, column: dash[1]!.length + 1 } : source;
  return { source: at, message: msg.yamlSyntax(firstSentence(error.message)), fix: syntaxHint(error, line) };
}

/** The fix for a syntax error, from what the line it stands on looks like. */
export function syntaxHint(error: Pick<YAMLError, 'code'>, line: string): string {
  if (error.code === 'TAB_AS_INDENT' || /^ *\t/.test(line)) return msg.fixYamlTabs;
  const dash = /^(\s*)-([^\s-].*)$/.exec(line);
  if (dash) return msg.fixYamlDashSpace(`${dash[1]}- ${dash[2]}`.trim());
  // `key: value: more` — the second ": " starts a mapping the parser does not allow there.
  const colon = /^(\s*(?:-\s+)?)([^\s:#'"][^:#]*?):\s+([^'"[{|>\s].*?:(?:\s.*|$))$/.exec(line);
  if (colon && (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY' || error.code === 'UNEXPECTED_TOKEN')) {
    const value = colon[3]!.trim();
    return msg.fixYamlColon(`${colon[2]}: "${value.replace(/"/g, '\\"')}"`);
  }
  if (error.code === 'MISSING_CHAR' || error.code === 'BAD_SCALAR_START') return msg.fixYamlQuote;
  if (error.code === 'BAD_INDENT' || error.code === 'MULTILINE_IMPLICIT_KEY' || error.code === 'BLOCK_AS_IMPLICIT_KEY') return msg.fixYamlIndent;
  return msg.fixYamlSyntax;
}

function locateIn(doc: Document, path: YamlPath, at: (offset: number) => Source): Source | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) return at(node.range[0]);
  }
  return undefined;
}

function keyIn(doc: Document, path: YamlPath, at: (offset: number) => Source): Source | undefined {
  if (path.length === 0) return undefined;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const last = path[path.length - 1];
  const pair = parent.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === last);
  return pair && isNode(pair.key) && pair.key.range ? at(pair.key.range[0]) : undefined;
}

/** yaml's messages repeat the position and quote the source; keep the first line only. */
function firstSentence(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
