// `npm run preview -- --kommune <slug> [--data <dir>] [--port 4321]`: serves the HTML note on
// 127.0.0.1 and rebuilds it when a data, text or template file changes (see src/preview/).

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, KommunenotatError } from '../errors.ts';
import { defaultTemplatesDir } from '../load/note-sources.ts';
import { buildHtml } from '../pipeline/build.ts';
import { silentLogger } from '../pipeline/effects.ts';
import { redactStream } from '../pipeline/redact-stderr.ts';
import { NameMatcher } from '../name-matcher.ts';
import { startPreview } from '../preview/server.ts';

export const PREVIEW_USAGE = `Usage: npm run preview -- --kommune <slug> [--data <dir>] [--port 4321]
Serves the HTML note of one kommune on http://127.0.0.1:<port>/ and rebuilds it whenever a file
under <data> or templates/ changes; the page reloads by itself. Ctrl-C stops it.`;

export async function preview(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        kommune: { type: 'string' },
        data: { type: 'string', default: 'data' },
        port: { type: 'string', default: '4321' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n\n${PREVIEW_USAGE}\n`);
    return 2;
  }
  const port = Number(values.port);
  if (values.help || !values.kommune || !Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`${values.help ? '' : 'error: give --kommune <slug> and a port 0-65535\n\n'}${PREVIEW_USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const data = values.data ?? 'data';
  const kommune = values.kommune;
  const names = new NameMatcher(); // every name read, so nothing printed or served shows one
  redactStream(process.stderr, names);
  const log = (line: string) => process.stderr.write(`[preview] ${line}\n`);
  let server;
  try {
    server = await startPreview({
    data,
    kommune,
    port,
    watch: [resolve(data), defaultTemplatesDir()],
    render: async () => {
      const { html, warnings } = await buildHtml(data, kommune, { logger: silentLogger(), now: () => performance.now(), names });
      return { html, warnings: warnings.map((w) => names.redact(formatProblem({ ...w, severity: 'warning' }))) };
    },
    log,
  });
  } catch (error) {
    if (!(error instanceof KommunenotatError) || !error.isUserError) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    return 2;
  }
  log(`serving ${kommune} on ${server.url} (watching ${data}/ and templates/; Ctrl-C stops)`);
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await server.close();
  return 130;
}

process.exitCode = await preview(process.argv.slice(2));
