// The network files (`--format nettverk`, docs/network-files.md) of one note and of the study: the
// models are made from the metrics and the monthly figure's positions while the note is composed;
// the study's folder `<out>/nettverk/` is written by `--all` once every note of the build is written.

import { KommunenotatError } from '../errors.ts';
import { kommuneNetwork, NETWORK_DIR, networkFiles, studyNetwork, ucinetLabelClashes, type NetworkModel } from '../output/network-files/index.ts';
import { startsWith, writeKommuneOutput, type OutputFiles } from '../output/write-output.ts';
import type { Figure, KommuneData, KommuneMetrics, Study } from '../types.ts';
import type { Effects } from './effects.ts';
import { assertNoNames } from './privacy.ts';

/** The kommune's network model, positioned as its monthly figure among `figures` draws it. */
export function kommuneNetworkModel(
  study: Study,
  kommune: KommuneData,
  metrics: KommuneMetrics,
  figures: readonly Figure[],
  date: string,
): NetworkModel {
  const monthly = figures.find((f) => f.id === `network-${kommune.slug}-monthly`);
  return kommuneNetwork(study.config, kommune, metrics, monthly?.positions, date);
}

/** `nettverk/…` of one note's output; a warning for ids UCINET would merge (`place`: the folder). */
export function kommuneNetworkFiles(model: NetworkModel, place: string, effects: Effects): OutputFiles {
  warnUcinetClashes(model, place, effects);
  return networkFiles(model);
}

function warnUcinetClashes(model: NetworkModel, place: string, effects: Effects): void {
  for (const ids of ucinetLabelClashes(model)) {
    effects.logger.warn({
      source: { file: `${place}/daglig.dl` },
      message: `UCINET reads the ids ${ids.join(', ')} as one person (it keeps 18 characters of a label, in capitals); the other files tell them apart`,
    });
  }
}

/**
 * `<out>/nettverk/`: every kommune of the study in one set of files, written atomically by the
 * same writer as a note (its own lock, staging folder and swap). Written only when every note of
 * this `--all` build was built, so the folder always holds one consistent study; otherwise the
 * previous folder is left as it was, with a warning.
 */
export async function writeStudyNetwork(
  out: string,
  study: Study,
  models: ReadonlyMap<string, NetworkModel>,
  date: string,
  effects: Effects,
): Promise<string | undefined> {
  const missing = study.config.kommuner.filter((slug) => !models.has(slug));
  if (missing.length > 0) {
    effects.logger.warn({
      source: { file: `${out}/${NETWORK_DIR}` },
      message: `the study's network files were not written (not built: ${missing.join(', ')}); the folder is left as it was`,
    });
    return undefined;
  }
  if (study.config.kommuner.includes(NETWORK_DIR)) {
    throw new KommunenotatError('config', `a kommune folder named "${NETWORK_DIR}" would be overwritten by the study's network files`, {
      problems: [{ source: study.config.source, message: `kommune "${NETWORK_DIR}" has the name of the study's network folder`, fix: 'Rename the kommune folder.' }],
    });
  }
  const model = studyNetwork(`kommunenotat: ${study.config.title}`, date, study.config.kommuner.map((slug) => models.get(slug)!));
  warnUcinetClashes(model, `${out}/${NETWORK_DIR}`, effects);
  const files: OutputFiles = new Map([...networkFiles(model)].map(([path, text]) => [path.slice(NETWORK_DIR.length + 1), text]));
  assertNoNames(study.kommuner[0]!, study.kommuner, files);
  const start = effects.now();
  // An earlier study network folder is recognised by its README.txt, whose first line is the model's title.
  const isOwnOutput = (folder: string) => startsWith(folder, 'README.txt', 'kommunenotat: ');
  const dir = await writeKommuneOutput(out, NETWORK_DIR, files, { fs: effects.fs, signal: effects.signal, inFlight: effects.inFlight, isOwnOutput });
  effects.logger.step('study', 'nettverk', effects.now() - start, dir);
  return dir;
}
