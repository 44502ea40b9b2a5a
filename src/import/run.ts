// Import stage, whole: `npm run import` without the command line. Steps: study.yaml and the kommune's
// political bodies → persons (the kommune's persons.csv, or the mapping's roster file) → mapping →
// export (one reader per tool) → convert → write all files or none, validated → report.

import { join } from 'node:path';
import { throwIfProblems, type Problem } from '../errors.ts';
import { readCsv } from '../load/read-csv.ts';
import { readYaml } from '../load/read-yaml.ts';
import type { CsvTable, KommuneData, Person, StudyConfig } from '../types.ts';
import { normalizeKommuneYaml } from '../validate/kommune-yaml.ts';
import { checkPersons } from '../validate/persons.ts';
import { redactNames } from '../validate/redact-names.ts';
import { resolveKommune } from '../validate/resolve-slug.ts';
import { readStudyConfig } from '../validate/study-config.ts';
import { convert, type Converted } from './convert.ts';
import { readMapping } from './mapping.ts';
import { rosterOf } from './match.ts';
import type { SurveyExport, Tool } from './model.ts';
import { readNettskjema } from './nettskjema.ts';
import { readQualtrics } from './qualtrics.ts';
import { readQuestback } from './questback.ts';
import { readSurveyXact } from './surveyxact.ts';
import { readWide } from './wide.ts';
import { csvFiles, healInterrupted, writeKommuneFiles } from './write.ts';

export const READERS: Record<Tool, (files: string[]) => Promise<SurveyExport>> = {
  nettskjema: readNettskjema,
  surveyxact: readSurveyXact,
  questback: readQuestback,
  qualtrics: readQualtrics,
  wide: readWide,
};

export interface ImportOptions {
  from: Tool;
  files: string[];
  mapping: string;
  kommune: string;
  data: string;
  dryRun?: boolean;
}

export interface ImportResult {
  slug: string;
  converted: Converted;
  /** The checked kommune as written (or as it would be, with --dry-run). */
  kommune: KommuneData;
  files: Record<string, string>;
  warnings: Problem[];
  config: StudyConfig;
}

/** Throws one data error listing every problem (export, mapping, matching, codes, validation). */
export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const config = readStudyConfig(options.data);
  const slug = resolveKommune(options.data, config, options.kommune);
  const dir = join(options.data, 'kommuner', slug);
  healInterrupted(options.data, slug);
  const problems: Problem[] = [];
  const yamlFile = join(dir, 'kommune.yaml');
  const yaml = readYaml(yamlFile);
  problems.push(...yaml.problems);
  const meta = yaml.value === undefined ? {} : normalizeKommuneYaml(yaml.value, { file: yamlFile, locate: yaml.locate, problems });
  const mapping = readMapping(options.mapping, config.questions, problems);
  const rosterFile = mapping?.persons ?? join(dir, 'persons.csv');
  const personsCsv = readCsv(rosterFile);
  problems.push(...personsCsv.problems);
  const persons: Person[] = personsCsv.table ? checkPersons(personsCsv.table, config.functions, problems) : [];
  const data = await READERS[options.from](options.files);
  problems.push(...data.problems);
  finish(problems, personsCsv.table, 'the import');
  const converted = convert(data, mapping!, rosterOf(persons), config.questions, meta.politicalBodies ?? [], problems);
  finish(problems, personsCsv.table, `the import of ${options.files.join(', ')}`);
  const files = csvFiles(converted, config.questions, mapping?.persons ? persons : undefined);
  const written = writeKommuneFiles(options.data, config, slug, files, options.dryRun ?? false);
  const warnings = [...problems.filter((p) => p.severity === 'warning'), ...written.warnings];
  redactNames(warnings, personsCsv.table);
  return { slug, converted, kommune: written.kommune, files, warnings, config };
}

/** Names out of every message, then one data error when there is any error among the problems. */
function finish(problems: Problem[], persons: CsvTable | undefined, what: string): void {
  redactNames(problems, persons);
  throwIfProblems(problems, what);
}
