// The files `npm run new` writes: a minimal, valid, neutral study with one kommune, every optional
// key of study.yaml and kommune.yaml shown as a comment (a commented key is written `# key: value`
// at the place it belongs; test/scaffold checks that uncommenting them all gives a valid file that
// uses every key the validator knows). Nothing here is about any particular field of work.

export interface StudyFiles {
  /** Path under the study's root → content. */
  [path: string]: string;
}

export interface KommuneSpec {
  slug: string;
  /** The schema/ folder of kommunenotat, as seen from the kommune's folder (for editors). */
  schemaDir: string;
  name: string;
  /** Function codes of the study, for the example rows. */
  functions: string[];
  /** Question ids and kinds of the study, in order: the columns of responses.csv. */
  questions: { id: string; kind: 'rating' | 'text' }[];
}

export const STUDY_YAML = (slug: string, schemaDir: string): string => `# yaml-language-server: $schema=${schemaDir}/study.schema.json
# study.yaml: what the study is, which kommuner it covers, the functions people work in and the
# questions they answered. Lines that begin with # are comments; remove the # (and the space after
# it) in front of a key to use it. The whole format: docs/data-format.md.

title: Samarbeid på tvers i kommunen
# What the study is about, as a phrase for running text (the default title, texts and captions use
# it); one text for both languages, or one per language.
# subject: { nb: samarbeidet i kommunen, nn: samarbeidet i kommunen }
# The kommuner of the study: the folder names under kommuner/, in the order comparisons show them.
# npm run new -- kommune <slug> adds one (folder, files and this list).
kommuner: [${slug}]

# The note's date (YYYY-MM-DD). Without it: SOURCE_DATE_EPOCH if set, else the day of the build.
# date: 2026-09-01
# allowHtml: false

# The functions (fields of work) a person can have. code is written in persons.csv, label on the
# network figures (keep it short), name in tables.
functions:
  - code: ledelse
    label: Ledelse
    name: Ledelse og administrasjon
  - code: tjeneste
    label: Tjenester
    name: Tjenesteyting
  - code: planlegging
    label: Planlegging
    name: Planlegging og utvikling

# The questions of the survey. A rating question is answered 1-6 (or "vet ikke"); a text question
# with free text. Each id is a column of responses.csv.
questions:
  - id: samarbeid
    kind: rating
    text: Hvor godt fungerer samarbeidet på tvers i din kommune?
    low: Svært dårlig
    high: Svært godt
  - id: styrker
    kind: text
    text: Hva er de viktigste styrkene ved samarbeidet?

# The note's metadata. Everything here is optional; a key left out is left out of the note.
# note:
#   title: Samarbeid på tvers i {kommune} kommune
#   subtitle: Delrapport fra prosjektet
#   number: 1/2026
#   part: 1
#   authors: [Fornavn Etternavn, Fornavn Etternavn]
#   projectLeader: Fornavn Etternavn
#   projectNumber: "1234"
#   projectTitle: Prosjektets fulle tittel
#   commissioner: Oppdragsgiveren
#   publisher:
#     name: Instituttet
#     address: [Postboks 1, 0001 Sted]
#     phone: "+47 00 00 00 00"
#     email: post@institutt.example
#     orgNumber: "000 000 000"
#   issn: 0000-0000
#   isbn: 978-82-00000-00-0
#   keywords: [Samarbeid, Sosial nettverksanalyse]
#   signer: Fornavn Etternavn
#   place: Sted, september 2026
#   allowHtml: false
#   comparison: auto
#   # Replace single fixed texts of the note (keys of templates/i18n/nb.yaml), docs/writing.md.
#   fixedText:
#     colophon:
#       authors: { nb: FORFATTERE, nn: FORFATTARAR }
#   # The note's text, Markdown files relative to this file (docs/writing.md); a slot left out
#   # gets the generic text of templates/tekst/.
#   text:
#     kolofon: tekst/kolofon.md
#     forord: tekst/forord.md
#     sammendrag: tekst/sammendrag.md
#     innledning: tekst/innledning.md
#     bakgrunn: tekst/bakgrunn.md
#     prosjektet: tekst/prosjektet.md
#     resultater: tekst/resultater.md
#     kommune: tekst/kommune.md
#     vedlegg: tekst/vedlegg.md
#   references:
#     - authors: Etternavn, F.
#       year: 2020
#       title: Tittel på boken
#       series: Rapport 1/2020
#       publisher: "Sted: Forlaget"
#       in: Boken kapitlet står i
#       journal: Tidsskrift, 1(2)
#       pages: 1–20
`;

export const KOMMUNE_YAML = (name: string, schemaDir: string): string => `# yaml-language-server: $schema=${schemaDir}/kommune.schema.json
# kommune.yaml: this kommune's name, its political bodies (the body column of political.csv) and
# what its note has of its own. Remove the # in front of a key to use it (docs/data-format.md).

name: ${name}
politicalBodies:
  - id: formannskap
    label: Formannskapet
  - id: kommunestyre
    label: Kommunestyret

# language: nn

# The note's own metadata; a key here wins over the same key under note: in study.yaml.
note:
  # title: Samarbeid på tvers i ${name} kommune
  # subtitle: Delrapport 1
  # number: 1/2026
  # part: 1
  # authors: [Fornavn Etternavn]
  # projectLeader: Fornavn Etternavn
  # projectNumber: "1234"
  # projectTitle: Prosjektets fulle tittel
  # commissioner: Oppdragsgiveren
  # publisher:
  #   name: Instituttet
  #   address: [Postboks 1, 0001 Sted]
  #   phone: "+47 00 00 00 00"
  #   email: post@institutt.example
  #   orgNumber: "000 000 000"
  # issn: 0000-0000
  # isbn: 978-82-00000-00-0
  # keywords: [${name}]
  # signer: Fornavn Etternavn
  # place: Sted, september 2026
  # allowHtml: false
  # language: nn
  # The kommune's own text, relative to this file; these files follow the study's in each slot.
  text:
    kommune: tekst/kommune.md
    # kolofon: tekst/kolofon.md
    # forord: tekst/forord.md
    # sammendrag: tekst/sammendrag.md
    # innledning: tekst/innledning.md
    # bakgrunn: tekst/bakgrunn.md
    # prosjektet: tekst/prosjektet.md
    # resultater: tekst/resultater.md
    # vedlegg: tekst/vedlegg.md
`;

/** The kommune's chapter: one bound number and one figure, to show how the text binds to the data. */
export const KOMMUNE_TEXT = `# {{kommune.name}} kommune

{{!-- Every {{…}} is filled in from the data: edit the words, keep the bindings (docs/writing.md). --}}

{{av respondents persons}} personer i {{kommune.name}} svarte på undersøkelsen, en svarprosent på {{pct responseRate}}.
{{Fig "network-{slug}-weekly"}} viser hvem som har kontakt med hverandre minst hver uke.

{{figure "network-{slug}-weekly"}}
`;

/** The four CSV files with their headers and a few example rows (to be replaced by the survey's data). */
export function kommuneCsvFiles(spec: KommuneSpec): Record<string, string> {
  const [first = 'funksjon', second = first, third = second] = spec.functions;
  const answers = (rating: string, text: string) => spec.questions.map((q) => (q.kind === 'rating' ? rating : text));
  const row = (id: string, rating: string, text: string) => [id, ...answers(rating, text)].join(';');
  return {
    'persons.csv': `id;functions;name\np01;${first};\np02;${second}|${first};\np03;${third};\np04;${first};\n`,
    'responses.csv': [['id', ...spec.questions.map((q) => q.id)].join(';'), row('p01', '4', 'Korte veier mellom kontorene'), row('p02', '5', ''), row('p03', 'vet ikke', ''), ''].join('\n'),
    'contacts.csv': 'from;to;frequency\np01;p02;ukentlig\np02;p03;daglig\np03;p01;månedlig\np02;p04;sjeldnere\n',
    'political.csv': 'person;body;type\np01;formannskap;gir_informasjon\np02;kommunestyre;far_informasjon\n',
  };
}

/** `schemaDir`: the schema/ folder as seen from the study's root. */
export function studyFiles(slug: string, name: string, schemaDir: string): StudyFiles {
  const spec: KommuneSpec = {
    slug,
    name,
    schemaDir: schemaDir.startsWith('/') ? schemaDir : `../../${schemaDir}`,
    functions: ['ledelse', 'tjeneste', 'planlegging'],
    questions: [{ id: 'samarbeid', kind: 'rating' }, { id: 'styrker', kind: 'text' }],
  };
  return { 'study.yaml': STUDY_YAML(slug, schemaDir), ...kommuneFiles(spec) };
}

export function kommuneFiles(spec: KommuneSpec): StudyFiles {
  const dir = `kommuner/${spec.slug}`;
  const files: StudyFiles = { [`${dir}/kommune.yaml`]: KOMMUNE_YAML(spec.name, spec.schemaDir), [`${dir}/tekst/kommune.md`]: KOMMUNE_TEXT };
  for (const [name, content] of Object.entries(kommuneCsvFiles(spec))) files[`${dir}/${name}`] = content;
  return files;
}
