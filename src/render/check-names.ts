// Render stage: every name a text file uses, checked against the data before the file is run, so
// that ALL misspelt names and unknown helpers of a file are reported at once, each at its
// file:line:column with the part of the path that does not exist and the nearest one that does
// (`questions.samhandlin.mean`: "samhandlin" is not under "questions"; did you mean "samhandling"?).
// Handlebars itself stops at the first, and for a helper's parameter only says "Cannot read
// properties of undefined". Blocks whose items cannot be known before running (a helper's result)
// are checked for helper names only; what is left is caught when the file runs.

import type Handlebars from 'handlebars';
import type { Problem } from '../errors.ts';
import { closest } from '../validate/closest.ts';

type Node = hbs.AST.Node & { loc?: hbs.AST.SourceLocation };
const UNKNOWN = Symbol('unknown');
type Scope = unknown;

/** Norwegian words for the names of the data (which are English): "did you mean" when spelling alone is too far. */
const NAME_TRANSLATIONS: Readonly<Record<string, string>> = {
  svarprosent: 'responseRate', svarandel: 'responseRate', tetthet: 'density', tettleik: 'density', personer: 'persons',
  personar: 'persons', respondenter: 'respondents', respondentar: 'respondents', noder: 'nodes', kanter: 'edges',
  band: 'edges', komponenter: 'components', komponentar: 'components', isolerte: 'isolates', modularitet: 'modularity',
  brobyggere: 'brokers', brubyggjarar: 'brokers', meglere: 'brokers', gjennomsnitt: 'mean', snitt: 'mean',
  besvart: 'answered', svart: 'answered', navn: 'name', namn: 'name', sporsmal: 'questions', 'spørsmål': 'questions',
  nettverk: 'networks', daglig: 'daily', dagleg: 'daily', ukentlig: 'weekly', vekentleg: 'weekly', manedlig: 'monthly',
  'månedlig': 'monthly', 'månadleg': 'monthly', politisk: 'political', funksjoner: 'functions',
};

/** Helpers that call their block with the same context. */
const SAME_CONTEXT = new Set(['if', 'unless']);

export function checkNames(ast: hbs.AST.Program, root: object, env: typeof Handlebars, file: string): Problem[] {
  const problems: Problem[] = [];
  const helpers = Object.keys(env.helpers).filter((name) => name !== 'helperMissing' && name !== 'blockHelperMissing');
  const at = (node: Node) => ({ file, line: node.loc?.start.line, column: node.loc ? node.loc.start.column + 1 : undefined });

  const checkPath = (path: hbs.AST.PathExpression, scopes: Scope[]): void => {
    let value: unknown;
    let parts = path.parts;
    if (path.data) {
      if (parts[0] !== 'root') return; // @index, @key, @first, @last
      value = root;
      parts = parts.slice(1);
    } else {
      value = scopes[scopes.length - 1 - path.depth];
      if (value === undefined) value = UNKNOWN;
    }
    for (let i = 0; i < parts.length; i++) {
      if (value === UNKNOWN || value === null || typeof value !== 'object') return;
      const part = parts[i]!;
      if (Object.hasOwn(value, part)) {
        value = (value as Record<string, unknown>)[part];
        continue;
      }
      const known = Object.keys(value).filter((key) => !/^\d+$/.test(key));
      const under = parts.slice(0, i).join('.');
      const translated = NAME_TRANSLATIONS[part.toLowerCase()];
      const near = closest(part, known) ?? (translated !== undefined && known.includes(translated) ? translated : undefined);
      problems.push({
        source: at(path as Node),
        message: `"${path.original}" is not defined: ${under ? `"${part}" is not a name under "${under}"` : `there is no "${part}" here`}`,
        value: path.original,
        fix:
          (near ? `Did you mean "${[...(path.data ? ['@root'] : []), ...parts.slice(0, i), near, ...parts.slice(i + 1)].join('.')}"? ` : '') +
          (!near && known.length > 0 && known.length <= 20 ? `Names here: ${known.join(', ')}. ` : '') +
          'See docs/writing.md §3 for what you can bind.',
      });
      return;
    }
  };

  const checkHelper = (path: hbs.AST.PathExpression): void => {
    if (helpers.includes(path.original)) return;
    const near = closest(path.original, helpers);
    problems.push({
      source: at(path as Node),
      message: `unknown helper "${path.original}"`,
      value: path.original,
      fix: `${near ? `Did you mean "${near}"? ` : ''}The helpers are listed in docs/writing.md §4.`,
    });
  };

  const checkExpression = (expr: hbs.AST.Expression, scopes: Scope[]): void => {
    if (expr.type === 'PathExpression') checkPath(expr as hbs.AST.PathExpression, scopes);
    else if (expr.type === 'SubExpression') checkCall(expr as hbs.AST.SubExpression, scopes, true);
  };

  const checkCall = (node: { path: hbs.AST.PathExpression | hbs.AST.Literal; params: hbs.AST.Expression[]; hash?: hbs.AST.Hash }, scopes: Scope[], call: boolean): void => {
    const path = node.path as hbs.AST.PathExpression;
    if (path.type === 'PathExpression') {
      const isCall = call || node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0;
      const simple = !path.data && path.depth === 0 && path.parts.length === 1;
      if (isCall) checkHelper(path);
      else if (!(simple && helpers.includes(path.original))) checkPath(path, scopes);
    }
    for (const param of node.params) checkExpression(param, scopes);
    for (const pair of node.hash?.pairs ?? []) checkExpression(pair.value, scopes);
  };

  const visit = (node: hbs.AST.Statement, scopes: Scope[]): void => {
    switch (node.type) {
      case 'MustacheStatement':
        checkCall(node as hbs.AST.MustacheStatement, scopes, false);
        return;
      case 'BlockStatement': {
        const block = node as hbs.AST.BlockStatement;
        const name = (block.path as hbs.AST.PathExpression).original;
        checkCall(block, scopes, true);
        const inner = innerScopes(name, block.params[0], scopes);
        for (const statement of block.program?.body ?? []) visit(statement, inner);
        for (const statement of block.inverse?.body ?? []) visit(statement, scopes);
        return;
      }
      default:
        return;
    }
  };

  /** The context inside a block: the same for if/unless, the first item for each, the value for with. */
  const innerScopes = (name: string, param: hbs.AST.Expression | undefined, scopes: Scope[]): Scope[] => {
    if (SAME_CONTEXT.has(name)) return scopes;
    if ((name === 'each' || name === 'with') && param?.type === 'PathExpression') {
      const value = resolve(param as hbs.AST.PathExpression, scopes);
      if (name === 'with') return [...scopes, value];
      if (Array.isArray(value)) return [...scopes, value.length > 0 ? value[0] : UNKNOWN];
      if (value !== null && typeof value === 'object') return [...scopes, Object.values(value)[0] ?? UNKNOWN];
      return [...scopes, UNKNOWN];
    }
    if (name === 'each' || name === 'with') return [...scopes, UNKNOWN];
    return scopes;
  };

  const resolve = (path: hbs.AST.PathExpression, scopes: Scope[]): unknown => {
    let value: unknown = path.data ? (path.parts[0] === 'root' ? root : UNKNOWN) : scopes[scopes.length - 1 - path.depth];
    for (const part of path.data ? path.parts.slice(1) : path.parts) {
      if (value === UNKNOWN || value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return UNKNOWN;
      value = (value as Record<string, unknown>)[part];
    }
    return value ?? UNKNOWN;
  };

  for (const statement of ast.body) visit(statement, [root]);
  return problems;
}
