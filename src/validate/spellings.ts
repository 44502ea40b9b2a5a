// Validate stage: the Norwegian (bokmål, nynorsk) and English names the four CSV files may use for
// their columns, and the spellings accepted for the enumerated values. Everything is compared after
// fold() (case, spaces, æøå), so `Fullt navn`, `fullt_navn` and `FULLT NAVN` are one spelling.
// docs/data-format.md lists the same tables.

import type { ContactType, Frequency } from '../types.ts';
import { fold } from './fold.ts';

/** Per file: each column's name, then the other names it may be written as. */
export const COLUMN_NAMES = {
  'persons.csv': {
    id: ['personid', 'person_id', 'person', 'nr', 'løpenummer'],
    functions: ['function', 'funksjon', 'funksjoner', 'funksjonar', 'funksjonskode', 'funksjonskoder', 'roller', 'rolle'],
    name: ['navn', 'namn', 'fullt navn', 'fullt namn', 'fullname', 'full name'],
  },
  'responses.csv': {
    id: ['personid', 'person_id', 'person', 'respondent', 'respondentid', 'nr'],
  },
  'contacts.csv': {
    from: ['fra', 'frå', 'fra_id', 'frå_id', 'source', 'kilde', 'kjelde'],
    to: ['til', 'til_id', 'target', 'kontakt', 'mottaker', 'mottakar'],
    frequency: ['frekvens', 'hyppighet', 'hyppigheit', 'kor ofte', 'hvor ofte', 'freq'],
  },
  'political.csv': {
    person: ['personid', 'person_id', 'id', 'respondent'],
    body: ['organ', 'politisk organ', 'politiske organ'],
    type: ['kontakttype', 'type kontakt', 'kontakt'],
  },
} as const satisfies Record<string, Record<string, readonly string[]>>;

export type CsvFileName = keyof typeof COLUMN_NAMES;

/** Frequencies: the canonical value, then bokmål and nynorsk variants. */
export const FREQUENCY_SPELLINGS: Readonly<Record<Frequency, readonly string[]>> = {
  daglig: ['daglig', 'dagleg', 'dagli'],
  ukentlig: ['ukentlig', 'ukentleg', 'vekentleg', 'vekentlig', 'ukentlige', 'ukentli'],
  manedlig: ['månedlig', 'månedleg', 'månadleg', 'månadlig', 'maanedlig'],
  sjeldnere: ['sjeldnere', 'sjeldnare', 'sjeldan', 'sjelden', 'sjeldnere enn månedlig', 'sjeldnare enn månadleg'],
  aldri: ['aldri', 'aldrig'],
};

/** Political contact types: the canonical value, then variants. */
export const CONTACT_TYPE_SPELLINGS: Readonly<Record<ContactType, readonly string[]>> = {
  gir_informasjon: ['gir informasjon', 'gjev informasjon', 'gir info', 'gjev info'],
  far_informasjon: ['får informasjon', 'får info'],
  politisk_diskusjon: ['politisk diskusjon', 'politisk drøfting'],
  faglig_diskusjon: ['faglig diskusjon', 'fagleg diskusjon', 'faglig drøfting', 'fagleg drøfting'],
};

/** "Don't know" for a rating question. */
export const DONT_KNOW_SPELLINGS: readonly string[] = ['vet ikke', 'veit ikkje', 'vet ikkje', 'veit ikke', 'vet_ikke', 'vet ikke/ingen mening'];

/** folded spelling → canonical value. */
function index<T extends string>(table: Readonly<Record<T, readonly string[]>>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, spellings] of Object.entries(table) as [T, readonly string[]][]) {
    map.set(fold(value), value);
    for (const spelling of spellings) map.set(fold(spelling), value);
  }
  return map;
}

const FREQUENCIES = index(FREQUENCY_SPELLINGS);
const CONTACT_TYPES = index(CONTACT_TYPE_SPELLINGS);
const DONT_KNOW = new Set(DONT_KNOW_SPELLINGS.map(fold));

export function frequencyOf(value: string): Frequency | undefined {
  return FREQUENCIES.get(fold(value));
}

export function contactTypeOf(value: string): ContactType | undefined {
  return CONTACT_TYPES.get(fold(value));
}

export function isDontKnow(value: string): boolean {
  return DONT_KNOW.has(fold(value));
}

/** Every written spelling of the frequencies (for did-you-mean). */
export const FREQUENCY_WORDS: readonly string[] = Object.values(FREQUENCY_SPELLINGS).flat();
export const CONTACT_TYPE_WORDS: readonly string[] = [...Object.keys(CONTACT_TYPE_SPELLINGS), ...Object.values(CONTACT_TYPE_SPELLINGS).flat()];
