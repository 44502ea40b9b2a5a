// Validate stage: <root>/kommuner/<slug>/ → checked KommuneData, or one data error listing every
// problem of the kommune. Steps: kommune.yaml → persons → responses → contacts → political.

import { join } from 'node:path';
import { throwIfProblems, type Problem } from '../errors.ts';
import { readCsv } from '../load/read-csv.ts';
import { readYaml } from '../load/read-yaml.ts';
import type { CsvTable, KommuneData, StudyConfig } from '../types.ts';
import { checkContacts } from './contacts.ts';
import { normalizeKommuneYaml } from './kommune-yaml.ts';
import type { People } from './person-refs.ts';
import { checkPersons } from './persons.ts';
import { checkPolitical } from './political.ts';
import { checkResponses } from './responses.ts';
import { isRecord } from './yaml-fields.ts';

export interface KommuneResult {
  kommune: KommuneData;
  /** Problems of severity 'warning': reported, but the kommune builds. */
  warnings: Problem[];
}

export function readKommune(root: string, config: StudyConfig, slug: string): KommuneResult {
  const dir = join(root, 'kommuner', slug);
  const problems: Problem[] = [];
  // 1. kommune.yaml
  const yamlFile = join(dir, 'kommune.yaml');
  const yaml = readYaml(yamlFile);
  problems.push(...yaml.problems);
  const meta = yaml.value === undefined ? {} : normalizeKommuneYaml(yaml.value, { file: yamlFile, locate: yaml.locate, problems });
  // 2-5. The four CSV files, each checked against what the earlier ones established.
  const table = (name: string): CsvTable | undefined => {
    const result = readCsv(join(dir, name));
    problems.push(...result.problems);
    return result.table;
  };
  const personsTable = table('persons.csv');
  const persons = personsTable ? checkPersons(personsTable, config.functions, problems) : [];
  const people: People = { persons: personsTable ? new Map(persons.map((p) => [p.id, p])) : undefined };
  const responsesTable = table('responses.csv');
  const responses = responsesTable ? checkResponses(responsesTable, config.questions, people, problems) : [];
  if (responsesTable) people.respondents = new Set(responses.map((r) => r.id));
  const contactsTable = table('contacts.csv');
  const contacts = contactsTable ? checkContacts(contactsTable, people, problems) : [];
  const politicalTable = table('political.csv');
  const political = politicalTable ? checkPolitical(politicalTable, meta.politicalBodies, people, problems) : [];

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
