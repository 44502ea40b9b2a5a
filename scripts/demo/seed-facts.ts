// The published aggregates of Notat 2/2015 (/work/shared/reference/SEED-FACTS.md) that the demo
// study must reproduce exactly. The generator checks its output against these before writing.

export const FUNCTION_CODES = [
  'okonomi', 'tjenester', 'tildeling', 'husleie', 'utbygging', 'skaffe',
  'arealplan', 'drift', 'boligsosialplan', 'samfunnsplan', 'politisk',
] as const;
export type FunctionCode = (typeof FUNCTION_CODES)[number];

export const SLUGS = ['orland', 'naroy', 'oppdal', 'rissa', 'volda'] as const;
export type Slug = (typeof SLUGS)[number];

export interface KommuneFacts {
  /** Tabell 1: persons holding each function. */
  functions: Record<FunctionCode, number>;
  functionTotal: number;
  persons: number;
  respondents: number;
  /** Printed response rate in per cent. */
  ratePercent: number;
  /** Tabell 2: mean of the valid samordning answers, as printed (one decimal). */
  samordningMean: number;
}

export const SEED_FACTS: Record<Slug, KommuneFacts> = {
  orland: {
    functions: { okonomi: 7, tjenester: 7, tildeling: 4, husleie: 3, utbygging: 2, skaffe: 4, arealplan: 2, drift: 3, boligsosialplan: 3, samfunnsplan: 2, politisk: 2 },
    functionTotal: 39, persons: 27, respondents: 15, ratePercent: 56, samordningMean: 2.9,
  },
  naroy: {
    functions: { okonomi: 8, tjenester: 16, tildeling: 8, husleie: 3, utbygging: 3, skaffe: 5, arealplan: 4, drift: 2, boligsosialplan: 4, samfunnsplan: 4, politisk: 2 },
    functionTotal: 59, persons: 29, respondents: 20, ratePercent: 69, samordningMean: 3.7,
  },
  oppdal: {
    functions: { okonomi: 12, tjenester: 10, tildeling: 7, husleie: 2, utbygging: 2, skaffe: 3, arealplan: 3, drift: 2, boligsosialplan: 5, samfunnsplan: 4, politisk: 3 },
    functionTotal: 53, persons: 29, respondents: 23, ratePercent: 79, samordningMean: 2.7,
  },
  rissa: {
    functions: { okonomi: 3, tjenester: 13, tildeling: 7, husleie: 2, utbygging: 2, skaffe: 4, arealplan: 2, drift: 2, boligsosialplan: 3, samfunnsplan: 4, politisk: 2 },
    functionTotal: 44, persons: 29, respondents: 24, ratePercent: 83, samordningMean: 4.0,
  },
  volda: {
    functions: { okonomi: 10, tjenester: 21, tildeling: 8, husleie: 1, utbygging: 2, skaffe: 6, arealplan: 1, drift: 2, boligsosialplan: 5, samfunnsplan: 5, politisk: 3 },
    functionTotal: 64, persons: 43, respondents: 24, ratePercent: 56, samordningMean: 4.0,
  },
};

/** Oppdal's own chapter. */
export const OPPDAL_FACTS = {
  samordningAnswered: 23,
  texts: { styrker: 15, utfordringer: 18, samordningsutfordringer: 15 },
  nonRespondents: 6,
  political: {
    answered: 23,
    withAnyContact: 10,
    bodies: {
      formannskap: { persons: 6, types: { gir_informasjon: 6, far_informasjon: 1, politisk_diskusjon: 0, faglig_diskusjon: 0 } },
      kommunestyre: { persons: 5 },
      ordforer: { persons: 7, discussing: 2 },
    },
    /** Distinct respondents who get information from any body. */
    getInformation: 4,
    /** Distinct respondents with political or professional discussions with any body. */
    discussing: 2,
  },
} as const;
