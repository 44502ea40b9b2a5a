// The rating scale 1..6 plus "vet ikke" as figure categories: keys, labels, colours, counts.

import type { QuestionDef, RatingMetrics } from '../../types.ts';
import { KommunenotatError } from '../../errors.ts';
import { RATING_COLOURS, RATING_DONT_KNOW_STROKE, inkOn } from '../style.ts';

export const RATING_KEYS = ['1', '2', '3', '4', '5', '6', 'vet_ikke'] as const;
export type RatingKey = (typeof RATING_KEYS)[number];

export const DONT_KNOW_LABEL = 'Vet ikke';

/** One kommune's answers to one rating question, as the chart functions take them. */
export interface RatingRow {
  slug: string;
  name: string;
  metrics: RatingMetrics;
}

export function ratingCount(metrics: RatingMetrics, key: RatingKey): number {
  return key === 'vet_ikke' ? metrics.dontKnow : metrics.counts[key];
}

/** Short category label: "1" … "6", "Vet ikke". */
export function ratingLabel(key: RatingKey): string {
  return key === 'vet_ikke' ? DONT_KNOW_LABEL : key;
}

/** Category label with the scale's end labels: "1 Svært dårlig", "2", …, "6 Svært godt", "Vet ikke". */
export function ratingLegendLabel(key: RatingKey, question: QuestionDef): string {
  if (key === '1' && question.low) return `1 ${question.low}`;
  if (key === '6' && question.high) return `6 ${question.high}`;
  return ratingLabel(key);
}

export function ratingColour(key: RatingKey): string {
  return RATING_COLOURS[key];
}

/** The outline of a category's marks: only «Vet ikke» (white, off the scale) has one; null for none. */
export function ratingStroke(key: RatingKey): string | null {
  return key === 'vet_ikke' ? RATING_DONT_KNOW_STROKE : null;
}

export function ratingLabelInk(key: RatingKey): string {
  return inkOn(RATING_COLOURS[key]);
}

/** "Svært dårlig" for the end label in running text, lower-cased: "1 (svært dårlig)". */
export function scaleEnds(question: QuestionDef): string {
  const low = question.low ? ` (${question.low.toLowerCase()})` : '';
  const high = question.high ? ` (${question.high.toLowerCase()})` : '';
  return `fra 1${low} til 6${high}`;
}

/** Throws when a rating question id is not a safe id fragment (ids end up in HTML anchors). */
export function checkedQuestionId(question: QuestionDef): string {
  if (!/^[a-z0-9_-]+$/i.test(question.id)) throw new KommunenotatError('internal', `Question id "${question.id}" cannot be part of a figure id`);
  return question.id;
}

/** The question in guillemets for titles and alt texts, without a closing full stop: «… spørsmål». */
export function quoted(question: QuestionDef): string {
  return `«${question.text.trim().replace(/\.$/, '')}»`;
}
