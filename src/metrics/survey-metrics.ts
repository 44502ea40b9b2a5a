// Response rate, function counts and the answers to the study's questions (contract §3-4).

import type { KommuneData, RatingMetrics, StudyConfig, TextMetrics } from '../types.ts';
import { respondentRows } from './respondents.ts';

export interface SurveyMetrics {
  persons: number;
  respondents: number;
  responseRate: number;
  functions: Record<string, number>;
  functionTotal: number;
  questions: Record<string, RatingMetrics | TextMetrics>;
}

const RATING_VALUES = ['1', '2', '3', '4', '5', '6'] as const;

/** Survey figures of one kommune; functions and questions keyed in study.yaml order. */
export function surveyMetrics(
  config: Pick<StudyConfig, 'functions' | 'questions'>,
  kommune: Pick<KommuneData, 'persons' | 'responses'>,
): SurveyMetrics {
  const rows = respondentRows(kommune);
  const respondents = new Set(rows.map((r) => r.id)).size;
  const persons = kommune.persons.length;
  const functions = functionCounts(config.functions, kommune.persons);
  const questions: Record<string, RatingMetrics | TextMetrics> = {};
  for (const question of config.questions) {
    questions[question.id] =
      question.kind === 'rating'
        ? ratingMetrics(rows.map((r) => r.ratings[question.id] ?? null))
        : textMetrics(rows.map((r) => r.texts[question.id] ?? ''));
  }
  return {
    persons,
    respondents,
    responseRate: persons === 0 ? 0 : respondents / persons,
    functions,
    functionTotal: Object.values(functions).reduce((sum, count) => sum + count, 0),
    questions,
  };
}

/** Per function code of the study: persons holding it at any position of their list (0 included). */
export function functionCounts(
  functions: readonly { code: string }[],
  persons: readonly { functions: readonly string[] }[],
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { code } of functions) counts[code] = persons.filter((p) => p.functions.includes(code)).length;
  return counts;
}

/** answered = 1..6 or vet ikke; dontKnow = vet ikke; valid = 1..6; mean of the valid values or null. */
export function ratingMetrics(answers: readonly (number | 'vet_ikke' | null)[]): RatingMetrics {
  const counts: RatingMetrics['counts'] = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0 };
  let dontKnow = 0;
  let valid = 0;
  let sum = 0;
  for (const answer of answers) {
    if (answer === 'vet_ikke') {
      dontKnow++;
    } else if (answer !== null) {
      const key = String(answer) as (typeof RATING_VALUES)[number];
      if (!RATING_VALUES.includes(key)) continue;
      counts[key]++;
      valid++;
      sum += answer;
    }
  }
  return { answered: valid + dontKnow, dontKnow, valid, mean: valid === 0 ? null : sum / valid, counts };
}

/** answered = answers with non-blank text after trimming. */
export function textMetrics(answers: readonly string[]): TextMetrics {
  return { answered: answers.filter((text) => text.trim() !== '').length };
}
