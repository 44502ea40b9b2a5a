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
export const columnsMissing = (missing: readonly string[], found: readonly string[], expected: readonly string[], delimiter: string): string =>
  `${missing.length === 1 ? 'required column' : 'required columns'} ${missing.map(quote).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing ` +
  `(columns found: ${found.length ? list(found) : 'none'}; expected: ${expected.join(delimiter)}); no row of the file is read`;
export const fixColumnsMissing = (guesses: readonly (readonly [string, string])[]): string =>
  (guesses.length ? `Did you mean ${guesses.map(([written, name]) => `${quote(name)} for ${quote(written)}`).join(', ')}? ` : '') +
  'Rename the columns on the header line (the first line); docs/data-format.md lists the names accepted, Norwegian ones too.';
export const questionColumnMissing = (id: string): string =>
  `column ${quote(id)} for question ${quote(id)} in study.yaml is missing`;
export const fixQuestionColumnMissing = (id: string, near?: string, unused: readonly string[] = []): string =>
  near
    ? `Did you mean ${quote(near)}? Rename that column to "${id}", or add a "${id}" column (it may be empty).`
    : `Add a "${id}" column (it may be empty), or remove the question from study.yaml.` +
      (unused.length > 0 ? ` The header has ${unused.map(quote).join(', ')}, which no question of study.yaml uses: renamed?` : '');

// ---- YAML --------------------------------------------------------------------------------------
export const yamlSyntax = (detail: string): string => `YAML syntax error: ${detail}`;
export const fixYamlSyntax = 'Compare with the examples in docs/data-format.md (key: value, lists with "- ", spaces for indentation).';
export const fixYamlTabs = 'Indent with spaces, not tabs.';
export const fixYamlColon = (quoted: string): string =>
  `A value that contains ": " must be in quotes, e.g. ${quoted}`;
export const fixYamlDashSpace = (fixed: string): string =>
  `A list item needs a space after its dash: ${fixed}`;
export const fixYamlQuote = 'Close the quote on the same value, or remove it; a quote inside "…" is written \\".';
export const fixYamlIndent =
  'Check the indentation: keys of one mapping start in the same column, with spaces; a value that contains ": " must be in quotes.';
export const yamlUnknownTag = (tag: string): string => `unknown YAML tag ${quote(tag)}: these files take plain text, numbers, lists and mappings only`;
export const fixYamlUnknownTag = 'Remove the tag and write the value as plain text (in quotes if it begins with ! or &).';
export const yamlTooManyAliases = (max: number): string =>
  `the file expands more than ${max} aliases (*name), which no study needs; it is not read`;
export const fixYamlTooManyAliases = 'Write the values out instead of repeating them with & anchors and * aliases.';
export const yamlDuplicateKey = (key: string): string => `key ${quote(key)} appears twice in the same mapping`;
export const fixYamlDuplicateKey = 'Keep one of them.';
export const fixStudyYamlMissing = (root: string): string =>
  `Is --data the folder that holds study.yaml and kommuner/? It is now ${quote(root)}.`;
export const yamlNotMapping = (): string => 'the file must be a mapping of keys (key: value)';
export const unknownKey = (key: string, where: string): string =>
  `unknown key ${quote(key)}${where === '' ? '' : ` under ${quote(where)}`}; it would be ignored`;
export const fixUnknownKeySuggestion = (suggestion: string, why: 'case' | 'spelling' | 'english'): string =>
  `Did you mean ${quote(suggestion)}?` +
  (why === 'case' ? ' Keys are case-sensitive.' : why === 'english' ? ' The keys are English words, the values may be Norwegian.' : '');
export const fixKeyElsewhere = (key: string, places: readonly string[]): string =>
  `${quote(key)} belongs ${places.map((p) => (p === '(top level)' ? 'at the top level' : `under ${quote(p)}`)).join(' or ')}; move it there.`;
export const fixUnknownKey = (known: readonly string[]): string =>
  `Check the spelling; the keys allowed here are ${list(known)} (docs/data-format.md).`;
export const notALanguage = (key: string, written: string): string =>
  `${key}: ${quote(written)} is not a language of the note (nb, nn)`;
export const fixNotALanguage = (suggestion?: string): string =>
  `${suggestion ? `Did you mean ${quote(suggestion)}? ` : ''}Give the text per language as nb: and nn:, or one text for every note.`;
export const keyMissing = (key: string): string => `required key ${quote(key)} is missing`;
export const wrongType = (key: string, expected: string): string => `${quote(key)} must be ${expected}`;
export const listEmpty = (key: string, what: string): string => `${quote(key)} must list at least one ${what}`;
export const duplicateEntry = (what: string, id: string, firstLine?: number): string =>
  `duplicate ${what} ${quote(id)}${firstLine ? ` (first on line ${firstLine})` : ''}`;
export const fixDuplicateEntry = 'Give each one a different id, or remove one.';
// Texts per note language (lang-text.ts); notALanguage and fixNotALanguage are above.
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
export const fixKommuneFolderNear = (folder: string): string =>
  `There is a folder kommuner/${folder}: did you mean ${quote(folder)}? Otherwise create the folder with kommune.yaml and the four CSV files.`;
export const kommuneFolderNotListed = (folder: string, dir: string): string =>
  `the folder ${dir} is not listed under "kommuner", so kommune ${quote(folder)} is in no note and no comparison`;
export const fixKommuneFolderNotListed = (folder: string): string =>
  `Add ${folder} to "kommuner" (npm run new -- kommune adds a new one), or move the folder out of kommuner/.`;
export const fixKommuneFolderNotListedNear = (slug: string): string =>
  `"kommuner" lists ${quote(slug)}, which has no folder: is this its folder, misspelt? Rename one of them.`;
export const notARealDate = (value: string): string => `date ${quote(value)} is not a day of the calendar`;
export const badDateFormat = (value: string): string => `date ${quote(value)} is not written YYYY-MM-DD`;
export const fixBadDate =
  'Write the publication date as YYYY-MM-DD, e.g. date: 2015-09-01 (the place-and-month line of the colophon is note.place), or leave the key out.';
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
export const fixBadFrequency = (suggestion?: string): string =>
  (suggestion ? `Did you mean ${quote(suggestion)}? ` : '') +
  'Write daglig, ukentlig, månedlig, sjeldnere or aldri (or nynorsk dagleg, vekentleg, månadleg, sjeldnare); remove the row if there is no contact.';
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
export const fixBadContactType = (suggestion?: string): string =>
  (suggestion ? `Did you mean ${quote(suggestion)}? ` : '') +
  'Write gir_informasjon, far_informasjon, politisk_diskusjon or faglig_diskusjon (spaces and å work, as do nynorsk gjev and fagleg), one row per type.';
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
