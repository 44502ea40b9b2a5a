// responses.csv of one kommune: the design's rating counts and text-answer counts, dealt out to
// the respondents in a seeded order.

import type { KommuneDesign, RatingDesign } from './design.ts';
import type { DemoPerson, DemoResponse, RatingValue } from './model.ts';
import type { Rng } from './rng.ts';
import { TEXT_ANSWERS } from './texts.ts';

const TEXT_QUESTIONS = ['styrker', 'utfordringer', 'samordningsutfordringer'] as const;

/**
 * How many answers of each text question, in respondent order, a note may quote: {{sitater q n}}
 * prints the first n (the demo texts quote at most 2). Those must differ between the kommuner.
 */
export const QUOTED_FIRST = 2;

/**
 * `quoted`: the answers earlier kommuner may quote (per question), shared across the study's
 * kommuner in generation order; this kommune's first QUOTED_FIRST are kept out of it and added.
 */
export function buildResponses(
  design: KommuneDesign,
  persons: readonly DemoPerson[],
  rng: Rng,
  quoted: Map<string, Set<string>> = new Map(),
): DemoResponse[] {
  const respondents = persons.filter((p) => p.respondent);
  const samordning = rng.shuffle(ratingValues(design.slug, 'samordning', design.ratings.samordning, respondents.length));
  const moteplasser = rng.shuffle(ratingValues(design.slug, 'moteplasser', design.ratings.moteplasser, respondents.length));
  const texts = Object.fromEntries(
    TEXT_QUESTIONS.map((q) => {
      const answers = textAnswers(design.slug, q, design.texts[q], respondents.length, rng);
      const taken = quoted.get(q) ?? new Set<string>();
      quoted.set(q, taken);
      return [q, unquotedFirst(design.slug, q, answers, taken)];
    }),
  ) as Record<(typeof TEXT_QUESTIONS)[number], string[]>;
  return respondents.map((person, i) => ({
    id: person.id,
    ratings: { samordning: samordning[i]!, moteplasser: moteplasser[i]! },
    texts: {
      styrker: texts.styrker[i]!,
      utfordringer: texts.utfordringer[i]!,
      samordningsutfordringer: texts.samordningsutfordringer[i]!,
    },
  }));
}

/** One value per respondent, in a fixed order: the counts, then "vet ikke", then blanks. */
function ratingValues(slug: string, question: string, design: RatingDesign, respondents: number): RatingValue[] {
  const values: RatingValue[] = [];
  for (const value of ['1', '2', '3', '4', '5', '6'] as const) {
    for (let i = 0; i < (design.counts[value] ?? 0); i++) values.push(value);
  }
  for (let i = 0; i < design.vetIkke; i++) values.push('vet ikke');
  for (let i = 0; i < design.blank; i++) values.push('');
  if (values.length !== respondents) {
    throw new Error(`${slug}: ${question} has ${values.length} answers for ${respondents} respondents`);
  }
  return values;
}

/**
 * The answers with the first QUOTED_FIRST non-blank ones swapped, where another kommune may already
 * quote them, with the next later answer that no kommune quotes (the set of answers, and so every
 * count, stays the same); those first ones are then added to `taken`.
 */
function unquotedFirst(slug: string, question: string, answers: readonly string[], taken: Set<string>): string[] {
  const out = [...answers];
  const filled = out.map((a, i) => (a === '' ? -1 : i)).filter((i) => i >= 0);
  for (const [k, i] of filled.slice(0, QUOTED_FIRST).entries()) {
    if (!taken.has(out[i]!)) continue;
    const j = filled.slice(k + 1).find((later) => !taken.has(out[later]!) && !filled.slice(0, k).includes(later));
    if (j === undefined) throw new Error(`${slug}: every answer to ${question} is already quoted in another kommune`);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  for (const i of filled.slice(0, QUOTED_FIRST)) taken.add(out[i]!);
  return out;
}

/** `answered` distinct answers from the pool at random positions, blanks elsewhere. */
function textAnswers(slug: string, question: keyof typeof TEXT_ANSWERS, answered: number, respondents: number, rng: Rng): string[] {
  const pool = TEXT_ANSWERS[question];
  if (answered > pool.length || answered > respondents) {
    throw new Error(`${slug}: ${answered} answers to ${question} asked for, pool ${pool.length}, respondents ${respondents}`);
  }
  const answers = rng.shuffle(pool).slice(0, answered);
  return rng.shuffle([...answers, ...Array<string>(respondents - answered).fill('')]);
}
