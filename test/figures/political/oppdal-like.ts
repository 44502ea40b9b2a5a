// A hand-made input shaped like Oppdal's published political contact (SEED-FACTS): 23 respondents,
// 10 with contact; formannskapet 6 (all give, 1 also gets), kommunestyret 5 (information only),
// ordføreren 7 (2 also discuss); 4 get information and 2 discuss across all bodies.

import type { ContactType, FunctionDef } from '../../../src/types.ts';
import type { PoliticalFigureInput } from '../../../src/figures/political/index.ts';

export const FUNCTIONS: FunctionDef[] = [
  { code: 'okonomi', label: 'Øk. virkemidler', name: 'Økonomiske virkemidler/rådgivning' },
  { code: 'tjenester', label: 'Tjenester', name: 'Tjenester i bolig' },
  { code: 'tildeling', label: 'Tildeling', name: 'Tildeling av bolig' },
  { code: 'husleie', label: 'Husleiekontrakt', name: 'Husleiekontrakter' },
  { code: 'utbygging', label: 'Utbygging', name: 'Utbygging' },
  { code: 'skaffe', label: 'Skaffe bolig', name: 'Framskaffe boliger' },
  { code: 'arealplan', label: 'Arealplan', name: 'Arealplanlegging' },
  { code: 'drift', label: 'Drift', name: 'Drift og vedlikehold' },
  { code: 'boligsosialplan', label: 'Boligsosial plan', name: 'Boligsosial planlegging' },
  { code: 'samfunnsplan', label: 'Samfunnsplan', name: 'Samfunnsplanlegging' },
  { code: 'politisk', label: 'Politisk folkevalgt', name: 'Politisk folkevalgt' },
];

const FUNCTION_OF: string[] = [
  'okonomi', 'okonomi', 'okonomi', 'samfunnsplan', 'samfunnsplan', 'utbygging', 'arealplan', 'politisk', 'boligsosialplan',
  'skaffe', 'tjenester', 'tjenester', 'tjenester', 'tjenester', 'tjenester', 'tildeling', 'tildeling', 'tildeling',
  'okonomi', 'drift', 'husleie', 'tjenester', 'tildeling',
];

const id = (i: number): string => `p${String(i).padStart(2, '0')}`;

const CONTACTS: [number, string, ContactType[]][] = [
  [1, 'formannskap', ['gir_informasjon']],
  [2, 'formannskap', ['gir_informasjon']],
  [4, 'formannskap', ['gir_informasjon']],
  [6, 'formannskap', ['gir_informasjon', 'far_informasjon']],
  [8, 'formannskap', ['gir_informasjon']],
  [9, 'formannskap', ['gir_informasjon']],
  [1, 'kommunestyre', ['gir_informasjon']],
  [3, 'kommunestyre', ['gir_informasjon']],
  [5, 'kommunestyre', ['far_informasjon']],
  [6, 'kommunestyre', ['gir_informasjon']],
  [8, 'kommunestyre', ['gir_informasjon', 'far_informasjon']],
  [1, 'ordforer', ['gir_informasjon']],
  [2, 'ordforer', ['gir_informasjon', 'faglig_diskusjon']],
  [3, 'ordforer', ['gir_informasjon']],
  [4, 'ordforer', ['gir_informasjon']],
  [7, 'ordforer', ['far_informasjon']],
  [8, 'ordforer', ['gir_informasjon', 'politisk_diskusjon', 'faglig_diskusjon']],
  [10, 'ordforer', ['gir_informasjon']],
];

export function oppdalLike(): PoliticalFigureInput {
  return {
    slug: 'oppdal',
    kommuneName: 'Oppdal',
    functions: FUNCTIONS,
    bodies: [
      { id: 'formannskap', label: 'Formannskapet' },
      { id: 'kommunestyre', label: 'Kommunestyret' },
      { id: 'ordforer', label: 'Ordføreren' },
    ],
    respondents: FUNCTION_OF.map((functionCode, i) => ({ id: id(i + 1), functionCode })),
    contacts: CONTACTS.flatMap(([person, body, types]) => types.map((type) => ({ person: id(person), body, type }))),
  };
}
