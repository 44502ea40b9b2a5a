// `check:data`, last step: every text file of every note run through the build's own render step
// (metrics computed, figures listed but not drawn), so check:data finds every mistake in the text
// that the build would: unknown names and helpers, unclosed blocks, figure and table ids, a figure
// placed twice, claims that no longer hold (as warnings).

import { KommunenotatError, type Problem } from '../errors.ts';
import { readNoteSources } from '../load/note-sources.ts';
import { computeKommuneMetrics } from '../metrics/index.ts';
import { noteFigureIds } from '../pipeline/note-figures.ts';
import { withoutNames } from '../pipeline/privacy.ts';
import { renderNote } from '../render/index.ts';
import type { Figure, Study } from '../types.ts';

/** Problems (and warnings) of rendering each kommune's note; the same problem of a shared file is listed once. */
export function renderedTextProblems(study: Study, only: readonly string[]): Problem[] {
  const { config } = study;
  const entries = study.kommuner.map((kommune) => ({ kommune: withoutNames(kommune), metrics: computeKommuneMetrics(config, kommune) }));
  const problems: Problem[] = [];
  for (const own of entries.filter((entry) => only.includes(entry.kommune.slug))) {
    const figures: Figure[] = noteFigureIds(config, own.kommune, entries).map((id) => ({
      id, title: id, svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>', alt: id, table: { headers: [], rows: [] },
    }));
    try {
      const sources = readNoteSources(study.root, config, own.kommune);
      const { warnings } = renderNote(
        { config, kommune: own.kommune, metrics: own.metrics, study: entries, figures, buildDate: config.date ?? '2000-01-01' },
        sources,
      );
      problems.push(...warnings.map((w) => ({ ...w, severity: 'warning' as const })));
    } catch (error) {
      if (!(error instanceof KommunenotatError) || !error.isUserError) throw error;
      problems.push(...(error.problems.length > 0 ? error.problems : [{ source: { file: study.root }, message: error.message }]));
    }
  }
  return problems;
}
