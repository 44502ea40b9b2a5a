// Every network figure input of the demo study as the notes draw them: each kommune's daily,
// weekly (daily drawn stronger) and monthly (weekly drawn stronger) network, in its note's language.

import { kommuneNetworkInput, type NetworkFigureInput } from '../../../src/figures/networks/index.ts';
import { computeKommuneMetrics } from '../../../src/metrics/index.ts';
import type { Level } from '../../../src/types.ts';
import { readKommune } from '../../../src/validate/kommune.ts';
import { readStudyConfig } from '../../../src/validate/study-config.ts';
import { DATA_ROOT } from './demo-networks.ts';

const STRONGER: Partial<Record<Level, Level>> = { weekly: 'daily', monthly: 'weekly' };

export interface DemoFigure {
  input: NetworkFigureInput;
  /** Tabell 1: persons per function code (every function a person holds). */
  functions: Record<string, number>;
}

export function demoFigureInputs(root = DATA_ROOT): DemoFigure[] {
  const config = readStudyConfig(root);
  return config.kommuner.flatMap((slug) => {
    const { kommune } = readKommune(root, config, slug);
    const metrics = computeKommuneMetrics(config, kommune);
    const language = String(kommune.raw.language ?? '').toLowerCase() === 'nn' ? 'nn' : 'nb';
    return (['daily', 'weekly', 'monthly'] as const).map((level) => {
      const stronger = STRONGER[level];
      return {
        input: kommuneNetworkInput({
          kommune,
          functions: config.functions,
          level,
          network: metrics.networks[level],
          strong: stronger ? { level: stronger, network: metrics.networks[stronger] } : undefined,
          language,
        }),
        functions: metrics.functions,
      };
    });
  });
}
