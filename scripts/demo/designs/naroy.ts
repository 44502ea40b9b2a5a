// Nærøy: one well-integrated network. Town hall and services each have dense daily and weekly
// contact inside, and enough weekly contact across that nobody is left out.

import { drawTies, keys, mergeTies, pairsBetween, pairsWithin, type KommuneDesign } from '../design.ts';

const townHall = [...keys('ok', 1, 5), ...keys('sk', 1, 2), 'hu1', 'ut1', 'ar1', ...keys('sa', 1, 2), 'po1', 'bo1'];
const services = [...keys('tj', 1, 10), ...keys('ti', 1, 4), 'dr1'];
const nonRespondents = ['ok5', 'sk2', 'ar1', 'po1', 'tj8', 'tj9', 'tj10', 'ti4', 'dr1'];

export const naroy: KommuneDesign = {
  slug: 'naroy',
  seed: 2015_03,
  primaries: {
    okonomi: 5, tjenester: 10, tildeling: 4, husleie: 1, utbygging: 1, skaffe: 2,
    arealplan: 1, drift: 1, boligsosialplan: 1, samfunnsplan: 2, politisk: 1,
  },
  nonRespondents,
  ties: (rng) =>
    mergeTies(
      drawTies(rng, pairsWithin(townHall, nonRespondents), { daglig: 0.2, ukentlig: 0.55, manedlig: 0.8 }),
      drawTies(rng, pairsWithin(services, nonRespondents), { daglig: 0.2, ukentlig: 0.55, manedlig: 0.8 }),
      drawTies(rng, pairsBetween(townHall, services, nonRespondents), { daglig: 0.03, ukentlig: 0.15, manedlig: 0.4 }),
    ),
  ratings: {
    // Mean 70/19 = 3.684 → 3,7.
    samordning: { counts: { 2: 2, 3: 6, 4: 7, 5: 4 }, vetIkke: 1, blank: 0 },
    moteplasser: { counts: { 1: 1, 2: 3, 3: 6, 4: 6, 5: 3 }, vetIkke: 1, blank: 0 },
  },
  texts: { styrker: 14, utfordringer: 16, samordningsutfordringer: 12 },
  bodies: ['helse_sosial', 'formannskap', 'ordforer', 'kommunestyre'],
  political: { withContact: 13 },
};
