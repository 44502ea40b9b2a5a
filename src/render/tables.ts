// Render stage: the note's numbered tables, computed from the study's data (never typed by hand); the
// compact comparison chapter's tables are in comparison-tables.ts.

import type { FunctionDef, QuestionDef, RatingMetrics } from '../types.ts';
import { comparisonTable, functionsSummaryTable, NETWORK_TABLE_IDS, POLITICAL_TABLE_ID } from './comparison-tables.ts';
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
  /** Index in `rows` of the note's own kommune: set in bold and named for screen readers. */
  currentRow?: number;
  /** A row per kommune of the study: set tighter in the compact comparison, to keep a county's table on one page. */
  perKommune?: boolean;
}

export interface TableInput {
  kommuner: KommuneView[];
  functions: FunctionDef[];
  questions: QuestionDef[];
  strings: Strings;
  /** The compact comparison chapter (config.comparison): tables fit for a study of many kommuner. */
  compact: boolean;
}

/** The ids `{{table "…"}}` accepts, for messages. */
export function tableIds(input: TableInput): string[] {
  const ratings = input.questions.filter((q) => q.kind === 'rating').map((q) => `mean-${q.id}`);
  return ['functions', 'function-labels', ...ratings, ...NETWORK_TABLE_IDS, POLITICAL_TABLE_ID];
}

/** The table with this id, or null when there is no such table. */
export function buildTable(id: string, input: TableInput): NoteTable | null {
  if (id === 'functions') return input.compact ? functionsSummaryTable(input) : functionsTable(input);
  if (id === 'function-labels') return labelsTable(input);
  const question = input.questions.find((q) => q.kind === 'rating' && id === `mean-${q.id}`);
  return question ? meanTable(question, input) : comparisonTable(id, input);
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
function meanTable(question: QuestionDef, { kommuner, strings, compact }: TableInput): NoteTable {
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
    perKommune: true,
    // Among many kommuner the reader looks for the own one; the full chapter's few rows need no mark.
    ...(compact ? { currentRow: sorted.findIndex(({ k }) => k.current) } : {}),
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('nb') + text.slice(1);
}
