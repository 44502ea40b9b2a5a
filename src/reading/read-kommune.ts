// The reading stage for a kommune: every network level read, and where each stands in the study.

import { LEVELS, type KommuneData, type KommuneMetrics, type Level, type StudyConfig } from '../types.ts';
import { drawnCommunities } from '../figures/networks/cluster-rule.ts';
import { standings, type LevelStanding } from './compare.ts';
import { readNetwork } from './read-network.ts';
import type { LevelReading, ReadingContext } from './types.ts';

export interface KommuneReadingFacts {
  slug: string;
  levels: Record<Level, LevelReading>;
  standing: Record<Level, LevelStanding>;
  context: ReadingContext;
  /** Primary functions that one person alone holds in the kommune: the sentences never name them. */
  single: Set<string>;
}

/**
 * Reads every kommune's networks. `drawnClusters` gives, per kommune and level, the clusters its
 * figure outlines; where it is missing, the figures' own rule picks them from the communities.
 */
export function readStudyNetworks(
  config: StudyConfig,
  kommuner: readonly KommuneData[],
  metrics: ReadonlyMap<string, KommuneMetrics>,
  drawnClusters?: (slug: string, level: Level) => readonly (readonly string[])[] | undefined,
): Map<string, KommuneReadingFacts> {
  const functionOrder = config.functions.map((f) => f.code);
  const levels = new Map<string, Record<Level, LevelReading>>();
  for (const kommune of kommuner) {
    const m = metrics.get(kommune.slug)!;
    const primary = primaryFunctions(kommune);
    const read = {} as Record<Level, LevelReading>;
    for (const level of LEVELS) {
      const network = m.networks[level];
      read[level] = readNetwork({ network, primary, functionOrder, drawnClusters: drawnClusters?.(kommune.slug, level) ?? drawnCommunities(network.communities, network.ties) });
    }
    levels.set(kommune.slug, read);
  }
  const standing = standings(levels);
  return new Map(
    kommuner.map((kommune) => {
      const m = metrics.get(kommune.slug)!;
      const facts: KommuneReadingFacts = {
        slug: kommune.slug,
        levels: levels.get(kommune.slug)!,
        standing: standing.get(kommune.slug)!,
        context: { persons: m.persons, respondents: m.respondents, nonRespondents: m.persons - m.respondents },
        single: singleHolders(kommune),
      };
      return [kommune.slug, facts];
    }),
  );
}

function primaryFunctions(kommune: KommuneData): Record<string, string> {
  const primary: Record<string, string> = {};
  for (const person of kommune.persons) if (person.functions[0] !== undefined) primary[person.id] = person.functions[0];
  return primary;
}

function singleHolders(kommune: KommuneData): Set<string> {
  const counts = new Map<string, number>();
  for (const person of kommune.persons) {
    const fn = person.functions[0];
    if (fn !== undefined) counts.set(fn, (counts.get(fn) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n === 1).map(([fn]) => fn));
}
