// Development aid: every demo network figure as PNG (and SVG) in <out-dir>, to look at.
// `node scripts/run.mjs scripts/figure-pngs.ts /tmp/pngs [id-substring]`
import { networkFigure } from '../src/figures/networks/index.ts';
import { demoFigureInputs } from '../test/figures/networks/demo-figures.ts';
import { renderPngs } from '../test/figures/networks/render-pngs.ts';

const [out = '/tmp/network-pngs', only = ''] = process.argv.slice(2);
const figures = demoFigureInputs().filter((f) => f.input.id.includes(only)).map((f) => networkFigure(f.input));
console.log((await renderPngs(figures, out)).join('\n'));
