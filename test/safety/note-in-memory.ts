// Test helper: a small data set whose note text is written by the test, rendered in memory
// (steps 1-5 of the build, without the PDF), so what reaches the HTML can be inspected.

import { readStudy } from '../../src/pipeline/build.ts';
import { silentLogger } from '../../src/pipeline/effects.ts';
import { noteFigures } from '../../src/pipeline/note-figures.ts';
import { withoutNames } from '../../src/pipeline/privacy.ts';
import { readNoteSources } from '../../src/load/note-sources.ts';
import { computeKommuneMetrics } from '../../src/metrics/index.ts';
import { renderNote } from '../../src/render/index.ts';
import type { Problem } from '../../src/errors.ts';
import type { Figure } from '../../src/types.ts';
import { STUDY, KOMMUNE, writeDataSet } from '../validate/data-set.ts';

/** Every slot that would otherwise fall back to the generic text of templates/tekst/. */
const SLOTS = ['kolofon', 'forord', 'sammendrag', 'innledning', 'prosjektet', 'resultater', 'kommune'];

export interface NoteSpec {
  /** Markdown of the kommune chapter (the other chapters get one plain sentence). */
  text?: string;
  /** Extra lines for study.yaml (top level), e.g. `allowHtml: true`. */
  studyExtra?: string;
  /** Replaces the kommune's name in kommune.yaml. */
  kommuneName?: string;
  /** Other files of the data set (paths under the root). */
  changes?: Record<string, string | null>;
}

/** The data set of `spec`: the test data set with text files for every chapter. */
export function writeNoteDataSet(spec: NoteSpec): string {
  const text = Object.fromEntries(SLOTS.map((slot) => [`    ${slot}: tekst/${slot}.md`, slot]));
  const kommune = (spec.kommuneName ? KOMMUNE.replace('name: Testby', `name: ${JSON.stringify(spec.kommuneName)}`) : KOMMUNE) +
    `note:\n  text:\n${Object.keys(text).join('\n')}\n`;
  const files: Record<string, string | null> = {
    'study.yaml': STUDY + (spec.studyExtra ?? ''),
    'kommuner/testby/kommune.yaml': kommune,
  };
  for (const slot of SLOTS) {
    files[`kommuner/testby/tekst/${slot}.md`] = slot === 'kommune' && spec.text !== undefined ? spec.text : `# ${slot}\n\nTekst.\n`;
  }
  return writeDataSet({ ...files, ...spec.changes });
}

/** Renders the note of testby in memory; throws what the build would throw. */
export async function renderInMemory(
  spec: NoteSpec,
  options: { figures?: boolean } = {},
): Promise<{ html: string; figures: Figure[]; root: string; warnings: Problem[] }> {
  const root = writeNoteDataSet(spec);
  const { study } = await readStudy(root, { logger: silentLogger(), now: () => 0 });
  const { config } = study;
  const entries = study.kommuner.map((k) => ({ kommune: withoutNames(k), metrics: computeKommuneMetrics(config, k) }));
  const own = entries[0]!;
  const figures = options.figures ? await noteFigures(config, own.kommune, entries) : [];
  const sources = readNoteSources(root, config, own.kommune);
  const { html, warnings } = renderNote({ config, kommune: own.kommune, metrics: own.metrics, study: entries, figures, buildDate: '2015-01-01' }, sources);
  return { html, figures, root, warnings };
}
