// Prints, for every network figure of the demo study, what a careful reader would count: outline
// crossings, persons inside another cluster's outline, outlines through a square or label, and
// labels struck through by a tie. `node scripts/run.mjs scripts/figure-readability.ts`
import { layoutNetwork } from '../src/figures/networks/index.ts';
import { readability } from '../src/figures/networks/readability.ts';
import { demoFigureInputs } from '../test/figures/networks/demo-figures.ts';

console.log('figure\tpersons\tties\tclusters\tcrossings\tforeign\tthrough\tlabelsCrossed');
for (const { input } of demoFigureInputs()) {
  const layout = layoutNetwork(input);
  const r = readability(layout);
  console.log([input.id, input.persons.length, input.ties.length, layout.clusters.length, r.outlineCrossings, r.foreignInside, r.outlinesThrough, `${r.labelsCrossed}/${r.labels}`].join('\t'));
}
