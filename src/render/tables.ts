// Render stage: the note's numbered tables, computed from the study's data (never typed by hand).

import type { FunctionDef, QuestionDef, RatingMetrics } from '../types.ts';
import type { KommuneView } from './context.ts';
import { formatNumber, formatPercent } from './format.ts';
import type { Strings } from './i18n.ts';

export interface NoteTable {
  caption: string;
  headers: string[];
  /** First cell of each row is its header (th scope="row"). */
  rows: string[][];
  /** Sum rows, set in bold. */
  footRows: string[][];
}

export interface TableInput {
  kommuner: KommuneView[];
  functions: FunctionDef[];
  questions: QuestionDef[];
  strings: Strings;
}

/** The ids `{{table "…"}}` accepts, for messages. */
export function tableIds(input: TableInput): string[] {
  const ratings = input.questions.filter((q) => q.kind === 'rating').map((q) => `mean-${q.id}`);
  return ['functions', 'function-labels', ...ratings];
}

/** The table with this id, or null when there is no such table. */
export function buildTable(id: string, input: TableInput): NoteTable | null {
  if (id === 'functions') return functionsTable(input);
  if (id === 'function-labels') return labelsTable(input);
  const question = input.questions.find((q) => q.kind === 'rating' && id === `mean-${q.id}`);
  return question ? meanTable(question, input) : null;
}

function functionsTable({ kommuner, functions, strings }: TableInput): NoteTable {
  return {
    caption: strings.get('functionsCaption'),
    headers: [strings.get('function'), ...kommuner.map((k) => k.name)],
    rows: functions.map((f) => [f.name, ...kommuner.map((k) => formatNumber(k.functions[f.code] ?? 0))]),
    footRows: [
      [strings.get('functionsTotal'), ...kommuner.map((k) => formatNumber(k.functionTotal))],
      [strings.get('functionsPersons'), ...kommuner.map((k) => formatNumber(k.persons))],
      [
        strings.get('functionsRespondents'),
        ...kommuner.map((k) => `${formatNumber(k.respondents)} (${formatPercent(k.responseRate)})`),
      ],
    ],
  };
}

function labelsTable({ functions, strings }: TableInput): NoteTable {
  return {
    caption: strings.get('labelsCaption'),
    headers: [strings.get('abbreviation'), strings.get('function')],
    rows: functions.map((f) => [f.label, f.name]),
    footRows: [],
  };
}

/** Means as the reference prints them: one decimal, a whole number without ",0"; highest first. */
function meanTable(question: QuestionDef, { kommuner, strings }: TableInput): NoteTable {
  const metrics = (k: KommuneView) => k.questions[question.id] as RatingMetrics | undefined;
  const sorted = kommuner
    .map((k, i) => ({ k, i, mean: metrics(k)?.mean ?? null }))
    .sort((a, b) => (b.mean ?? -Infinity) - (a.mean ?? -Infinity) || a.i - b.i);
  return {
    caption: strings.get('meanCaption', {
      question: question.text,
      low: lowerFirst(question.low ?? '1'),
      high: lowerFirst(question.high ?? '6'),
    }),
    headers: [strings.get('kommune'), strings.get('mean'), strings.get('validAnswers')],
    rows: sorted.map(({ k, mean }) => [
      k.name,
      mean === null ? strings.get('noAnswer') : formatNumber(mean, 1, true),
      formatNumber(metrics(k)?.valid ?? 0),
    ]),
    footRows: [],
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('nb') + text.slice(1);
}
