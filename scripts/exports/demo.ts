// Fixture helper: one kommune of a data set (the demo study), read through the project's own
// validation, in the shape the export writers need: who answered what about whom.

import type { ContactType, Frequency, KommuneData, Person, QuestionDef, RatingAnswer, Response, StudyConfig } from '../../src/types.ts';
import { CONTACT_TYPES } from '../../src/types.ts';
import { readKommune } from '../../src/validate/kommune.ts';
import { readStudyConfig } from '../../src/validate/study-config.ts';

export interface DemoKommune {
  config: StudyConfig;
  kommune: KommuneData;
  persons: Person[];
  responses: Response[];
  ratings: QuestionDef[];
  texts: QuestionDef[];
  frequency: (from: string, to: string) => Frequency | undefined;
  political: (person: string, body: string, type: ContactType) => boolean;
  types: readonly ContactType[];
}

export const FREQUENCY_TEXT: Record<Frequency, string> = { daglig: 'Daglig', ukentlig: 'Ukentlig', manedlig: 'Månedlig', sjeldnere: 'Sjeldnere', aldri: 'Aldri' };
export const FREQUENCY_ORDER: readonly Frequency[] = ['daglig', 'ukentlig', 'manedlig', 'sjeldnere', 'aldri'];
export const TYPE_TEXT: Record<ContactType, string> = {
  gir_informasjon: 'Gir informasjon',
  far_informasjon: 'Får informasjon',
  politisk_diskusjon: 'Politisk diskusjon',
  faglig_diskusjon: 'Faglig diskusjon',
};

export function readDemoKommune(root: string, slug: string): DemoKommune {
  const config = readStudyConfig(root);
  const { kommune } = readKommune(root, config, slug);
  const contacts = new Map(kommune.contacts.map((c) => [`${c.from}>${c.to}`, c.frequency]));
  const political = new Set(kommune.political.map((p) => `${p.person}>${p.body}>${p.type}`));
  return {
    config,
    kommune,
    persons: kommune.persons,
    responses: kommune.responses,
    ratings: config.questions.filter((q) => q.kind === 'rating'),
    texts: config.questions.filter((q) => q.kind === 'text'),
    frequency: (from, to) => contacts.get(`${from}>${to}`),
    political: (person, body, type) => political.has(`${person}>${body}>${type}`),
    types: CONTACT_TYPES,
  };
}

/** A rating as the demo holds it: '1'..'6', 'vet ikke' or ''. */
export function ratingText(value: RatingAnswer | undefined): string {
  if (value === null || value === undefined) return '';
  return value === 'vet_ikke' ? 'vet ikke' : String(value);
}

/** RFC 4180 CSV of `rows` with `delimiter`; `quoteAll` quotes every field (Nettskjema). */
export function toCsv(rows: (string | number)[][], delimiter: string, quoteAll = false): string {
  const field = (value: string | number): string => {
    const text = String(value);
    return quoteAll || text.includes(delimiter) || /["\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(field).join(delimiter)).join('\r\n') + '\r\n';
}
