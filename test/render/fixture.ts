// A small in-memory study for the render tests: two kommuner, fake SVG figures, hand-set metrics.

import { readNoteSources, type NoteSources } from '../../src/load/note-sources.ts';
import type { NoteInput } from '../../src/render/index.ts';
import type {
  Figure, KommuneData, KommuneMetrics, NetworkMetrics, RatingMetrics, StudyConfig,
} from '../../src/types.ts';

export const config: StudyConfig = {
  title: 'Å koordinere det fragmenterte',
  kommuner: ['alfa', 'beta'],
  functions: [
    { code: 'tildeling', label: 'Tildeling', name: 'Tildeling av bolig' },
    { code: 'tjenester', label: 'Tjenester', name: 'Tjenester i bolig' },
  ],
  questions: [
    { id: 'samordning', kind: 'rating', text: 'Hvor godt fungerer samordningen?', low: 'Svært dårlig', high: 'Svært godt' },
    { id: 'styrker', kind: 'text', text: 'Hva er styrkene?' },
  ],
  comparison: 'full',
  raw: {},
  source: { file: '/nonexistent/study.yaml' },
};

function network(ids: string[], components: number): NetworkMetrics {
  const zero = Object.fromEntries(ids.map((id) => [id, 0]));
  return {
    nodes: ids.length, edges: 3, density: 0.25, components, isolates: components > 1 ? [ids[0]] : [],
    largestComponent: ids.length - (components > 1 ? 1 : 0), diameter: 2, averagePathLength: 1.5,
    degree: zero, betweenness: zero, cutVertices: [], communities: [ids], modularity: 0.1, brokers: [ids[1]],
    eiIndex: 0.2, functionEI: {}, brokerage: {}, ties: [],
  };
}

function rating(mean: number, answered: number): RatingMetrics {
  return { answered, dontKnow: 1, valid: answered - 1, mean, counts: { '1': 1, '2': 2, '3': 3, '4': 2, '5': 0, '6': 0 } };
}

export function kommuneData(slug: string, name: string, raw: Record<string, unknown> = {}): KommuneData {
  const persons = ['p1', 'p2', 'p3', 'p4'].map((id, i) => ({
    id: `${slug}_${id}`, functions: [i % 2 ? 'tjenester' : 'tildeling'], name: `Kari Nordmann${i}`, source: { file: 'persons.csv', line: i + 2 },
  }));
  return {
    slug, name, dir: `/nonexistent/${slug}`,
    politicalBodies: [{ id: 'formannskap', label: 'Formannskapet' }, { id: 'ordforer', label: 'Ordføreren' }],
    persons,
    responses: persons.slice(0, 3).map((p) => ({ id: p.id, ratings: { samordning: 3 as const }, texts: { styrker: `Kort vei <b>mellom</b> ${p.functions[0]}` }, source: { file: 'responses.csv' } })),
    contacts: [], political: [], raw, source: { file: `/nonexistent/${slug}/kommune.yaml` },
  };
}

export function metrics(slug: string, persons: number, respondents: number, mean: number, components: number): KommuneMetrics {
  const ids = [`${slug}_p1`, `${slug}_p2`, `${slug}_p3`, `${slug}_p4`];
  const body = (n: number) => ({ persons: n, types: { gir_informasjon: n, far_informasjon: 1, politisk_diskusjon: 0, faglig_diskusjon: 0 } });
  return {
    kommune: slug, persons, respondents, responseRate: respondents / persons,
    functions: { tildeling: 7, tjenester: 10 }, functionTotal: 17,
    questions: { samordning: rating(mean, respondents), styrker: { answered: 15 } },
    networks: { daily: network(ids, 3), weekly: network(ids, components), monthly: network(ids, 1) },
    political: { answered: respondents, withAnyContact: 10, bodies: { formannskap: body(6), ordforer: body(7) },
      anyBodyTypes: { gir_informasjon: 9, far_informasjon: 4, politisk_diskusjon: 1, faglig_diskusjon: 2 },
      byFunction: { tildeling: { respondents: 6, withContact: 3 }, tjenester: { respondents: 9, withContact: 2 } } },
  };
}

export function fakeFigures(slugs: string[], bodies = ['formannskap', 'ordforer']): Figure[] {
  const ids = ['example-star', 'example-circle', 'example-line', 'rating-samordning-all'];
  for (const s of slugs) {
    ids.push(`network-${s}-daily`, `network-${s}-weekly`, `network-${s}-monthly`, `rating-samordning-${s}`, `rating-moteplasser-${s}`, `political-${s}-all`);
    for (const b of bodies) ids.push(`political-${s}-${b}`);
  }
  return ids.map((id) => ({
    id, title: `Tittel for ${id}`, alt: `Alternativ tekst for ${id}`,
    svg: `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect width="100" height="50" fill="#ccc"/><text x="5" y="25">${id}</text></svg>`,
    table: { headers: ['A', 'B'], rows: [['x', '1']] },
  }));
}

/** The input of the note about `alfa` (alfa: 23 of 29, mean 2.65, two weekly components). */
export function studyInput(alfaRaw: Record<string, unknown> = {}): NoteInput {
  const alfa = kommuneData('alfa', 'Alfa', alfaRaw);
  const beta = kommuneData('beta', 'Beta');
  const mAlfa = metrics('alfa', 29, 23, 2.65, 2);
  const mBeta = metrics('beta', 27, 15, 3.95, 1);
  return {
    config, kommune: alfa, metrics: mAlfa,
    study: [{ kommune: alfa, metrics: mAlfa }, { kommune: beta, metrics: mBeta }],
    figures: fakeFigures(['alfa', 'beta']), buildDate: '2026-01-15',
  };
}

/** Sources with the project's templates and generic text (the fixture has no YAML files). */
export function sources(input: NoteInput): NoteSources {
  return readNoteSources('/nonexistent', input.config, input.kommune);
}
