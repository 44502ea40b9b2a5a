// A full build of a note under `strace -f -e trace=network`: Chromium resolves no host and opens no
// connection off the machine. Before browser-isolation.ts, the same build made 40 DNS queries
// (accounts.google.com, clients2.google.com, update.googleapis.com) and connected to the resolver.

import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { networkNamespace } from '../../src/output/browser-isolation.ts';
import { browserForTests } from '../output/helpers.ts';
import { removeTemps, runCli, tempDir } from './cli.ts';
import { networkUse, straceForTests } from './strace.ts';

afterAll(removeTemps);

const IPV6_PROBE = /inet_pton\(AF_INET6, "2001:4860:4860::8888"/;

async function tracedBuild(env: NodeJS.ProcessEnv) {
  const dir = tempDir('strace');
  const log = join(dir, 'strace.log');
  const run = await runCli(['--kommune', 'oppdal', '--out', join(dir, 'out')], {
    env,
    wrap: ['strace', '-f', '-qq', '-e', 'trace=network', '-o', log],
    timeoutMs: 400_000,
  });
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toMatch(/\[oppdal\] pdf\s/);
  return networkUse(log);
}

describe.skipIf(!browserForTests() || !straceForTests())('the browser has no way out', () => {
  it('in an empty network namespace (where one can be made): no DNS query, no internet socket at all', async (context) => {
    if (!networkNamespace()) context.skip(); // unshare cannot make one here: the next test covers the switches alone
    const use = await tracedBuild({});
    expect(use.dns).toEqual([]);
    expect(use.outside).toEqual([]);
    expect(use.inetSockets).toEqual([]);
  }, 420_000);

  // Where the namespace exists this runs in the long run only (CATALOGUE_CLI=all); elsewhere always.
  it('with the switches alone: no DNS query, no TCP socket, no connect off the machine but the IPv6 probe, which sends nothing', async (context) => {
    if (networkNamespace() && process.env.CATALOGUE_CLI !== 'all') context.skip();
    const use = await tracedBuild({ KOMMUNENOTAT_BROWSER_NETNS: '0' });
    expect(use.dns).toEqual([]);
    expect(use.tcpSockets).toEqual([]);
    // Chromium's host resolver asks the kernel for a route to Google's IPv6 DNS address (a UDP
    // connect(), no packet) before it applies the resolver rules; that is all that is left.
    expect(use.outside.filter((line) => !IPV6_PROBE.test(line))).toEqual([]);
    expect(use.outside.length).toBeLessThanOrEqual(3);
  }, 420_000);
});
