// Import stage: export rows → one row per respondent. The respondent column's value (or its label,
// where the export has labels) is matched to persons.csv; a person with two submissions keeps the latest
// (by the `submitted` column where the mapping names one, else the later row), with a warning.

import type { Problem } from '../errors.ts';
import { findColumn } from './columns.ts';
import { matchPerson, sameNameProblem, type Roster } from './match.ts';
import * as msg from './messages.ts';
import type { Mapping, SurveyExport, WideRow } from './model.ts';

export interface Respondent {
  id: string;
  row: WideRow;
}

export interface RespondentResult {
  respondents: Respondent[];
  /** Rows left out, and why (reported, not errors). */
  skipped: { row: WideRow; reason: string }[];
}

export function matchRespondents(data: SurveyExport, mapping: Mapping, roster: Roster, problems: Problem[]): RespondentResult {
  const result: RespondentResult = { respondents: [], skipped: [] };
  const key = findColumn(data, mapping.respondent.column, 'respondent.column', mapping.file, problems);
  const time = mapping.submitted === undefined ? undefined : findColumn(data, mapping.submitted, 'submitted', mapping.file, problems);
  if (key === undefined) return result;
  const header = data.table.header[key]!;
  const labels = data.variables.get(header)?.labels;
  const kept = new Map<string, Respondent>();
  for (const row of data.table.rows) {
    const raw = (row.cells[key] ?? '').trim();
    const where = { file: row.table.file, line: row.row, column: key + 1 };
    if (raw === '') {
      result.skipped.push({ row, reason: msg.skipNoKey(header) });
      continue;
    }
    const value = labels?.get(raw) ?? raw;
    const match = matchPerson(roster, value, mapping.respondent.match);
    if ('none' in match) {
      // By name, the value may be a (misspelt) name: never quoted.
      problems.push({ source: where, message: msg.respondentUnknown(header, mapping.respondent.match === 'id' ? raw : undefined), fix: msg.fixRespondentUnknown(mapping.respondent.match) });
      continue;
    }
    if ('several' in match) {
      problems.push(sameNameProblem(match.several, where, msg.theRespondentIn(header)));
      continue;
    }
    const id = match.person.id;
    const earlier = kept.get(id);
    if (earlier) {
      const later = isLater(row, earlier.row, time) ? row : earlier.row;
      const dropped = later === row ? earlier.row : row;
      problems.push({ source: { file: dropped.table.file, line: dropped.row }, message: msg.answeredTwice(header, id, later.row, time === undefined ? undefined : data.table.header[time]), severity: 'warning' });
      result.skipped.push({ row: dropped, reason: msg.skipDuplicate(id, later.row) });
      if (later === earlier.row) continue;
    }
    kept.set(id, { id, row });
  }
  result.respondents = [...kept.values()].sort((a, b) => roster.order.get(a.id)! - roster.order.get(b.id)!);
  return result;
}

/** `row` was submitted after `other`: by the time column (compared as written, ISO dates sort), else row order. */
function isLater(row: WideRow, other: WideRow, time: number | undefined): boolean {
  if (time !== undefined) {
    const a = (row.cells[time] ?? '').trim();
    const b = (other.cells[time] ?? '').trim();
    if (a !== b && a !== '' && b !== '') return sortableTime(a) > sortableTime(b);
  }
  return row.row > other.row || row.table !== other.table;
}

/** `31.12.2024 13:05` (Norwegian) → `2024-12-31 13:05`; ISO and other forms as written. */
function sortableTime(text: string): string {
  const nb = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(.*)$/.exec(text);
  return nb ? `${nb[3]}-${nb[2]!.padStart(2, '0')}-${nb[1]!.padStart(2, '0')}${nb[4]}` : text;
}
