// The whole catalogue through the real command line (opt-in, ~2 minutes): CATALOGUE_CLI=all npm test.
// Each broken data set, after a good build of the valid one into the same --out: exit code 1, every
// expected line on stderr, no stack, and the previous output byte-identical.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDataSets, writeDataSet } from '../validate/data-set.ts';
import { fingerprint, removeTemps, runCli, tempDir } from '../safety/cli.ts';
import { CASES } from './cases.ts';
import { writeCase } from './run-case.ts';

afterAll(() => {
  removeDataSets();
  removeTemps();
});

describe.skipIf(process.env.CATALOGUE_CLI !== 'all')('every catalogue case through the CLI', () => {
  const out = tempDir('catalogue-out');
  let before: Record<string, string> = {};

  beforeAll(async () => {
    const good = await runCli(['--kommune', 'testby', '--data', writeDataSet(), '--out', out, '--format', 'html']);
    expect(good.code, good.stderr).toBe(0);
    before = fingerprint(out);
  }, 120_000);

  describe.concurrent('cases', () => {
    it.each(CASES.map((c) => [c.id, c] as const))('%s', async (_id, testCase) => {
      const root = writeCase(testCase);
      const run = await runCli(['--kommune', testCase.kommune ?? 'testby', '--data', root, '--out', out, '--format', 'html']);
      const lines = run.stderr.split('\n').map((line) => line.split(`${root}/`).join('').split(root).join('<data>').trim());
      expect(run.code, run.stderr).toBe(1);
      for (const want of testCase.expect) {
        const found = lines.some((line) => (typeof want === 'string' ? line === want : want.test(line)));
        expect(found, `${String(want)}\n--- stderr:\n${lines.join('\n')}`).toBe(true);
      }
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(fingerprint(out)).toEqual(before);
    }, 120_000);
  });
});
