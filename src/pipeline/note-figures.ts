// Step 4 of the build: which figures one note holds, and the plain inputs each figure function gets.
// Persons reach the figures only as neutral ids with their function and whether they responded.

import type { FigureLanguage } from '../figures/networks/index.ts';
import type { PoliticalFigureInput } from '../figures/political/index.ts';
import type { Figure, KommuneData, KommuneMetrics, Level, RatingMetrics, StudyConfig } from '../types.ts';
import type { FigureStore } from './figure-store.ts';
import { localizeStudy } from '../validate/lang-text.ts';

/** The drawing code (vega, vega-lite, canvas, the layouts): loaded on the first figure that is not stored. */
let modules: Promise<[typeof import('../figures/charts/index.ts'), typeof import('../figures/networks/index.ts'), typeof import('../figures/political/index.ts')]> | undefined;
const drawing = () =>
  (modules ??= Promise.all([import('../figures/charts/index.ts'), import('../figures/networks/index.ts'), import('../figures/political/index.ts')]));
const charts = async () => (await drawing())[0];
const networks = async () => (await drawing())[1];
const political = async () => (await drawing())[2];

/** `draw()`, or what `store` kept from drawing the same `kind` from the same `inputs` before. */
async function stored<T>(store: FigureStore | undefined, kind: string, inputs: unknown, draw: () => Promise<T>): Promise<T> {
  const kept = store?.get<T>(kind, inputs);
  if (kept !== undefined) return kept;
  const value = await draw();
  store?.put(kind, inputs, value);
  return value;
}

export interface StudyEntry {
  kommune: KommuneData;
  metrics: KommuneMetrics;
}

/**
 * Figures shared between the notes of one build, keyed by what they are drawn from (never by the
 * note): the example networks, the study-wide charts, and every kommune's networks and political
 * overview are the same in every note of the same language. Promises, so notes built at once draw
 * each figure once. One cache per build of one study.
 */
export type FigureCache = Map<string, Promise<unknown>>;

function shared<T>(cache: FigureCache | undefined, key: string, draw: () => T | Promise<T>): Promise<T> {
  if (!cache) return Promise.resolve(draw());
  let value = cache.get(key) as Promise<T> | undefined;
  if (!value) {
    value = Promise.resolve().then(draw);
    cache.set(key, value);
  }
  return value;
}

/** The level drawn stronger inside each figure: the more frequent contact. */
const STRONGER: Partial<Record<Level, Level>> = { weekly: 'daily', monthly: 'weekly' };

/**
 * Every figure of the note of `kommune`, including the comparison figures of the whole study.
 * With a `cache`, the figures that do not depend on the note are drawn once per build and shared
 * between its notes (the same objects, so the same bytes). In the compact comparison
 * (`config.comparison`) the chapter shows the other kommuner in tables, so their network and
 * political figures are not drawn: in a large study they would be most of the build's work.
 */
export async function noteFigures(
  studyConfig: StudyConfig,
  noteKommune: KommuneData,
  studyEntries: StudyEntry[],
  cache?: FigureCache,
  store?: FigureStore,
): Promise<Figure[]> {
  // Every figure of the note speaks the note's language, the other kommuner's figures too: node
  // labels, scale labels, question texts and political bodies as study.yaml and kommune.yaml give
  // them for that language (the render stage reports the texts missing in it).
  const language = noteLanguage(noteKommune);
  const localized = localizeStudy(studyConfig, studyEntries.map((entry) => entry.kommune), language);
  const config = localized.config;
  const study = studyEntries.map((entry, i) => ({ ...entry, kommune: localized.kommuner[i] }));
  const own = study.find((entry) => entry.kommune.slug === noteKommune.slug)!;
  const kommune = own.kommune;
  const figures: Figure[] = [
    ...(await shared(cache, `examples:${language}`, () =>
      stored(store, 'examples', [language], async () => (await networks()).exampleNetworkFigures(language)),
    )),
  ];

  for (const question of config.questions.filter((q) => q.kind === 'rating')) {
    const rows = study.map((entry) => ({
      slug: entry.kommune.slug,
      name: entry.kommune.name,
      metrics: entry.metrics.questions[question.id] as RatingMetrics,
    }));
    const inputs = [question, rows, language];
    figures.push(await shared(cache, `rating-all:${question.id}:${language}`, () =>
      stored(store, 'rating-all', inputs, async () => (await charts()).ratingDistributionAll(question, rows, language)),
    ));
    figures.push(await shared(cache, `means:${question.id}:${language}`, () =>
      stored(store, 'means', inputs, async () => (await charts()).ratingMeans(question, rows, language)),
    ));
    const counts = own.metrics.questions[question.id] as RatingMetrics;
    figures.push(await stored(store, 'counts', [question, kommune.slug, kommune.name, counts, language], async () =>
      (await charts()).ratingCounts(question, kommune.slug, kommune.name, counts, language),
    ));
  }

  const compact = config.comparison === 'compact';
  const drawn = compact ? [own] : study;
  // In the compact comparison no other note shows this kommune's networks: kept in the build's
  // cache they would only hold memory until the build ends (356 notes: every note's SVGs at once).
  const networkCache = compact ? undefined : cache;
  for (const entry of drawn) {
    const levels: Level[] = entry === own ? ['daily', 'weekly', 'monthly'] : ['daily', 'weekly'];
    const slug = entry.kommune.slug;
    for (const level of levels) {
      figures.push(await shared(networkCache, `network:${slug}:${level}:${language}`, () => {
        const input = networkInput(config, entry, level, language);
        return stored(store, 'network', input, () => drawNetwork(input));
      }));
    }
    figures.push(await shared(networkCache, `political-all:${slug}:${language}`, () => {
      const input = politicalInput(config, entry.kommune, language);
      return stored(store, 'political-all', input, async () => (await political()).politicalAllFigure(input));
    }));
  }
  const input = politicalInput(config, kommune, language);
  for (const body of kommune.politicalBodies) {
    figures.push(await stored(store, 'political-body', [input, body.id], async () => (await political()).politicalBodyFigure(input, body.id)));
  }
  return figures;
}

/** The note's language as src/render reads it: `language: nn` in kommune.yaml (or under its `note:`). */
function noteLanguage(kommune: KommuneData): FigureLanguage {
  const note = kommune.raw.note;
  const value = kommune.raw.language ?? (note !== null && typeof note === 'object' ? (note as Record<string, unknown>).language : undefined);
  return typeof value === 'string' && value.trim().toLowerCase() === 'nn' ? 'nn' : 'nb';
}

/** Everything a network figure is drawn from (its title is made from the level, name and language). */
function networkInput(config: StudyConfig, entry: StudyEntry, level: Level, language: FigureLanguage) {
  const { kommune, metrics } = entry;
  const respondents = new Set(kommune.responses.map((r) => r.id));
  const network = metrics.networks[level];
  const stronger = STRONGER[level];
  return {
    slug: kommune.slug,
    name: kommune.name,
    level,
    persons: kommune.persons.map((p) => ({ id: p.id, functionCode: p.functions[0], functionCodes: [...p.functions], respondent: respondents.has(p.id) })),
    functions: config.functions,
    ties: network.ties,
    strongTies: stronger ? metrics.networks[stronger].ties : undefined,
    communities: network.communities,
    brokers: network.brokers,
    language,
    tieLegend: tieWords(level, stronger, language),
  };
}

/** «Ukentlig kontakt» / «Daglig kontakt» for the legend and the caption (the levels in the note's language). */
function tieWords(level: Level, stronger: Level | undefined, language: FigureLanguage): { tie: string; strongTie?: string } {
  const word = (l: Level) => `${LEVEL_WORD_FORMS[language][l]} kontakt`;
  return stronger ? { tie: word(level), strongTie: word(stronger) } : { tie: word(level) };
}

/** As LEVEL_WORDS in src/figures/networks (not imported here: that module loads the layouts). */
const LEVEL_WORD_FORMS: Record<FigureLanguage, Record<Level, string>> = {
  nb: { daily: 'Daglig', weekly: 'Ukentlig', monthly: 'Månedlig' },
  nn: { daily: 'Dagleg', weekly: 'Vekentleg', monthly: 'Månadleg' },
};

async function drawNetwork({ slug, name, level, ...input }: ReturnType<typeof networkInput>): Promise<Figure> {
  const { networkFigure, LEVEL_WORDS } = await networks();
  return networkFigure({ id: `network-${slug}-${level}`, title: `${LEVEL_WORDS[input.language][level]} kontakt i ${name}`, ...input });
}

function politicalInput(config: StudyConfig, kommune: KommuneData, language: FigureLanguage): PoliticalFigureInput {
  const primary = new Map(kommune.persons.map((p) => [p.id, p.functions[0]]));
  return {
    slug: kommune.slug,
    kommuneName: kommune.name,
    functions: config.functions,
    bodies: kommune.politicalBodies,
    respondents: kommune.responses.map((r) => ({ id: r.id, functionCode: primary.get(r.id)! })),
    contacts: kommune.political.map(({ person, body, type }) => ({ person, body, type })),
    language,
  };
}

/**
 * The ids of the figures noteFigures makes for this note, without drawing any: for `check:data`,
 * which renders the text to find every mistake the build would (test/scaffold keeps the two equal).
 */
export function noteFigureIds(config: StudyConfig, kommune: KommuneData, study: readonly { kommune: KommuneData }[]): string[] {
  const ids = ['example-star', 'example-circle', 'example-line'];
  for (const question of config.questions.filter((q) => q.kind === 'rating')) {
    ids.push(`rating-${question.id}-all`, `means-${question.id}`, `rating-${question.id}-${kommune.slug}`);
  }
  const drawn = config.comparison === 'compact' ? [kommune] : study.map((entry) => entry.kommune);
  for (const other of drawn) {
    const levels: Level[] = other.slug === kommune.slug ? ['daily', 'weekly', 'monthly'] : ['daily', 'weekly'];
    for (const level of levels) ids.push(`network-${other.slug}-${level}`);
    ids.push(`political-${other.slug}-all`);
  }
  for (const body of kommune.politicalBodies) ids.push(`political-${kommune.slug}-${body.id}`);
  return ids;
}
