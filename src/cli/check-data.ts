// `npm run check:data [-- --kommune <slug>] [--data <dir>]`: validates the data set and prints every
// problem, without computing or rendering anything. For use while editing the CSV files; it loads
// only the load and validate stages, so it answers in about a second.

import { parseArgs } from 'node:util';
import { formatProblem, KommunenotatError, type Problem } from '../errors.ts';
import { readNoteSources } from '../load/note-sources.ts';
import { isMainModule } from '../paths.ts';
import { silentLogger, stderrLogger, type Logger } from '../pipeline/effects.ts';
import { readStudy } from '../pipeline/read-study.ts';
import { redactStream } from '../pipeline/redact-stderr.ts';
import { NameMatcher } from '../name-matcher.ts';
import type { Study } from '../types.ts';

export const CHECK_USAGE = `Usage: npm run check:data -- [--kommune <slug>]... [--data <dir>]
Checks study.yaml, every kommune's YAML and CSV files and the text files they name; prints every problem.
Exit codes: 0 no problems (warnings may be printed), 1 problems found, 2 wrong usage.`;

export async function checkData(argv: string[], stderr: NodeJS.WritableStream = process.stderr): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { kommune: { type: 'string', multiple: true }, data: { type: 'string', default: 'data' }, help: { type: 'boolean', short: 'h' } },
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
    const problems = [...warnings, ...textFileProblems(study)];
    for (const problem of problems) stderr.write(`${formatProblem(problem)}\n`);
    const errors = problems.filter((p) => p.severity !== 'warning').length;
    const persons = study.kommuner.reduce((sum, k) => sum + k.persons.length, 0);
    const time = `${Math.round(performance.now() - start)} ms`;
    if (errors > 0) {
      stderr.write(`${root}: ${errors} ${errors === 1 ? 'problem' : 'problems'} (${time})\n`);
      return 1;
    }
    const note = warnings.length > 0 ? `, ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}` : '';
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
