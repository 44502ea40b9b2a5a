// Validate stage: every key study.yaml and kommune.yaml may hold, as one table per file. A key not in
// the table is an error with "did you mean …?" (src/validate/unknown-keys.ts); the JSON Schemas in
// schema/ list the same keys (test/schema/schema.test.ts compares them). Adding a key is one line here
// and its entry in the schema.

/** What a key holds, as far as key checking is concerned. */
export type KeyShape =
  /** Any value; its inside is not a matter of keys (or is checked by its own reader). */
  | 'value'
  /** A text that may also be given per language of the note: `{ nb: …, nn: … }`. */
  | 'text'
  /** A mapping of known keys. */
  | { keys: KeyTable }
  /** A list; mapping items have these keys (other items are left to the type checks). */
  | { items: KeyTable };

export type KeyTable = Readonly<Record<string, KeyShape>>;

/** The languages a per-language text may be given in. */
export const TEXT_LANGUAGE_KEYS = ['nb', 'nn'] as const;

/** Text slots of `note.text` (src/load/note-sources.ts TEXT_SLOTS); each a path, a list or `{ nb, nn }`. */
const TEXT_SLOT_KEYS: KeyTable = {
  kolofon: 'value', forord: 'value', sammendrag: 'value', innledning: 'value', bakgrunn: 'value',
  prosjektet: 'value', resultater: 'value', kommune: 'value', vedlegg: 'value',
};

const PUBLISHER_KEYS: KeyTable = { name: 'text', address: 'value', phone: 'text', email: 'text', orgNumber: 'text' };

/** `note:` keys either file may set (kommune.yaml wins). */
const NOTE_KEYS: KeyTable = {
  title: 'text',
  subtitle: 'text',
  number: 'text',
  part: 'text',
  authors: 'value',
  projectLeader: 'text',
  projectNumber: 'text',
  projectTitle: 'text',
  commissioner: 'text',
  publisher: { keys: PUBLISHER_KEYS },
  issn: 'text',
  isbn: 'text',
  keywords: 'value',
  signer: 'text',
  place: 'text',
  allowHtml: 'value',
  text: { keys: TEXT_SLOT_KEYS },
};

const REFERENCE_KEYS: KeyTable = {
  authors: 'text', year: 'text', title: 'text', series: 'text', publisher: 'text', in: 'text', journal: 'text', pages: 'text',
};

export const STUDY_KEYS: KeyTable = {
  title: 'text',
  subject: 'text',
  kommuner: 'value',
  functions: { items: { code: 'value', label: 'text', name: 'text' } },
  questions: { items: { id: 'value', kind: 'value', text: 'text', low: 'text', high: 'text' } },
  date: 'value',
  allowHtml: 'value',
  note: { keys: { ...NOTE_KEYS, comparison: 'value', fixedText: 'value', references: { items: REFERENCE_KEYS } } },
};

export const KOMMUNE_KEYS: KeyTable = {
  name: 'text',
  politicalBodies: { items: { id: 'value', label: 'text' } },
  language: 'value',
  note: { keys: { ...NOTE_KEYS, language: 'value' } },
};

/**
 * Keys written in Norwegian (or common other names) → the key meant, for "did you mean …?" where
 * the spelling alone is too far from any key. The keys themselves stay English (docs/data-format.md).
 */
export const KEY_TRANSLATIONS: Readonly<Record<string, string>> = {
  navn: 'name', tittel: 'title', undertittel: 'subtitle', dato: 'date', kommune: 'kommuner', kommunar: 'kommuner',
  funksjoner: 'functions', funksjonar: 'functions', 'spørsmål': 'questions', sporsmal: 'questions',
  forfattere: 'authors', forfattarar: 'authors', prosjektleder: 'projectLeader', prosjektleiar: 'projectLeader',
  oppdragsgiver: 'commissioner', oppdragsgjevar: 'commissioner', utgiver: 'publisher', utgjevar: 'publisher',
  emneord: 'keywords', stikkord: 'keywords', sted: 'place', stad: 'place', nummer: 'number', del: 'part',
  tekst: 'text', referanser: 'references', litteratur: 'references', 'språk': 'language', sprak: 'language',
  politiskeorgan: 'politicalBodies', organ: 'politicalBodies', kode: 'code', etikett: 'label', tekstar: 'text',
  type: 'kind', art: 'kind', lav: 'low', 'høy': 'high', hoy: 'high', adresse: 'address', telefon: 'phone', epost: 'email',
};
