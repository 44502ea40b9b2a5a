// The rating scale 1..6 plus "vet ikke" as figure categories: keys, labels, colours, counts.

import type { QuestionDef, RatingMetrics } from '../../types.ts';
import { KommunenotatError } from '../../errors.ts';
import { RATING_COLOURS, RATING_DONT_KNOW_STROKE, inkOn } from '../style.ts';

export const RATING_KEYS = ['1', '2', '3', '4', '5', '6', 'vet_ikke'] as const;
export type RatingKey = (typeof RATING_KEYS)[number];

export const DONT_KNOW_LABEL = 'Vet ikke';

/** The language of a chart's words: bokmål (the default) or nynorsk. */
export type ChartLanguage = 'nb' | 'nn';

/** Every fixed word the rating charts print, in both languages. */
export const CHART_WORDS = {
  nb: {
    dontKnow: DONT_KNOW_LABEL,
    from: 'fra',
    scale: 'en skala',
    noValid: 'ingen gyldige svar',
    noAnswers: 'ingen svar',
    mean: 'gjennomsnitt',
    answerAxis: 'Svaralternativ',
    shareAxis: 'Andel av dem som svarte',
    meanAxis: 'Gjennomsnitt; n = antall gyldige svar (vet ikke er holdt utenfor)',
    kommune: 'Kommune',
    answer: 'Svar',
    count: 'Antall',
    total: 'Totalt (N)',
    meanHeader: 'Gjennomsnitt',
    validHeader: 'Gyldige svar',
  },
  nn: {
    dontKnow: 'Veit ikkje',
    from: 'frå',
    scale: 'ein skala',
    noValid: 'ingen gyldige svar',
    noAnswers: 'ingen svar',
    mean: 'gjennomsnitt',
    answerAxis: 'Svaralternativ',
    shareAxis: 'Del av dei som svarte',
    meanAxis: 'Gjennomsnitt; n = talet på gyldige svar (veit ikkje er halde utanfor)',
    kommune: 'Kommune',
    answer: 'Svar',
    count: 'Tal',
    total: 'Totalt (N)',
    meanHeader: 'Gjennomsnitt',
    validHeader: 'Gyldige svar',
  },
} as const satisfies Record<ChartLanguage, Record<string, string>>;

/** The words of a language; anything but 'nn' gives bokmål. */
export function chartWords(language: ChartLanguage = 'nb'): (typeof CHART_WORDS)[ChartLanguage] {
  return language === 'nn' ? CHART_WORDS.nn : CHART_WORDS.nb;
}

/** One kommune's answers to one rating question, as the chart functions take them. */
export interface RatingRow {
  slug: string;
  name: string;
  metrics: RatingMetrics;
}

export function ratingCount(metrics: RatingMetrics, key: RatingKey): number {
  return key === 'vet_ikke' ? metrics.dontKnow : metrics.counts[key];
}

/** Short category label: "1" … "6", "Vet ikke" ("Veit ikkje" in nynorsk). */
export function ratingLabel(key: RatingKey, language: ChartLanguage = 'nb'): string {
  return key === 'vet_ikke' ? chartWords(language).dontKnow : key;
}

/** Category label with the scale's end labels: "1 Svært dårlig", "2", …, "6 Svært godt", "Vet ikke". */
export function ratingLegendLabel(key: RatingKey, question: QuestionDef, language: ChartLanguage = 'nb'): string {
  if (key === '1' && question.low) return `1 ${question.low}`;
  if (key === '6' && question.high) return `6 ${question.high}`;
  return ratingLabel(key, language);
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

/** "Svært dårlig" for the end label in running text, lower-cased: "fra 1 (svært dårlig) til 6 (svært godt)" ("frå 1 …" in nynorsk). */
export function scaleEnds(question: QuestionDef, language: ChartLanguage = 'nb'): string {
  const low = question.low ? ` (${question.low.toLowerCase()})` : '';
  const high = question.high ? ` (${question.high.toLowerCase()})` : '';
  return `${chartWords(language).from} 1${low} til 6${high}`;
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
