// `npm run check:data [-- --kommune <slug>] [--data <dir>]`: validates the data set and prints every
// problem, without computing or rendering anything. For use while editing the CSV files.

import { parseArgs } from 'node:util';
import { formatProblem, KommunenotatError } from '../errors.ts';
import { readStudy } from '../pipeline/build.ts';
import { silentLogger } from '../pipeline/effects.ts';

export async function checkData(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { kommune: { type: 'string', multiple: true }, data: { type: 'string', default: 'data' } },
    strict: true,
  });
  const root = values.data ?? 'data';
  const logger = silentLogger();
  try {
    const { study, warnings } = await readStudy(root, { logger, now: () => performance.now() }, values.kommune);
    for (const warning of warnings) process.stderr.write(`${formatProblem({ ...warning, severity: 'warning' })}\n`);
    const persons = study.kommuner.reduce((sum, k) => sum + k.persons.length, 0);
    process.stderr.write(`${root}: ${study.kommuner.length} kommuner, ${persons} persons: no problems\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof KommunenotatError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    for (const problem of error.problems) process.stderr.write(`  ${formatProblem(problem)}\n`);
    return error.isUserError && error.problems.length > 0 ? 1 : 2;
  }
}

process.exitCode = await checkData(process.argv.slice(2));
