// The reading guide's example networks (star, circle, line): seven persons A..G each, drawn by the
// same renderer as the kommune figures, so the reader learns the real marks.

import type { Figure, FunctionDef } from '../../types.ts';
import { networkTable, numberWord } from './alt-text.ts';
import { layoutNetwork } from './layout.ts';
import { normalizeInput } from './normalize.ts';
import { renderNetworkSvg } from './render-svg.ts';
import type { NetworkFigureInput } from './types.ts';

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

const SPECS: ExampleSpec[] = [
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
];

function exampleInput(spec: ExampleSpec): NetworkFigureInput {
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
  };
}

export function exampleNetworkFigures(): Figure[] {
  return SPECS.map((spec) => {
    const input = exampleInput(spec);
    const layout = layoutNetwork(input);
    const alt = `${spec.title}. Sju personer, A til G, og ${numberWord(spec.ties.length, true)} bånd. ${spec.reading}`;
    const withAlt = { ...layout, alt };
    const table = networkTable(normalizeInput(input));
    return { id: spec.id, title: spec.title, svg: renderNetworkSvg(withAlt), alt, table };
  });
}
