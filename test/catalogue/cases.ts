// The catalogue of broken data sets: each case is a small change to the valid data set of
// test/validate/data-set.ts (or a folder under test/fixtures/broken/<id>/ laid over it), with the
// problems the build must report, in order, as `path:line:column: message. Fix.` (root-relative).
// docs/bad-input.md is this table in prose; `npx tsx test/catalogue/write-doc.ts` rewrites it.

export type Expected = string | RegExp;

export interface CatalogueCase {
  /** kebab-case; also the folder name under test/fixtures/broken/ when `fixture` is set. */
  id: string;
  /** What is broken, in the words of someone preparing data. */
  title: string;
  /** Files under the data root to replace (null removes one). */
  changes?: Record<string, string | null>;
  /** Lay test/fixtures/broken/<id>/ over the base data set (binary files, Markdown text). */
  fixture?: true;
  /** Empty folders to create under the data root. */
  dirs?: string[];
  /** The --kommune argument (default: testby). */
  kommune?: string;
  /** 'data': fails in readStudy (load + validate); 'text': fails when the note's text is read or rendered. */
  stage?: 'data' | 'text';
  /** Every error (and warning) the build reports, in order. */
  expect: Expected[];
}

const P = 'kommuner/testby/persons.csv';
const R = 'kommuner/testby/responses.csv';
const C = 'kommuner/testby/contacts.csv';
const PO = 'kommuner/testby/political.csv';
const K = 'kommuner/testby/kommune.yaml';
const S = 'study.yaml';

const FIX_PERSON = 'Use an id from persons.csv (ids are case-sensitive), or add the person there.';
const FIX_RATING = 'Write a whole number 1-6, "vet ikke" for don\'t know, or leave it empty if not answered.';
const FIX_RAGGED = 'Add the missing fields, or quote values that contain the delimiter.';
const FIX_NON_RESPONDENT = "Add the person's row to responses.csv, or remove the contact.";
const rating = (line: number, value: string) =>
  `${R}:${line}:2: answer ${JSON.stringify(value)} to samordning is not one of 1, 2, 3, 4, 5, 6, vet ikke, or empty. ${FIX_RATING}`;

const STUDY_HEAD = 'title: Testing\nkommuner: [testby]\n';
const FUNCTIONS = 'functions:\n  - { code: okonomi, label: Økonomi, name: Økonomiske virkemidler }\n  - { code: tildeling, label: Tildeling, name: Tildeling av bolig }\n';
const QUESTIONS = 'questions:\n  - { id: samordning, kind: rating, text: Hvor godt?, low: Dårlig, high: Godt }\n  - { id: styrker, kind: text, text: Styrker? }\n';

export const CASES: CatalogueCase[] = [
  // ---- CSV: delimiters, encodings, quotes, shape ---------------------------------------------
  {
    id: 'delimiter-mix-in-row',
    title: 'one row of a `;` file written with `,`',
    changes: { [C]: 'from;to;frequency\np1;p2;daglig\np2,p3,månedlig\np3;p4;ukentlig\n' },
    expect: [
      "kommuner/testby/contacts.csv:3: row uses \",\" as delimiter but the header uses \";\". Use \";\" between the fields of every row, as in the header (re-export the file, or replace the delimiter).",
    ],
  },
  {
    id: 'delimiter-mix-header',
    title: 'header with `,`, rows with `;`',
    changes: { [PO]: 'person,body,type\np1;formannskap;gir_informasjon\n' },
    expect: [
      "kommuner/testby/political.csv:2: row uses \";\" as delimiter but the header uses \",\". Use \",\" between the fields of every row, as in the header (re-export the file, or replace the delimiter).",
    ],
  },
  {
    id: 'bom-in-middle',
    title: 'two UTF-8 exports pasted together: a BOM and a second header in the middle',
    changes: { [P]: '\uFEFFid;functions;name\np1;okonomi;Anne\np2;tildeling|okonomi;Bjørn\n\uFEFFid;functions;name\np3;tildeling;Åse\np4;okonomi;Dag\n' },
    expect: [
      "kommuner/testby/persons.csv:4: row repeats the header line, with a byte order mark before it. Two files pasted together? Remove the repeated header line.",
    ],
  },
  {
    id: 'invisible-character-in-id',
    title: 'a zero-width space pasted after an id',
    changes: { [R]: 'id;samordning;styrker\np1;4;God dialog\np2\u200B;vet ikke;\np3;;\n' },
    expect: [
      "kommuner/testby/responses.csv:3:1: respondent \"p2\\u200B\" is not a person in persons.csv. Did you mean \"p2\"? The id holds a character that prints as nothing (shown as \\u…); retype it.",
      "kommuner/testby/contacts.csv:3:1: contact from non-respondent \"p2\": only persons with a row in responses.csv report contacts. Add the person's row to responses.csv, or remove the contact.",
    ],
  },
  {
    id: 'windows-1252',
    title: 'Windows-1252 file (Norwegian Excel) with a misspelt frequency containing å',
    fixture: true,
    expect: [
      "kommuner/testby/contacts.csv:4:3: frequency \"hver måned\" is not one of daglig, ukentlig, månedlig, sjeldnere, aldri. Write daglig, ukentlig, månedlig, sjeldnere or aldri (or nynorsk dagleg, vekentleg, månadleg, sjeldnare); remove the row if there is no contact.",
    ],
  },
  {
    id: 'utf-16le',
    title: 'UTF-16 LE file with BOM (Excel "Unicode text", tab-free) with a rating written as a word',
    fixture: true,
    expect: [
      "kommuner/testby/responses.csv:3:2: answer \"tre\" to samordning is not one of 1, 2, 3, 4, 5, 6, vet ikke, or empty. Write a whole number 1-6, \"vet ikke\" for don't know, or leave it empty if not answered.",
    ],
  },
  {
    id: 'utf-16be',
    title: 'UTF-16 BE file with BOM with an unknown function containing ø',
    fixture: true,
    expect: [
      "kommuner/testby/persons.csv:3:2: function \"bøker\" is not one of okonomi, tildeling. Use a function code from study.yaml, or add the function there.",
    ],
  },
  {
    id: 'excel-sep-line',
    title: "Excel's `sep=;` first line: lines are the file's own",
    changes: { [P]: 'sep=;\nid;functions;name\np1;okonomi;Anne\np2;bolig;Bjørn\np3;tildeling;Åse\np4;okonomi;Dag\n' },
    expect: [
      "kommuner/testby/persons.csv:4:2: function \"bolig\" is not one of okonomi, tildeling. Use a function code from study.yaml, or add the function there.",
    ],
  },
  {
    id: 'excel-sep-line-wrong',
    title: '`sep=,` but the file uses `;`',
    changes: { [PO]: 'sep=,\nperson;body;type\np1;formannskap;gir_informasjon\n' },
    expect: [
      "kommuner/testby/political.csv:1: the first line \"sep=,\" names \",\" as delimiter, but the header line uses \";\". Change the first line to sep=;, or remove it.",
    ],
  },
  {
    id: 'quote-not-closed',
    title: 'a quoted free-text answer whose closing quote is missing',
    changes: { [R]: 'id;samordning;styrker\np1;4;"God dialog\np2;vet ikke;\np3;;\n' },
    expect: [
      "kommuner/testby/responses.csv:2: a quote opened in this record is never closed. Close the quote, or write a quote inside a quoted value as \"\".",
    ],
  },
  {
    id: 'line-break-in-quotes',
    title: 'a problem after a quoted answer with line breaks is named by its own line',
    changes: { [R]: 'id;samordning;styrker\np1;4;"Første linje\nandre linje\ntredje"\np2;7;\np3;;\n' },
    expect: [
      "kommuner/testby/responses.csv:5:2: answer \"7\" to samordning is not one of 1, 2, 3, 4, 5, 6, vet ikke, or empty. Write a whole number 1-6, \"vet ikke\" for don't know, or leave it empty if not answered.",
    ],
  },
  {
    id: 'ragged-row-too-many',
    title: 'a row with an extra, non-empty field',
    changes: { [C]: 'from;to;frequency\np1;p2;daglig;ekstra\np2;p3;månedlig\n' },
    expect: [
      "kommuner/testby/contacts.csv:2:4: row has 4 fields but the header has 3. Add the missing fields, or quote values that contain the delimiter.",
    ],
  },
  {
    id: 'ragged-row-too-few',
    title: 'a row with a field missing',
    changes: { [PO]: 'person;body;type\np1;formannskap\n' },
    expect: [
      "kommuner/testby/political.csv:2:2: row has 2 fields but the header has 3. Add the missing fields, or quote values that contain the delimiter.",
      "kommuner/testby/political.csv:2:3: type is empty. Write gir_informasjon, far_informasjon, politisk_diskusjon or faglig_diskusjon (spaces and å work, as do nynorsk gjev and fagleg), one row per type.",
    ],
  },
  {
    id: 'duplicate-header',
    title: 'the same column twice (in different case)',
    changes: { [P]: 'id;functions;name;ID\np1;okonomi;Anne;x\np2;tildeling;Bjørn;x\np3;tildeling;Åse;x\np4;okonomi;Dag;x\n' },
    expect: [
      "kommuner/testby/persons.csv:1:4: column \"ID\" appears twice (first in column 1). Rename or remove one of them.",
    ],
  },
  {
    id: 'empty-file',
    title: 'an empty contacts.csv (0 bytes)',
    changes: { [C]: '' },
    expect: [
      "kommuner/testby/contacts.csv: file is empty; expected a header line. Put the column names on the first line.",
    ],
  },
  {
    id: 'bom-only-file',
    title: 'a political.csv holding only a BOM and a line break',
    changes: { [PO]: '\uFEFF\r\n' },
    expect: [
      "kommuner/testby/political.csv: file is empty; expected a header line. Put the column names on the first line.",
    ],
  },
  {
    id: 'header-only-persons',
    title: 'persons.csv with only its header',
    changes: { [P]: 'id;functions;name\n', [R]: 'id;samordning;styrker\n', [C]: 'from;to;frequency\n', [PO]: 'person;body;type\n' },
    expect: [
      "kommuner/testby/persons.csv: no persons: the file has a header but no rows. Add one row per person below the header.",
      "kommuner/testby/responses.csv: no respondents: the file has a header but no rows. Add one row per person below the header.",
      "kommuner/testby/contacts.csv: warning: no contacts: every person will be an isolate.",
    ],
  },
  {
    id: 'header-only-responses',
    title: 'responses.csv with only its header (everyone is then a non-respondent)',
    changes: { [R]: 'id;samordning;styrker\n' },
    expect: [
      "kommuner/testby/responses.csv: no respondents: the file has a header but no rows. Add one row per person below the header.",
      "kommuner/testby/contacts.csv:2:1: contact from non-respondent \"p1\": only persons with a row in responses.csv report contacts. Add the person's row to responses.csv, or remove the contact.",
      "kommuner/testby/contacts.csv:3:1: contact from non-respondent \"p2\": only persons with a row in responses.csv report contacts. Add the person's row to responses.csv, or remove the contact.",
      "kommuner/testby/contacts.csv:4:1: contact from non-respondent \"p3\": only persons with a row in responses.csv report contacts. Add the person's row to responses.csv, or remove the contact.",
      "kommuner/testby/political.csv:2:1: political contact from non-respondent \"p1\": only persons with a row in responses.csv answer it. Add the person's row to responses.csv, or remove the contact.",
    ],
  },
  {
    id: 'file-missing',
    title: 'persons.csv missing',
    changes: { [P]: null },
    expect: [
      "kommuner/testby/persons.csv: file not found. Create kommuner/testby/persons.csv; see docs/data-format.md.",
    ],
  },
  {
    id: 'column-missing',
    title: 'contacts.csv whose frequency column is headed `frekvnes` (misspelt)',
    changes: { [C]: 'from;to;frekvnes\np1;p2;daglig\n' },
    expect: [
      "kommuner/testby/contacts.csv:1: required column \"frequency\" is missing (columns found: from, to, frekvnes; expected: from;to;frequency); no row of the file is read. Did you mean \"frequency\" for \"frekvnes\"? Rename the columns on the header line (the first line); docs/data-format.md lists the names accepted, Norwegian ones too.",
    ],
  },
  {
    id: 'header-wrong-no-flood',
    title: 'persons.csv headed `ident;funksjon;navn`: one problem for the file, none for the rows that refer to it',
    changes: { [P]: 'ident;funksjon;navn\np1;okonomi;Anne\np2;tildeling|okonomi;Bjørn\np3;tildeling;Åse\np4;okonomi;Dag\n' },
    expect: [
      "kommuner/testby/persons.csv:1: required column \"id\" is missing (columns found: ident, funksjon, navn; expected: id;functions;name); no row of the file is read. Did you mean \"id\" for \"ident\"? Rename the columns on the header line (the first line); docs/data-format.md lists the names accepted, Norwegian ones too.",
    ],
  },
  {
    id: 'frequency-empty',
    title: 'a contact without a frequency',
    changes: { [C]: 'from;to;frequency\np1;p2;\np2;p3;månedlig\n' },
    expect: [
      "kommuner/testby/contacts.csv:2:3: frequency is empty. Write daglig, ukentlig, månedlig, sjeldnere or aldri (or nynorsk dagleg, vekentleg, månadleg, sjeldnare); remove the row if there is no contact.",
    ],
  },
  {
    id: 'question-column-missing',
    title: 'responses.csv without the column of a question in study.yaml',
    changes: { [R]: 'id;samordning\np1;4\np2;vet ikke\np3;\n' },
    expect: [
      "kommuner/testby/responses.csv:1: column \"styrker\" for question \"styrker\" in study.yaml is missing. Add a \"styrker\" column (it may be empty), or remove the question from study.yaml.",
    ],
  },

  // ---- ids ----------------------------------------------------------------------------------
  {
    id: 'id-with-space',
    title: 'a person id with a space',
    changes: { [P]: 'id;functions;name\np1;okonomi;Anne\np2;tildeling|okonomi;Bjørn\np3;tildeling;Åse\np 4;okonomi;Dag\n' },
    expect: [
      "kommuner/testby/persons.csv:5:1: id \"p 4\" may contain only letters a-z, digits, _ and -. Use ids such as p01 or oppdal_12, without spaces.",
      "kommuner/testby/contacts.csv:4:2: to \"p4\" is not a person in persons.csv. Use an id from persons.csv (ids are case-sensitive), or add the person there.",
    ],
  },
  {
    id: 'id-with-aeoeaa',
    title: 'a person id with ø',
    changes: { [P]: 'id;functions;name\np1;okonomi;Anne\np2;tildeling|okonomi;Bjørn\np3;tildeling;Åse\np4;okonomi;Dag\nås1;okonomi;\n' },
    expect: [
      "kommuner/testby/persons.csv:6:1: id \"ås1\" may contain only letters a-z, digits, _ and -. Use ids such as p01 or oppdal_12, without spaces.",
    ],
  },
  {
    id: 'name-in-id-column',
    title: "a person's name typed into the id column: the message does not repeat it",
    changes: { [P]: 'id;functions;name\np1;okonomi;Anne\np2;tildeling|okonomi;Bjørn\np3;tildeling;Åse\np4;okonomi;Dag\nKari Nordmann;okonomi;Kari Nordmann\n' },
    expect: [
      "kommuner/testby/persons.csv:6:1: id \"[name on persons.csv line 6]\" may contain only letters a-z, digits, _ and -. Use ids such as p01 or oppdal_12, without spaces.",
    ],
  },
  {
    id: 'duplicate-person-id',
    title: 'two persons with the same id',
    changes: { [P]: 'id;functions;name\np1;okonomi;Anne\np2;tildeling|okonomi;Bjørn\np3;tildeling;Åse\np4;okonomi;Dag\np2;okonomi;Eva\n' },
    expect: [
      "kommuner/testby/persons.csv:6:1: id \"p2\" is already used on line 3. Give each person a unique id.",
    ],
  },
  {
    id: 'id-in-different-case',
    title: 'a respondent id written in upper case',
    changes: { [R]: 'id;samordning;styrker\np1;4;God dialog\nP2;vet ikke;\np3;;\n' },
    expect: [
      "kommuner/testby/responses.csv:3:1: respondent \"P2\" is not a person in persons.csv. Did you mean \"p2\"? Ids are case-sensitive.",
      "kommuner/testby/contacts.csv:3:1: contact from non-respondent \"p2\": only persons with a row in responses.csv report contacts. Add the person's row to responses.csv, or remove the contact.",
    ],
  },
  {
    id: 'unknown-respondent',
    title: 'a respondent who is not in persons.csv',
    changes: { [R]: 'id;samordning;styrker\np1;4;God dialog\np2;vet ikke;\np3;;\np9;2;\n' },
    expect: [
      "kommuner/testby/responses.csv:5:1: respondent \"p9\" is not a person in persons.csv. Use an id from persons.csv (ids are case-sensitive), or add the person there.",
    ],
  },
  {
    id: 'unknown-contact-from',
    title: 'a contact from an unknown person',
    changes: { [C]: 'from;to;frequency\np1;p2;daglig\np9;p3;månedlig\n' },
    expect: [
      "kommuner/testby/contacts.csv:3:1: from \"p9\" is not a person in persons.csv. Use an id from persons.csv (ids are case-sensitive), or add the person there.",
    ],
  },
  {
    id: 'unknown-contact-to',
    title: 'a contact to an unknown person',
    changes: { [C]: 'from;to;frequency\np1;p2;daglig\np2;p77;månedlig\n' },
    expect: [
      "kommuner/testby/contacts.csv:3:2: to \"p77\" is not a person in persons.csv. Use an id from persons.csv (ids are case-sensitive), or add the person there.",
    ],
  },
  {
    id: 'unknown-political-person',
    title: 'political contact of an unknown person',
    changes: { [PO]: 'person;body;type\np1;formannskap;gir_informasjon\nx1;formannskap;gir_informasjon\n' },
    expect: [
      "kommuner/testby/political.csv:3:1: person \"x1\" is not a person in persons.csv. Use an id from persons.csv (ids are case-sensitive), or add the person there.",
    ],
  },
  {
    id: 'empty-contact-id',
    title: 'a contact with an empty from',
    changes: { [C]: 'from;to;frequency\np1;p2;daglig\n;p3;månedlig\n' },
    expect: [
      "kommuner/testby/contacts.csv:3:1: from is empty. Use an id from persons.csv (ids are case-sensitive), or add the person there.",
    ],
  },
  {
    id: 'unknown-function',
    title: 'a function code that is not in study.yaml',
    changes: { [P]: 'id;functions;name\np1;okonomi;Anne\np2;tildeling|bolig;Bjørn\np3;tildeling;Åse\np4;okonomi;Dag\n' },
    expect: [
      "kommuner/testby/persons.csv:3:2: function \"bolig\" is not one of okonomi, tildeling. Use a function code from study.yaml, or add the function there.",
    ],
  },
  {
    id: 'empty-functions',
    title: 'a person with no function',
    changes: { [P]: 'id;functions;name\np1;okonomi;Anne\np2;tildeling|okonomi;Bjørn\np3; ;Åse\np4;okonomi;Dag\n' },
    expect: [
      "kommuner/testby/persons.csv:4:2: functions is empty; a person needs at least one function code. Write function codes separated by |, the primary function first.",
    ],
  },
  {
    id: 'unknown-body',
    title: 'a political body that is not in kommune.yaml',
    changes: { [PO]: 'person;body;type\np1;bystyre;gir_informasjon\n' },
    expect: [
      "kommuner/testby/political.csv:2:2: body \"bystyre\" is not one of formannskap, ordforer (politicalBodies in kommune.yaml). Use a body id from kommune.yaml, or add the body to politicalBodies there.",
    ],
  },
  {
    id: 'unknown-frequency',
    title: 'a misspelt frequency',
    changes: { [C]: 'from;to;frequency\np1;p2;ukenlig\n' },
    expect: [
      "kommuner/testby/contacts.csv:2:3: frequency \"ukenlig\" is not one of daglig, ukentlig, månedlig, sjeldnere, aldri. Did you mean \"ukentlig\"? Write daglig, ukentlig, månedlig, sjeldnere or aldri (or nynorsk dagleg, vekentleg, månadleg, sjeldnare); remove the row if there is no contact.",
    ],
  },
  {
    id: 'unknown-contact-type',
    title: 'a political contact type that does not exist',
    changes: { [PO]: 'person;body;type\np1;formannskap;prat\n' },
    expect: [
      "kommuner/testby/political.csv:2:3: type \"prat\" is not one of gir_informasjon, far_informasjon, politisk_diskusjon, faglig_diskusjon. Write gir_informasjon, far_informasjon, politisk_diskusjon or faglig_diskusjon (spaces and å work, as do nynorsk gjev and fagleg), one row per type.",
    ],
  },
  {
    id: 'self-contact',
    title: 'a respondent reporting contact with themself',
    changes: { [C]: 'from;to;frequency\np1;p2;daglig\np2;p2;ukentlig\n' },
    expect: [
      "kommuner/testby/contacts.csv:3:2: contact from \"p2\" to itself. Remove the row; \"to\" must be another person.",
    ],
  },
  {
    id: 'contact-from-non-respondent',
    title: 'a contact reported by a person without a row in responses.csv',
    changes: { [C]: 'from;to;frequency\np1;p2;daglig\np4;p1;ukentlig\n' },
    expect: [
      "kommuner/testby/contacts.csv:3:1: contact from non-respondent \"p4\": only persons with a row in responses.csv report contacts. Add the person's row to responses.csv, or remove the contact.",
    ],
  },
  {
    id: 'political-from-non-respondent',
    title: 'political contact of a non-respondent',
    changes: { [PO]: 'person;body;type\np4;formannskap;gir_informasjon\n' },
    expect: [
      "kommuner/testby/political.csv:2:1: political contact from non-respondent \"p4\": only persons with a row in responses.csv answer it. Add the person's row to responses.csv, or remove the contact.",
    ],
  },
  {
    id: 'duplicate-response',
    title: 'two rows in responses.csv for one person',
    changes: { [R]: 'id;samordning;styrker\np1;4;God dialog\np2;vet ikke;\np3;;\np1;5;\n' },
    expect: [
      "kommuner/testby/responses.csv:5:1: respondent \"p1\" already has a row on line 2. Keep one row per respondent.",
    ],
  },

  // ---- ratings ------------------------------------------------------------------------------
  { id: 'rating-0', title: 'rating `0`', changes: { [R]: 'id;samordning;styrker\np1;0;\np2;vet ikke;\np3;;\n' }, expect: [
      "kommuner/testby/responses.csv:2:2: answer \"0\" to samordning is not one of 1, 2, 3, 4, 5, 6, vet ikke, or empty. Write a whole number 1-6, \"vet ikke\" for don't know, or leave it empty if not answered.",
    ] },
  { id: 'rating-7', title: 'rating `7`', changes: { [R]: 'id;samordning;styrker\np1;7;\np2;vet ikke;\np3;;\n' }, expect: [
      "kommuner/testby/responses.csv:2:2: answer \"7\" to samordning is not one of 1, 2, 3, 4, 5, 6, vet ikke, or empty. Write a whole number 1-6, \"vet ikke\" for don't know, or leave it empty if not answered.",
    ] },
  { id: 'rating-decimal-comma', title: 'rating `3,5` in a `;` file', changes: { [R]: 'id;samordning;styrker\np1;3,5;\np2;vet ikke;\np3;;\n' }, expect: [
      "kommuner/testby/responses.csv:2:2: answer \"3,5\" to samordning is not one of 1, 2, 3, 4, 5, 6, vet ikke, or empty. Write a whole number 1-6, \"vet ikke\" for don't know, or leave it empty if not answered.",
    ] },
  {
    id: 'rating-decimal-comma-in-comma-file',
    title: 'rating `3,5` unquoted in a `,` file',
    changes: { [R]: 'id,samordning,styrker\np1,4,God dialog\np2,3,5,\np3,,\n' },
    expect: [
      "kommuner/testby/responses.csv:3:4: row has 4 fields but the header has 3. Add the missing fields, or quote values that contain the delimiter.",
    ],
  },
  { id: 'rating-word', title: 'rating `tre`', changes: { [R]: 'id;samordning;styrker\np1;tre;\np2;vet ikke;\np3;;\n' }, expect: [
      "kommuner/testby/responses.csv:2:2: answer \"tre\" to samordning is not one of 1, 2, 3, 4, 5, 6, vet ikke, or empty. Write a whole number 1-6, \"vet ikke\" for don't know, or leave it empty if not answered.",
    ] },
  { id: 'rating-decimal-point', title: 'rating `4.0`', changes: { [R]: 'id;samordning;styrker\np1;4.0;\np2;vet ikke;\np3;;\n' }, expect: [
      "kommuner/testby/responses.csv:2:2: answer \"4.0\" to samordning is not one of 1, 2, 3, 4, 5, 6, vet ikke, or empty. Write a whole number 1-6, \"vet ikke\" for don't know, or leave it empty if not answered.",
    ] },

  // ---- YAML ---------------------------------------------------------------------------------
  {
    id: 'yaml-tabs',
    title: 'study.yaml indented with a tab',
    changes: { [S]: `${STUDY_HEAD}functions:\n\t- { code: okonomi, label: Økonomi }\n${QUESTIONS}` },
    expect: [
      "study.yaml:4:1: YAML syntax error: Tabs are not allowed as indentation. Indent with spaces, not tabs.",
    ],
  },
  {
    id: 'yaml-tabs-kommune',
    title: 'kommune.yaml indented with a tab',
    changes: { [K]: 'name: Testby\npoliticalBodies:\n\t- { id: formannskap, label: Formannskapet }\n' },
    expect: [
      "kommuner/testby/kommune.yaml:3:1: YAML syntax error: Tabs are not allowed as indentation. Indent with spaces, not tabs.",
    ],
  },
  {
    id: 'yaml-duplicate-key',
    title: 'the same key twice in study.yaml',
    changes: { [S]: `${STUDY_HEAD}title: Igjen\n${FUNCTIONS}${QUESTIONS}` },
    expect: [
      "study.yaml:3:1: key \"title\" appears twice in the same mapping. Keep one of them.",
    ],
  },
  {
    id: 'yaml-wrong-type-list',
    title: '`functions` written as a text instead of a list',
    changes: { [S]: `${STUDY_HEAD}functions: okonomi, tildeling\n${QUESTIONS}` },
    expect: [
      "study.yaml:3:12: \"functions\" must be a list.",
    ],
  },
  {
    id: 'yaml-wrong-type-text',
    title: '`title` written as a list, a label as a list',
    changes: { [S]: `title: [Testing]\nkommuner: [testby]\nfunctions:\n  - { code: okonomi, label: [Økonomi] }\n${QUESTIONS}` },
    expect: [
      "study.yaml:1:8: \"title\" must be a non-empty text.",
      "study.yaml:4:29: \"label\" must be a non-empty text, or one per language ({ nb: …, nn: … }).",
    ],
  },
  {
    id: 'yaml-not-a-mapping',
    title: 'study.yaml that is a list',
    changes: { [S]: '- title: Testing\n- kommuner: [testby]\n' },
    expect: [
      "study.yaml:1:1: the file must be a mapping of keys (key: value).",
    ],
  },
  {
    id: 'yaml-missing-keys',
    title: 'study.yaml without title, a function without label',
    changes: { [S]: `kommuner: [testby]\nfunctions:\n  - { code: okonomi, label: Økonomi }\n  - { code: tildeling }\n${QUESTIONS}` },
    expect: [
      "study.yaml:1:1: required key \"title\" is missing.",
      "study.yaml:4:5: required key \"label\" is missing.",
    ],
  },
  {
    id: 'comparison-unknown',
    title: '`note.comparison` written in Norwegian (`kompakt`)',
    changes: { [S]: `${STUDY_HEAD}${FUNCTIONS}${QUESTIONS}note:\n  comparison: kompakt\n` },
    expect: [
      "study.yaml:10:15: note.comparison \"kompakt\" is not one of full, compact, auto. Write full (figures of every kommune), compact (tables) or auto (full up to 8 kommuner, compact above), or leave the key out for auto.",
    ],
  },
  {
    id: 'kommune-yaml-missing-keys',
    title: 'kommune.yaml without name and politicalBodies',
    changes: { [K]: 'navn: Testby\n' },
    expect: [
      "kommuner/testby/kommune.yaml:1:1: unknown key \"navn\"; it would be ignored. Did you mean \"name\"? The keys are English words, the values may be Norwegian.",
      "kommuner/testby/kommune.yaml:1:1: required key \"name\" is missing.",
      "kommuner/testby/kommune.yaml:1:1: required key \"politicalBodies\" is missing.",
    ],
  },
  {
    id: 'kommune-yaml-missing',
    title: 'kommune.yaml missing',
    changes: { [K]: null },
    expect: [
      "kommuner/testby/kommune.yaml: file not found. Create kommuner/testby/kommune.yaml; see docs/data-format.md.",
    ],
  },
  {
    id: 'study-yaml-missing',
    title: 'no study.yaml in the data folder',
    changes: { [S]: null },
    expect: [
      'study.yaml: file not found. Is --data the folder that holds study.yaml and kommuner/? It is now "<data>".',
    ],
  },
  {
    id: 'question-kind-unknown',
    title: 'a question kind that does not exist',
    changes: { [S]: `${STUDY_HEAD}${FUNCTIONS}questions:\n  - { id: samordning, kind: scale, text: Hvor godt? }\n  - { id: styrker, kind: text, text: Styrker? }\n` },
    expect: [
      "study.yaml:7:29: question kind \"scale\" is not one of rating, text.",
    ],
  },
  {
    id: 'question-id-reserved',
    title: 'a question called `id`',
    changes: { [S]: `${STUDY_HEAD}${FUNCTIONS}${QUESTIONS}  - { id: id, kind: text, text: Id? }\n` },
    expect: [
      "study.yaml:9:11: question id \"id\" is taken by the respondent id column.",
    ],
  },
  {
    id: 'duplicate-function-code',
    title: 'two functions whose codes differ only in case',
    changes: { [S]: `${STUDY_HEAD}${FUNCTIONS}  - { code: Okonomi, label: Ø2 }\n${QUESTIONS}` },
    expect: [
      "study.yaml:6:13: duplicate function code \"Okonomi\" (first on line 4). Give each one a different id, or remove one.",
    ],
  },
  {
    id: 'duplicate-body-id',
    title: 'two political bodies with the same id',
    changes: { [K]: 'name: Testby\npoliticalBodies:\n  - { id: formannskap, label: Formannskapet }\n  - { id: Formannskap, label: Igjen }\n' },
    expect: [
      "kommuner/testby/kommune.yaml:4:11: duplicate body id \"Formannskap\" (first on line 3). Give each one a different id, or remove one.",
    ],
  },

  {
    id: 'yaml-unquoted-colon',
    title: 'a title with ": " in it, not in quotes',
    changes: { [S]: `title: Samhandling: rus og psykisk helse\nkommuner: [testby]\n${FUNCTIONS}${QUESTIONS}` },
    expect: [
      "study.yaml:1:8: YAML syntax error: Nested mappings are not allowed in compact mappings. A value that contains \": \" must be in quotes, e.g. title: \"Samhandling: rus og psykisk helse\"",
    ],
  },
  {
    id: 'yaml-dash-without-space',
    title: 'a list item written `-code: …` (no space after the dash)',
    changes: { [S]: `${STUDY_HEAD}functions:\n  -code: okonomi\n   label: Økonomi\n${QUESTIONS}` },
    expect: [
      "study.yaml:4:3: YAML syntax error: Nested mappings are not allowed in compact mappings. A list item needs a space after its dash: - code: okonomi",
    ],
  },
  {
    id: 'yaml-dash-without-space-scalar',
    title: 'kommuner written as `-testby` lines (no space after the dash)',
    changes: { [S]: `title: Testing\nkommuner:\n  -testby\n${FUNCTIONS}${QUESTIONS}` },
    expect: [
      "study.yaml:3:3: \"kommuner\" must be a list. A list item needs a space after its dash: - testby",
    ],
  },
  {
    id: 'yaml-unknown-tag',
    title: 'a YAML tag such as `!!js/function` in kommune.yaml',
    changes: { [K]: 'name: !!js/function "function () { return 1 }"\npoliticalBodies:\n  - { id: formannskap, label: Formannskapet }\n' },
    expect: [
      "kommuner/testby/kommune.yaml:1:7: unknown YAML tag \"!!js/function\": these files take plain text, numbers, lists and mappings only. Remove the tag and write the value as plain text (in quotes if it begins with ! or &).",
    ],
  },
  {
    id: 'yaml-alias-bomb',
    title: 'study.yaml that expands aliases a billion times ("billion laughs")',
    changes: { [S]: `${STUDY_HEAD}${FUNCTIONS}${QUESTIONS}x: &a [l, l, l, l, l, l, l, l, l]\ny: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nz: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nw: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n` },
    expect: [
      "study.yaml:10:1: the file expands more than 100 aliases (*name), which no study needs; it is not read. Write the values out instead of repeating them with & anchors and * aliases.",
    ],
  },
  {
    id: 'unknown-key-study',
    title: 'misspelt keys in study.yaml: `kommunen:`, `projectleader:`, `lable:`',
    changes: { [S]: `title: Testing\nkommuner: [testby]\nkommunen: [testby]\nfunctions:\n  - { code: okonomi, lable: Økonomi, label: Økonomi }\n  - { code: tildeling, label: Tildeling }\n${QUESTIONS}note:\n  projectleader: Kari Nordmann\n` },
    expect: [
      "study.yaml:3:1: unknown key \"kommunen\"; it would be ignored. Did you mean \"kommuner\"?",
      "study.yaml:5:22: unknown key \"lable\" under \"functions[0]\"; it would be ignored. Did you mean \"label\"?",
      "study.yaml:11:3: unknown key \"projectleader\" under \"note\"; it would be ignored. Did you mean \"projectLeader\"? Keys are case-sensitive.",
    ],
  },
  {
    id: 'unknown-key-misplaced',
    title: '`authors:` at the top of study.yaml instead of under `note:`',
    changes: { [S]: `${STUDY_HEAD}${FUNCTIONS}${QUESTIONS}authors: [Kari Nordmann]\n` },
    expect: [
      "study.yaml:9:1: unknown key \"authors\"; it would be ignored. \"authors\" belongs under \"note\" or under \"note.references\"; move it there.",
    ],
  },
  {
    id: 'unknown-text-slot',
    title: 'a misspelt text slot in kommune.yaml (`kommunen:` for `kommune:`)',
    changes: { [K]: `${'name: Testby\npoliticalBodies:\n  - { id: formannskap, label: Formannskapet }\n  - { id: ordforer, label: Ordføreren }\n'}note:\n  text:\n    kommunen: tekst/kommune.md\n` },
    expect: [
      "kommuner/testby/kommune.yaml:7:5: unknown key \"kommunen\" under \"note.text\"; it would be ignored. Did you mean \"kommune\"?",
    ],
  },
  {
    id: 'date-not-a-day',
    title: '`date: 2015-02-30` (no such day)',
    changes: { [S]: `${STUDY_HEAD}date: 2015-02-30\n${FUNCTIONS}${QUESTIONS}` },
    expect: [
      "study.yaml:3:7: date \"2015-02-30\" is not a day of the calendar. Write the publication date as YYYY-MM-DD, e.g. date: 2015-09-01 (the place-and-month line of the colophon is note.place), or leave the key out.",
    ],
  },
  {
    id: 'date-month-13',
    title: '`date: 2015-13-45`',
    changes: { [S]: `${STUDY_HEAD}date: 2015-13-45\n${FUNCTIONS}${QUESTIONS}` },
    expect: [
      "study.yaml:3:7: date \"2015-13-45\" is not a day of the calendar. Write the publication date as YYYY-MM-DD, e.g. date: 2015-09-01 (the place-and-month line of the colophon is note.place), or leave the key out.",
    ],
  },
  {
    id: 'date-free-form',
    title: '`date: september 2015` (free text)',
    changes: { [S]: `${STUDY_HEAD}date: september 2015\n${FUNCTIONS}${QUESTIONS}` },
    expect: [
      "study.yaml:3:7: date \"september 2015\" is not written YYYY-MM-DD. Write the publication date as YYYY-MM-DD, e.g. date: 2015-09-01 (the place-and-month line of the colophon is note.place), or leave the key out.",
    ],
  },
  // ---- folders and slugs --------------------------------------------------------------------
  {
    id: 'kommune-folder-missing',
    title: 'a slug in study.yaml without a folder',
    changes: { [S]: `title: Testing\nkommuner: [testby, borte]\n${FUNCTIONS}${QUESTIONS}` },
    expect: [
      "study.yaml:2:20: kommune \"borte\" has no folder kommuner/borte. Create the folder with kommune.yaml and the four CSV files, or remove the slug from \"kommuner\".",
    ],
  },
  {
    id: 'kommune-folder-empty',
    title: 'a slug in study.yaml whose folder is empty',
    changes: { [S]: `title: Testing\nkommuner: [testby, tom]\n${FUNCTIONS}${QUESTIONS}` },
    dirs: ['kommuner/tom'],
    expect: [
      "study.yaml:2:20: kommune \"tom\": folder kommuner/tom is empty. Create the folder with kommune.yaml and the four CSV files, or remove the slug from \"kommuner\".",
    ],
  },
  {
    id: 'slug-not-in-study',
    title: '--kommune names a folder that study.yaml does not list',
    changes: {
      'kommuner/ekstra/kommune.yaml': 'name: Ekstra\npoliticalBodies: []\n',
    },
    kommune: 'ekstra',
    expect: [
      "study.yaml: kommune \"ekstra\" has a folder but is not listed under \"kommuner\" in study.yaml. Add the slug to \"kommuner\" in study.yaml.",
    ],
  },
  {
    id: 'unknown-kommune',
    title: '--kommune names no kommune of the study',
    kommune: 'Oslo',
    expect: [
      "study.yaml: unknown kommune \"Oslo\"; valid: testby (Testby).",
    ],
  },

  // ---- sizes (src/load/limits.ts) ------------------------------------------------------------
  {
    id: 'yaml-value-too-long',
    title: 'a kommune name of 20,000 characters (a paste gone wrong)',
    changes: { [K]: `name: ${'Testby'.repeat(3334)}\npoliticalBodies:\n  - { id: formannskap, label: Formannskapet }\n` },
    expect: [
      'kommuner/testby/kommune.yaml:1:7: name is 20,004 characters long; the limit is 10,000. A paste gone wrong? Shorten the value.',
    ],
  },
  {
    id: 'yaml-file-too-large',
    title: 'a kommune.yaml of 2 MB (a 10 MB name is refused the same way, unread)',
    changes: { [K]: `name: Testby\n# ${'x'.repeat(2 * 1024 * 1024)}\n` },
    expect: [
      'kommuner/testby/kommune.yaml: file is 2 MB; the limit is 1 MB. Is this the right file? Split it or remove what does not belong in it.',
    ],
  },
  {
    id: 'csv-field-too-long',
    title: 'a free-text answer of 100,001 characters',
    changes: { [R]: `id;samordning;styrker\np1;4;${'x'.repeat(100_001)}\np2;5;\np3;3;\n` },
    expect: [
      'kommuner/testby/responses.csv:2:3: value is 100,001 characters long; the limit is 100,000. A paste gone wrong? Shorten the value.',
    ],
  },

  // ---- the note's text ----------------------------------------------------------------------
  {
    id: 'text-file-missing',
    title: 'kommune.yaml names a text file that does not exist',
    changes: { [K]: 'name: Testby\npoliticalBodies:\n  - { id: formannskap, label: Formannskapet }\nnote:\n  text:\n    kommune: tekst/mangler.md\n' },
    stage: 'text',
    expect: [
      "kommuner/testby/kommune.yaml:6:14: note.text.kommune: text file \"tekst/mangler.md\" not found (looked for kommuner/testby/tekst/mangler.md). Paths are relative to the YAML file; check the spelling or create the file.",
    ],
  },
  {
    id: 'text-file-absolute',
    title: 'a text file named by an absolute path',
    changes: { [K]: 'name: Testby\npoliticalBodies:\n  - { id: formannskap, label: Formannskapet }\nnote:\n  text:\n    kommune: /etc/hostname\n' },
    stage: 'text',
    expect: [
      'kommuner/testby/kommune.yaml:6:14: note.text.kommune: text file "/etc/hostname" is an absolute path. Write the path relative to the YAML file, to a file inside the data set.',
    ],
  },
  {
    id: 'text-file-outside',
    title: 'a text file outside the data set (`../` up and out)',
    changes: { [K]: 'name: Testby\npoliticalBodies:\n  - { id: formannskap, label: Formannskapet }\nnote:\n  text:\n    kommune: ../../../../../../../../etc/hostname\n' },
    stage: 'text',
    expect: [
      'kommuner/testby/kommune.yaml:6:14: note.text.kommune: text file "../../../../../../../../etc/hostname" lies outside the data set (/etc/hostname). Copy the text into the data set and name it there; symbolic links are followed before this check.',
    ],
  },
  {
    id: 'text-file-binary',
    title: 'a text file that is binary (NUL bytes): refused by name, its bytes never printed',
    changes: {
      [K]: 'name: Testby\npoliticalBodies:\n  - { id: formannskap, label: Formannskapet }\nnote:\n  text:\n    kommune: tekst/bilde.md\n',
      'kommuner/testby/tekst/bilde.md': '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000',
    },
    stage: 'text',
    expect: [
      'kommuner/testby/kommune.yaml:6:14: note.text.kommune: "tekst/bilde.md" is not a text file (it holds NUL bytes, the first on line 3). Name a Markdown file saved as text (UTF-8 is best; UTF-16 and Windows-1252 are read too).',
    ],
  },
  {
    id: 'text-file-folder',
    title: 'a text file that is a folder',
    changes: { [K]: 'name: Testby\npoliticalBodies:\n  - { id: formannskap, label: Formannskapet }\nnote:\n  text:\n    kommune: tekst\n' },
    dirs: ['kommuner/testby/tekst'],
    stage: 'text',
    expect: [
      'kommuner/testby/kommune.yaml:6:14: note.text.kommune: text file "tekst" is a folder, not a regular file. Name a Markdown file.',
    ],
  },
  {
    id: 'template-unknown-metric',
    title: 'the text names a metric that does not exist',
    fixture: true,
    stage: 'text',
    expect: [
      "kommuner/testby/tekst/kommune.md:5:47: \"networks.weekly.tetthet\" is not defined: \"tetthet\" is not a name under \"networks.weekly\". Did you mean \"networks.weekly.density\"? See docs/writing.md §3 for what you can bind.",
      "kommuner/testby/tekst/kommune.md:5:81: \"networks.weekly.sentralitet\" is not defined: \"sentralitet\" is not a name under \"networks.weekly\". Names here: nodes, edges, density, components, isolates, largestComponent, diameter, averagePathLength, degree, betweenness, cutVertices, communities, modularity, brokers, eiIndex, functionEI, brokerage, ties, drawnClusters. See docs/writing.md §3 for what you can bind.",
    ],
  },
  {
    id: 'template-unknown-metric-in-helper',
    title: 'a helper is given a metric that does not exist',
    fixture: true,
    stage: 'text',
    expect: [
      "kommuner/testby/tekst/kommune.md:3:24: \"svarprosent\" is not defined: there is no \"svarprosent\" here. Did you mean \"responseRate\"? See docs/writing.md §3 for what you can bind.",
    ],
  },
  {
    id: 'template-syntax',
    title: 'a block opened in the text and never closed',
    fixture: true,
    stage: 'text',
    expect: [
      "kommuner/testby/tekst/kommune.md:3:1: Handlebars syntax error: {{#if}} is never closed. Add {{/if}} where the block ends (before the end of the file).",
    ],
  },
  {
    id: 'table-placed-twice',
    title: 'the same table placed twice in the text',
    stage: 'text',
    changes: {
      [K]: 'name: Testby\npoliticalBodies:\n  - { id: formannskap, label: Formannskapet }\n  - { id: ordforer, label: Ordføreren }\nnote:\n  text:\n    vedlegg: tekst/k.md\n',
      'kommuner/testby/tekst/k.md': '# Testby\n\n{{Tab "snitt"}} forklarer forkortelsene.\n\n{{table "mean-samordning" as="snitt"}}\n\nIgjen:\n\n{{table "mean-samordning" as="snitt"}}\n',
    },
    expect: [
      "kommuner/testby/tekst/k.md:9:1: \"snitt\" is placed twice (first at kommuner/testby/tekst/k.md:5:1). Give the second placement its own name: as=\"snitt-2\", and refer to that name.",
    ],
  },
  {
    id: 'template-many-unknown-names',
    title: 'three misspelt names and an unknown helper in one text file: all reported at once',
    stage: 'text',
    changes: {
      [K]: 'name: Testby\npoliticalBodies:\n  - { id: formannskap, label: Formannskapet }\n  - { id: ordforer, label: Ordføreren }\nnote:\n  text:\n    vedlegg: tekst/k.md\n',
      'kommuner/testby/tekst/k.md': '# Testby\n\n{{dec questions.samordnin.mean 1}}, {{pct responsRate}} og {{networks.weekly.densty}}.\n\n{{prosent 3}}\n',
    },
    expect: [
      "kommuner/testby/tekst/k.md:3:7: \"questions.samordnin.mean\" is not defined: \"samordnin\" is not a name under \"questions\". Did you mean \"questions.samordning.mean\"? See docs/writing.md §3 for what you can bind.",
      "kommuner/testby/tekst/k.md:3:43: \"responsRate\" is not defined: there is no \"responsRate\" here. Did you mean \"responseRate\"? See docs/writing.md §3 for what you can bind.",
      "kommuner/testby/tekst/k.md:3:62: \"networks.weekly.densty\" is not defined: \"densty\" is not a name under \"networks.weekly\". Did you mean \"networks.weekly.density\"? See docs/writing.md §3 for what you can bind.",
      "kommuner/testby/tekst/k.md:5:3: unknown helper \"prosent\". The helpers are listed in docs/writing.md §4.",
    ],
  },
  {
    id: 'question-column-misspelt',
    title: 'responses.csv with the column `samordninger` for the question `samordning`',
    changes: { [R]: 'id;samordninger;styrker\np1;4;God dialog\np2;vet ikke;\np3;;\n' },
    expect: [
      "kommuner/testby/responses.csv:1: column \"samordning\" for question \"samordning\" in study.yaml is missing. Did you mean \"samordninger\"? Rename that column to \"samordning\", or add a \"samordning\" column (it may be empty).",
    ],
  },
  {
    id: 'nynorsk-rating-in-frequency-style',
    title: 'a rating answered with a word (`Ukentleg`) instead of 1-6',
    changes: { [R]: 'id;samordning;styrker\np1;Ukentleg;\np2;vet ikke;\np3;;\n' },
    expect: [
      "kommuner/testby/responses.csv:2:2: answer \"Ukentleg\" to samordning is not one of 1, 2, 3, 4, 5, 6, vet ikke, or empty. Write a whole number 1-6, \"vet ikke\" for don't know, or leave it empty if not answered.",
    ],
  },
];

/** Cases that build, with the warnings they must give (contradictions are resolved, not fatal). */
export const WARNING_CASES: CatalogueCase[] = [
  {
    id: 'contradictory-duplicate',
    title: 'the same pair reported twice with different frequencies: the more frequent is kept',
    changes: { [C]: 'from;to;frequency\np1;p2;ukentlig\np2;p3;månedlig\np3;p4;ukentlig\np1;p2;daglig\n' },
    expect: [
      "kommuner/testby/contacts.csv:5:3: warning: contact p1 -> p2 is reported on lines 2 and 5 with different frequencies; kept daglig. Keep one row per pair.",
    ],
  },
  {
    id: 'repeated-contact',
    title: 'the same pair reported twice with the same frequency',
    changes: { [C]: 'from;to;frequency\np1;p2;daglig\np2;p3;månedlig\np1;p2;Daglig\n' },
    expect: [
      "kommuner/testby/contacts.csv:4:1: warning: contact p1 -> p2 repeats line 2; this row is ignored.",
    ],
  },
  {
    id: 'no-contacts',
    title: 'contacts.csv with only its header',
    changes: { [C]: 'from;to;frequency\n' },
    expect: [
      "kommuner/testby/contacts.csv: warning: no contacts: every person will be an isolate.",
    ],
  },
  {
    id: 'ids-differ-in-case',
    title: 'two persons whose ids differ only in case',
    changes: { [P]: 'id;functions;name\np1;okonomi;Anne\np2;tildeling|okonomi;Bjørn\np3;tildeling;Åse\np4;okonomi;Dag\nP1;okonomi;Eva\n' },
    expect: [
      "kommuner/testby/persons.csv:6:1: warning: id \"P1\" differs from \"p1\" on line 2 only in case; they are two persons. Give each person a unique id.",
    ],
  },
  {
    id: 'function-twice',
    title: 'a function listed twice for one person',
    changes: { [P]: 'id;functions;name\np1;okonomi|Okonomi;Anne\np2;tildeling|okonomi;Bjørn\np3;tildeling;Åse\np4;okonomi;Dag\n' },
    expect: [
      "kommuner/testby/persons.csv:2:2: warning: function \"Okonomi\" is listed twice; the second is ignored.",
    ],
  },
  {
    id: 'repeated-political',
    title: 'the same political contact twice',
    changes: { [PO]: 'person;body;type\np1;formannskap;gir_informasjon\np1;Formannskap;Gir informasjon\n' },
    expect: [
      "kommuner/testby/political.csv:3:1: warning: repeats line 2; this row is ignored.",
    ],
  },
  {
    id: 'kommune-folder-not-listed',
    title: 'a kommune folder under kommuner/ that study.yaml does not list',
    dirs: ['kommuner/nyby'],
    changes: { 'kommuner/nyby/kommune.yaml': 'name: Nyby\npoliticalBodies: []\n' },
    expect: [
      "study.yaml:2:11: warning: the folder kommuner/nyby is not listed under \"kommuner\", so kommune \"nyby\" is in no note and no comparison. Add nyby to \"kommuner\" (npm run new -- kommune adds a new one), or move the folder out of kommuner/.",
    ],
  },
];
