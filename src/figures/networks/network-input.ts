// The bridge from the metrics stage: a kommune's checked data and one level's NetworkMetrics →
// the NetworkFigureInput of its figure. Only ids, functions and answered/not go in:
// never a person's name.

import type { FunctionDef, KommuneData, Level, NetworkMetrics } from '../../types.ts';
import type { FigureLanguage, NetworkFigureInput } from './types.ts';

/** "Daglig", "Ukentlig", "Månedlig" (nynorsk "Dagleg", "Vekentleg", "Månadleg"). */
export const LEVEL_WORDS: Record<FigureLanguage, Record<Level, string>> = {
  nb: { daily: 'Daglig', weekly: 'Ukentlig', monthly: 'Månedlig' },
  nn: { daily: 'Dagleg', weekly: 'Vekentleg', monthly: 'Månadleg' },
};

export interface KommuneNetworkOptions {
  kommune: Pick<KommuneData, 'slug' | 'name' | 'persons' | 'responses'>;
  functions: FunctionDef[];
  level: Level;
  network: NetworkMetrics;
  /** A more frequent level whose ties are drawn stronger (e.g. daily within weekly). */
  strong?: { level: Level; network: NetworkMetrics };
  size?: 'full' | 'small';
  language?: FigureLanguage;
}

/** Figure id `network-<slug>-<level>`, title "Ukentlig kontakt i Oppdal". */
export function kommuneNetworkInput(o: KommuneNetworkOptions): NetworkFigureInput {
  const respondents = new Set(o.kommune.responses.map((r) => r.id));
  const LEVEL_WORD = LEVEL_WORDS[o.language ?? 'nb'];
  const word = LEVEL_WORD[o.level];
  return {
    id: `network-${o.kommune.slug}-${o.level}`,
    title: `${word} kontakt i ${o.kommune.name}`,
    persons: o.kommune.persons.map((p) => ({ id: p.id, functionCode: p.functions[0] ?? '', functionCodes: [...p.functions], respondent: respondents.has(p.id) })),
    functions: o.functions,
    ties: o.network.ties,
    strongTies: o.strong?.network.ties,
    tieLegend: o.strong
      ? { tie: `${word} kontakt`, strongTie: `${LEVEL_WORD[o.strong.level]} kontakt` }
      : { tie: `${word} kontakt` },
    communities: o.network.communities,
    brokers: o.network.brokers,
    size: o.size,
    language: o.language,
  };
}
