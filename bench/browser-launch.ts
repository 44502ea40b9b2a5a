// How the bench launches Chromium: the executable and flags of src/output/browser.ts, read from
// that module (its flag list is not exported), so the floor moves with the build when it changes.

import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.ts';

const BROWSER_TS = join(packageRoot(), 'src/output/browser.ts');
/** The flags browser.ts had when the bench was written; used only if they cannot be read. */
const KNOWN_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--font-render-hinting=none',
];

export interface Launch {
  executablePath: string;
  args: string[];
  /** Where the flags came from. */
  argsFrom: 'src/output/browser.ts' | 'bench default';
}

/** The executable from browser.ts's findBrowser when that module loads, else the same search done here. */
export async function browserLaunch(env: NodeJS.ProcessEnv = process.env): Promise<Launch> {
  const executablePath = (await findWithBrowserTs(env)) ??
    [env.PUPPETEER_EXECUTABLE_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
      .find((path): path is string => !!path && isExecutable(path));
  if (!executablePath) throw new Error('no Chromium found (PUPPETEER_EXECUTABLE_PATH, /usr/bin/chromium)');
  const fromSource = launchArgsOf(BROWSER_TS);
  return { executablePath, args: fromSource ?? KNOWN_ARGS, argsFrom: fromSource ? 'src/output/browser.ts' : 'bench default' };
}

async function findWithBrowserTs(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  try {
    // A literal specifier, so that scripts/run.mjs bundles browser.ts instead of Node importing a .ts file.
    const module = (await import('../src/output/browser.ts')) as { findBrowser?: (env: NodeJS.ProcessEnv) => string };
    return module.findBrowser?.(env);
  } catch {
    return undefined;
  }
}

/** The string literals of `const LAUNCH_ARGS = [ … ]` in browser.ts. */
function launchArgsOf(file: string): string[] | undefined {
  if (!existsSync(file)) return undefined;
  const list = /LAUNCH_ARGS\s*=\s*\[([^\]]*)\]/.exec(readFileSync(file, 'utf8'))?.[1];
  const args = list ? [...list.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2]!) : [];
  return args.length > 0 ? args : undefined;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
