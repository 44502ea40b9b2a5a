// Import stage: the mapping file (YAML, schema/import-mapping.schema.json) → a checked Mapping.
// Every problem is located at its key; defaults fill what the researcher left out (docs/import.md §3).

import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Problem } from '../errors.ts';
import { readYaml, type YamlPath } from '../load/read-yaml.ts';
import type { QuestionDef } from '../types.ts';
import { CONTACT_TYPES } from '../types.ts';
import * as msg from './messages.ts';
import type { Mapping, MatchBy } from './model.ts';

/** What a frequency means when the mapping does not say: the option texts (or labels) in any case. */
export const DEFAULT_FREQUENCIES: Record<string, string[]> = {
  daglig: ['daglig'],
  ukentlig: ['ukentlig'],
  månedlig: ['månedlig', 'manedlig'],
  sjeldnere: ['sjeldnere'],
  aldri: ['aldri'],
};
export const DEFAULT_DONT_KNOW = ['vet ikke'];
export const DEFAULT_TYPES: Record<string, string[]> = {
  gir_informasjon: ['gir_informasjon', 'gir informasjon'],
  far_informasjon: ['far_informasjon', 'får informasjon', 'far informasjon'],
  politisk_diskusjon: ['politisk_diskusjon', 'politisk diskusjon'],
  faglig_diskusjon: ['faglig_diskusjon', 'faglig diskusjon'],
};

const TOP_KEYS = ['respondent', 'submitted', 'roster', 'frequencies', 'ratings', 'texts', 'political', 'persons', 'separator'];

export function readMapping(file: string, questions: readonly QuestionDef[], problems: Problem[]): Mapping | undefined {
  if (!existsSync(file)) return void problems.push({ source: { file }, message: msg.mappingMissing() });
  const yaml = readYaml(file);
  problems.push(...yaml.problems);
  if (yaml.value === undefined) return undefined;
  const at = (path: YamlPath, message: string): void => void problems.push({ source: yaml.locate(path), message });
  const root = record(yaml.value);
  if (!root) return void at([], msg.mappingNotMap());
  for (const key of Object.keys(root)) if (!TOP_KEYS.includes(key)) at([key], msg.mappingUnknownKey(key, TOP_KEYS));
  const respondent = record(root['respondent']);
  const roster = record(root['roster']);
  if (!respondent) at(['respondent'], msg.mappingRequired('respondent', 'respondent: { column: <column>, match: id }'));
  if (!roster) at(['roster'], msg.mappingRequired('roster', 'roster: { questions: [<question>], match: id }'));
  const matchBy = (value: unknown, path: YamlPath): MatchBy => {
    if (value === undefined || value === 'id' || value === 'name') return (value ?? 'id') as MatchBy;
    at(path, msg.mappingBadChoice(String(value), ['id', 'name']));
    return 'id';
  };
  const column = (value: unknown, path: YamlPath): string => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number') return String(value);
    at(path, msg.mappingColumnExpected());
    return '';
  };
  const mapping: Mapping = {
    file,
    respondent: { column: column(respondent?.['column'], ['respondent', 'column']), match: matchBy(respondent?.['match'], ['respondent', 'match']) },
    roster: { questions: strings(roster?.['questions'] ?? roster?.['question']), match: matchBy(roster?.['match'], ['roster', 'match']) },
    frequencies: codeLists(root['frequencies'], Object.keys(DEFAULT_FREQUENCIES), ['frequencies'], at) ?? DEFAULT_FREQUENCIES,
    ratings: [],
    texts: [],
  };
  if (roster && mapping.roster.questions.length === 0) at(['roster', 'questions'], msg.mappingRequired('roster.questions', 'questions: [<question>]'));
  if (root['submitted'] !== undefined) mapping.submitted = column(root['submitted'], ['submitted']);
  if (typeof root['separator'] === 'string' && root['separator'] !== '') mapping.separator = root['separator'];
  if (typeof root['persons'] === 'string') mapping.persons = resolve(dirname(file), root['persons']);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const ratings = record(root['ratings']) ?? {};
  for (const [id, spec] of Object.entries(ratings)) {
    if (byId.get(id)?.kind !== 'rating') at(['ratings', id], msg.mappingNotQuestion(id, 'rating', questions));
    const entry = typeof spec === 'string' ? { column: spec } : (record(spec) ?? {});
    const codes: Record<string, string> = {};
    for (const [code, value] of Object.entries(record(entry['codes']) ?? {})) codes[code] = String(value);
    const dontKnow = entry['dontKnow'] === undefined ? DEFAULT_DONT_KNOW : [...strings(entry['dontKnow']), ...DEFAULT_DONT_KNOW];
    mapping.ratings.push({ id, column: column(entry['column'], ['ratings', id, 'column']), dontKnow, codes });
  }
  for (const [id, spec] of Object.entries(record(root['texts']) ?? {})) {
    if (byId.get(id)?.kind !== 'text') at(['texts', id], msg.mappingNotQuestion(id, 'text', questions));
    mapping.texts.push({ id, column: column(typeof spec === 'object' && spec ? (spec as Record<string, unknown>)['column'] : spec, ['texts', id]) });
  }
  const political = record(root['political']);
  if (political) {
    const layout = political['layout'] ?? 'checkbox';
    if (layout !== 'checkbox' && layout !== 'joined') at(['political', 'layout'], msg.mappingBadChoice(String(layout), ['checkbox', 'joined']));
    mapping.political = {
      questions: strings(political['questions'] ?? political['question']),
      layout: layout === 'joined' ? 'joined' : 'checkbox',
      bodies: codeLists(political['bodies'], undefined, ['political', 'bodies'], at) ?? {},
      types: codeLists(political['types'], [...CONTACT_TYPES], ['political', 'types'], at) ?? DEFAULT_TYPES,
    };
    if (mapping.political.questions.length === 0) at(['political', 'questions'], msg.mappingRequired('political.questions', 'questions: [<question>]'));
  }
  return mapping;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** A string, a number or a list of them → strings (YAML reads `1` as a number; a code is text). */
function strings(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v) => typeof v === 'string' || typeof v === 'number').map((v) => String(v).trim());
}

/** `{ value: code | [codes] }`; keys outside `allowed` are reported. */
function codeLists(
  value: unknown,
  allowed: string[] | undefined,
  path: YamlPath,
  at: (path: YamlPath, message: string) => void,
): Record<string, string[]> | undefined {
  const map = record(value);
  if (!map) return undefined;
  const out: Record<string, string[]> = {};
  for (const [key, codes] of Object.entries(map)) {
    const name = key === 'manedlig' ? 'månedlig' : key;
    if (allowed && !allowed.includes(name)) at([...path, key], msg.mappingBadChoice(key, allowed));
    out[name] = strings(codes);
  }
  return out;
}
