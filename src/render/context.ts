// Render stage: the view model the note's Markdown and templates see. The kommune's metrics sit at
// the top level ({{persons}}, {{networks.weekly.components}}); study-wide data sits under `kommuner`.

import { drawnCommunities } from '../figures/networks/cluster-rule.ts';
import type { KommuneData, KommuneMetrics, Level, NetworkMetrics, PoliticalBody, QuestionDef, RatingMetrics, StudyConfig, TextMetrics } from '../types.ts';
import type { NoteMeta } from './meta.ts';

export interface KommuneView extends Omit<KommuneMetrics, 'kommune' | 'networks'> {
  /** The metrics of each level, and the number of clusters its figure draws with an outline. */
  networks: Record<Level, NetworkMetrics & { drawnClusters: number }>;
  slug: string;
  name: string;
  /** True for the kommune this note is about. */
  current: boolean;
  /** persons − respondents. */
  nonRespondents: number;
  /** Share of respondents with any political contact (withAnyContact / answered); null with no answers. */
  politicalShare: number | null;
  bodies: BodyView[];
}

export interface BodyView extends PoliticalBody {
  persons: number;
  types: Record<string, number>;
}

/** A question with null where study.yaml leaves low/high out (so the text may test them). */
export type QuestionView<M> = Omit<QuestionDef, 'low' | 'high'> & { low: string | null; high: string | null } & M;

export interface FunctionView {
  code: string;
  label: string;
  name: string;
  /** Persons in this kommune holding the function. */
  count: number;
}

export interface TextContext extends Omit<KommuneView, 'slug' | 'name' | 'current'> {
  kommune: { slug: string; name: string; lang: string };
  kommuner: KommuneView[];
  /** The other kommuner of the study, in study order. */
  andre: KommuneView[];
  /**
   * `kompakt`: the comparison chapter shows the kommuner in tables (note.comparison), not in figures.
   * `tema`: what the study is about in the note's language (`subject:` in study.yaml), or null.
   */
  studie: { title: string; antall: number; kompakt: boolean; tema: string | null };
  funksjoner: FunctionView[];
  /** The study's rating questions with this kommune's answers. */
  vurderinger: QuestionView<RatingMetrics>[];
  /** The study's text questions with this kommune's count of answers. */
  fritekst: QuestionView<TextMetrics>[];
  notat: NoteMeta;
}

export interface ContextInput {
  config: StudyConfig;
  kommune: KommuneData;
  metrics: KommuneMetrics;
  study: { kommune: KommuneData; metrics: KommuneMetrics }[];
}

/** Builds the text's view model; every key is present (null where there is no value). */
export function buildTextContext(input: ContextInput, meta: NoteMeta): TextContext {
  const kommuner = input.study.map(({ kommune, metrics }) => kommuneView(kommune, metrics, kommune.slug === input.kommune.slug));
  const own = kommuneView(input.kommune, input.metrics, true);
  const { slug, name, current: _current, ...ownMetrics } = own;
  return {
    ...ownMetrics,
    kommune: { slug, name, lang: meta.lang },
    kommuner,
    andre: kommuner.filter((k) => !k.current),
    studie: { title: input.config.title, antall: kommuner.length, kompakt: input.config.comparison === 'compact', tema: meta.subject },
    funksjoner: input.config.functions.map((f) => ({ ...f, count: input.metrics.functions[f.code] ?? 0 })),
    vurderinger: input.config.questions
      .filter((q) => q.kind === 'rating')
      .map((q) => ({ low: null, high: null, ...q, ...emptyRating(), ...(input.metrics.questions[q.id] as RatingMetrics | undefined) })),
    fritekst: input.config.questions
      .filter((q) => q.kind === 'text')
      .map((q) => ({ low: null, high: null, ...q, answered: (input.metrics.questions[q.id] as TextMetrics | undefined)?.answered ?? 0 })),
    notat: meta,
  };
}

function kommuneView(kommune: KommuneData, metrics: KommuneMetrics, current: boolean): KommuneView {
  const { kommune: _slug, ...rest } = metrics;
  const drawn = (level: Level) => ({ ...metrics.networks[level], drawnClusters: drawnCommunities(metrics.networks[level].communities, metrics.networks[level].ties).length });
  return {
    ...rest,
    networks: { daily: drawn('daily'), weekly: drawn('weekly'), monthly: drawn('monthly') },
    slug: kommune.slug,
    name: kommune.name,
    current,
    nonRespondents: metrics.persons - metrics.respondents,
    politicalShare: metrics.political.answered > 0 ? metrics.political.withAnyContact / metrics.political.answered : null,
    bodies: kommune.politicalBodies.map((body) => ({
      ...body,
      persons: metrics.political.bodies[body.id]?.persons ?? 0,
      types: { ...(metrics.political.bodies[body.id]?.types ?? {}) },
    })),
  };
}

function emptyRating(): RatingMetrics {
  return { answered: 0, dontKnow: 0, valid: 0, mean: null, counts: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0 } };
}
