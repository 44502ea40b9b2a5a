// Render stage: one Markdown file → HTML. Handlebars runs first (strict, so a misspelt name is an
// error, not an empty string) to bind numbers to the data; markdown-it then turns the text into HTML.

import Handlebars from 'handlebars';
import type { MarkdownIt } from 'markdown-it';
import { KommunenotatError } from '../errors.ts';
import type { Problem } from '../errors.ts';
import type { SourceFile } from '../load/note-sources.ts';
import type { Source } from '../types.ts';
import { extractBindings, markBoundOutputs, type Binding, type BoundSite } from './bindings.ts';
import { HelperError, type HelperState } from './helpers.ts';
import type { MarkdownEnv, RemovedMarkup } from './markdown.ts';
import { sanitizeAuthorHtml } from './sanitize.ts';
import { checkNames } from './check-names.ts';
import { findBlockProblems } from './syntax.ts';

export interface TextRenderer {
  env: typeof Handlebars;
  md: MarkdownIt;
  mdEnv: MarkdownEnv;
  state: HelperState;
  context: object;
  /** Sentences with bound numbers, collected from every Markdown file rendered. */
  bindings: Binding[];
  /** How a marker token reads in a bound sentence. */
  describeToken: (token: number) => string;
  /**
   * HTML-escape every value bound with {{…}} (names, labels, quotes from the data) before Markdown
   * sees it. Needed when markdown-it passes raw HTML through (allowHtml: true): only the author's own
   * text may carry markup, never the data. Without allowHtml markdown-it escapes everything anyway.
   */
  escapeValues: boolean;
}

/** Renders one Markdown source through Handlebars, then markdown-it. Errors name the file and line. */
export function renderMarkdownFile(file: SourceFile, r: TextRenderer): string {
  let sites: BoundSite[] = [];
  const output = renderTemplate(file, r.env, r.state, r.context, {
    noEscape: !r.escapeValues,
    checkNames: true,
    transform: (ast) => (sites = markBoundOutputs(ast)),
  });
  const { text, bindings } = extractBindings(output, file.path, sites, r.describeToken);
  r.bindings.push(...bindings);
  r.mdEnv.removed = [];
  let html = r.md.render(text, r.mdEnv);
  if (r.escapeValues) {
    // allowHtml: the author's raw HTML passed markdown-it; the allow-list sanitizer decides what stays.
    const clean = sanitizeAuthorHtml(html);
    html = clean.html;
    r.mdEnv.removed.push(...clean.removed);
  }
  r.state.warnings.push(...r.mdEnv.removed.map((removed) => removedWarning(file, removed)));
  r.mdEnv.removed = [];
  return html;
}

/**
 * A located warning for raw HTML left out of the note. The line is found in the source file as
 * written (the Markdown line after Handlebars when the tag was made by the template).
 */
function removedWarning(file: SourceFile, removed: RemovedMarkup): Problem {
  const at = [removed.written, removed.value].filter((x): x is string => !!x).map((x) => file.text.indexOf(x)).find((i) => i >= 0);
  let source: Source = { file: file.path, line: removed.line };
  if (at !== undefined) {
    const before = file.text.slice(0, at);
    const line = before.split('\n').length;
    source = { file: file.path, line, column: at - before.lastIndexOf('\n') };
  }
  const tag = removed.written.length > 80 ? `${removed.written.slice(0, 77)}…` : removed.written;
  const loads = removed.value !== null && removed.element ? ` (it would load or show ${removed.value.length > 80 ? `${removed.value.slice(0, 77)}…` : removed.value})` : '';
  const message = `${tag}: ${removed.problem} is left out of the note${loads}`;
  const fix = 'Raw HTML may structure and style the text, never load or run anything: docs/writing.md, "Raw HTML", lists what passes.';
  return { source, message, value: removed.value ?? undefined, fix, severity: 'warning' };
}

/** Compiles and runs one Handlebars source with strict name checks; errors become template errors. */
export function renderTemplate(
  file: SourceFile,
  env: typeof Handlebars,
  state: Pick<HelperState, 'file' | 'params' | 'source'>,
  context: object,
  options: { noEscape: boolean; transform?: (ast: hbs.AST.Program) => void; checkNames?: boolean },
): string {
  let ast: hbs.AST.Program;
  try {
    ast = env.parse(file.text);
  } catch (error) {
    throw syntaxError(file, error);
  }
  state.file = file.path;
  state.source = file.text;
  state.params = collectParams(ast);
  if (options.checkNames) {
    const problems = checkNames(ast, context, env, file.path);
    if (problems.length > 0) throw new KommunenotatError('template', `${file.path}: ${problems.length} unknown ${problems.length === 1 ? 'name' : 'names'}`, { problems });
  }
  options.transform?.(ast);
  try {
    const template = env.compile(ast, { strict: true, noEscape: options.noEscape, preventIndent: true });
    return template(context, { data: { root: context } });
  } catch (error) {
    throw templateError(file.path, error, state.params);
  }
}

/**
 * A Handlebars parse error, as every unclosed, stray or mismatched block of the file at the line
 * where it opens (not the parser's "got 'EOF'" at the end of the file); the parser's own message,
 * cleaned, only when the scan finds nothing.
 */
function syntaxError(file: SourceFile, error: unknown): KommunenotatError {
  const found = findBlockProblems(file.text);
  if (found.length === 0) return templateError(file.path, error);
  const problems: Problem[] = found.map((p) => ({
    source: { file: file.path, line: p.line, column: p.column },
    message: `Handlebars syntax error: ${p.message}`,
    fix: p.fix,
  }));
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return new KommunenotatError('template', `${file.path}:${found[0].line}: ${problems[0].message}${more}`, { problems, cause: error });
}

/** Turns a Handlebars exception or a HelperError into a located template error. */
export function templateError(file: string, error: unknown, params?: Map<string, string[]>): KommunenotatError {
  if (error instanceof KommunenotatError) return error;
  const e = error as Error & { lineNumber?: number; column?: number; line?: number };
  let line = e instanceof HelperError ? e.line : e.lineNumber;
  let column = e instanceof HelperError ? e.column : e.column !== undefined ? e.column + 1 : undefined;
  let message = e.message.replace(/ - \d+:\d+$/, '');
  const parse = /^Parse error on line (\d+):/.exec(message);
  if (parse) {
    line = Number(parse[1]);
    column = undefined;
    message = `Handlebars syntax error: ${readableParseError(message)}`;
  }
  const strict = /^"(.+)" not defined in/.exec(message);
  if (strict) {
    // Handlebars names only the last segment; the path as written says which one is wrong.
    const written = params?.get(`path:${e.lineNumber}:${e.column}`)?.[0] ?? strict[1];
    message = `"${written}" is not defined; check the spelling against docs/writing.md`;
  }
  const source: Source = { file, line, column: line === undefined ? undefined : column };
  const where = [file, line, line === undefined ? undefined : column].filter((x) => x !== undefined).join(':');
  return new KommunenotatError('template', `${where}: ${message}`, { problems: [{ source, message }], cause: error });
}

/** The parameters of every helper call as written, by "line:column" (and every path, by "path:line:column"). */
function collectParams(ast: hbs.AST.Program): Map<string, string[]> {
  const params = new Map<string, string[]>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const n = node as {
      type?: string; loc?: hbs.AST.SourceLocation; original?: unknown; params?: { original?: unknown; type?: string }[];
    };
    if (n.type === 'PathExpression' && n.loc) params.set(`path:${n.loc.start.line}:${n.loc.start.column}`, [String(n.original)]);
    if ((n.type === 'MustacheStatement' || n.type === 'SubExpression' || n.type === 'BlockStatement') && n.loc && n.params) {
      params.set(
        `${n.loc.start.line}:${n.loc.start.column}`,
        n.params.map((p) => (p.type === 'SubExpression' ? '(…)' : String(p.original))),
      );
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && value !== n.loc) visit(value);
    }
  };
  visit(ast);
  return params;
}

/** The parser's "Parse error on line 3: …^ Expecting 'ID', got 'CLOSE'" in words. */
function readableParseError(message: string): string {
  const lines = message.split('\n');
  const snippet = (lines[1] ?? '').trim();
  const got = /got '([^']+)'/.exec(message)?.[1];
  const what: Record<string, string> = {
    EOF: 'the text ends inside a {{…}} expression',
    CLOSE: 'a {{…}} expression is closed before it names anything',
    INVALID: 'a {{…}} expression holds a character it cannot read',
    OPEN: 'a {{ opens inside another {{…}}',
  };
  const reason = (got && what[got]) ?? `the {{…}} expression cannot be read${got ? ` (unexpected ${got.toLowerCase()})` : ''}`;
  return snippet ? `${reason}, near "${snippet.replace(/^\.\.\./, '…')}"` : reason;
}
