// Import stage: Questback Essentials / Enalyzer exports (docs/import.md §Questback).
//
// XLSX or CSV (UTF-8), one header row of variable names, one row per respondent; a workbook's later
// sheets count only when they continue the first (the same first column), as an export spread over
// several sheets does. Per variable the
// researcher chooses what a cell holds: the option text, its value, or its label number; the mapping
// lists whichever was chosen. A multi-select question is one column per option (`<question>_<option>`),
// which holds something (1, or the option's text) when ticked and is empty (or 0) when not.

import { readAnswerTables } from './combine.ts';
import type { SurveyExport } from './model.ts';

export async function readQuestback(files: string[]): Promise<SurveyExport> {
  const { table, problems } = await readAnswerTables(files, 'continued');
  return { tool: 'questback', files, table, variables: new Map(), separator: '_', problems };
}
