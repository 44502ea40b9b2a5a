// Import stage: an export + a mapping + the persons → the rows of responses.csv, contacts.csv and
// political.csv, every problem located (file, spreadsheet row, column), and what the report says.
// Steps: respondents → roster columns → answers (ratings, texts) → contacts → political contact.

import type { Problem } from '../errors.ts';
import type { PoliticalBody, QuestionDef } from '../types.ts';
import { CodeMap, merged, splitJoined } from './codes.ts';
import { findColumn, questionColumns, type QuestionColumn } from './columns.ts';
import { DEFAULT_DONT_KNOW, DEFAULT_FREQUENCIES, DEFAULT_TYPES } from './mapping.ts';
import { matchPerson, sameNameProblem, type Roster } from './match.ts';
import * as msg from './messages.ts';
import type { Mapping, SurveyExport } from './model.ts';
import { matchRespondents, type RespondentResult } from './respondents.ts';

export interface Converted {
  responses: { id: string; answers: Record<string, string> }[];
  contacts: { from: string; to: string; frequency: string }[];
  political: { person: string; body: string; type: string }[];
  report: {
    rows: number;
    skipped: RespondentResult['skipped'];
    rosterColumns: number;
    rosterAnswered: number;
    ownRows: number;
    codeMaps: CodeMap[];
    notMapped: string[];
  };
}

interface Context {
  data: SurveyExport;
  mapping: Mapping;
  roster: Roster;
  problems: Problem[];
  separator: string;
}

export function convert(data: SurveyExport, mapping: Mapping, roster: Roster, questions: readonly QuestionDef[], bodies: PoliticalBody[], problems: Problem[]): Converted {
  const ctx: Context = { data, mapping, roster, problems, separator: mapping.separator ?? data.separator };
  const { respondents, skipped } = matchRespondents(data, mapping, roster, problems);
  const rosterColumns = rosterOf(ctx);
  const frequencies = new CodeMap('frequency', merged(mapping.frequencies, DEFAULT_FREQUENCIES));
  const ratingMaps = mapping.ratings.map((r) => ({ ...r, index: findColumn(data, r.column, `ratings.${r.id}`, mapping.file, problems), map: ratingCodes(r) }));
  const textColumns = mapping.texts.map((t) => ({ ...t, index: findColumn(data, t.column, `texts.${t.id}`, mapping.file, problems) }));
  const political = mapping.political && politicalColumns(ctx, bodies);
  const out: Converted = {
    responses: [],
    contacts: [],
    political: [],
    report: {
      rows: data.table.rows.length,
      skipped,
      rosterColumns: rosterColumns.length,
      rosterAnswered: 0,
      ownRows: 0,
      codeMaps: [frequencies, ...ratingMaps.map((r) => r.map), ...(political ? [political.types] : [])],
      notMapped: questions.filter((q) => !mapping.ratings.some((r) => r.id === q.id) && !mapping.texts.some((t) => t.id === q.id)).map((q) => q.id),
    },
  };
  const answeredColumns = new Set<number>();
  for (const { id, row } of respondents) {
    const cell = (index: number): string => row.cells[index] ?? '';
    const where = (index: number) => ({ file: row.table.file, line: row.row, column: index + 1 });
    const answers: Record<string, string> = {};
    for (const rating of ratingMaps) {
      if (rating.index === undefined) continue;
      const raw = cell(rating.index).trim();
      if (raw === '') continue;
      const value = rating.map.lookup(raw, labelsOf(ctx, rating.index));
      if (value === undefined) problems.push({ source: where(rating.index), message: msg.unknownCode(data.table.header[rating.index]!, raw, rating.map.known()) });
      else answers[rating.id] = value;
    }
    for (const text of textColumns) if (text.index !== undefined) answers[text.id] = cell(text.index).replace(/\r\n?/g, '\n');
    out.responses.push({ id, answers });
    const seen = new Map<string, string>();
    for (const column of rosterColumns) {
      const raw = cell(column.index).trim();
      if (raw === '') continue;
      answeredColumns.add(column.index);
      const frequency = frequencies.lookup(raw, labelsOf(ctx, column.index));
      if (frequency === undefined) {
        problems.push({ source: where(column.index), message: msg.unknownCode(column.header, raw, frequencies.known()) });
        continue;
      }
      if (column.person === id) {
        out.report.ownRows++;
        continue;
      }
      if (!seen.has(column.person)) seen.set(column.person, frequency);
    }
    const to = [...seen.keys()].sort((a, b) => roster.order.get(a)! - roster.order.get(b)!);
    for (const person of to) out.contacts.push({ from: id, to: person, frequency: seen.get(person)! });
    if (political) out.political.push(...politicalRows(ctx, political, id, row.cells, where, bodies));
  }
  out.report.rosterAnswered = answeredColumns.size;
  return out;
}

function labelsOf(ctx: Context, index: number): Map<string, string> | undefined {
  return ctx.data.variables.get(ctx.data.table.header[index]!)?.labels;
}

function ratingCodes(rating: Mapping['ratings'][number]): CodeMap {
  const lists: Record<string, string[]> = {};
  for (const value of ['1', '2', '3', '4', '5', '6']) lists[value] = [value];
  for (const [code, value] of Object.entries(rating.codes)) (lists[value === 'vet_ikke' ? 'vet ikke' : value] ??= []).push(code);
  lists['vet ikke'] = [...new Set([...(lists['vet ikke'] ?? []), ...rating.dontKnow, ...DEFAULT_DONT_KNOW])];
  return new CodeMap(`rating ${rating.id}`, lists);
}

/** Every column of the roster question(s), each matched to its person; unmatched rows are errors. */
function rosterOf(ctx: Context): (QuestionColumn & { person: string })[] {
  const { data, mapping, roster, problems } = ctx;
  const out: (QuestionColumn & { person: string })[] = [];
  const owners = new Map<string, string>();
  for (const question of mapping.roster.questions) {
    for (const column of questionColumns(data, question, 1, ctx.separator, mapping.file, problems)) {
      const where = { file: data.table.file, line: 1, column: column.index + 1 };
      let match = matchPerson(roster, mapping.roster.match === 'id' ? column.row : column.rowLabel, mapping.roster.match);
      if ('none' in match && mapping.roster.match === 'id') match = matchPerson(roster, column.rowLabel, 'id');
      if ('none' in match) {
        problems.push({ source: where, message: msg.rosterRowUnknown(column.header, mapping.roster.match), fix: msg.fixRosterRowUnknown(mapping.roster.match) });
        continue;
      }
      if ('several' in match) {
        problems.push(sameNameProblem(match.several, where, msg.theRosterRow(column.header)));
        continue;
      }
      const earlier = owners.get(match.person.id);
      if (earlier !== undefined) problems.push({ source: where, message: msg.rosterRowTwice(column.header, earlier) });
      owners.set(match.person.id, column.header);
      out.push({ ...column, person: match.person.id });
    }
  }
  const missing = roster.persons.filter((p) => !owners.has(p.id));
  if (out.length > 0 && missing.length > 0) {
    problems.push({ source: { file: data.table.file, line: 1 }, message: msg.personsWithoutRow(missing.map((p) => p.id)), severity: 'warning' });
  }
  return out;
}

interface PoliticalColumns {
  columns: (QuestionColumn & { body: string })[];
  types: CodeMap;
}

function politicalColumns(ctx: Context, bodies: PoliticalBody[]): PoliticalColumns {
  const spec = ctx.mapping.political!;
  const bodyLists: Record<string, string[]> = {};
  for (const body of bodies) bodyLists[body.id] = [...(spec.bodies[body.id] ?? []), body.id, body.label];
  for (const [id, codes] of Object.entries(spec.bodies)) if (!bodyLists[id]) bodyLists[id] = codes;
  const bodyMap = new CodeMap('body', bodyLists);
  const types = new CodeMap('type', merged(spec.types, DEFAULT_TYPES));
  const columns: PoliticalColumns['columns'] = [];
  for (const question of spec.questions) {
    for (const column of questionColumns(ctx.data, question, spec.layout === 'checkbox' ? 2 : 1, ctx.separator, ctx.mapping.file, ctx.problems)) {
      const where = { file: ctx.data.table.file, line: 1, column: column.index + 1 };
      const body = bodyMap.lookup(column.row) ?? bodyMap.lookup(column.rowLabel);
      if (body === undefined || !bodies.some((b) => b.id === body)) {
        ctx.problems.push({ source: where, message: msg.unknownBody(column.header, column.row, bodies.map((b) => b.id)) });
        continue;
      }
      if (spec.layout === 'checkbox' && types.lookup(column.option!) === undefined && types.lookup(column.optionLabel!) === undefined) {
        ctx.problems.push({ source: where, message: msg.unknownCode(column.header, column.option!, types.known()) });
        continue;
      }
      columns.push({ ...column, body });
    }
  }
  return { columns, types };
}

function politicalRows(
  ctx: Context,
  political: PoliticalColumns,
  person: string,
  cells: string[],
  where: (index: number) => Problem['source'],
  bodies: PoliticalBody[],
): Converted['political'] {
  const found = new Set<string>();
  for (const column of political.columns) {
    const raw = (cells[column.index] ?? '').trim();
    if (raw === '' || /^0(\.0+)?$/.test(raw)) continue;
    if (ctx.mapping.political!.layout === 'checkbox') {
      found.add(`${column.body}\t${political.types.lookup(column.option!) ?? political.types.lookup(column.optionLabel!)}`);
      continue;
    }
    const split = splitJoined(raw, political.types, labelsOf(ctx, column.index));
    if (split.unknown !== undefined) ctx.problems.push({ source: where(column.index), message: msg.unknownCode(column.header, split.unknown, political.types.known()) });
    for (const type of split.values) found.add(`${column.body}\t${type}`);
  }
  const bodyOrder = bodies.map((b) => b.id);
  const typeOrder = Object.keys(DEFAULT_TYPES);
  return [...found]
    .map((key) => key.split('\t') as [string, string])
    .sort((a, b) => bodyOrder.indexOf(a[0]) - bodyOrder.indexOf(b[0]) || typeOrder.indexOf(a[1]) - typeOrder.indexOf(b[1]))
    .map(([body, type]) => ({ person, body, type }));
}
