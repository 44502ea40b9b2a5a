// Render stage: the words of a network reading, one implementation per language (phrases-nb.ts,
// phrases-nn.ts). Each function returns one finished sentence from facts already chosen by
// sentences.ts; numbers arrive as numbers and are formatted here, so both languages agree.

import type { Level } from '../../types.ts';

export interface Phrases {
  fragmented(f: { level: Level; components: number; isolates: number; persons: number }): string;
  noTies(f: { level: Level; persons: number }): string;
  largestPart(f: { persons: number }): string;
  integrated(f: { level: Level; persons: number; largest: number; diameter: number }): string;
  clusters(f: { level: Level; joined: number; separate: number; separateSize: number | null; alsoIntegrated: boolean }): string;
  star(f: { level: Level; hubDegree: number; others: number }): string;
  circle(f: { level: Level; persons: number }): string;
  elongated(f: { level: Level; diameter: number; averagePathLength: number }): string;
  /** Cluster by rank (0 = the largest), its size and the functions most of its members come from. */
  cluster(f: { rank: number; persons: number; functions: string[]; separate: boolean }): string;
  chainBetween(f: { persons: number; sides: { persons: number; functions: string[] }[] }): string;
  chainJoins(f: { persons: number }): string;
  bridgeBuilders(f: { count: number; byFunction: { function: string; persons: number }[]; between: boolean }): string;
  isolates(f: { level: Level; isolates: number; functions: string[] }): string;
  isolatesFrom(f: { functions: string[] }): string;
  inward(f: { functions: string[] }): string;
  mixing(f: { eiIndex: number }): string;
  change(f: { level: Level; from: Level; componentsBefore: number; componentsNow: number; isolatesNow: number }): string;
  compared(f: { level: Level; kommune: string; kommuner: number; most: boolean; least: boolean; longest: number | null }): string;
  thinResponse(f: { respondents: number; persons: number }): string;
  small(f: { persons: number }): string;
}
