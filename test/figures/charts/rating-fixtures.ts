// Rating answers worked out by hand so the means are Tabell 2's published ones:
// Volda 4, Rissa 4, Nærøy 3,7, Ørland 2,9, Oppdal 2,7 (vet ikke left out; nobody answered 6).

import type { QuestionDef, RatingMetrics } from '../../../src/types.ts';
import type { RatingRow } from '../../../src/figures/charts/index.ts';

export const SAMORDNING: QuestionDef = {
  id: 'samordning',
  kind: 'rating',
  text: 'Hvor godt mener du at samordningen av det boligsosiale arbeidet fungerer i din kommune?',
  low: 'Svært dårlig',
  high: 'Svært godt',
};

export const MOTEPLASSER: QuestionDef = {
  id: 'moteplasser',
  kind: 'rating',
  text: 'Min kommune har gode formelle møtepunkter for diskusjon av boligsosiale spørsmål.',
  low: 'Helt uenig',
  high: 'Helt enig',
};

/** Metrics from counts of 1..6 and the number of "vet ikke". */
export function metrics(counts: [number, number, number, number, number, number], dontKnow: number): RatingMetrics {
  const valid = counts.reduce((a, b) => a + b, 0);
  const sum = counts.reduce((a, b, i) => a + b * (i + 1), 0);
  return {
    answered: valid + dontKnow,
    dontKnow,
    valid,
    mean: valid ? sum / valid : null,
    counts: { '1': counts[0], '2': counts[1], '3': counts[2], '4': counts[3], '5': counts[4], '6': counts[5] },
  };
}

export function tabell2Rows(): RatingRow[] {
  return [
    { slug: 'orland', name: 'Ørland', metrics: metrics([2, 3, 1, 2, 2, 0], 5) }, // 29/10 = 2,9; N = 15
    { slug: 'naroy', name: 'Nærøy', metrics: metrics([0, 2, 6, 8, 4, 0], 0) }, // 74/20 = 3,7; N = 20
    { slug: 'oppdal', name: 'Oppdal', metrics: metrics([2, 6, 8, 4, 0, 0], 3) }, // 54/20 = 2,7; N = 23
    { slug: 'rissa', name: 'Rissa', metrics: metrics([0, 1, 3, 5, 5, 0], 10) }, // 56/14 = 4,0; N = 24
    { slug: 'volda', name: 'Volda', metrics: metrics([0, 0, 4, 12, 4, 0], 4) }, // 80/20 = 4,0; N = 24
  ];
}

/** Oppdal's "møtepunkter" answers: mostly disagreement (Figur 22). */
export const OPPDAL_MOTEPLASSER = metrics([7, 8, 4, 2, 1, 0], 1);
