// Render stage: one Markdown file → HTML. Handlebars runs first (strict, so a misspelt name is an
// error, not an empty string) to bind numbers to the data; markdown-it then turns the text into HTML.

import Handlebars from 'handlebars';
import type { MarkdownIt } from 'markdown-it';
import { KommunenotatError } from '../errors.ts';
import type { SourceFile } from '../load/note-sources.ts';
import type { Source } from '../types.ts';
import { extractBindings, markBoundOutputs, type Binding, type BoundSite } from './bindings.ts';
import { HelperError, type HelperState } from './helpers.ts';
import type { MarkdownEnv } from './markdown.ts';

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
}

/** Renders one Markdown source through Handlebars, then markdown-it. Errors name the file and line. */
export function renderMarkdownFile(file: SourceFile, r: TextRenderer): string {
  let sites: BoundSite[] = [];
  const output = renderTemplate(file, r.env, r.state, r.context, {
    noEscape: true,
    transform: (ast) => (sites = markBoundOutputs(ast)),
  });
  const { text, bindings } = extractBindings(output, file.path, sites, r.describeToken);
  r.bindings.push(...bindings);
  return r.md.render(text, r.mdEnv);
}

/** Compiles and runs one Handlebars source with strict name checks; errors become template errors. */
export function renderTemplate(
  file: SourceFile,
  env: typeof Handlebars,
  state: Pick<HelperState, 'file' | 'params' | 'source'>,
  context: object,
  options: { noEscape: boolean; transform?: (ast: hbs.AST.Program) => void },
): string {
  let ast: hbs.AST.Program;
  try {
    ast = env.parse(file.text);
  } catch (error) {
    throw templateError(file.path, error);
  }
  state.file = file.path;
  state.source = file.text;
  state.params = collectParams(ast);
  options.transform?.(ast);
  try {
    const template = env.compile(ast, { strict: true, noEscape: options.noEscape, preventIndent: true });
    return template(context, { data: { root: context } });
  } catch (error) {
    throw templateError(file.path, error, state.params);
  }
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
    message = `Handlebars syntax error: ${message.split('\n').slice(1).join(' ').replace(/\s+/g, ' ').trim()}`;
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
