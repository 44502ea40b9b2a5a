// contacts.csv of one kommune: who reports each designed tie, plus the rarer contact
// (sjeldnere, aldri) respondents also tick. Only respondents report; where both ends answered,
// sometimes both report the pair, sometimes with a lower frequency from the second.

import { FREQUENCY_ORDER, type Frequency, type KommuneDesign, type TieDesign, type TieFrequency } from './design.ts';
import type { DemoContact, DemoPerson } from './model.ts';
import type { Rng } from './rng.ts';

/** Chance that the other end, when a respondent, reports the tie as well. */
const BOTH_REPORT = 0.45;
/** Chance that such a second report is one step less frequent. */
const SECOND_LOWER = 0.4;
/** Rare-contact rows per respondent. */
const RARE_ROWS = { min: 2, max: 6 };

/** The designed ties as `a|b` (keys sorted) → the most frequent contact of the pair. */
export function tieLevels(slug: string, ties: TieDesign, keys: ReadonlySet<string>): Map<string, TieFrequency> {
  const levels = new Map<string, TieFrequency>();
  for (const frequency of ['daglig', 'ukentlig', 'manedlig'] as const) {
    for (const [a, b] of ties[frequency]) {
      if (!keys.has(a) || !keys.has(b)) throw new Error(`${slug}: tie ${a}-${b} names an unknown person`);
      if (a === b) throw new Error(`${slug}: tie ${a}-${b} is a self-tie`);
      const pair = a < b ? `${a}|${b}` : `${b}|${a}`;
      if (levels.has(pair)) throw new Error(`${slug}: tie ${a}-${b} is listed twice`);
      levels.set(pair, frequency);
    }
  }
  return levels;
}

export function buildContacts(design: KommuneDesign, persons: readonly DemoPerson[], ties: TieDesign, rng: Rng): DemoContact[] {
  const byKey = new Map(persons.map((p) => [p.key, p]));
  const levels = tieLevels(design.slug, ties, new Set(byKey.keys()));
  const rows = new Map<string, DemoContact>();
  const add = (from: DemoPerson, to: DemoPerson, frequency: Frequency) =>
    rows.set(`${from.id}|${to.id}`, { from: from.id, to: to.id, frequency });

  for (const [pair, frequency] of levels) {
    const [a, b] = pair.split('|').map((key) => byKey.get(key)!) as [DemoPerson, DemoPerson];
    const reporters = rng.shuffle([a, b].filter((p) => p.respondent));
    if (reporters.length === 0) throw new Error(`${design.slug}: nobody can report the tie ${a.key}-${b.key}: neither answered`);
    const [first, second] = reporters as [DemoPerson, DemoPerson | undefined];
    add(first, first === a ? b : a, frequency);
    if (second && rng.chance(BOTH_REPORT)) {
      add(second, second === a ? b : a, rng.chance(SECOND_LOWER) ? lower(frequency) : frequency);
    }
  }
  addRareContact(persons, levels, rows, rng);
  return [...rows.values()].sort((x, y) => (x.from === y.from ? compare(x.to, y.to) : compare(x.from, y.from)));
}

/** Each respondent also names a few persons it has no tie with, as sjeldnere or aldri. */
function addRareContact(persons: readonly DemoPerson[], levels: ReadonlyMap<string, TieFrequency>, rows: Map<string, DemoContact>, rng: Rng): void {
  for (const from of persons.filter((p) => p.respondent)) {
    const strangers = persons.filter((to) => {
      if (to === from || rows.has(`${from.id}|${to.id}`)) return false;
      return !levels.has(from.key < to.key ? `${from.key}|${to.key}` : `${to.key}|${from.key}`);
    });
    const count = Math.min(strangers.length, rng.int(RARE_ROWS.min, RARE_ROWS.max));
    for (const to of rng.shuffle(strangers).slice(0, count)) {
      rows.set(`${from.id}|${to.id}`, { from: from.id, to: to.id, frequency: rng.chance(0.6) ? 'sjeldnere' : 'aldri' });
    }
  }
}

function lower(frequency: Frequency): Frequency {
  return FREQUENCY_ORDER[Math.min(FREQUENCY_ORDER.indexOf(frequency) + 1, FREQUENCY_ORDER.length - 1)]!;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
