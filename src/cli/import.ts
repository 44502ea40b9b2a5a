// `npm run import -- --from <tool> <export file(s)> --mapping <file> --kommune <slug> [--data <dir>]
// [--dry-run] [--init]`: a survey tool's export → the kommune's responses.csv, contacts.csv and
// political.csv (and persons.csv from a roster file), all or none, checked by the project's validation.

import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, KommunenotatError } from '../errors.ts';
import { initialMapping } from '../import/init.ts';
import * as msg from '../import/messages.ts';
import { TOOLS, type Tool } from '../import/model.ts';
import { formatReport } from '../import/report.ts';
import { READERS, runImport } from '../import/run.ts';
import { isMainModule } from '../paths.ts';
import { readStudyConfig } from '../validate/study-config.ts';

export const IMPORT_USAGE = `Usage: npm run import -- --from ${TOOLS.join('|')} <export file(s)> --mapping <file> --kommune <slug>
  --data <dir>   data set root (default: data/)
  --dry-run      read, convert and check everything, write nothing
  --init         write a starting mapping (to --mapping) from the export's header, then stop
Writes responses.csv, contacts.csv and political.csv of <data>/kommuner/<slug>/ (and persons.csv when the
mapping names a roster file), all or none. docs/import.md has a worked example per tool.
Exit codes: 0 imported, 1 problems in the export, mapping or data (all listed), 2 wrong usage.`;

export async function importCli(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        mapping: { type: 'string' },
        kommune: { type: 'string' },
        data: { type: 'string', default: 'data' },
        'dry-run': { type: 'boolean', default: false },
        init: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
  } catch (error) {
    err.write(`error: ${(error as Error).message}\n\n${IMPORT_USAGE}\n`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    out.write(`${IMPORT_USAGE}\n`);
    return 0;
  }
  const usage = usageProblem(values, files);
  if (usage) {
    err.write(`error: ${usage}\n\n${IMPORT_USAGE}\n`);
    return 2;
  }
  const from = values.from as Tool;
  const data = values.data ?? 'data';
  try {
    if (values.init) {
      if (existsSync(values.mapping!)) {
        err.write(`error: ${msg.mappingExists(values.mapping!)}\n`);
        return 2;
      }
      const read = await READERS[from](files);
      const errors = read.problems.filter((p) => p.severity !== 'warning');
      if (errors.length > 0) throw new KommunenotatError('data', `the export ${files.join(', ')} cannot be read`, { problems: errors });
      const questions = existsSync(join(data, 'study.yaml')) ? readStudyConfig(data).questions : [];
      writeFileSync(values.mapping!, initialMapping(read, questions, values.mapping!));
      out.write(`wrote ${values.mapping}: a starting mapping from ${read.table.header.length} columns; check every line, then run without --init\n`);
      return 0;
    }
    const result = await runImport({ from, files, mapping: values.mapping!, kommune: values.kommune!, data, dryRun: values['dry-run'] });
    out.write(formatReport(result, { dryRun: values['dry-run'] ?? false, from, dir: join(data, 'kommuner', result.slug) }));
    return 0;
  } catch (error) {
    if (!(error instanceof KommunenotatError)) throw error;
    err.write(`error: ${error.message}; nothing written\n`);
    for (const problem of error.problems) err.write(`  ${formatProblem(problem)}\n`);
    return error.isUserError ? 1 : 4;
  }
}

function usageProblem(values: Record<string, unknown>, files: string[]): string | undefined {
  if (typeof values['from'] !== 'string') return `--from is required (${TOOLS.join(', ')})`;
  if (!(TOOLS as readonly string[]).includes(values['from'])) return `--from ${values['from']} is not one of ${TOOLS.join(', ')}`;
  if (files.length === 0) return 'name the export file(s)';
  if (typeof values['mapping'] !== 'string') return '--mapping <file> is required (write one with --init)';
  if (!values['init'] && typeof values['kommune'] !== 'string') return '--kommune <slug> is required';
  return undefined;
}

if (isMainModule(import.meta.url, 'import')) process.exitCode = await importCli(process.argv.slice(2));
