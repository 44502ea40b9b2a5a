// A tiny hand-made kommune for the survey, political and whole-kommune tests.

import type { Contact, KommuneData, Person, PoliticalContact, Response, StudyConfig } from '../../src/types.ts';

const at = (file: string, line = 2) => ({ file, line });

export const config: StudyConfig = {
  title: 'Test',
  kommuner: ['testby'],
  functions: [
    { code: 'okonomi', label: 'Øk.', name: 'Økonomi' },
    { code: 'tjenester', label: 'Tjenester', name: 'Tjenester i bolig' },
    { code: 'tildeling', label: 'Tildeling', name: 'Tildeling av bolig' },
    { code: 'drift', label: 'Drift', name: 'Drift' },
  ],
  questions: [
    { id: 'samordning', kind: 'rating', text: 'Samordning?', low: 'Dårlig', high: 'Godt' },
    { id: 'moteplasser', kind: 'rating', text: 'Møteplasser?' },
    { id: 'styrker', kind: 'text', text: 'Styrker?' },
  ],
  comparison: 'full',
  raw: {},
  source: at('study.yaml', 1),
};

const persons: Person[] = [
  { id: 'p1', functions: ['okonomi', 'tildeling'], source: at('persons.csv', 2) },
  { id: 'p2', functions: ['tildeling'], source: at('persons.csv', 3) },
  { id: 'p3', functions: ['tjenester', 'okonomi'], source: at('persons.csv', 4) },
  { id: 'p4', functions: ['okonomi'], source: at('persons.csv', 5) },
  { id: 'p5', functions: ['tildeling'], source: at('persons.csv', 6) },
];

const responses: Response[] = [
  { id: 'p1', ratings: { samordning: 3, moteplasser: null }, texts: { styrker: '  ' }, source: at('responses.csv', 2) },
  { id: 'p2', ratings: { samordning: 'vet_ikke', moteplasser: null }, texts: { styrker: 'Bra <b>samarbeid</b>' }, source: at('responses.csv', 3) },
  { id: 'p3', ratings: { samordning: 6, moteplasser: null }, texts: { styrker: '\n' }, source: at('responses.csv', 4) },
];

const contacts: Contact[] = [
  { from: 'p1', to: 'p2', frequency: 'daglig', source: at('contacts.csv', 2) },
  { from: 'p2', to: 'p1', frequency: 'sjeldnere', source: at('contacts.csv', 3) },
  { from: 'p1', to: 'p3', frequency: 'manedlig', source: at('contacts.csv', 4) },
  { from: 'p3', to: 'p1', frequency: 'ukentlig', source: at('contacts.csv', 5) },
  { from: 'p2', to: 'p4', frequency: 'manedlig', source: at('contacts.csv', 6) },
  { from: 'p3', to: 'p5', frequency: 'aldri', source: at('contacts.csv', 7) },
  { from: 'p2', to: 'p5', frequency: 'sjeldnere', source: at('contacts.csv', 8) },
];

const political: PoliticalContact[] = [
  { person: 'p1', body: 'formannskap', type: 'gir_informasjon', source: at('political.csv', 2) },
  { person: 'p1', body: 'formannskap', type: 'far_informasjon', source: at('political.csv', 3) },
  { person: 'p1', body: 'kommunestyre', type: 'gir_informasjon', source: at('political.csv', 4) },
  { person: 'p2', body: 'formannskap', type: 'gir_informasjon', source: at('political.csv', 5) },
  { person: 'p2', body: 'formannskap', type: 'gir_informasjon', source: at('political.csv', 6) },
];

/** A fresh copy; `reversed` gives every list in the opposite order (same data, other insertion order). */
export function kommune(reversed = false): KommuneData {
  const order = <T>(list: T[]): T[] => (reversed ? [...list].reverse() : [...list]);
  return {
    slug: 'testby',
    name: 'Testby',
    dir: 'kommuner/testby',
    politicalBodies: [
      { id: 'formannskap', label: 'Formannskapet' },
      { id: 'kommunestyre', label: 'Kommunestyret' },
      { id: 'rad', label: 'Eldrerådet' },
    ],
    persons: order(persons),
    responses: order(responses),
    contacts: order(contacts),
    political: order(political),
    raw: {},
    source: at('kommune.yaml', 1),
  };
}
