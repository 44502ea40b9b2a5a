// Render stage: a network level's reading → its sentences in one language. Which facts are said,
// and how they are hedged, is decided here; the words are in phrases-nb.ts and phrases-nn.ts.
// Never a person: functions only, and no function that one person alone holds in the kommune.

import type { LevelStanding } from '../../reading/compare.ts';
import type { LevelReading, ReadingContext } from '../../reading/types.ts';
import type { Level } from '../../types.ts';
import type { Lang } from '../i18n.ts';
import type { Phrases } from './phrases.ts';
import { PHRASES_NB } from './phrases-nb.ts';
import { PHRASES_NN } from './phrases-nn.ts';

const PHRASES: Record<Lang, Phrases> = { nb: PHRASES_NB, nn: PHRASES_NN };

/** Response rate under this gets a hedge: ties between two non-respondents are missing. */
export const THIN_RESPONSE = 2 / 3;
/** Networks of fewer persons get a hedge. */
export const SMALL_NETWORK = 10;
/** At most this many clusters are described one by one. */
const CLUSTERS_DESCRIBED = 3;

export interface SentenceInput {
  level: Level;
  reading: LevelReading;
  /** The level before (daily before weekly, weekly before monthly), for how the picture changes. */
  previous?: { level: Level; reading: LevelReading };
  standing?: LevelStanding;
  kommuneName: string;
  context: ReadingContext;
  /** The function's name in running text, in the note's language. */
  functionName: (code: string) => string;
  /** Functions that one person alone holds as primary function in the kommune: never named. */
  single: ReadonlySet<string>;
}

export function readingSentences(input: SentenceInput, lang: Lang): string[] {
  const p = PHRASES[lang];
  const { level, reading: r } = input;
  const has = (shape: string) => r.shapes.includes(shape as never);
  const out: string[] = [];
  const clustersSaid = () => {
    const joined = r.clusters.filter((c) => !c.separate).length;
    const separate = r.clusters.filter((c) => c.separate);
    out.push(p.clusters({
      level,
      joined,
      separate: separate.length,
      separateSize: separate.length === 1 ? separate[0]!.persons : null,
      alsoIntegrated: has('integrated') && r.shapes.indexOf('clusters') < r.shapes.indexOf('integrated'),
    }));
  };
  const chainSaid = (dominant: boolean) => {
    if (dominant || r.chain === null) {
      out.push(p.elongated({ level, diameter: r.diameter, averagePathLength: r.averagePathLength }));
    }
    if (r.chain !== null && r.sides.length === 2) {
      out.push(p.chainBetween({ persons: r.chain.persons, sides: r.sides.map((s) => ({ persons: s.persons, functions: majority(s, input) })) }));
    } else if (r.chain !== null) {
      out.push(p.chainJoins({ persons: r.chain.persons }));
    }
  };
  const fragmented = r.shapes[0] === 'fragmented';
  r.shapes.forEach((shape, i) => {
    if (shape === 'fragmented' && r.isolates === r.persons) out.push(p.noTies({ level, persons: r.persons }));
    else if (shape === 'fragmented') {
      out.push(p.fragmented({ level, components: r.components, isolates: r.isolates, persons: r.persons }));
      out.push(p.largestPart({ persons: Math.round(r.largestShare * r.persons) }));
    }
    if (shape === 'star') out.push(p.star({ level, hubDegree: r.hub.degree, others: r.persons - 1 }));
    if (shape === 'circle') out.push(p.circle({ level, persons: r.persons }));
    if (shape === 'chain') chainSaid(i === 0);
    if (shape === 'clusters' && !fragmented) clustersSaid();
    if (shape === 'integrated' && !(has('clusters') && r.shapes.indexOf('clusters') < i)) {
      out.push(p.integrated({ level, persons: r.persons, largest: Math.round(r.largestShare * r.persons), diameter: r.diameter }));
    }
  });
  if (has('clusters') && r.shapes[0] !== 'chain' && !fragmented) {
    let rank = 0;
    for (const c of r.clusters.slice(0, CLUSTERS_DESCRIBED)) {
      out.push(p.cluster({ rank, persons: c.persons, functions: majority(c, input), separate: c.separate }));
      if (!c.separate) rank += 1;
    }
  }
  if (r.bridgeBuilders.length > 0) {
    const counts = new Map<string, number>();
    for (const b of r.bridgeBuilders) if (!input.single.has(b.function)) counts.set(b.function, (counts.get(b.function) ?? 0) + 1);
    const byFunction = [...counts].sort((a, b) => b[1] - a[1]).map(([fn, n]) => ({ function: input.functionName(fn), persons: n }));
    out.push(p.bridgeBuilders({ count: r.bridgeBuilders.length, byFunction, between: has('clusters') }));
  }
  if (r.isolates > 0) {
    const functions = majority(
      { functions: r.isolateFunctions.map((f) => f.function), counts: r.isolateFunctions.map((f) => f.persons), persons: r.isolates },
      input,
    );
    if (!fragmented) out.push(p.isolates({ level, isolates: r.isolates, functions }));
    else if (r.isolates === r.persons) return hedged(out, p, input);
    else if (functions.length > 0) out.push(p.isolatesFrom({ functions }));
  }
  const inward = r.homophily.inward.filter((fn) => !input.single.has(fn)).slice(0, 3);
  if (inward.length > 0) out.push(p.inward({ functions: inward.map(input.functionName) }));
  else if (r.homophily.eiIndex !== null) out.push(p.mixing({ eiIndex: r.homophily.eiIndex }));
  if (input.previous) {
    const before = input.previous.reading;
    if (before.components !== r.components || before.isolates !== r.isolates) {
      out.push(p.change({ level, from: input.previous.level, componentsBefore: before.components, componentsNow: r.components, isolatesNow: r.isolates }));
    }
  }
  return hedged(out, p, input);
}

/** The comparison with the study and the hedges, after what the network shows. */
function hedged(out: string[], p: Phrases, input: SentenceInput): string[] {
  const { level, reading: r } = input;
  const s = input.standing;
  if (s && (s.most || s.least || s.longest !== null)) {
    out.push(p.compared({ level, kommune: input.kommuneName, kommuner: s.kommuner, most: s.most, least: s.least, longest: s.longest }));
  }
  if (input.context.persons > 0 && input.context.respondents / input.context.persons < THIN_RESPONSE) {
    out.push(p.thinResponse({ respondents: input.context.respondents, persons: input.context.persons }));
  }
  if (r.persons < SMALL_NETWORK) out.push(p.small({ persons: r.persons }));
  return out;
}

/**
 * The functions that together hold most (more than half) of a group, largest first, each with at
 * least two members there and none held by one person alone in the kommune; at most three. Empty
 * when three such functions do not make a majority: then no function is named.
 */
function majority(group: { functions: string[]; counts: number[]; persons: number }, input: SentenceInput): string[] {
  const chosen: string[] = [];
  let held = 0;
  for (let i = 0; i < group.functions.length && chosen.length < 3; i++) {
    const fn = group.functions[i]!;
    const count = group.counts[i]!;
    if (count < 2 || input.single.has(fn)) continue;
    chosen.push(fn);
    held += count;
    if (held * 2 > group.persons) return chosen.map(input.functionName);
  }
  return [];
}
