// Validate stage: <root>/kommuner/<slug>/ → checked KommuneData, or one data error listing every
// problem of the kommune. Steps: kommune.yaml → persons → responses → contacts → political.

import { join } from 'node:path';
import { throwIfProblems, type Problem } from '../errors.ts';
import { readCsv } from '../load/read-csv.ts';
import { readYaml } from '../load/read-yaml.ts';
import type { NameMatcher } from '../name-matcher.ts';
import type { CsvTable, KommuneData, StudyConfig } from '../types.ts';
import { checkContacts } from './contacts.ts';
import { normalizeKommuneYaml } from './kommune-yaml.ts';
import type { People } from './person-refs.ts';
import { checkPersons } from './persons.ts';
import { checkPolitical } from './political.ts';
import { checkResponses } from './responses.ts';
import * as msg from './messages.ts';
import { checkIdsForNames, namesOfTable, redactNames } from './redact-names.ts';
import { isRecord } from './yaml-fields.ts';

export interface KommuneResult {
  kommune: KommuneData;
  /** Problems of severity 'warning': reported, but the kommune builds. */
  warnings: Problem[];
}

/** `names`: every name read from persons.csv is added to it (the study's matcher, for redacting all messages). */
export function readKommune(root: string, config: StudyConfig, slug: string, names?: NameMatcher): KommuneResult {
  const dir = join(root, 'kommuner', slug);
  const problems: Problem[] = [];
  // 1. kommune.yaml
  const yamlFile = join(dir, 'kommune.yaml');
  const yaml = readYaml(yamlFile);
  problems.push(...yaml.problems);
  const meta = yaml.value === undefined ? {} : normalizeKommuneYaml(yaml.value, { file: yamlFile, locate: yaml.locate, locateKey: yaml.locateKey, problems });
  // 2-5. The four CSV files, each checked against what the earlier ones established. A file cut short
  // by an unclosed quote is not used to check references (that would flood every later row).
  const table = (name: string): { table?: CsvTable; truncated: boolean } => {
    const result = readCsv(join(dir, name));
    problems.push(...result.problems);
    return { table: result.table, truncated: result.problems.some((p) => p.message === msg.csvQuoteNotClosed()) };
  };
  const personsCsv = table('persons.csv');
  const personsTable = personsCsv.table;
  const persons = checked(personsCsv, problems, msg.noPersons(), (t, out) => checkPersons(t, config.functions, out)) ?? [];
  // A file whose header lacks a required column is one problem; the files that refer to its rows are
  // then not checked against it (that would add one problem per row that follows from the first).
  const usable = (csv: { table?: CsvTable; truncated: boolean }, columns: readonly string[]) =>
    csv.table !== undefined && !csv.truncated && columns.every((column) => column in csv.table!.columns);
  const people: People = { persons: usable(personsCsv, ['id', 'functions']) ? new Map(persons.map((p) => [p.id, p])) : undefined };
  const responsesCsv = table('responses.csv');
  const responses = checked(responsesCsv, problems, msg.noRespondents(), (t, out) => checkResponses(t, config.questions, people, out)) ?? [];
  if (usable(responsesCsv, ['id'])) people.respondents = new Set(responses.map((r) => r.id));
  const contacts = checked(table('contacts.csv'), problems, msg.noContacts(), (t, out) => checkContacts(t, people, out)) ?? [];
  const political = checked(table('political.csv'), problems, undefined, (t, out) => checkPolitical(t, meta.politicalBodies, people, out)) ?? [];
  // 6. No id built from a name, and no person's name in any message: they are printed and may end up in logs.
  const ownNames = namesOfTable(personsTable, names);
  checkIdsForNames(personsTable, ownNames, problems);
  redactNames(problems, ownNames);

  throwIfProblems(problems, `kommune ${slug}`);
  const kommune: KommuneData = {
    slug,
    name: meta.name ?? slug,
    dir,
    politicalBodies: meta.politicalBodies ?? [],
    persons,
    responses,
    contacts,
    political,
    raw: isRecord(yaml.value) ? yaml.value : {},
    source: { file: yamlFile },
  };
  return { kommune, warnings: problems.filter((p) => p.severity === 'warning') };
}

/** Runs one file's check; for a file cut short, drops its "no rows" problem (its rows were swallowed, not absent). */
function checked<T>(
  csv: { table?: CsvTable; truncated: boolean },
  problems: Problem[],
  emptyMessage: string | undefined,
  check: (table: CsvTable, problems: Problem[]) => T[],
): T[] | undefined {
  if (!csv.table) return undefined;
  const own: Problem[] = [];
  const result = check(csv.table, own);
  problems.push(...(csv.truncated ? own.filter((p) => p.message !== emptyMessage || p.source.line !== undefined) : own));
  return result;
}
