// The reading stage across the study: where each kommune's network stands among the others.

import { LEVELS, type Level } from '../types.ts';
import type { LevelReading } from './types.ts';

export interface LevelStanding {
  kommuner: number;
  /** Alone with the largest share of its persons in one component at this level. */
  most: boolean;
  /** Alone with the least connected one. */
  least: boolean;
  /** The diameter, when this kommune alone has the longest; else null. */
  longest: number | null;
}

/** A comparison is only drawn with three or more kommuner; below that every standing is empty. */
export const MIN_KOMMUNER_TO_COMPARE = 3;

export function standings(readings: ReadonlyMap<string, Record<Level, LevelReading>>): Map<string, Record<Level, LevelStanding>> {
  const slugs = [...readings.keys()];
  const result = new Map<string, Record<Level, LevelStanding>>(slugs.map((s) => [s, {} as Record<Level, LevelStanding>]));
  for (const level of LEVELS) {
    const score = (slug: string) => readings.get(slug)![level];
    for (const slug of slugs) {
      const mine = score(slug);
      const others = slugs.filter((s) => s !== slug).map(score);
      const compare = slugs.length >= MIN_KOMMUNER_TO_COMPARE;
      result.get(slug)![level] = {
        kommuner: slugs.length,
        most: compare && others.every((o) => better(mine, o)),
        least: compare && others.every((o) => better(o, mine)),
        longest: compare && others.every((o) => o.diameter < mine.diameter) ? mine.diameter : null,
      };
    }
  }
  return result;
}

/** a holds a larger share of its persons in one component than b. */
function better(a: LevelReading, b: LevelReading): boolean {
  return a.largestShare > b.largestShare + 1e-9;
}
