// Volda: much contact, dense weekly, but two communities (town hall; tjenester and tildeling)
// held together at weekly level only by the bridge builders bo1 and ti1.

import { drawTies, keys, mergeTies, pairs, pairsBetween, pairsWithin, type KommuneDesign } from '../design.ts';

const townHall = [
  ...keys('ok', 1, 7), ...keys('sk', 1, 3), 'ut1', 'ar1', ...keys('dr', 1, 2), ...keys('bo', 1, 2), ...keys('sa', 1, 3), ...keys('po', 1, 2),
];
const services = [...keys('tj', 1, 17), ...keys('ti', 1, 5)];
const bridges = ['bo1', 'ti1'];
const nonRespondents = ['ok5', 'ok6', 'ok7', 'sk3', 'ut1', 'ar1', 'dr2', 'sa3', 'po2', ...keys('tj', 8, 17)];

export const volda: KommuneDesign = {
  slug: 'volda',
  seed: 2015_05,
  primaries: {
    okonomi: 7, tjenester: 17, tildeling: 5, utbygging: 1, skaffe: 3,
    arealplan: 1, drift: 2, boligsosialplan: 2, samfunnsplan: 3, politisk: 2,
  },
  secondaries: { bo1: ['tildeling'], ti1: ['boligsosialplan'] },
  nonRespondents,
  ties: (rng) => {
    const outside = (group: string[]) => group.filter((k) => !bridges.includes(k));
    return mergeTies(
      drawTies(rng, pairsWithin(townHall, nonRespondents), { daglig: 0.2, ukentlig: 0.5, manedlig: 0.75 }),
      drawTies(rng, pairsWithin(services, nonRespondents), { daglig: 0.2, ukentlig: 0.5, manedlig: 0.75 }),
      // The only weekly contact across: the two bridge builders.
      { ukentlig: pairs('bo1-ti1 bo1-ti2 bo1-tj1 bo1-tj3 ti1-ok1 ti1-sa1 ti1-po1') },
      drawTies(rng, pairsBetween(outside(townHall), outside(services), nonRespondents), { daglig: 0, ukentlig: 0, manedlig: 0.06 }),
    );
  },
  ratings: {
    // Mean 88/22 = 4.0.
    samordning: { counts: { 2: 1, 3: 5, 4: 9, 5: 7 }, vetIkke: 2, blank: 0 },
    moteplasser: { counts: { 2: 2, 3: 5, 4: 9, 5: 6 }, vetIkke: 2, blank: 0 },
  },
  texts: { styrker: 16, utfordringer: 18, samordningsutfordringer: 13 },
  bodies: ['formannskap', 'ordforer', 'kommunestyre'],
  political: { withContact: 15 },
};
