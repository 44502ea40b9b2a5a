// Chromium with no way out: the switches that keep it from resolving any host or starting any
// background service, the empty network namespace it runs in where one can be made, and the
// profile folder a killed build leaves behind (removed by the next start).
//
// Measured with `strace -f -e trace=network` on a full build of the demo (test/safety/
// browser-network.test.ts): without these, Chromium's background services (GAIA ListAccounts,
// the component updater, network time) made 40 DNS queries per build to the machine's resolver
// and a UDP connect to 2001:4860:4860::8888 (its IPv6 probe); with the switches alone, no DNS
// query and no TCP connect, and only that probe's connect() remains (it sends no packet); inside
// the namespace Chromium opens no internet socket at all.

import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { processAlive } from './output-lock.ts';

/**
 * A URL on a port Chromium refuses to connect to (9, "discard", is on its list of unsafe ports),
 * for the services whose address can be set: their requests fail before any name is resolved.
 */
const NOWHERE = 'http://localhost:9';

export const ISOLATION_ARGS = [
  // Every host name resolves to "not found", without asking any DNS server.
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-pings',
  '--dns-prefetch-disable',
  '--no-default-browser-check',
  '--metrics-recording-only',
  '--disable-breakpad',
  // Network time (clients2.google.com) and the other services that fetch on their own.
  '--disable-features=NetworkTimeServiceQuerying,AutofillServerCommunication,CertificateTransparencyComponentUpdater,OptimizationHints,MediaRouter,DialMediaRouteProvider,Translate,InterestFeedContentSuggestions',
  // Account checks (accounts.google.com/ListAccounts) and the update service run even so: pointed
  // at an unsafe port and at a scheme the network service cannot fetch, they fail at once.
  `--gaia-url=${NOWHERE}`,
  `--google-apis-url=${NOWHERE}`,
  `--google-base-url=${NOWHERE}`,
  `--variations-server-url=${NOWHERE}`,
  '--component-updater=url-source=file:///dev/null',
];

export interface NetworkNamespace {
  /** The unshare executable. */
  unshare: string;
  /** Its options before `--`: `-n` as root, `-rn` (a user namespace too) otherwise. */
  args: string[];
}

let detected: NetworkNamespace | null | undefined;

/**
 * The way to start Chromium in an empty network namespace, when `unshare` can make one here (it
 * cannot where unprivileged user namespaces are forbidden, e.g. some containers and Ubuntu 24.04
 * runners); then undefined, and the switches above are the isolation. Tried once per process
 * (a few ms). KOMMUNENOTAT_BROWSER_NETNS=0 turns it off.
 */
export function networkNamespace(env: NodeJS.ProcessEnv = process.env): NetworkNamespace | undefined {
  if (env.KOMMUNENOTAT_BROWSER_NETNS === '0') return undefined;
  if (detected !== undefined) return detected ?? undefined;
  detected = null;
  if (process.platform !== 'linux') return undefined;
  const unshare = ['/usr/bin/unshare', ...(env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, 'unshare'))].find(isExecutable);
  if (!unshare) return undefined;
  const args = process.getuid?.() === 0 ? ['-n'] : ['-rn'];
  const probe = spawnSync(unshare, [...args, '--', 'true'], { stdio: 'ignore', timeout: 5_000 });
  if (probe.status === 0) detected = { unshare, args };
  return detected ?? undefined;
}

const OUT_PREFIX = '.browser-';
const TMP_PREFIX = 'kommunenotat-chromium-';

/**
 * A fresh profile folder for one launch, named with this process's pid: in `outRoot` when given
 * (created if missing, and removed again with the profile if it was created only for it), else
 * in the system's temp folder. Profiles of processes that no longer run (a build killed with
 * SIGKILL) are removed first, in both places.
 */
export async function makeProfileDir(outRoot?: string): Promise<{ dir: string; remove(): Promise<void> }> {
  removeStaleProfiles(tmpdir(), TMP_PREFIX);
  if (outRoot) {
    let created = false;
    try {
      try {
        accessSync(outRoot);
      } catch {
        mkdirSync(outRoot, { recursive: true });
        created = true;
      }
      removeStaleProfiles(outRoot, OUT_PREFIX);
      const dir = await mkdtemp(join(outRoot, `${OUT_PREFIX}${process.pid}-`));
      return {
        dir,
        async remove() {
          await rm(dir, { recursive: true, force: true, maxRetries: 3 });
          if (created) rmdirQuietly(outRoot);
        },
      };
    } catch {
      if (created) rmdirQuietly(outRoot);
      // Not writable (the build will say so when it writes): the temp folder will do for the browser.
    }
  }
  const dir = await mkdtemp(join(tmpdir(), `${TMP_PREFIX}${process.pid}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true, maxRetries: 3 }) };
}

function removeStaleProfiles(parent: string, prefix: string): void {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    if (Number.isInteger(pid) && pid > 0 && !processAlive(pid)) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

function rmdirQuietly(dir: string): void {
  try {
    rmdirSync(dir); // Only when empty.
  } catch {
    // Something else was written there meanwhile: keep it.
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
