// The build's reading of the networks: every kommune read once per build (src/reading/), and
// per note its sentences, lesning.json and utkast.md (src/render/reading/).

import { readStudyNetworks, type KommuneReadingFacts } from '../reading/index.ts';
import { draftMarkdown, lesningJson, sentencesOf, type ReadingSentences } from '../render/reading/lesning.ts';
import type { Lang } from '../render/i18n.ts';
import type { KommuneData, KommuneMetrics, Study } from '../types.ts';

export type StudyReadings = Map<string, KommuneReadingFacts>;

export function readStudy(study: Study, metrics: ReadonlyMap<string, KommuneMetrics>): StudyReadings {
  return readStudyNetworks(study.config, study.kommuner, metrics);
}

export interface NoteReading {
  sentences: ReadingSentences;
  files: [string, string][];
}

/** One note's reading: its sentences in both languages and the files lesning.json and utkast.md. */
export function noteReading(readings: StudyReadings, study: Study, kommune: KommuneData, lang: Lang): NoteReading {
  const facts = readings.get(kommune.slug)!;
  const sentences = sentencesOf(facts, kommune.name, study.config.functions);
  return {
    sentences,
    files: [
      ['lesning.json', lesningJson(facts, sentences)],
      ['utkast.md', draftMarkdown(kommune.name, sentences, lang)],
    ],
  };
}
