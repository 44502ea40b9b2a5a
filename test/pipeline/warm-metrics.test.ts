// A warm process (--watch) keeps each kommune's metrics between builds: reused only while the
// config and that kommune's data are the same, and then equal to what a fresh build computes.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { serializeMetrics } from '../../src/metrics/index.ts';
import { measureStudy, type WarmState } from '../../src/pipeline/build.ts';
import { silentLogger } from '../../src/pipeline/effects.ts';
import { copyDemo, removeTempDirs } from '../cli/helpers.ts';

afterAll(removeTempDirs);

const effects = () => ({ logger: silentLogger(), now: () => 0 });

it('reuses the metrics of unchanged kommuner and recomputes the corrected one exactly', async () => {
  const data = copyDemo();
  const warm: WarmState = { metrics: new Map() };
  const first = await measureStudy(data, effects(), warm);
  const slugs = [...first.metrics.keys()];
  expect(slugs.length).toBeGreaterThan(1);
  expect(warm.metrics.size).toBe(slugs.length);

  const again = await measureStudy(data, effects(), warm);
  for (const slug of slugs) expect(again.metrics.get(slug)).toBe(first.metrics.get(slug));

  const responses = join(data, 'kommuner', 'oppdal', 'responses.csv');
  const lines = readFileSync(responses, 'utf8').split('\n');
  const fields = lines[1]!.split(';');
  fields[1] = String(Number(fields[1]) < 6 ? Number(fields[1]) + 1 : Number(fields[1]) - 1);
  lines[1] = fields.join(';');
  writeFileSync(responses, lines.join('\n'));

  const corrected = await measureStudy(data, effects(), warm);
  const fresh = await measureStudy(data, effects());
  expect(corrected.metrics.get('oppdal')).not.toBe(first.metrics.get('oppdal'));
  for (const slug of slugs) {
    if (slug !== 'oppdal') expect(corrected.metrics.get(slug)).toBe(first.metrics.get(slug));
    expect(serializeMetrics(corrected.metrics.get(slug)!)).toBe(serializeMetrics(fresh.metrics.get(slug)!));
  }
  expect(serializeMetrics(corrected.metrics.get('oppdal')!)).not.toBe(serializeMetrics(first.metrics.get('oppdal')!));
});
