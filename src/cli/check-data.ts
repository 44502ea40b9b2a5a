// `npm run check:data [-- --kommune <slug>] [--data <dir>]`: validates the data set and prints every
// problem, without drawing or printing anything: the data, the YAML, then every text file run through
// the render step (with the metrics, figures listed but not drawn), so it finds every mistake the
// build would. It answers in about a second.

import { parseArgs } from 'node:util';
import { formatProblem, KommunenotatError, type Problem } from '../errors.ts';
import { readNoteSources } from '../load/note-sources.ts';
import { isMainModule } from '../paths.ts';
import { silentLogger, stderrLogger, type Logger } from '../pipeline/effects.ts';
import { readStudy } from '../pipeline/read-study.ts';
import { redactStream } from '../pipeline/redact-stderr.ts';
import { NameMatcher } from '../name-matcher.ts';
import type { Study } from '../types.ts';

export const CHECK_USAGE = `Usage: npm run check:data -- [--kommune <slug>]... [--data <dir>] [--skip-text]
Checks study.yaml, every kommune's YAML and CSV files and the text of every note (names, helpers,
blocks, figure and table ids); prints every problem. --skip-text checks the data and YAML only (faster).
Exit codes: 0 no problems (warnings may be printed), 1 problems found, 2 wrong usage.`;

export async function checkData(argv: string[], stderr: NodeJS.WritableStream = process.stderr): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        kommune: { type: 'string', multiple: true },
        data: { type: 'string', default: 'data' },
        'skip-text': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    stderr.write(`error: ${(error as Error).message}\n\n${CHECK_USAGE}\n`);
    return 2;
  }
  if (values.help) {
    stderr.write(`${CHECK_USAGE}\n`);
    return 0;
  }
  const root = values.data ?? 'data';
  const start = performance.now();
  const names = new NameMatcher();
  const restore = redactStream(stderr, names); // every line below passes the one redaction
  try {
    const { study, warnings } = await readStudy(root, { logger: progressLogger(stderr), now: () => performance.now(), names }, values.kommune);
    const missing = textFileProblems(study);
    // With every text file there, run the text through the render step as the build would.
    const rendered = missing.length > 0 || values['skip-text'] ? [] : await textProblems(root, study, values.kommune !== undefined);
    const problems = unique([...warnings, ...missing, ...rendered]);
    for (const problem of problems) stderr.write(`${formatProblem(problem)}\n`);
    const errors = problems.filter((p) => p.severity !== 'warning').length;
    const persons = study.kommuner.reduce((sum, k) => sum + k.persons.length, 0);
    const time = `${Math.round(performance.now() - start)} ms`;
    if (errors > 0) {
      stderr.write(`${root}: ${errors} ${errors === 1 ? 'problem' : 'problems'} (${time})\n`);
      return 1;
    }
    const warned = problems.length - errors;
    const note = warned > 0 ? `, ${warned} ${warned === 1 ? 'warning' : 'warnings'}` : '';
    stderr.write(`${root}: ${study.kommuner.length} kommuner, ${persons} persons: no problems${note} (${time})\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof KommunenotatError)) throw error;
    stderr.write(`error: ${error.message}\n`);
    for (const problem of error.problems) stderr.write(`  ${formatProblem(problem)}\n`);
    return error.isUserError ? 1 : 2;
  } finally {
    restore();
  }
}

/** On a terminal, a line for each step that took a second or more (a large study); nothing else. */
function progressLogger(stderr: NodeJS.WritableStream): Logger {
  const quiet = silentLogger();
  if (!(stderr as { isTTY?: boolean }).isTTY) return quiet;
  const loud = stderrLogger(stderr);
  return { ...quiet, step: (scope, name, ms, detail) => (ms >= 1000 ? loud.step(scope, name, ms, detail) : undefined) };
}

/**
 * The text of the kommuner checked, rendered as the build renders it. Every note compares all
 * kommuner of the study, so with --kommune the others are read too (their data problems are not
 * this check's to report: without them the text is not checked, and the output says so).
 */
async function textProblems(root: string, study: Study, some: boolean): Promise<Problem[]> {
  const { renderedTextProblems } = await import('./check-text.ts');
  const only = study.kommuner.map((k) => k.slug);
  if (!some) return renderedTextProblems(study, only);
  try {
    const all = await readStudy(root, { logger: silentLogger(), now: () => performance.now() });
    return renderedTextProblems(all.study, only);
  } catch (error) {
    if (!(error instanceof KommunenotatError) || !error.isUserError) throw error;
    return [{ source: { file: root }, message: 'the text was not checked: other kommuner of the study have problems', fix: 'Run check:data without --kommune to see them.', severity: 'warning' }];
  }
}

/** Each problem once: a shared text file's problem is met in every note. */
function unique(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = formatProblem(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Text files named in study.yaml or kommune.yaml that do not exist (the templates are not the author's concern here). */
function textFileProblems(study: Study): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const kommune of study.kommuner) {
    try {
      readNoteSources(study.root, study.config, kommune);
    } catch (error) {
      if (!(error instanceof KommunenotatError) || error.kind !== 'data') continue;
      for (const problem of error.problems) {
        const key = formatProblem(problem);
        if (!seen.has(key)) problems.push(problem); // study.yaml's missing files are found once per kommune
        seen.add(key);
      }
    }
  }
  return problems;
}

if (isMainModule(import.meta.url, 'check-data')) process.exitCode = await checkData(process.argv.slice(2));
