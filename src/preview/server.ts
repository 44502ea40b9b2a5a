// Live preview: serves one kommune's HTML note on 127.0.0.1 and rebuilds it, in memory, when a
// data, text or template file changes. The served response (not the note) gets a small script that
// listens on a Server-Sent Events endpoint and reloads the page after each rebuild; a failed build
// shows its problems on the page instead of stopping the server.

import { watch, type FSWatcher } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KommunenotatError } from '../errors.ts';
import { errorPage, injectReload } from './page.ts';

export interface PreviewOptions {
  data: string;
  kommune: string;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Folders watched recursively for changes: the data set and the templates. */
  watch: string[];
  /** Builds the note's HTML (and the warnings to show above it); called again after every change. */
  render: () => Promise<string | PreviewPage>;
  debounceMs?: number;
  log?: (line: string) => void;
}

export interface PreviewPage {
  html: string;
  /** Shown in a banner of the served page (not in the note), e.g. claims that no longer hold. */
  warnings: string[];
}

export interface PreviewServer {
  url: string;
  /** Rebuilds now (also what a file change triggers, debounced); resolves when the page is current. */
  rebuild(): Promise<void>;
  /** Number of finished builds, successful or not; the SSE `reload` event carries it. */
  readonly version: number;
  close(): Promise<void>;
}

/** Files an editor writes beside the real one while saving; they do not change the note. */
const IGNORED = /(^|[/\\])(\.#|#)|(~|\.swp|\.swx|\.tmp|4913)$|(^|[/\\])\.git([/\\]|$)/;

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const log = options.log ?? (() => undefined);
  const clients = new Set<ServerResponse>();
  let page: PreviewPage = { html: '', warnings: [] };
  let version = 0;
  let building: Promise<void> | undefined;
  let again = false;

  const runBuild = async (): Promise<void> => {
    const start = performance.now();
    try {
      const result = await options.render();
      page = typeof result === 'string' ? { html: result, warnings: [] } : result;
      log(`rebuilt in ${Math.round(performance.now() - start)} ms`);
    } catch (error) {
      page = { html: errorPage(error), warnings: [] };
      log(`build failed (shown on the page): ${error instanceof Error ? error.message : String(error)}`);
    }
    version++;
    for (const client of clients) client.write(`event: reload\ndata: ${version}\n\n`);
  };
  /** One build at a time; a change during a build asks for one more after it. */
  const rebuild = (): Promise<void> => {
    if (building) {
      again = true;
      return building;
    }
    building = (async () => {
      do {
        again = false;
        await runBuild();
      } while (again);
      building = undefined;
    })();
    return building;
  };

  await rebuild();

  const server = createServer((request, response) => {
    handle(request, response, { page: () => page, version: () => version, clients });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, host, options.port)));
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  let timer: NodeJS.Timeout | undefined;
  const onChange = (_event: string, file: string | null) => {
    if (file && IGNORED.test(file)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      log(`changed: ${file ?? '(a file)'}`);
      void rebuild();
    }, options.debounceMs ?? 150);
  };
  const watchers: FSWatcher[] = options.watch.map((dir) => watch(dir, { recursive: true }, onChange));
  const keepAlive = setInterval(() => {
    for (const client of clients) client.write(': keep-alive\n\n');
  }, 15_000);

  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/`,
    rebuild,
    get version() {
      return version;
    },
    async close() {
      clearTimeout(timer);
      clearInterval(keepAlive);
      for (const watcher of watchers) watcher.close();
      for (const client of clients) client.end();
      clients.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await building;
    },
  };
}

interface State {
  page(): PreviewPage;
  version(): number;
  clients: Set<ServerResponse>;
}

function handle(request: IncomingMessage, response: ServerResponse, state: State): void {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
  } else if (path === '/' || path === '/notat.html') {
    const { html, warnings } = state.page();
    const body = injectReload(html, state.version(), warnings);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : body);
  } else if (path === '/events') {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    // The current version at once: a page served before the latest rebuild reloads.
    response.write(`retry: 1000\nevent: reload\ndata: ${state.version()}\n\n`);
    state.clients.add(response);
    request.on('close', () => state.clients.delete(response));
  } else {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found: the preview serves / and /events\n');
  }
}

/** A port that is taken or not ours to open is the user's to change: say so, with the flag that does it. */
function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  if (error.code === 'EADDRINUSE') {
    return new KommunenotatError(
      'config',
      `port ${port} on ${host} is taken (another preview still running?); pick another with --port ${port + 1 <= 65535 ? port + 1 : 4321}, or --port 0 for any free port`,
    );
  }
  if (error.code === 'EACCES') {
    return new KommunenotatError('config', `port ${port} on ${host} may not be opened by this user; pick one above 1023 with --port 4321, or --port 0 for any free port`);
  }
  return error;
}
