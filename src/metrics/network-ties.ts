// Contacts → the undirected ties of the network at one frequency level (contract §3).

import { FREQUENCIES, LEVEL_THRESHOLD, type Contact, type Level } from '../types.ts';
import { normalizeTies, type Tie } from './graph.ts';

/**
 * The tie {a, b} exists at level L when a reported b, or b reported a, with a frequency at least as
 * frequent as L's threshold. Returns normalised ties (a < b), sorted.
 */
export function networkTies(contacts: readonly Pick<Contact, 'from' | 'to' | 'frequency'>[], level: Level): Tie[] {
  const threshold = FREQUENCIES.indexOf(LEVEL_THRESHOLD[level]);
  const counted = contacts.filter((c) => c.from !== c.to && FREQUENCIES.indexOf(c.frequency) <= threshold);
  return normalizeTies(counted.map((c) => [c.from, c.to] as const));
}
