// The five demo kommuner's network figure inputs, read through the real validate and metrics stages.

import { fileURLToPath } from 'node:url';
import { computeKommuneMetrics } from '../../../src/metrics/index.ts';
import { readKommune } from '../../../src/validate/kommune.ts';
import { readStudyConfig } from '../../../src/validate/study-config.ts';
import { kommuneNetworkInput, type NetworkFigureInput } from '../../../src/figures/networks/index.ts';
import type { Level } from '../../../src/types.ts';

export const DATA_ROOT = fileURLToPath(new URL('../../../data', import.meta.url));

export function demoNetworkInputs(level: Level, strong?: Level): NetworkFigureInput[] {
  const config = readStudyConfig(DATA_ROOT);
  return config.kommuner.map((slug) => {
    const { kommune } = readKommune(DATA_ROOT, config, slug);
    const metrics = computeKommuneMetrics(config, kommune);
    return kommuneNetworkInput({
      kommune,
      functions: config.functions,
      level,
      network: metrics.networks[level],
      strong: strong ? { level: strong, network: metrics.networks[strong] } : undefined,
    });
  });
}
