// Import stage: `npm run import -- --init`: a starting mapping from an export's header, and from its
// labels and question texts where the format has them (SurveyXact's Labels/Structure, Qualtrics' second
// header row). It guesses; the researcher checks every line (docs/import.md §2).

import { relative, dirname, resolve } from 'node:path';
import { packageRoot } from '../paths.ts';
import type { QuestionDef } from '../types.ts';
import { DEFAULT_FREQUENCIES } from './mapping.ts';
import type { SurveyExport } from './model.ts';

/** Columns that may hold the personal key, best first; the tools' own row ids never do. */
const KEY_HINTS = [/(personal|key|kode|nøkkel|nokkel|hvem|who|externalref)/i, /(^|_)id$/i];
const TOOL_IDS = /^(\$submission_id|respondentid|responseid|respondent)$/i;

export function initialMapping(data: SurveyExport, questions: readonly QuestionDef[], mappingFile: string): string {
  const { header } = data.table;
  const sep = data.separator;
  const { roster, political } = guessQuestions(data);
  const key = KEY_HINTS.map((hint) => header.find((h) => hint.test(h) && !TOOL_IDS.test(h))).find((h) => h !== undefined) ?? header[0] ?? '';
  const schema = relative(dirname(resolve(mappingFile)), `${packageRoot()}/schema/import-mapping.schema.json`);
  const y = (value: string): string => JSON.stringify(value);
  const out: string[] = [
    `# yaml-language-server: $schema=${schema}`,
    `# Starting mapping written by npm run import -- --init from ${data.files.join(', ')} (${data.tool}).`,
    '# Every value is a guess from the header: check each one (docs/import.md).',
    'respondent:',
    `  column: ${y(key)}      # the personal key from the invitation, or a "who are you" question`,
    '  match: id              # id: the value is the persons.csv id; name: the person\'s name',
  ];
  const time = header.find((h) => /^\$?(created|submitted|enddate|recordeddate|closetime)$/i.test(h));
  if (time) out.push(`submitted: ${y(time)}    # the latest submission of a person wins`);
  const rosterColumns = header.filter((h) => roster.some((q) => h.startsWith(q + sep) || data.variables.get(h)?.text?.startsWith(`${q} - `)));
  out.push('roster:', `  questions: [${roster.map(y).join(', ')}]   # one column per person: ${rosterColumns.length ? rosterColumns.slice(0, 3).map(y).join(', ') : 'none found'} …`);
  const named = rosterColumns.length > 0 && rosterColumns.every((h) => data.variables.get(h)?.text?.includes(' - '));
  out.push(`  match: ${named ? 'name' : 'id  '}            # id: row codes are persons.csv ids; name: row texts are names`);
  if (roster.length === 0) out.push(`  # no question found: columns named <question>${sep}<row>; set separator: if your export uses another`);
  const seen = new Set<string>();
  for (const row of data.table.rows) for (const h of rosterColumns) seen.add((row.cells[header.indexOf(h)] ?? '').trim());
  seen.delete('');
  const values = [...seen].sort((a, b) => a.localeCompare(b, 'nb', { numeric: true })).slice(0, 12);
  out.push(`frequencies:            # codes (or texts) that mean each frequency${values.length ? `; the roster holds ${values.map(y).join(', ')}` : ''}`);
  const labels = rosterColumns[0] ? data.variables.get(rosterColumns[0])?.labels : undefined;
  for (const [frequency, texts] of Object.entries(DEFAULT_FREQUENCIES)) {
    const codes = labels ? [...labels].filter(([, label]) => texts.includes(label.trim().toLowerCase())).map(([code]) => code) : [];
    out.push(`  ${frequency}: [${codes.map(y).join(', ')}]${codes.length ? '' : '   # fill in the code, or leave empty when cells hold the text'}`);
  }
  const column = (q: QuestionDef): string | undefined =>
    header.find((h) => h.toLowerCase() === q.id.toLowerCase()) ?? header.find((h) => data.variables.get(h)?.text?.trim() === q.text.trim());
  const ratings = questions.filter((q) => q.kind === 'rating');
  const texts = questions.filter((q) => q.kind === 'text');
  if (ratings.length) out.push('ratings:                # study.yaml id: export column; dontKnow: the "vet ikke" code');
  for (const q of ratings) out.push(`  ${q.id}: { column: ${y(column(q) ?? '')}, dontKnow: [] }`);
  if (texts.length) out.push('texts:');
  for (const q of texts) out.push(`  ${q.id}: ${y(column(q) ?? '')}`);
  if (!political) out.push('# political: no bodies × types question found; see docs/import.md (layout: joined for comma-joined choices)');
  if (political) {
    out.push('political:              # bodies × types, one 0/1 column per pair', `  questions: [${y(political)}]`, '  layout: checkbox', '  bodies: {}             # kommune.yaml body id: row code(s); the body\'s id or label works without');
  }
  return `${out.join('\n')}\n`;
}

/**
 * The roster: the question (`<q><sep><row>`) with the most columns, with the questions whose texts share
 * its stem (Qualtrics splits a roster over matrices of at most 100). Political contact: a question whose
 * rows all have the same options (`<q><sep><row><sep><option>`).
 */
function guessQuestions(data: SurveyExport): { roster: string[]; political?: string } {
  if (data.tool === 'surveyxact') return guessByText(data);
  const sep = data.separator;
  const upTo = (name: string, cuts: number): string | undefined => {
    let end = name.length;
    for (let i = 0; i < cuts; i++) {
      end = name.lastIndexOf(sep, end - 1);
      if (end <= 0) return undefined;
    }
    return name.slice(0, end);
  };
  const one = new Map<string, string[]>();
  const two = new Map<string, Map<string, Set<string>>>();
  for (const name of data.table.header) {
    if (name.startsWith('$')) continue;
    const row = upTo(name, 1);
    if (row !== undefined) one.set(row, [...(one.get(row) ?? []), name]);
    const q = upTo(name, 2);
    if (q === undefined || row === undefined) continue;
    const rows = two.get(q) ?? new Map<string, Set<string>>();
    rows.set(row, (rows.get(row) ?? new Set()).add(name.slice(row.length + sep.length)));
    two.set(q, rows);
  }
  const political = [...two].find(([, rows]) => {
    const sets = [...rows.values()].map((set) => [...set].sort().join('|'));
    return rows.size >= 2 && sets.every((x) => x === sets[0]) && (rows.values().next().value?.size ?? 0) >= 2;
  })?.[0];
  const candidates = [...one].filter(([stem]) => political === undefined || !stem.startsWith(political + sep)).sort((a, b) => b[1].length - a[1].length);
  const best = candidates[0];
  if (!best) return { roster: [], political };
  const stemText = (column: string): string | undefined => data.variables.get(column)?.text?.split(' - ')[0];
  const text = stemText(best[1][0]!);
  const roster = candidates.filter(([stem, columns]) => stem === best[0] || (text !== undefined && columns.length > 1 && stemText(columns[0]!) === text)).map(([stem]) => stem);
  return { roster: roster.sort((a, b) => data.table.header.indexOf(one.get(a)![0]!) - data.table.header.indexOf(one.get(b)![0]!)), political };
}

/** SurveyXact: a battery's rows are variables of their own, tied by the stem of their texts. */
function guessByText(data: SurveyExport): { roster: string[]; political?: string } {
  const one = new Map<string, number>();
  const two = new Map<string, Map<string, Set<string>>>();
  for (const name of data.table.header) {
    const parts = data.variables.get(name)?.text?.split(' - ').map((p) => p.trim()) ?? [];
    if (parts.length >= 2) one.set(parts.slice(0, -1).join(' - '), (one.get(parts.slice(0, -1).join(' - ')) ?? 0) + 1);
    if (parts.length < 3) continue;
    const stem = parts.slice(0, -2).join(' - ');
    const rows = two.get(stem) ?? new Map<string, Set<string>>();
    rows.set(parts.at(-2)!, (rows.get(parts.at(-2)!) ?? new Set()).add(parts.at(-1)!));
    two.set(stem, rows);
  }
  const political = [...two].find(([, rows]) => rows.size >= 2 && [...rows.values()].every((set) => set.size >= 2))?.[0];
  const best = [...one].filter(([stem]) => political === undefined || !stem.startsWith(`${political} - `)).sort((a, b) => b[1] - a[1])[0];
  return { roster: best && best[1] >= 2 ? [best[0]] : [], political };
}
