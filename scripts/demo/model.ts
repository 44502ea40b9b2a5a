// The demo data of one kommune as the generator holds it before writing CSV.

import type { BodyContact, Frequency } from './design.ts';
import type { FunctionCode } from './seed-facts.ts';

export interface DemoPerson {
  /** The key used in the design (`ok3`). */
  key: string;
  /** The id written to the CSV files (`p07`). */
  id: string;
  /** First = primary. */
  functions: FunctionCode[];
  name: string;
  respondent: boolean;
}

export type RatingValue = '1' | '2' | '3' | '4' | '5' | '6' | 'vet ikke' | '';

export interface DemoResponse {
  id: string;
  ratings: Record<'samordning' | 'moteplasser', RatingValue>;
  texts: Record<'styrker' | 'utfordringer' | 'samordningsutfordringer', string>;
}

export interface DemoContact {
  from: string;
  to: string;
  frequency: Frequency;
}

export interface DemoPolitical {
  person: string;
  body: string;
  type: BodyContact;
}

export interface DemoKommune {
  slug: string;
  persons: DemoPerson[];
  responses: DemoResponse[];
  contacts: DemoContact[];
  political: DemoPolitical[];
}
