// The network file writers on a kommune small enough to work out by hand: four persons, contacts
// reported both ways at different frequencies, one contact too rare to count, one person without
// ties, and a function label with a comma, quotes and æøå.

import { describe, expect, it } from 'vitest';
import { computeKommuneMetrics } from '../../src/metrics/index.ts';
import { kommuneNetwork, networkFiles, studyNetwork } from '../../src/output/network-files/index.ts';
import { pajekText, ucinetLabelClashes, writeDl, writePajek } from '../../src/output/network-files/text-formats.ts';
import { assertNoNames } from '../../src/pipeline/privacy.ts';
import type { Contact, Frequency, KommuneData, StudyConfig } from '../../src/types.ts';
import { readCsv, readDl, readGexf, readGraphml, readPajek, readVna } from './readers.ts';

const source = { file: 'test' };
const config: StudyConfig = {
  title: 'Test',
  kommuner: ['testby'],
  functions: [
    { code: 'okonomi', label: 'Øk. virkemidler', name: 'Økonomi' },
    { code: 'skaffe', label: 'Skaffe bolig', name: 'Skaffe' },
    { code: 'drift', label: 'Drift, "vedlikehold"', name: 'Drift' },
  ],
  questions: [],
  comparison: 'full',
  raw: {},
  source,
};
const contact = (from: string, to: string, frequency: Frequency): Contact => ({ from, to, frequency, source });
const kommune: KommuneData = {
  slug: 'testby',
  name: 'Testby',
  dir: 'kommuner/testby',
  politicalBodies: [],
  persons: [
    { id: 'a', functions: ['okonomi'], name: 'Bjørn Ås', source: { file: 'persons.csv', line: 2 } },
    { id: 'b', functions: ['skaffe', 'drift'], source },
    { id: 'c', functions: ['drift'], source },
    { id: 'd', functions: ['okonomi', 'skaffe'], source },
  ],
  responses: [{ id: 'a', ratings: {}, texts: {}, source }, { id: 'b', ratings: {}, texts: {}, source }],
  // a-b: daily one way, monthly the other: daily counts. b-c weekly. a-c monthly; c-a rarer (ignored). d: none.
  contacts: [contact('a', 'b', 'daglig'), contact('b', 'a', 'manedlig'), contact('b', 'c', 'ukentlig'), contact('a', 'c', 'manedlig'), contact('c', 'a', 'sjeldnere')],
  political: [],
  raw: {},
  source,
};
const metrics = computeKommuneMetrics(config, kommune);
const positions = [
  { id: 'a', x: 10, y: 20, size: 9, colour: '#332288' },
  { id: 'b', x: 30.004, y: 40, size: 9, colour: '#117733' },
  { id: 'c', x: 50, y: 0, size: 9, colour: '#882255' },
  { id: 'd', x: 70, y: 90, size: 9, colour: '#332288' },
];
const model = kommuneNetwork(config, kommune, metrics, positions, '2015-01-01');
const files = networkFiles(model);
const file = (name: string) => files.get(`nettverk/${name}`)!;

describe('network files of a hand-worked kommune', () => {
  it('give each tie its most frequent level and weight, and nothing for contact rarer than monthly', () => {
    expect(file('kanter.csv')).toBe('Source,Target,Type,Weight,niva\na,b,Undirected,3,daglig\na,c,Undirected,1,maanedlig\nb,c,Undirected,2,ukentlig\n');
  });

  it('write UCINET DL with every person labelled and each tie both ways', () => {
    expect(file('daglig.dl')).toBe('dl n=4\nformat = edgelist1\nlabels:\na\nb\nc\nd\nlabels embedded:\ndata:\na b\nb a\n');
    expect(file('ukentlig.dl')).toBe('dl n=4\nformat = edgelist1\nlabels:\na\nb\nc\nd\nlabels embedded:\ndata:\na b\nb a\nb c\nc b\n');
  });

  it('write Pajek with quoted labels and the partition of primary functions', () => {
    expect(file('maanedlig.net')).toBe('*Vertices 4\r\n1 "a"\r\n2 "b"\r\n3 "c"\r\n4 "d"\r\n*Edges\r\n1 2\r\n1 3\r\n2 3\r\n');
    expect(file('daglig.clu')).toBe('*Vertices 4\r\n1\r\n2\r\n3\r\n1\r\n');
    expect(pajekText('Bjørn Ås "x"')).toBe("Bj&#248;rn &#197;s 'x'");
  });

  it('quote labels with spaces in DL and Pajek, and keep Pajek ASCII with æøå as &#dddd;', () => {
    const odd = { ...model, nodes: model.nodes.map((n, i) => ({ ...n, id: ['Bjørn Ås', 'b', 'c', 'd'][i]! })), levels: { ...model.levels, daily: [['Bjørn Ås', 'b']] as [string, string][] } };
    expect(writeDl(odd, 'daily')).toContain('\n"Bjørn Ås" b\nb "Bjørn Ås"\n');
    expect(readDl(writeDl(odd, 'daily')).labels).toEqual(['Bjørn Ås', 'b', 'c', 'd']);
    expect(writePajek(odd, 'daily')).toContain('1 "Bj&#248;rn &#197;s"\r\n');
    expect(readPajek(writePajek(odd, 'daily'))).toEqual({ labels: ['Bjørn Ås', 'b', 'c', 'd'], edges: [['Bjørn Ås', 'b']] });
  });

  it('name the ids UCINET would read as one person (18 characters, capitals)', () => {
    expect(ucinetLabelClashes(model)).toEqual([]);
    const ids = ['p01', 'P01', 'a-very-long-kommune:p1', 'a-very-long-kommune:p2'];
    const odd = { ...model, nodes: model.nodes.map((n, i) => ({ ...n, id: ids[i]! })) };
    expect(ucinetLabelClashes(odd)).toEqual([['p01', 'P01'], ['a-very-long-kommune:p1', 'a-very-long-kommune:p2']]);
  });

  it('give every person its measures per level: degree, betweenness, community, bridge builder', () => {
    const csv = readCsv(file('noder.csv'));
    const b = csv.rows.find((r) => r.Id === 'b')!;
    // Weekly network a-b-c (d alone): b is on the one shortest path a-c, normalised by (n-1)(n-2)/2 = 3.
    expect([b.grad_daglig, b.grad_ukentlig, b.grad_maanedlig]).toEqual(['1', '2', '2']);
    expect(Number(b.betweenness_ukentlig)).toBeCloseTo(1 / 3, 15);
    expect([b.betweenness_daglig, b.betweenness_maanedlig]).toEqual(['0', '0']);
    expect(b.brobygger_ukentlig).toBe(String(metrics.networks.weekly.brokers.includes('b')));
    expect(b.funksjoner).toBe('skaffe|drift');
    const d = csv.rows.find((r) => r.Id === 'd')!;
    expect([d.grad_maanedlig, d.klynge_daglig, d.klynge_ukentlig, d.klynge_maanedlig, d.respondent]).toEqual(['0', '0', '0', '0', 'false']);
    expect(csv.rows.find((r) => r.Id === 'c')!.Label).toBe('Drift, "vedlikehold"');
    expect(file('noder.csv')).toContain('c,"Drift, ""vedlikehold""",drift,');
  });

  it('keep a label with a comma, quotes and æøå in GEXF, GraphML and VNA', () => {
    expect(readGexf(file('nettverk.gexf')).nodes.map((n) => n.label)).toEqual(['Øk. virkemidler', 'Skaffe bolig', 'Drift, "vedlikehold"', 'Øk. virkemidler']);
    expect(readGraphml(file('nettverk.graphml')).nodes.map((n) => n.label)).toEqual(['Øk. virkemidler', 'Skaffe bolig', 'Drift, "vedlikehold"', 'Øk. virkemidler']);
    // NetDraw splits on spaces and knows no escape for a quote: the label keeps its words, the quote becomes an apostrophe.
    expect(readVna(file('daglig.vna')).nodes.map((n) => n.funksjon_etikett)).toEqual(['Øk. virkemidler', 'Skaffe bolig', "Drift, 'vedlikehold'", 'Øk. virkemidler']);
  });

  it("place persons as the figure does, y upwards, to a hundredth", () => {
    const nodes = readGexf(file('nettverk.gexf')).nodes;
    expect(nodes.map((n) => n.position)).toEqual([
      { x: 10, y: -20, size: 9, colour: '#332288' },
      { x: 30, y: -40, size: 9, colour: '#117733' },
      { x: 50, y: 0, size: 9, colour: '#882255' },
      { x: 70, y: -90, size: 9, colour: '#332288' },
    ]);
  });

  it("put the study's kommuner side by side with prefixed ids", () => {
    const other = kommuneNetwork(config, { ...kommune, slug: 'annen', name: 'Annen' }, metrics, positions, '2015-01-01');
    const study = studyNetwork('Test', '2015-01-01', [model, other]);
    expect(study.nodes.map((n) => n.id)).toEqual(['testby:a', 'testby:b', 'testby:c', 'testby:d', 'annen:a', 'annen:b', 'annen:c', 'annen:d']);
    expect(study.nodes.map((n) => n.position!.x)).toEqual([0, 20, 40, 60, 140, 160, 180, 200]);
    expect(study.nodes[4]!.values).toMatchObject({ kommune: 'annen', kommune_navn: 'Annen' });
    expect(study.edges.map((e) => `${e.source} ${e.target}`)).toContain('annen:b annen:c');
  });
});

describe('the privacy guard on network files', () => {
  it("finds a person's name in Pajek's &#dddd; spelling, in GEXF's entities and in CSV", () => {
    const leaks = new Map<string, string>([
      ['nettverk/daglig.net', '*Vertices 1\r\n1 "Bj&#248;rn &#197;s"\r\n*Edges\r\n'],
      ['nettverk/nettverk.gexf', '<node id="a" label="Bj&#xf8;rn &#xc5;s"/>'],
      ['nettverk/noder.csv', 'Id,Label\na,Bjørn Ås\n'],
    ]);
    for (const [path, text] of leaks) {
      expect(() => assertNoNames(kommune, [kommune], new Map([[path, text]])), path).toThrow(/name of this person would appear|name would appear/);
    }
    expect(() => assertNoNames(kommune, [kommune], files)).not.toThrow();
  });
});
