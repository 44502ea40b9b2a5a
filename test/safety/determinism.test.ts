// Same data, same bytes: two builds of Oppdal (HTML, PDF, SVG, JSON) under a different timezone and
// locale give byte-identical output. Slow-ish (two full builds with the browser).

import { describe, expect, it } from 'vitest';
import { afterAll } from 'vitest';
import { copyDemo, fingerprint, removeTemps, runCli, tempDir } from './cli.ts';
import { browserForTests } from '../output/helpers.ts';

afterAll(removeTemps);

const ENVS: Record<string, NodeJS.ProcessEnv> = {
  'UTC, C.UTF-8': { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
  'Pacific/Auckland, nb_NO.UTF-8': { TZ: 'Pacific/Auckland', LANG: 'nb_NO.UTF-8', LC_ALL: 'nb_NO.UTF-8', LANGUAGE: 'nb' },
};

describe.skipIf(!browserForTests())('determinism', () => {
  it('gives byte-identical HTML, PDF, SVG and JSON across timezones and locales', async () => {
    const root = copyDemo();
    const prints: Record<string, string>[] = [];
    for (const [label, env] of Object.entries(ENVS)) {
      const out = tempDir('det');
      const run = await runCli(['--kommune', 'oppdal', '--data', root, '--out', out], { env, timeoutMs: 240_000 });
      expect(run.code, `${label}:\n${run.stderr}`).toBe(0);
      prints.push(fingerprint(out));
    }
    const [a, b] = prints as [Record<string, string>, Record<string, string>];
    const files = Object.keys(a);
    expect(files).toEqual(expect.arrayContaining(['oppdal/notat.html', 'oppdal/notat.pdf', 'oppdal/metrics.json']));
    expect(files.filter((f) => f.endsWith('.svg')).length).toBeGreaterThan(5);
    const differing = files.filter((f) => a[f] !== b[f]);
    expect(differing).toEqual([]);
    expect(Object.keys(b)).toEqual(files);
  }, 480_000);
});
