// Import stage (before load/): the shapes every survey tool's export is read into, and what the
// mapping file says about them. One row per respondent, one column per variable, raw strings.

import type { Problem } from '../errors.ts';

export const TOOLS = ['nettskjema', 'surveyxact', 'questback', 'qualtrics', 'wide'] as const;
export type Tool = (typeof TOOLS)[number];

/** One sheet or CSV file of answers: a header of variable names, then one row per respondent. */
export interface WideTable {
  file: string;
  /** Sheet name, for a workbook. */
  sheet?: string;
  header: string[];
  rows: WideRow[];
}

export interface WideRow {
  /** The row as a spreadsheet numbers it: the header row is 1 (Qualtrics' three header rows: data from 4). */
  row: number;
  cells: string[];
  /** The table it came from (several Dataset sheets, several files). */
  table: WideTable;
}

/** What an export says about one variable beyond its name. */
export interface VariableInfo {
  /** The question text (Qualtrics' second header row, SurveyXact's Structure, Nettskjema without codebook). */
  text?: string;
  /** Value → label, where the export has a labels table (SurveyXact Labels, Structure choices). */
  labels?: Map<string, string>;
}

/** An export read by one tool's reader: its answers and what it knows about the variables. */
export interface SurveyExport {
  tool: Tool;
  files: string[];
  /** The answers: one table, or the rows of several Dataset sheets/files joined into one header. */
  table: WideTable;
  variables: Map<string, VariableInfo>;
  /** What separates question, row and option in a variable name: `.` for Nettskjema, `_` for the others. */
  separator: string;
  problems: Problem[];
}

export type MatchBy = 'id' | 'name';

/** The checked mapping file (docs/import.md). Codes are strings as the export writes them. */
export interface Mapping {
  file: string;
  respondent: { column: string; match: MatchBy };
  /** The column whose value orders two submissions of one person (latest wins); none: the later row wins. */
  submitted?: string;
  roster: { questions: string[]; match: MatchBy };
  /** Frequency value → the codes or texts that mean it. */
  frequencies: Record<string, string[]>;
  ratings: { id: string; column: string; dontKnow: string[]; codes: Record<string, string> }[];
  texts: { id: string; column: string }[];
  political?: {
    questions: string[];
    layout: 'checkbox' | 'joined';
    /** body id → row codes/labels. */
    bodies: Record<string, string[]>;
    /** type → option codes/labels. */
    types: Record<string, string[]>;
  };
  /** A roster file (id, functions, name) to write as persons.csv; none: the kommune's persons.csv. */
  persons?: string;
  /** Overrides the tool's separator between question, row and option in variable names. */
  separator?: string;
}
