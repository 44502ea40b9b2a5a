import { describe, expect, it } from 'vitest';
import {
  exampleNetworkFigures,
  labelOverlaps,
  labelsOutside,
  layoutNetwork,
  networkFigure,
  renderNetworkSvg,
  type NetworkFigureInput,
  type NetworkLayout,
} from '../../../src/figures/networks/index.ts';
import { boxesOverlap } from '../../../src/figures/networks/geometry.ts';
import { createTextMeasurer } from '../../../src/figures/networks/text-measure.ts';
import { demoLikeNetworks, largeNetwork, mulberry32, STUDY_FUNCTIONS, syntheticNetwork } from './synthetic.ts';

function shuffled<T>(items: T[], seed: number): T[] {
  const rnd = mulberry32(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function markOverlaps(layout: NetworkLayout): string[] {
  const found: string[] = [];
  layout.nodes.forEach((a, i) =>
    layout.nodes.slice(i + 1).forEach((b) => {
      if (boxesOverlap(a.markBox, b.markBox)) found.push(`${a.id}/${b.id}`);
    }),
  );
  return found;
}

function expectReadable(layout: NetworkLayout): void {
  expect(labelOverlaps(layout)).toEqual([]);
  expect(labelsOutside(layout)).toEqual([]);
  expect(markOverlaps(layout)).toEqual([]);
}

describe('text measurement', () => {
  it('measures Source Sans 3 as Chromium does (widths read in Chromium 156 by getComputedTextLength)', () => {
    const measure = createTextMeasurer();
    expect(measure('Øk. virkemidler', 10)).toBeCloseTo(63.83, 1);
    expect(measure('Politisk folkevalgt', 10)).toBeCloseTo(73.89, 1);
    expect(measure('Tildeling', 10, 600)).toBeCloseTo(37.64, 1);
  });
});

describe('networkFigure determinism', () => {
  const input = demoLikeNetworks()[2]!;

  it('gives the same bytes for the same input', () => {
    expect(networkFigure(input).svg).toBe(networkFigure(structuredClone(input)).svg);
  });

  it('gives the same bytes whatever the order of persons, ties and tie ends', () => {
    const reordered: NetworkFigureInput = {
      ...input,
      persons: shuffled(input.persons, 7),
      ties: shuffled(input.ties, 8).map(([a, b], i): [string, string] => (i % 2 ? [b, a] : [a, b])),
      communities: shuffled(input.communities.map((c) => shuffled(c, 9)), 10),
      brokers: [...input.brokers].reverse(),
    };
    const a = networkFigure(input);
    const b = networkFigure(reordered);
    expect(b.svg).toBe(a.svg);
    expect(b.alt).toBe(a.alt);
    expect(b.table).toEqual(a.table);
  });

  it('writes a static, accessible SVG with numbers of at most two decimals', () => {
    const { svg } = networkFigure(input);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 640 \d+"/);
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/<title id="synthetic-3-title">Syntetisk nettverk 3<\/title>/);
    expect(svg).toMatch(/<desc id="synthetic-3-desc">[^<]+personer[^<]+bånd/);
    expect(svg).toContain("font-family=\"'Source Sans 3', 'Source Sans Pro', Arial, sans-serif\"");
    expect(svg).not.toMatch(/<script|on\w+=/i);
    expect(svg).not.toMatch(/\d\.\d{3,}/);
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('label placement', () => {
  for (const input of demoLikeNetworks()) {
    it(`leaves no label on another label or on a mark: ${input.id} (${input.persons.length} persons)`, () => {
      expectReadable(layoutNetwork(input));
    });
  }

  it('stays readable at 400 persons', () => {
    const started = performance.now();
    const layout = layoutNetwork(largeNetwork());
    const ms = performance.now() - started;
    console.log(`400 persons: layout ${ms.toFixed(0)} ms, ${layout.width}×${layout.height} units, font ${layout.fontSize}`);
    expectReadable(layout);
    expect(layout.fontSize).toBeGreaterThanOrEqual(7);
  });

  it('keeps every label free on fifty random graphs of 2 to 60 persons', () => {
    for (let seed = 100; seed < 150; seed++) {
      const rnd = mulberry32(seed);
      const persons = 2 + Math.floor(rnd() * 59);
      const input = syntheticNetwork({
        seed,
        persons,
        groups: 1 + Math.floor(rnd() * 4),
        isolates: Math.floor(rnd() * Math.min(persons, 8)),
        pIn: 0.1 + rnd() * 0.5,
        pOut: rnd() * 0.05,
        strongShare: rnd() * 0.4,
      });
      expectReadable(layoutNetwork(input));
    }
  });
});

describe('isolates', () => {
  const input = demoLikeNetworks()[2]!; // 8 isolates
  const layout = layoutNetwork(input);
  const isolates = layout.nodes.filter((n) => n.isolate);
  const connected = layout.nodes.filter((n) => !n.isolate);

  it('are the persons without ties, in rows below the connected part', () => {
    const tied = new Set(input.ties.flat());
    expect(isolates.map((n) => n.id).sort()).toEqual(input.persons.filter((p) => !tied.has(p.id)).map((p) => p.id).sort());
    const lowest = Math.max(...connected.map((n) => Math.max(n.labelBox.y + n.labelBox.h, n.markBox.y + n.markBox.h)));
    for (const n of isolates) expect(n.markBox.y).toBeGreaterThan(lowest);
    const rows = new Set(isolates.map((n) => n.y));
    expect(rows.size).toBeLessThanOrEqual(2);
    expect(layout.isolateCaption?.text).toBe('Uten bånd:');
  });

  it('are ordered by function (study order) along the row, labels on the right', () => {
    const byRow = [...isolates].sort((a, b) => a.y - b.y || a.x - b.x);
    const order = byRow.map((n) => STUDY_FUNCTIONS.findIndex((f) => f.code === n.functionCode));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const n of isolates) expect(n.labelBox.x).toBeGreaterThan(n.x);
  });
});

describe('stability', () => {
  const base = syntheticNetwork({ seed: 30, persons: 30, groups: 3, isolates: 2, pIn: 0.3, pOut: 0.03 });

  function meanDisplacement(a: NetworkLayout, b: NetworkLayout): number {
    const at = new Map(a.nodes.map((n) => [n.id, n]));
    const sum = b.nodes.reduce((s, n) => s + Math.hypot(n.x - at.get(n.id)!.x, n.y - at.get(n.id)!.y), 0);
    return sum / b.nodes.length / b.width;
  }

  it('moves persons less than 5 % of the width on average when one tie is added inside a cluster', () => {
    const cluster = base.communities.find((c) => c.length >= 5)!;
    const tied = new Set(base.ties.map(([a, b]) => [a, b].sort().join('|')));
    const [a, b] = cluster.flatMap((x) => cluster.map((y): [string, string] => [x, y])).find(([x, y]) => x < y && !tied.has(`${x}|${y}`))!;
    const before = layoutNetwork(base);
    const after = layoutNetwork({ ...base, ties: [...base.ties, [a, b]] });
    const d = meanDisplacement(before, after);
    console.log(`one tie added inside a cluster (${a}–${b}): mean displacement ${(d * 100).toFixed(1)} % of the width`);
    expect(d).toBeLessThan(0.05);
  });

  it('reports the spread over many single added ties: within clusters under 5 %, between clusters bounded', () => {
    const before = layoutNetwork(base);
    const tied = new Set(base.ties.map(([a, b]) => [a, b].sort().join('|')));
    const clusterOf = new Map(base.communities.flatMap((c, i) => c.map((id): [string, number] => [id, i])));
    const ids = base.persons.map((p) => p.id).slice(0, 28); // the last two are isolates
    const inside: number[] = [];
    const between: number[] = [];
    const tried = new Set<string>();
    for (let k = 0; k < 60; k++) {
      const a = ids[(k * 7) % 28]!;
      const b = ids[(k * 11 + 3) % 28]!;
      const key = [a, b].sort().join('|');
      if (a === b || tied.has(key) || tried.has(key)) continue;
      tried.add(key);
      const d = meanDisplacement(before, layoutNetwork({ ...base, ties: [...base.ties, [a, b]] }));
      (clusterOf.get(a) === clusterOf.get(b) ? inside : between).push(d);
    }
    const show = (xs: number[]): string => [...xs].sort((x, y) => x - y).map((r) => (r * 100).toFixed(1)).join(' ');
    console.log(`mean displacement, % of width, one tie added — within a cluster: ${show(inside)}; between clusters: ${show(between)}`);
    expect(inside.length).toBeGreaterThan(3);
    for (const d of inside) expect(d).toBeLessThan(0.05);
    // A tie between clusters may rightly bring two clusters together; it must not scramble the figure.
    for (const d of between) expect(d).toBeLessThan(0.2);
  });
});

describe('text alternative and table', () => {
  const functions = STUDY_FUNCTIONS;
  const tiny: NetworkFigureInput = {
    id: 'network-tiny',
    title: 'Ukentlig kontakt i Testvik',
    persons: [
      { id: 'K1', functionCode: 'tildeling', respondent: true },
      { id: 'K2', functionCode: 'tjenester', respondent: true },
      { id: 'K3', functionCode: 'tjenester', respondent: false },
      { id: 'K4', functionCode: 'tjenester', respondent: true },
      { id: 'K5', functionCode: 'okonomi', respondent: true },
      { id: 'K6', functionCode: 'arealplan', respondent: false },
    ],
    functions,
    ties: [
      ['K1', 'K2'],
      ['K2', 'K3'],
      ['K3', 'K1'],
      ['K4', 'K1'],
      ['K5', 'K1'],
    ],
    communities: [['K1', 'K2', 'K3', 'K4'], ['K5'], ['K6']],
    brokers: ['K1', 'K5'],
  };

  it('says, from the data, how many persons, ties, parts, isolates, clusters and bridge builders', () => {
    const { alt } = networkFigure(tiny);
    expect(alt).toBe(
      'Ukentlig kontakt i Testvik. Nettverk med seks personer, hvorav to ikke har svart og bare er med gjennom andres svar, og fem bånd mellom dem. ' +
        'Fem av dem henger sammen i ett nettverk. Én person har ingen bånd (vist for seg nederst): 1 Arealplan. ' +
        'Én klynge er ringet inn med rødt: klynge 1 med 4 personer, mest Tjenester (3). ' +
        'To brobyggere (rød sirkel): Øk. virkemidler og Tildeling.',
    );
  });

  it('has one table row per person with the neutral code and formatted cells', () => {
    const { table } = networkFigure(tiny);
    expect(table.headers).toEqual(['Person (kode)', 'Funksjon', 'Svart', 'Bånd', 'Klynge', 'Brobygger']);
    expect(table.rows[0]).toEqual(['K1', 'Tildeling av bolig', 'ja', '4', '1', 'ja']);
    expect(table.rows[5]).toEqual(['K6', 'Arealplanlegging', 'nei', '0', '', '']);
  });

  it('is present for every figure and mentions persons and ties', () => {
    for (const input of [...demoLikeNetworks(), tiny]) {
      const { alt } = networkFigure(input);
      expect(alt.length).toBeGreaterThan(40);
      expect(alt).toMatch(/person/);
      expect(alt).toMatch(/bånd/);
    }
  });

  it('handles a network without ties', () => {
    const { alt, svg } = networkFigure({ ...tiny, ties: [], communities: [], brokers: [] });
    expect(alt).toContain('og ingen bånd mellom dem. Ingen av dem har bånd til hverandre.');
    expect(svg).toContain('Uten bånd:');
  });

  it('draws strong ties apart and names them in the legend', () => {
    const svg = networkFigure({ ...tiny, strongTies: [['K2', 'K1']], tieLegend: { tie: 'Ukentlig', strongTie: 'Daglig' } }).svg;
    expect(svg).toMatch(/<g class="strong-ties"[^>]*><line [^>]+\/><\/g>/);
    expect(svg).toContain('>Daglig</text>');
  });
});

describe('example networks', () => {
  const figures = exampleNetworkFigures();

  it('are the star, circle and line of the reading guide', () => {
    expect(figures.map((f) => f.id)).toEqual(['example-star', 'example-circle', 'example-line']);
    for (const f of figures) {
      expect(f.svg).toContain('role="img"');
      expect(f.alt).toMatch(/personer/);
      expect(f.alt).toMatch(/bånd/);
      expect(f.table.rows).toHaveLength(7);
    }
    expect(figures[0]!.alt).toContain('A har bånd til alle de seks andre');
  });

  it('are drawn by the same renderer, with letters as labels and no legend', () => {
    for (const f of figures) {
      expect(f.svg).toMatch(/viewBox="0 0 320 /);
      for (const letter of ['A', 'D', 'G']) expect(f.svg).toContain(`>${letter}</text>`);
      expect(f.svg).not.toContain('class="legend"');
    }
    expect(figures[1]!.svg).toMatch(/<g class="clusters"[^>]*><path d="M/);
  });
});

describe('renderNetworkSvg', () => {
  it('is a pure function of the layout', () => {
    const layout = layoutNetwork(demoLikeNetworks()[0]!);
    expect(renderNetworkSvg(layout)).toBe(renderNetworkSvg(structuredClone(layout)));
  });
});
