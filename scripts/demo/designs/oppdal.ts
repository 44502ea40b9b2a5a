// Oppdal: the kommune of the reference note. Weekly contact keeps to small groups of one function
// (many isolates, E-I clearly negative, plan functions apart); monthly contact joins everyone
// through two bridge builders, ok1 on the town-hall side and ti1 on the services side.

import { chain, clique, pairs, star, type KommuneDesign } from '../design.ts';

export const oppdal: KommuneDesign = {
  slug: 'oppdal',
  seed: 2015_02,
  primaries: {
    okonomi: 8, tjenester: 7, tildeling: 3, utbygging: 1, skaffe: 1,
    arealplan: 2, drift: 2, boligsosialplan: 1, samfunnsplan: 2, politisk: 2,
  },
  // Daily clusters partly share functions: the two builders, the two allocators.
  secondaries: { ok1: ['boligsosialplan'], ti1: ['boligsosialplan'], ut1: ['skaffe'], sk1: ['utbygging'], ti2: ['tjenester'] },
  // Present only through others' reports; at weekly level most of them are isolates.
  nonRespondents: ['ok7', 'ok8', 'tj7', 'dr2', 'sa2', 'po2'],
  ties: () => ({
    daglig: [
      ...clique('ok1 ok2 ok3'), ...pairs('ok5-ok6'),
      ...chain('tj1 tj2 tj3'), ...pairs('tj5-tj6'),
      ...pairs('ti1-ti2 dr1-dr2 ut1-sk1'),
    ],
    ukentlig: pairs('ok3-ok4 tj1-tj3 tj3-tj4 ti2-ti3 ti3-tj4 bo1-ti1 ar1-sa1'),
    manedlig: [
      // Town-hall side around ok1, services side around ti1, and the one bridge between them.
      ...star('ok1', 'ok4 ok5 ok6 ok7 ok8 ut1 sk1 ar1 ar2 sa1 sa2 po1 po2'),
      ...star('ti1', 'tj1 tj3 tj4 tj5 tj6 tj7 dr1 dr2 ti3'),
      ...pairs('ok1-ti1'),
      ...pairs('ok2-ok5 ar1-ar2 sa1-sa2 po1-po2 tj2-tj5 ti2-tj2 bo1-tj3'),
    ],
  }),
  ratings: {
    // Mean 57/21 = 2.714 → 2,7; the most uniformly negative of the five.
    samordning: { counts: { 1: 2, 2: 6, 3: 9, 4: 4 }, vetIkke: 2, blank: 0 },
    moteplasser: { counts: { 1: 5, 2: 8, 3: 5, 4: 3, 5: 1 }, vetIkke: 1, blank: 0 },
  },
  texts: { styrker: 15, utfordringer: 18, samordningsutfordringer: 15 },
  bodies: ['formannskap', 'kommunestyre', 'ordforer'],
  political: {
    rows: `
      ok1 formannskap gir_informasjon
      ok1 formannskap far_informasjon
      ok2 formannskap gir_informasjon
      ok3 formannskap gir_informasjon
      ok5 formannskap gir_informasjon
      sa1 formannskap gir_informasjon
      ut1 formannskap gir_informasjon
      ok1 kommunestyre gir_informasjon
      ok2 kommunestyre gir_informasjon
      ok2 kommunestyre far_informasjon
      ok5 kommunestyre gir_informasjon
      ok6 kommunestyre far_informasjon
      sa1 kommunestyre gir_informasjon
      ok1 ordforer gir_informasjon
      ok3 ordforer gir_informasjon
      ok6 ordforer gir_informasjon
      sa1 ordforer gir_informasjon
      tj1 ordforer gir_informasjon
      dr1 ordforer gir_informasjon
      dr1 ordforer faglig_diskusjon
      ti1 ordforer far_informasjon
      ti1 ordforer politisk_diskusjon
    `,
  },
};
