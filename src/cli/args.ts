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
  /** How long to wait for another build's lock on a kommune's output (--lock-timeout, KOMMUNENOTAT_LOCK_TIMEOUT; default 30 s). */
  lockTimeoutMs?: number;
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
  --lock-timeout <s> how long to wait when another build is writing the same kommune's output
                     (default: 30, or KOMMUNENOTAT_LOCK_TIMEOUT)
  --help             this text

Output of one kommune goes to <out>/<slug>/: notat.html, notat.pdf, metrics.json, figures/,
nettverk/ (network files), changes.md (what changed since the previous build) and build.json;
--all also writes the whole study's network files to <out>/nettverk/. <out> must lie outside
<data>; a folder <out>/<slug> that no build wrote (no build.json) is never replaced.
Exit codes: 0 success, 1 the data, configuration or text has problems (all listed),
2 wrong usage, 3 rendering failed (browser), 4 internal error, 5 another build held the lock too
long, 6 the output folder cannot be written (read-only, full), 129 hung up (SIGHUP),
130 interrupted (Ctrl-C, SIGTERM).`;

export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): CliOptions {
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
        'lock-timeout': { type: 'string' },
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
    lockTimeoutMs: parseLockTimeout(values['lock-timeout'], env.KOMMUNENOTAT_LOCK_TIMEOUT),
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

/** Seconds from --lock-timeout, else KOMMUNENOTAT_LOCK_TIMEOUT, else undefined (the writer's default, 30 s). */
function parseLockTimeout(flag: string | undefined, fromEnv: string | undefined): number | undefined {
  const [text, name] = flag !== undefined ? [flag, '--lock-timeout'] : [fromEnv, 'KOMMUNENOTAT_LOCK_TIMEOUT'];
  if (text === undefined || text.trim() === '') return undefined;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 86_400) {
    throw new KommunenotatError('config', `${name} "${text}" is not a number of seconds between 0 and 86400`);
  }
  return Math.round(seconds * 1000);
}
