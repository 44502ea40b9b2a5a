// The network files of a nettverk/ folder (CONTRACT §6, docs/network-files.md): one model, every
// format written from it. Pure: relative path → text; the build hands them to the atomic writer.

import { LEVELS } from '../../types.ts';
import { writeEdgesCsv, writeNodesCsv } from './csv.ts';
import { writeGexf } from './gexf.ts';
import { writeGraphml } from './graphml.ts';
import { LEVEL_FILE_WORD, type NetworkModel } from './model.ts';
import { writeReadme } from './readme.ts';
import { writeClu, writeDl, writePajek, writeVna } from './text-formats.ts';

export { ucinetLabelClashes } from './text-formats.ts';
export { kommuneNetwork, studyNetwork, LEVEL_FILE_WORD, LEVEL_WEIGHT, type NetworkModel } from './model.ts';

/** The folder under the output root (or the kommune's output) that holds the files. */
export const NETWORK_DIR = 'nettverk';

/** `nettverk/<file>` → content, sorted by path. */
export function networkFiles(model: NetworkModel): Map<string, string> {
  const files = new Map<string, string>([
    ['nettverk.gexf', writeGexf(model)],
    ['nettverk.graphml', writeGraphml(model)],
    ['noder.csv', writeNodesCsv(model)],
    ['kanter.csv', writeEdgesCsv(model)],
    ['README.txt', writeReadme(model)],
  ]);
  for (const level of LEVELS) {
    const word = LEVEL_FILE_WORD[level];
    files.set(`${word}.dl`, writeDl(model, level));
    files.set(`${word}.vna`, writeVna(model, level));
    files.set(`${word}.net`, writePajek(model, level));
    files.set(`${word}.clu`, writeClu(model));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, text]) => [`${NETWORK_DIR}/${name}`, text]));
}
