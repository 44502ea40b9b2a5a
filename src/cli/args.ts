// Command-line arguments → build options (CONTRACT §1). Usage mistakes are config errors.

import { parseArgs } from 'node:util';
import { KommunenotatError } from '../errors.ts';

export type OutputFormat = 'html' | 'pdf' | 'nettverk';
const FORMATS: readonly OutputFormat[] = ['html', 'pdf', 'nettverk'];
const DEFAULT_FORMATS = 'html,pdf,nettverk';

export interface CliOptions {
  /** Slugs or display names as given; empty with `all`. */
  kommuner: string[];
  all: boolean;
  data: string;
  out: string;
  formats: OutputFormat[];
  /** Kommuner built at once with --all (default: the number of cores). */
  jobs?: number;
  /** Claims in the text that no longer hold fail the note instead of warning. */
  strict: boolean;
  /** Build, then build again after every saved change of the data set or the templates, until stopped. */
  watch: boolean;
  help: boolean;
}

export const USAGE = `kommunenotat: survey data in, one research note per kommune out.

Usage:
  npm run build:report -- --kommune <slug>     one note (HTML and PDF)
  npm run build:report -- --all                every kommune of the study

Options:
  --kommune <slug>   folder name under <data>/kommuner/, or the kommune's name (Ørland);
                     may be given more than once
  --all              every kommune listed in <data>/study.yaml
  --data <dir>       data set root (default: data/, the bundled demo study)
  --out <dir>        output root (default: output/)
  --format <list>    any of html, pdf, nettverk (default: html,pdf,nettverk); nettverk writes the
                     networks for Gephi, UCINET, Pajek, R and networkx; metrics.json is always written
  --jobs <n>         notes printed at once (default: the number of cores)
  --strict           a claim in the text that no longer holds fails the note (default: a warning)
  --watch            stay running: build again after every saved change of <data> or templates/,
                     with the same browser; a broken save keeps the last good note (Ctrl-C stops)
  --help             this text

Output of one kommune goes to <out>/<slug>/: notat.html, notat.pdf, metrics.json, figures/,
nettverk/ (network files), changes.md (what changed since the previous build) and build.json;
--all also writes the whole study's network files to <out>/nettverk/.
Exit codes: 0 success, 1 the data, configuration or text has problems (all listed),
2 wrong usage, 3 rendering failed (browser), 4 internal error, 130 interrupted (Ctrl-C).`;

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        kommune: { type: 'string', multiple: true },
        all: { type: 'boolean', default: false },
        data: { type: 'string', default: 'data' },
        out: { type: 'string', default: 'output' },
        format: { type: 'string', default: DEFAULT_FORMATS },
        jobs: { type: 'string' },
        strict: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
      strict: true,
    });
  } catch (error) {
    throw new KommunenotatError('config', `${(error as Error).message}\n\n${USAGE}`, { cause: error });
  }
  const { values } = parsed;
  const kommuner = (values.kommune ?? []).map((k) => k.trim()).filter((k) => k !== '');
  const options: CliOptions = {
    kommuner,
    all: values.all ?? false,
    data: values.data ?? 'data',
    out: values.out ?? 'output',
    formats: parseFormats(values.format ?? DEFAULT_FORMATS),
    jobs: values.jobs === undefined ? undefined : parseJobs(values.jobs),
    strict: values.strict ?? false,
    watch: values.watch ?? false,
    help: values.help ?? false,
  };
  if (!options.help && !options.all && kommuner.length === 0) {
    throw new KommunenotatError('config', `say which note to build: --kommune <slug> or --all\n\n${USAGE}`);
  }
  if (options.all && kommuner.length > 0) {
    throw new KommunenotatError('config', 'give either --kommune or --all, not both');
  }
  return options;
}

function parseFormats(text: string): OutputFormat[] {
  const formats: OutputFormat[] = [];
  for (const part of text.split(',').map((p) => p.trim().toLowerCase())) {
    if (part === '') continue;
    if (!(FORMATS as readonly string[]).includes(part)) {
      throw new KommunenotatError('config', `--format "${part}" is not one of html, pdf, nettverk (write e.g. --format html,pdf)`);
    }
    if (!formats.includes(part as OutputFormat)) formats.push(part as OutputFormat);
  }
  if (formats.length === 0) throw new KommunenotatError('config', '--format is empty: write any of html, pdf, nettverk');
  return formats;
}

function parseJobs(text: string): number {
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1) throw new KommunenotatError('config', `--jobs "${text}" is not a whole number of at least 1`);
  return jobs;
}
