// The reading guide's example networks (star, circle, line): seven persons A..G each, drawn by the
// same renderer as the kommune figures, so the reader learns the real marks.

import type { Figure, FunctionDef } from '../../types.ts';
import { networkTable, numberWord } from './alt-text.ts';
import { layoutNetwork } from './layout.ts';
import { normalizeInput } from './normalize.ts';
import { renderNetworkSvg } from './render-svg.ts';
import type { FigureLanguage, NetworkFigureInput } from './types.ts';

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
const EXAMPLE_FUNCTION: FunctionDef = { code: 'person', label: 'Person', name: 'Person' };

interface ExampleSpec {
  id: string;
  title: string;
  ties: [string, string][];
  communities: string[][];
  brokers: string[];
  /** What the shape means, for the text alternative. */
  reading: string;
}

const chain = LETTERS.slice(1).map((b, i): [string, string] => [LETTERS[i]!, b]);

const SPECS: Record<FigureLanguage, ExampleSpec[]> = {
  nb: [
    {
      id: 'example-star',
      title: 'Eksempel: stjernenettverk',
      ties: LETTERS.slice(1).map((b): [string, string] => ['A', b]),
      communities: [],
      brokers: ['A'],
      reading: 'A har bånd til alle de seks andre, som ikke har bånd seg imellom: all kontakt går gjennom A, som er brobygger.',
    },
    {
      id: 'example-circle',
      title: 'Eksempel: sirkelnettverk',
      ties: [...chain, ['G', 'A']],
      communities: [LETTERS],
      brokers: [],
      reading: 'Hver person har bånd til de to ved siden av seg, slik at alle sju danner en ring og én klynge; ingen står i sentrum.',
    },
    {
      id: 'example-line',
      title: 'Eksempel: linjenettverk',
      ties: chain,
      communities: [],
      brokers: ['D'],
      reading: 'Personene står på rekke fra A til G; kontakt fra den ene enden til den andre må gå gjennom alle de fem i midten, og D i midten er brobygger.',
    },
  ],
  nn: [
    {
      id: 'example-star',
      title: 'Døme: stjernenettverk',
      ties: LETTERS.slice(1).map((b): [string, string] => ['A', b]),
      communities: [],
      brokers: ['A'],
      reading: 'A har band til alle dei seks andre, som ikkje har band seg imellom: all kontakt går gjennom A, som er brubyggjar.',
    },
    {
      id: 'example-circle',
      title: 'Døme: sirkelnettverk',
      ties: [...chain, ['G', 'A']],
      communities: [LETTERS],
      brokers: [],
      reading: 'Kvar person har band til dei to ved sida av seg, slik at alle sju dannar ein ring og éi klynge; ingen står i sentrum.',
    },
    {
      id: 'example-line',
      title: 'Døme: linjenettverk',
      ties: chain,
      communities: [],
      brokers: ['D'],
      reading: 'Personane står på rad frå A til G; kontakt frå den eine enden til den andre må gå gjennom alle dei fem i midten, og D i midten er brubyggjar.',
    },
  ],
};

const INTRO: Record<FigureLanguage, (ties: string) => string> = {
  nb: (ties) => `Sju personer, A til G, og ${ties} bånd.`,
  nn: (ties) => `Sju personar, A til G, og ${ties} band.`,
};

function exampleInput(spec: ExampleSpec, language: FigureLanguage): NetworkFigureInput {
  return {
    id: spec.id,
    title: spec.title,
    persons: LETTERS.map((l) => ({ id: l, functionCode: EXAMPLE_FUNCTION.code, respondent: true, label: l })),
    functions: [EXAMPLE_FUNCTION],
    ties: spec.ties,
    communities: spec.communities,
    brokers: spec.brokers,
    size: 'small',
    legend: false,
    language,
  };
}

/** The three example networks, with titles and text alternatives in the note's language (default nb). */
export function exampleNetworkFigures(language: FigureLanguage = 'nb'): Figure[] {
  return SPECS[language].map((spec) => {
    const input = exampleInput(spec, language);
    const layout = layoutNetwork(input);
    const alt = `${spec.title}. ${INTRO[language](numberWord(spec.ties.length, true, language))} ${spec.reading}`;
    const withAlt = { ...layout, alt };
    const table = networkTable(normalizeInput(input));
    return { id: spec.id, title: spec.title, svg: renderNetworkSvg(withAlt), alt, table };
  });
}
