// Render stage: the tables of the compact comparison chapter (note.comparison), one row per kommune
// of the study with the note's own kommune marked, and the functions table as the own kommune set
// against the study. Numbers come from the metrics and are formatted as everywhere in the note.

import { CONTACT_TYPES, LEVELS, type Level } from '../types.ts';
import type { KommuneView } from './context.ts';
import { formatNumber, formatPercent, NBSP, numberWord } from './format.ts';
import type { NoteTable, TableInput } from './tables.ts';

/** `networks-daily`, `networks-weekly`, `networks-monthly`: the network measures per kommune. */
export const NETWORK_TABLE_IDS: readonly string[] = LEVELS.map((level) => `networks-${level}`);
export const POLITICAL_TABLE_ID = 'political-contact';

/** The columns of a network table after the kommune's name, in order (i18n `networkColumns`). */
const NETWORK_COLUMNS = [
  'persons', 'respondents', 'ties', 'density', 'components', 'isolates', 'diameter', 'communities', 'brokers',
] as const;

/** A kommune's name kept on one line: the row headers of a wide table are squeezed first. */
function rowName(k: KommuneView): string {
  return k.name.replace(/ /g, NBSP);
}

/** The row of the note's own kommune, for the partial to set in bold and name for screen readers. */
function currentRow(kommuner: readonly KommuneView[]): number | undefined {
  const index = kommuner.findIndex((k) => k.current);
  return index < 0 ? undefined : index;
}

/**
 * One row per kommune: the measures the full chapter's text reads off each network figure: size,
 * answers, ties, density, parts, persons without ties, the longest distance, clusters and bridge
 * builders.
 */
export function networkTable(level: Level, { kommuner, strings }: TableInput): NoteTable {
  return {
    caption: strings.get(`networksCaption.${level}`),
    headers: [strings.get('kommune'), ...NETWORK_COLUMNS.map((column) => strings.get(`networkColumns.${column}`))],
    rows: kommuner.map((k) => {
      const n = k.networks[level];
      return [
        rowName(k), formatNumber(k.persons), formatNumber(k.respondents), formatNumber(n.edges), formatPercent(n.density),
        formatNumber(n.components), formatNumber(n.isolates.length), formatNumber(n.diameter),
        formatNumber(n.communities.length), formatNumber(n.brokers.length),
      ];
    }),
    footRows: [],
    currentRow: currentRow(kommuner),
    perKommune: true,
  };
}

/** One row per kommune: respondents, how many of them have any political contact, and each type. */
export function politicalTable({ kommuner, strings }: TableInput): NoteTable {
  return {
    caption: strings.get('politicalCaption'),
    headers: [
      strings.get('kommune'), strings.get('politicalColumns.answered'), strings.get('politicalColumns.withAnyContact'),
      strings.get('politicalColumns.share'), ...CONTACT_TYPES.map((type) => strings.get(`contactTypes.${type}`)),
    ],
    rows: kommuner.map((k) => [
      rowName(k),
      formatNumber(k.political.answered),
      formatNumber(k.political.withAnyContact),
      k.politicalShare === null ? '\u2013' : formatPercent(k.politicalShare),
      ...CONTACT_TYPES.map((type) => formatNumber(k.political.anyBodyTypes[type] ?? 0)),
    ]),
    footRows: [],
    currentRow: currentRow(kommuner),
    perKommune: true,
  };
}

/**
 * The functions table of the compact chapter: a column per kommune does not fit the page beyond about
 * a dozen kommuner, so each function's count in the own kommune stands beside the study's mean,
 * lowest and highest count.
 */
export function functionsSummaryTable({ kommuner, functions, strings }: TableInput): NoteTable {
  const own = ownKommune(kommuner);
  const row = (label: string, value: (k: KommuneView) => number, format: (v: number, mean: boolean) => string): string[] => {
    const values = kommuner.map(value);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    return [label, format(value(own), false), format(mean, true), format(Math.min(...values), false), format(Math.max(...values), false)];
  };
  const count = (v: number, mean: boolean) => formatNumber(v, mean ? 1 : 0);
  return {
    caption: strings.get('functionsSummaryCaption', { kommune: own.name, count: numberWord(kommuner.length, strings.lang) }),
    headers: [strings.get('function'), own.name, strings.get('mean'), strings.get('lowest'), strings.get('highest')],
    rows: functions.map((f) => row(f.name, (k) => k.functions[f.code] ?? 0, count)),
    footRows: [
      row(strings.get('functionsTotal'), (k) => k.functionTotal, count),
      row(strings.get('functionsPersons'), (k) => k.persons, count),
      row(strings.get('networkColumns.respondents'), (k) => k.respondents, count),
      row(strings.get('responseRate'), (k) => k.responseRate, (v) => formatPercent(v)),
    ],
  };
}

/** The note's own kommune among the study's (the first, should a caller pass none marked). */
function ownKommune(kommuner: readonly KommuneView[]): KommuneView {
  return kommuner.find((k) => k.current) ?? kommuner[0]!;
}

/** The per-kommune table with this id (networks-<level>, political-contact), or null. */
export function comparisonTable(id: string, input: TableInput): NoteTable | null {
  const level = LEVELS.find((l) => id === `networks-${l}`);
  if (level) return networkTable(level, input);
  if (id === POLITICAL_TABLE_ID) return politicalTable(input);
  return null;
}
