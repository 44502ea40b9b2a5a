// The data that flows between the pipeline's stages: load → validate → metrics → figures → render → output.
// Every stage takes plain data and returns plain data; no graphology graph leaves src/metrics/.

/** Where a value came from, for messages: `path:line:column`. Lines count from 1, the header is line 1. */
export interface Source {
  file: string;
  line?: number;
  column?: number;
}

// ---------------------------------------------------------------------------------------------
// Loaded rows (src/load): raw strings, with their place in the file.

export interface CsvTable {
  file: string;
  /** Header names as written (trimmed), in file order. */
  header: string[];
  /** 1-based column of each header name (first occurrence). */
  columns: Record<string, number>;
  rows: CsvRow[];
  delimiter: ';' | ',' | '\t';
  encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
  /** Line of the header: 1, or 2 after Excel's `sep=;` line. */
  headerLine: number;
}

export interface CsvRow {
  /** Line in the file where the record starts (header = 1). */
  line: number;
  /** Values keyed by header name (lower-cased, trimmed). */
  values: Record<string, string>;
}

// ---------------------------------------------------------------------------------------------
// The checked study (src/validate).

export type Frequency = 'daglig' | 'ukentlig' | 'manedlig' | 'sjeldnere' | 'aldri';
export const FREQUENCIES: readonly Frequency[] = ['daglig', 'ukentlig', 'manedlig', 'sjeldnere', 'aldri'];

export type Level = 'daily' | 'weekly' | 'monthly';
export const LEVELS: readonly Level[] = ['daily', 'weekly', 'monthly'];
/** The least frequent contact that still counts at each level. */
export const LEVEL_THRESHOLD: Record<Level, Frequency> = { daily: 'daglig', weekly: 'ukentlig', monthly: 'manedlig' };

export type ContactType = 'gir_informasjon' | 'far_informasjon' | 'politisk_diskusjon' | 'faglig_diskusjon';
export const CONTACT_TYPES: readonly ContactType[] = [
  'gir_informasjon',
  'far_informasjon',
  'politisk_diskusjon',
  'faglig_diskusjon',
];

/** The two written standards a note can be in: bokmål and nynorsk. */
export type NoteLanguage = 'nb' | 'nn';

/**
 * A text the YAML may give per note language, `{ nb: Tjenester, nn: Tenester }`; one plain value
 * serves both languages; a language left out takes the other's text.
 */
export interface LangText {
  nb: string;
  nn: string;
  /** The languages the YAML leaves out (their text is the other language's). */
  missing: NoteLanguage[];
  /** Where the key is, for the warning a note in a missing language gets. */
  source: Source;
  /** The key as the user reads it: `functions[1].label`. */
  key: string;
}

export interface FunctionDef {
  code: string;
  /** Short label drawn on network figures (bokmål where the YAML gives one per language). */
  label: string;
  /** Full name for tables. */
  name: string;
  /** Per-language texts where the YAML gives them (src/validate/lang-text.ts localizes). */
  i18n?: { label?: LangText; name?: LangText };
}

export interface QuestionDef {
  id: string;
  kind: 'rating' | 'text';
  text: string;
  low?: string;
  high?: string;
  /** Per-language texts where the YAML gives them. */
  i18n?: { text?: LangText; low?: LangText; high?: LangText };
}

/**
 * How the comparison chapter shows the kommuner of the study: `full` with every kommune's network and
 * political figures, `compact` with tables (the other kommuner's figures are then not drawn at all).
 */
export type ComparisonMode = 'full' | 'compact';

export interface StudyConfig {
  title: string;
  /** Slugs in the order comparisons show them. */
  kommuner: string[];
  functions: FunctionDef[];
  questions: QuestionDef[];
  /** `note.comparison` of study.yaml with `auto` resolved by the number of kommuner. */
  comparison: ComparisonMode;
  /** What the study is about, as a phrase for running text ("det boligsosiale arbeidet"); `subject:`. */
  subject?: LangText;
  /** `date:` of study.yaml (YYYY-MM-DD, checked), when given. */
  date?: string;
  /** The whole parsed study.yaml, for later stages that normalise the keys they own (note metadata). */
  raw: Record<string, unknown>;
  source: Source;
}

export interface PoliticalBody {
  id: string;
  label: string;
  /** Per-language label where kommune.yaml gives one. */
  i18n?: { label?: LangText };
}

export interface Person {
  id: string;
  /** Function codes; the first is the primary function. */
  functions: string[];
  /** Kept for data entry and for the privacy guard only; never printed. */
  name?: string;
  source: Source;
}

/** A rating answer: 1..6, 'vet_ikke' (don't know) or null (not answered). */
export type RatingAnswer = 1 | 2 | 3 | 4 | 5 | 6 | 'vet_ikke' | null;

export interface Response {
  id: string;
  /** Per rating question id. */
  ratings: Record<string, RatingAnswer>;
  /** Per text question id: the answer as written ('' when blank). */
  texts: Record<string, string>;
  source: Source;
}

export interface Contact {
  from: string;
  to: string;
  frequency: Frequency;
  source: Source;
}

export interface PoliticalContact {
  person: string;
  body: string;
  type: ContactType;
  source: Source;
}

export interface KommuneData {
  slug: string;
  name: string;
  /** Absolute or data-root-relative folder of the kommune. */
  dir: string;
  politicalBodies: PoliticalBody[];
  persons: Person[];
  responses: Response[];
  contacts: Contact[];
  political: PoliticalContact[];
  /** The whole parsed kommune.yaml, for later stages that normalise the keys they own. */
  raw: Record<string, unknown>;
  source: Source;
}

export interface Study {
  /** The data set root as given on the command line. */
  root: string;
  config: StudyConfig;
  /** The kommuner of the study, in study.yaml order. */
  kommuner: KommuneData[];
}

// ---------------------------------------------------------------------------------------------
// Metrics (src/metrics): the contract's metrics.json plus what the note's text needs.

export interface RatingMetrics {
  answered: number;
  dontKnow: number;
  valid: number;
  mean: number | null;
  counts: Record<'1' | '2' | '3' | '4' | '5' | '6', number>;
}

export interface TextMetrics {
  answered: number;
}

/** Gould-Fernandez brokerage counts for one person on the undirected network. */
export interface BrokerageRoles {
  /** a, b, c all in the same function group. */
  coordinator: number;
  /** a and c share a group, the broker b is outside it. */
  itinerant: number;
  /** b shares its group with exactly one of a and c (representative and gatekeeper coincide undirected). */
  representative: number;
  /** a, b, c in three different groups. */
  liaison: number;
  total: number;
}

export interface FunctionEI {
  internal: number;
  external: number;
  /** (external − internal) / (external + internal); null with no ties. */
  ei: number | null;
}

export interface NetworkMetrics {
  nodes: number;
  edges: number;
  density: number;
  components: number;
  isolates: string[];
  largestComponent: number;
  diameter: number;
  averagePathLength: number;
  degree: Record<string, number>;
  betweenness: Record<string, number>;
  cutVertices: string[];
  communities: string[][];
  modularity: number | null;
  brokers: string[];
  eiIndex: number | null;
  // Beyond the contract: what the note's text needs.
  /** Per primary-function code present in the kommune. */
  functionEI: Record<string, FunctionEI>;
  /** Per person id. */
  brokerage: Record<string, BrokerageRoles>;
  /** Undirected ties as [a, b] with a < b, sorted; for figures. */
  ties: [string, string][];
}

export interface BodyMetrics {
  persons: number;
  types: Record<ContactType, number>;
}

export interface PoliticalMetrics {
  answered: number;
  withAnyContact: number;
  bodies: Record<string, BodyMetrics>;
  // Beyond the contract.
  /** Respondents with a given type towards any body. */
  anyBodyTypes: Record<ContactType, number>;
  /** Per function code: the respondents holding it (any of their functions) and those with any contact. */
  byFunction: Record<string, FunctionContact>;
}

export interface FunctionContact {
  respondents: number;
  withContact: number;
}

export interface KommuneMetrics {
  kommune: string;
  persons: number;
  respondents: number;
  responseRate: number;
  functions: Record<string, number>;
  functionTotal: number;
  questions: Record<string, RatingMetrics | TextMetrics>;
  networks: Record<Level, NetworkMetrics>;
  political: PoliticalMetrics;
}

// ---------------------------------------------------------------------------------------------
// Figures (src/figures): static SVG strings with what a reader without the picture needs.

/** A table of the data behind a figure, or a table of the note. Cells are already formatted text. */
export interface DataTable {
  headers: string[];
  rows: string[][];
}

export interface Figure {
  /** Stable id, e.g. `network-oppdal-weekly`, `rating-samordning-all`, `political-oppdal-formannskap`. */
  id: string;
  /** Short Norwegian title for the caption ("Ukentlig kontakt i Oppdal"). */
  title: string;
  /** Standalone SVG (xmlns set, no script, fonts by family name only). */
  svg: string;
  /** Text alternative generated from the data. */
  alt: string;
  /** The data behind the figure. */
  table: DataTable;
  /** Network figures: what the drawing marks, counted from the drawing itself. */
  marks?: FigureMarks;
  /** Network figures: the clusters drawn with an outline, by their number in the alt text and table. */
  clusters?: { number: number; members: string[] }[];
  /**
   * Network figures: the caption's sentence about the marks, generated from `marks` in the note's
   * language («Tre klynger er ringet inn med rødt, og to brobyggere er markert med rød sirkel.»).
   */
  marksCaption?: string;
  /** Network figures: where each person is drawn, for the network files (src/output/network-files/). */
  positions?: NodePosition[];
}

/** The marks a network figure drew (src/figures/networks), as a caption may speak of them. */
export interface FigureMarks {
  /** Bridge builders circled in red. */
  brokerRings: number;
  /** Clusters drawn with a red outline. */
  clusterOutlines: number;
  /** Persons drawn as not answered (dashed border). */
  nonRespondents: number;
  /** Ties drawn strong (the more frequent level), and all ties drawn. */
  strongTies: number;
  ties: number;
  /** Persons drawn with more than one function. */
  multipleFunctions: number;
  /** Persons drawn with each function (a person with two functions counts for both). */
  functions: Record<string, number>;
}

/** A person's mark in a network figure: centre in SVG user units (y downwards), side, fill colour. */
export interface NodePosition {
  id: string;
  x: number;
  y: number;
  size: number;
  colour: string;
}
