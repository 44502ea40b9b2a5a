// Every user-facing message of the load and validate stages, in one place so wording stays consistent.
// A message says what is wrong (and what would be valid); a `fix…` says how to repair it.
// No trailing period: formatProblem adds it.

const list = (values: readonly string[]): string => values.join(', ');
/** JSON quoting, with characters that print as nothing (zero-width space, BOM, soft hyphen …) made visible. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
const quote = (value: string): string =>
  JSON.stringify(value).replace(INVISIBLE, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

// ---- files -------------------------------------------------------------------------------------
export const fileMissing = (): string => 'file not found';
export const fileUnreadable = (reason: string): string => `file cannot be read (${reason})`;
export const fixFileMissing = (file: string): string => `Create ${file}; see docs/data-format.md.`;

// ---- CSV ---------------------------------------------------------------------------------------
export const csvEmpty = (): string => 'file is empty; expected a header line';
export const fixCsvEmpty = 'Put the column names on the first line.';
export const duplicateColumn = (name: string, firstColumn: number): string =>
  `column ${quote(name)} appears twice (first in column ${firstColumn})`;
export const fixDuplicateColumn = 'Rename or remove one of them.';
export const raggedRow = (fields: number, expected: number): string =>
  `row has ${fields} ${fields === 1 ? 'field' : 'fields'} but the header has ${expected}`;
export const fixRaggedRow = 'Add the missing fields, or quote values that contain the delimiter.';
export const otherDelimiter = (used: string, header: string, moreLines: readonly number[]): string =>
  `row uses ${quote(used)} as delimiter but the header uses ${quote(header)}` +
  (moreLines.length === 0 ? '' : ` (so do lines ${moreLines.slice(0, 10).join(', ')}${moreLines.length > 10 ? ', …' : ''})`);
export const fixOtherDelimiter = (header: string): string =>
  `Use ${quote(header)} between the fields of every row, as in the header (re-export the file, or replace the delimiter).`;
export const sepContradicted = (sep: string, header: string): string =>
  `the first line ${quote(`sep=${sep}`)} names ${quote(sep)} as delimiter, but the header line uses ${quote(header)}`;
export const fixSepContradicted = (header: string): string => `Change the first line to sep=${header}, or remove it.`;
export const headerRepeated = (bom: boolean): string =>
  `row repeats the header line${bom ? ', with a byte order mark before it' : ''}`;
export const fixHeaderRepeated = 'Two files pasted together? Remove the repeated header line.';
export const csvQuoteNotClosed = (): string => 'a quote opened in this record is never closed';
export const csvUnreadable = (detail: string): string => `record cannot be read: ${detail}`;
export const fixCsvQuote = 'Close the quote, or write a quote inside a quoted value as "".';
export const columnMissing = (column: string, found: readonly string[]): string =>
  `required column ${quote(column)} is missing (columns found: ${found.length ? list(found) : 'none'})`;
export const fixColumnMissing = (column: string): string => `Add a "${column}" column to the header line.`;
export const questionColumnMissing = (id: string): string =>
  `column ${quote(id)} for question ${quote(id)} in study.yaml is missing`;
export const fixQuestionColumnMissing = (id: string): string =>
  `Add a "${id}" column (it may be empty), or remove the question from study.yaml.`;

// ---- YAML --------------------------------------------------------------------------------------
export const yamlSyntax = (detail: string): string => `YAML syntax error: ${detail}`;
export const fixYamlSyntax = 'See https://yaml.org/spec/1.2.2/ or compare with data/study.yaml.';
export const fixYamlTabs = 'Indent with spaces, not tabs.';
export const yamlDuplicateKey = (key: string): string => `key ${quote(key)} appears twice in the same mapping`;
export const fixYamlDuplicateKey = 'Keep one of them.';
export const fixStudyYamlMissing = (root: string): string =>
  `Is --data the folder that holds study.yaml and kommuner/? It is now ${quote(root)}.`;
export const yamlNotMapping = (): string => 'the file must be a mapping of keys (key: value)';
export const keyMissing = (key: string): string => `required key ${quote(key)} is missing`;
export const wrongType = (key: string, expected: string): string => `${quote(key)} must be ${expected}`;
export const listEmpty = (key: string, what: string): string => `${quote(key)} must list at least one ${what}`;
export const duplicateEntry = (what: string, id: string, firstLine?: number): string =>
  `duplicate ${what} ${quote(id)}${firstLine ? ` (first on line ${firstLine})` : ''}`;
export const fixDuplicateEntry = 'Give each one a different id, or remove one.';
// Texts per note language (lang-text.ts).
export const notALanguage = (key: string, lang: string): string =>
  `${key}: ${quote(lang)} is not a language of the note (nb, nn)`;
export const fixNotALanguage = 'Give the text as one value for both languages, or as { nb: …, nn: … }.';
const LANGUAGE_NAMES = { nb: 'bokmål', nn: 'nynorsk' } as const;
export const missingInLanguage = (key: string, lang: 'nb' | 'nn', used: string): string =>
  `${key} has no ${LANGUAGE_NAMES[lang]} text (${lang}); this ${LANGUAGE_NAMES[lang]} note prints ${quote(used)}`;
export const unknownFixedText = (key: string): string => `note.fixedText: ${quote(key)} is not a fixed text of the note`;
export const fixUnknownFixedText = (near: readonly string[]): string =>
  `${near.length > 0 ? `Did you mean ${list(near)}? ` : ''}The keys are those of templates/i18n/nb.yaml (docs/writing.md, "Fixed texts").`;
export const fixMissingInLanguage = (lang: 'nb' | 'nn'): string =>
  `Add "${lang}: …" beside the other language, or give one plain text for both.`;
export const badCode = (what: string, id: string): string =>
  `${what} ${quote(id)} may contain only letters a-z, digits, _ and -`;
export const badQuestionKind = (kind: string): string => `question kind ${quote(kind)} is not one of rating, text`;
export const questionIdReserved = (): string => 'question id "id" is taken by the respondent id column';
export const kommuneFolderMissing = (slug: string, dir: string): string =>
  `kommune ${quote(slug)} has no folder ${dir}`;
export const kommuneFolderEmpty = (slug: string, dir: string): string => `kommune ${quote(slug)}: folder ${dir} is empty`;
export const fixKommuneFolder = 'Create the folder with kommune.yaml and the four CSV files, or remove the slug from "kommuner".';
export const badComparison = (value: string, valid: readonly string[]): string =>
  `note.comparison ${quote(value)} is not one of ${list(valid)}`;
export const fixBadComparison = (fullUpTo: number): string =>
  `Write full (figures of every kommune), compact (tables) or auto (full up to ${fullUpTo} kommuner, compact above), or leave the key out for auto.`;

// ---- persons.csv -------------------------------------------------------------------------------
export const valueEmpty = (column: string): string => `${column} is empty`;
export const badId = (id: string): string => `id ${quote(id)} may contain only letters a-z, digits, _ and -`;
export const fixBadId = 'Use ids such as p01 or oppdal_12, without spaces.';
export const duplicateId = (id: string, firstLine: number): string =>
  `id ${quote(id)} is already used on line ${firstLine}`;
export const fixDuplicateId = 'Give each person a unique id.';
export const idHoldsName = (): string =>
  'this id holds a person\'s name, and ids are printed in the note (figures, tables, changes.md)';
export const fixIdHoldsName =
  'Give the person a neutral id (p01, okonomi-3) here and in responses.csv, contacts.csv and political.csv.';
export const idDiffersInCase = (id: string, other: string, otherLine: number): string =>
  `id ${quote(id)} differs from ${quote(other)} on line ${otherLine} only in case; they are two persons`;
export const unknownFunction = (code: string, valid: readonly string[]): string =>
  `function ${quote(code)} is not one of ${list(valid)}`;
export const fixUnknownFunction = 'Use a function code from study.yaml, or add the function there.';
export const noFunctions = (): string => 'functions is empty; a person needs at least one function code';
export const fixNoFunctions = 'Write function codes separated by |, the primary function first.';
export const duplicateFunction = (code: string): string => `function ${quote(code)} is listed twice; the second is ignored`;

// ---- responses.csv -----------------------------------------------------------------------------
export const unknownPerson = (role: string, id: string): string => `${role} ${quote(id)} is not a person in persons.csv`;
export const fixUnknownPerson = (suggestion?: string, invisible = false): string =>
  suggestion
    ? invisible
      ? `Did you mean ${quote(suggestion)}? The id holds a character that prints as nothing (shown as \\u…); retype it.`
      : `Did you mean ${quote(suggestion)}? Ids are case-sensitive.`
    : 'Use an id from persons.csv (ids are case-sensitive), or add the person there.';
export const duplicateResponse = (id: string, firstLine: number): string =>
  `respondent ${quote(id)} already has a row on line ${firstLine}`;
export const fixDuplicateResponse = 'Keep one row per respondent.';
export const badRating = (question: string, value: string): string =>
  `answer ${quote(value)} to ${question} is not one of 1, 2, 3, 4, 5, 6, vet ikke, or empty`;
export const fixBadRating = 'Write a whole number 1-6, "vet ikke" for don\'t know, or leave it empty if not answered.';

// ---- contacts.csv ------------------------------------------------------------------------------
export const contactFromNonRespondent = (id: string): string =>
  `contact from non-respondent ${quote(id)}: only persons with a row in responses.csv report contacts`;
export const fixContactFromNonRespondent = 'Add the person\'s row to responses.csv, or remove the contact.';
export const selfContact = (id: string): string => `contact from ${quote(id)} to itself`;
export const fixSelfContact = 'Remove the row; "to" must be another person.';
export const badFrequency = (value: string): string =>
  `frequency ${quote(value)} is not one of daglig, ukentlig, månedlig, sjeldnere, aldri`;
export const duplicateContact = (from: string, to: string, firstLine: number): string =>
  `contact ${from} -> ${to} repeats line ${firstLine}; this row is ignored`;
export const contradictoryContact = (from: string, to: string, lines: [number, number], kept: string): string =>
  `contact ${from} -> ${to} is reported on lines ${lines[0]} and ${lines[1]} with different frequencies; kept ${kept}`;
export const fixContradictory = 'Keep one row per pair.';

// ---- political.csv -----------------------------------------------------------------------------
export const politicalFromNonRespondent = (id: string): string =>
  `political contact from non-respondent ${quote(id)}: only persons with a row in responses.csv answer it`;
export const unknownBody = (body: string, valid: readonly string[]): string =>
  valid.length
    ? `body ${quote(body)} is not one of ${list(valid)} (politicalBodies in kommune.yaml)`
    : `body ${quote(body)}: kommune.yaml lists no politicalBodies`;
export const fixUnknownBody = 'Use a body id from kommune.yaml, or add the body to politicalBodies there.';
export const badContactType = (value: string): string =>
  `type ${quote(value)} is not one of gir_informasjon, far_informasjon, politisk_diskusjon, faglig_diskusjon`;
export const duplicatePolitical = (firstLine: number): string => `repeats line ${firstLine}; this row is ignored`;

// ---- whole kommune -----------------------------------------------------------------------------
export const noPersons = (): string => 'no persons: the file has a header but no rows';
export const noRespondents = (): string => 'no respondents: the file has a header but no rows';
export const noContacts = (): string => 'no contacts: every person will be an isolate';
export const fixEmptyTable = 'Add one row per person below the header.';

// ---- choosing a kommune ------------------------------------------------------------------------
export const unknownKommune = (arg: string, valid: readonly string[]): string =>
  `unknown kommune ${quote(arg)}; valid: ${list(valid)}`;
export const kommuneNotInStudy = (slug: string): string =>
  `kommune ${quote(slug)} has a folder but is not listed under "kommuner" in study.yaml`;
export const fixKommuneNotInStudy = 'Add the slug to "kommuner" in study.yaml.';
