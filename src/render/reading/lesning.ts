// Render stage: a kommune's network reading as lesning.json (contract §5) and as utkast.md, the
// draft the authors edit from. Sentences in both languages; the draft in the note's language.

import type { KommuneReadingFacts } from '../../reading/read-kommune.ts';
import { LEVELS, type FunctionDef, type Level } from '../../types.ts';
import type { Lang } from '../i18n.ts';
import { readingSentences } from './sentences.ts';

export type ReadingSentences = Record<Lang, Record<Level, string[]>>;

const PREVIOUS: Partial<Record<Level, Level>> = { weekly: 'daily', monthly: 'weekly' };

/** Every level's sentences in bokmål and nynorsk. */
export function sentencesOf(facts: KommuneReadingFacts, kommuneName: string, functions: readonly FunctionDef[]): ReadingSentences {
  const byCode = new Map(functions.map((f) => [f.code, f]));
  const result = { nb: {}, nn: {} } as ReadingSentences;
  for (const lang of ['nb', 'nn'] as const) {
    // The function's name in this language where study.yaml gives one per language.
    const functionName = (code: string) => {
      const f = byCode.get(code);
      const name = f?.i18n?.name?.[lang] ?? f?.name ?? code;
      return name.charAt(0).toLocaleLowerCase('nb') + name.slice(1);
    };
    for (const level of LEVELS) {
      const previous = PREVIOUS[level];
      result[lang][level] = readingSentences(
        {
          level,
          reading: facts.levels[level],
          ...(previous ? { previous: { level: previous, reading: facts.levels[previous] } } : {}),
          standing: facts.standing[level],
          kommuneName,
          context: facts.context,
          functionName,
          single: facts.single,
        },
        lang,
      );
    }
  }
  return result;
}

/** lesning.json: the contract's fields per level, with the sentences. */
export function lesningJson(facts: KommuneReadingFacts, sentences: ReadingSentences): string {
  const levels = Object.fromEntries(
    LEVELS.map((level) => {
      const r = facts.levels[level];
      return [
        level,
        {
          shapes: r.shapes,
          clusters: r.clusters.map((c) => ({ persons: c.persons, functions: c.functions, separate: c.separate })),
          bridgeBuilders: r.bridgeBuilders,
          chain: r.chain,
          isolates: r.isolates,
          components: r.components,
          largestShare: r.largestShare,
          centralization: r.centralization,
          homophily: r.homophily,
          sentences: { nb: sentences.nb[level], nn: sentences.nn[level] },
        },
      ];
    }),
  );
  return `${JSON.stringify({ kommune: facts.slug, levels }, null, 2)}\n`;
}

const DRAFT: Record<Lang, { title: string; intro: string; levels: Record<Level, string> }> = {
  nb: {
    title: 'Utkast: hva nettverkene viser i',
    intro:
      'Laget av kommunenotat fra de målte nettverkene ved hver bygging; rediger fritt. ' +
      'Sett inn `{{lesning "weekly"}}` (eller "daily", "monthly") i teksten for å få setningene bundet til dataene.',
    levels: { daily: 'Daglig kontakt', weekly: 'Ukentlig kontakt', monthly: 'Månedlig kontakt' },
  },
  nn: {
    title: 'Utkast: kva nettverka viser i',
    intro:
      'Laga av kommunenotat frå dei målte nettverka ved kvar bygging; rediger fritt. ' +
      'Set inn `{{lesning "weekly"}}` (eller "daily", "monthly") i teksten for å få setningane bundne til dataa.',
    levels: { daily: 'Dagleg kontakt', weekly: 'Vekentleg kontakt', monthly: 'Månadleg kontakt' },
  },
};

/** utkast.md: the whole drafted reading, one section per level, in the note's language. */
export function draftMarkdown(kommuneName: string, sentences: ReadingSentences, lang: Lang): string {
  const words = DRAFT[lang];
  const sections = LEVELS.map((level) => `## ${words.levels[level]}\n\n${sentences[lang][level].join(' ')}\n`);
  return `# ${words.title} ${kommuneName}\n\n${words.intro}\n\n${sections.join('\n')}`;
}
