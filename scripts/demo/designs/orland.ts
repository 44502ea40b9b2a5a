// Ørland: three star-shaped clusters (town hall around ok1, tildeling around ti1, tjenester
// around tj3); the town hall reaches tjenester/tildeling only through a chain of four
// (bo1, hu1, dr1, bo2); and a wholly separate weekly group of økonomi and tildeling.

import { chain, pairs, star, type KommuneDesign } from '../design.ts';

export const orland: KommuneDesign = {
  slug: 'orland',
  seed: 2015_01,
  primaries: {
    okonomi: 5, tjenester: 6, tildeling: 3, husleie: 2, utbygging: 1, skaffe: 2,
    arealplan: 1, drift: 2, boligsosialplan: 2, samfunnsplan: 1, politisk: 2,
  },
  secondaries: { ok4: ['tildeling'], ti3: ['okonomi'] },
  nonRespondents: ['ok3', 'ok5', 'sa1', 'po1', 'po2', 'hu1', 'bo2', 'tj2', 'hu2', 'dr2', 'tj4', 'tj6'],
  ties: () => ({
    daglig: pairs('ok1-ok2 ok1-sk1 sk1-sk2 ok3-ok4 ti1-ti2 ti1-tj1 tj3-tj5'),
    ukentlig: [
      ...star('ok1', 'ar1 sa1 po1 po2 ut1 sk2'),
      ...chain('ok1 bo1 hu1 dr1 bo2 ti1'),
      ...star('ti1', 'tj2 hu2 dr2'),
      ...pairs('tj1-tj2 ti2-tj3'),
      ...star('tj3', 'tj4 tj6'),
      // The separate group.
      ...pairs('ok4-ok5 ok4-ti3 ok5-ti3'),
    ],
    manedlig: pairs('ok4-ok1 ti3-ti1 ok2-ok4 sk2-ut1 bo1-ti2 ar1-sa1 dr1-dr2 tj5-tj6 po1-ok2 tj1-tj3 ok5-sk1'),
  }),
  ratings: {
    // Mean 38/13 = 2.923 → 2,9, answers across the whole scale.
    samordning: { counts: { 1: 3, 2: 3, 3: 2, 4: 2, 5: 3 }, vetIkke: 1, blank: 1 },
    moteplasser: { counts: { 1: 2, 2: 4, 3: 3, 4: 3, 5: 2 }, vetIkke: 1, blank: 0 },
  },
  texts: { styrker: 10, utfordringer: 12, samordningsutfordringer: 9 },
  bodies: ['formannskap', 'helse_velferd', 'ordforer', 'kommunestyre'],
  political: { withContact: 9 },
};
