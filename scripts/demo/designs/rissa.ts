// Rissa: very elongated. A technical cluster (plan, skaffe bolig, økonomi, utbygging, politisk)
// and a cluster of tildeling and tjenester, joined at weekly level only by a chain of four
// (bo1, hu1, dr1, bo2). Monthly contact adds a few shortcuts.

import { chain, pairs, type KommuneDesign } from '../design.ts';

export const rissa: KommuneDesign = {
  slug: 'rissa',
  seed: 2015_04,
  primaries: {
    okonomi: 2, tjenester: 11, tildeling: 4, husleie: 1, utbygging: 1, skaffe: 2,
    arealplan: 1, drift: 1, boligsosialplan: 2, samfunnsplan: 2, politisk: 2,
  },
  secondaries: { ar1: ['samfunnsplan'], sk1: ['okonomi'] },
  nonRespondents: ['po2', 'ok2', 'tj6', 'tj9', 'tj11'],
  ties: () => ({
    daglig: pairs('po1-po2 sa1-sa2 sk1-sk2 ok1-ok2 ti1-ti2 tj1-tj2 tj4-tj5 tj8-tj9'),
    ukentlig: [
      // Technical cluster.
      ...pairs('po1-sa1 po2-sa2 sa1-ar1 sa2-ar1 ar1-sk2 ar1-ut1 ut1-sk2 ok1-sk1 ok2-sk1 ok1-ut1'),
      // The chain between the clusters.
      ...chain('sk1 bo1 hu1 dr1 bo2 ti1'),
      // Tildeling and tjenester, itself drawn out.
      ...pairs('ti1-ti3 ti2-ti3 ti3-ti4 ti2-tj1 tj2-tj3 tj1-tj3 ti4-tj4 tj5-tj6 tj4-tj6 tj6-tj7'),
      ...pairs('tj3-tj8 tj9-tj10 tj8-tj10 tj10-tj11'),
    ],
    manedlig: pairs('ok1-ti1 sa1-bo2 sk2-ti3 tj3-ti4 tj7-tj11 bo1-ti2 hu1-ti1 dr1-sk1 po1-bo1 tj5-tj8 tj1-tj10'),
  }),
  ratings: {
    // Mean 64/16 = 4.0; a third answer "vet ikke".
    samordning: { counts: { 2: 1, 3: 3, 4: 7, 5: 5 }, vetIkke: 8, blank: 0 },
    moteplasser: { counts: { 1: 1, 2: 3, 3: 5, 4: 7, 5: 3 }, vetIkke: 4, blank: 1 },
  },
  texts: { styrker: 17, utfordringer: 19, samordningsutfordringer: 14 },
  bodies: ['helse_omsorg', 'formannskap', 'ordforer', 'kommunestyre'],
  political: { withContact: 14 },
};
