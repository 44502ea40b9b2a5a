import { describe, expect, it } from 'vitest';
import {
  diffBindings,
  diffBrokers,
  diffFigures,
  diffMetrics,
  diffPages,
  flattenJson,
  staleClaims,
} from '../../src/pipeline/changes.ts';
import { formatChangesMarkdown, formatChangesShort, withChangeSummary, type CurrentBuild } from '../../src/pipeline/change-summary.ts';

/** A cut-down metrics.json of two levels, worked by hand. */
function metrics(overrides: { edges?: number; isolates?: string[]; brokers?: string[]; mean?: number | null; communities?: string[][] } = {}) {
  return {
    kommune: 'testby',
    persons: 4,
    questions: { samordning: { answered: 3, mean: overrides.mean === undefined ? 2.5 : overrides.mean, counts: { '1': 0, '2': 1 } } },
    networks: {
      daily: { edges: 1, isolates: ['p3', 'p4'], brokers: [], communities: [['p1', 'p2']] },
      weekly: {
        edges: overrides.edges ?? 41,
        isolates: overrides.isolates ?? ['p4'],
        brokers: overrides.brokers ?? ['p2'],
        communities: overrides.communities ?? [['p1', 'p2'], ['p3']],
        degree: { p1: 1, p2: 2 },
      },
    },
  };
}

describe('flattenJson', () => {
  it('gives dotted paths to leaves and keeps lists of ids whole', () => {
    const flat = flattenJson({ a: { b: 1, c: ['x', 'y'] }, d: [{ e: true }], f: {} });
    expect([...flat]).toEqual([
      ['a.b', 1],
      ['a.c', ['x', 'y']],
      ['d.0.e', true],
      ['f', {}],
    ]);
  });
});

describe('diffMetrics', () => {
  it('lists every changed value as path: old → new', () => {
    const diff = diffMetrics(metrics(), metrics({ edges: 42, mean: null }));
    expect(diff.values).toEqual([
      { path: 'networks.weekly.edges', before: 41, after: 42 },
      { path: 'questions.samordning.mean', before: 2.5, after: null },
    ]);
    expect(diff.lists).toEqual([]);
  });

  it('reports lists of ids as added/removed members, not index noise', () => {
    // p0 sorts before p4: by index every item would differ.
    const diff = diffMetrics(metrics(), metrics({ isolates: ['p0', 'p4'], communities: [['p1'], ['p2', 'p3']] }));
    expect(diff.lists).toEqual([
      { path: 'networks.weekly.communities', added: ['[p1]', '[p2, p3]'], removed: ['[p1, p2]', '[p3]'] },
      { path: 'networks.weekly.isolates', added: ['p0'], removed: [] },
    ]);
    expect(diff.values).toEqual([]);
  });

  it('reports a reordered ranking (same members) as a value change', () => {
    const diff = diffMetrics(metrics({ brokers: ['p1', 'p2'] }), metrics({ brokers: ['p2', 'p1'] }));
    expect(diff.values).toEqual([{ path: 'networks.weekly.brokers', before: ['p1', 'p2'], after: ['p2', 'p1'] }]);
  });

  it('reports keys that appeared or disappeared', () => {
    const before = metrics();
    const after = metrics();
    delete (after.networks.weekly.degree as Record<string, number>).p1;
    (after.networks.weekly.degree as Record<string, number>).p9 = 0;
    expect(diffMetrics(before, after).values).toEqual([
      { path: 'networks.weekly.degree.p1', before: 1 },
      { path: 'networks.weekly.degree.p9', after: 0 },
    ]);
  });

  it('finds nothing between equal objects', () => {
    expect(diffMetrics(metrics(), metrics())).toEqual({ values: [], lists: [] });
  });
});

describe('diffBrokers', () => {
  it('names who gained or lost bridge-builder status per level by id and function label', () => {
    const persons = [
      { id: 'p1', label: 'Tildeling' },
      { id: 'p2', label: 'Økonomi' },
    ];
    const before = metrics({ brokers: ['p2'] });
    const after = metrics({ brokers: ['p1'] });
    expect(diffBrokers(before, after, persons)).toEqual([
      { level: 'weekly', id: 'p1', label: 'Tildeling', change: 'gained' },
      { level: 'weekly', id: 'p2', label: 'Økonomi', change: 'lost' },
    ]);
  });

  it('treats a missing previous metrics as no bridge builders', () => {
    expect(diffBrokers(undefined, metrics({ brokers: ['p2'] }), [])).toEqual([
      { level: 'weekly', id: 'p2', label: undefined, change: 'gained' },
    ]);
  });
});

describe('diffFigures, diffPages, diffBindings, staleClaims', () => {
  it('compares figure SVGs byte for byte', () => {
    const before = new Map<string, string | Uint8Array>([['a', '<svg/>'], ['b', '<svg>1</svg>'], ['gone', '<svg/>']]);
    const after = new Map<string, string | Uint8Array>([['a', Buffer.from('<svg/>')], ['b', '<svg>2</svg>'], ['new', '<svg/>']]);
    expect(diffFigures(before, after)).toEqual({ changed: ['b'], added: ['new'], removed: ['gone'] });
  });

  it('lists ids whose page changed, in page order', () => {
    expect(diffPages({ kap1: 3, kap2: 5, fig1: 7, old: 9 }, { kap1: 3, kap2: 6, fig1: 8, nytt: 2 })).toEqual([
      { id: 'nytt', before: undefined, after: 2 },
      { id: 'kap2', before: 5, after: 6 },
      { id: 'fig1', before: 7, after: 8 },
      { id: 'old', before: 9, after: undefined },
    ]);
  });

  it('matches bound sentences by file and line and reports changed text', () => {
    const before = [
      { file: 'k.md', line: 3, text: 'Nettverket har 41 bånd.' },
      { file: 'k.md', line: 3, text: 'Tettheten er 0,10.' },
      { file: 'k.md', line: 8, text: 'Uendret.' },
    ];
    const after = [
      { file: 'k.md', line: 3, text: 'Nettverket har 42 bånd.' },
      { file: 'k.md', line: 3, text: 'Tettheten er 0,10.' },
      { file: 'k.md', line: 8, text: 'Uendret.' },
      { file: 'k.md', line: 9, text: 'Ny setning med 3.' },
    ];
    expect(diffBindings(before, after)).toEqual([
      { file: 'k.md', line: 3, before: 'Nettverket har 41 bånd.', after: 'Nettverket har 42 bånd.' },
      { file: 'k.md', line: 9, before: undefined, after: 'Ny setning med 3.' },
    ]);
  });

  it('lists claims that no longer hold and marks those that held before', () => {
    const claim = { file: 'k.md', line: 4, text: 'det tetteste nettverket' };
    expect(staleClaims([{ ...claim, holds: true }], [{ ...claim, holds: false }, { file: 'k.md', line: 5, text: 'x', holds: true }])).toEqual([
      { ...claim, holds: false, wasTrue: true },
    ]);
  });
});

describe('change summary', () => {
  const current = (overrides: Partial<CurrentBuild> = {}): CurrentBuild => ({
    slug: 'testby',
    name: 'Testby',
    files: new Map<string, string | Uint8Array>([
      ['metrics.json', JSON.stringify(metrics({ edges: 42, brokers: ['p1'] }))],
      ['figures/network-testby-weekly.svg', '<svg>new</svg>'],
    ]),
    manifest: { kommune: 'testby', formats: ['html', 'pdf'], pageCount: 20, pages: { kap1: 3, kap2: 6 } },
    persons: [
      { id: 'p1', label: 'Tildeling' },
      { id: 'p2', label: 'Økonomi' },
    ],
    ...overrides,
  });
  const previous = {
    exists: true,
    files: new Map<string, Uint8Array>([
      ['metrics.json', Buffer.from(JSON.stringify(metrics()))],
      ['build.json', Buffer.from(JSON.stringify({ kommune: 'testby', formats: ['html', 'pdf'], pages: { kap1: 3, kap2: 5 } }))],
      ['figures/network-testby-weekly.svg', Buffer.from('<svg>old</svg>')],
    ]),
  };

  it('says the first build has nothing to compare with', () => {
    const { files, summary } = withChangeSummary({ exists: false, files: new Map() }, current());
    expect(summary.first).toBe(true);
    expect(files.get('changes.md')).toMatch(/first build.*nothing to compare with/);
    expect(JSON.parse(String(files.get('build.json')))).toEqual(current().manifest);
    expect(formatChangesShort(summary, 'out/testby/changes.md')).toEqual(['changes: first build here, nothing to compare with']);
  });

  it('writes every kind of change into changes.md, rounded as the note prints it and grouped', () => {
    const { files, summary } = withChangeSummary(previous, current());
    const text = String(files.get('changes.md'));
    expect(text).toContain('- Weekly network (daily or weekly contact): ties 41 → 42');
    expect(text).toContain('- weekly: p1 (Tildeling) became a bridge builder');
    expect(text).toContain('- weekly: p2 (Økonomi) is no longer a bridge builder');
    expect(text).toContain('- changed: `network-testby-weekly`');
    expect(text).toContain('- `kap2`: p. 5 → p. 6');
    expect(text).not.toContain('Numbers in the text'); // no bindings from the render stage
    expect(summary.pages).toHaveLength(1);
    const short = formatChangesShort(summary, 'out/testby/changes.md', 2);
    expect(short[0]).toBe('changes: 1 figure, 2 bridge-builder changes, 1 measure, 1 page moved (out/testby/changes.md)');
    expect(short.at(-1)).toMatch(/… \d+ more in out\/testby\/changes.md/);
    // The exact values stay in build.json.
    expect(JSON.parse(String(files.get('build.json'))).changed).toContainEqual({ path: 'networks.weekly.edges', before: 41, after: 42 });
  });

  it('rounds values as the note prints them and only counts what the rounding hides', () => {
    const before = metrics({ mean: 2.7142857142857144 });
    const after = metrics({ mean: 2.761904761904762 });
    (before.networks.weekly as Record<string, unknown>).density = 0.04187192118226601;
    (after.networks.weekly as Record<string, unknown>).density = 0.04433497536945813;
    (before.networks.weekly as Record<string, unknown>).averagePathLength = 2.374384236453202;
    (after.networks.weekly as Record<string, unknown>).averagePathLength = 2.37192118226601;
    after.networks.weekly.degree.p1 = 5;
    const prev = { exists: true, files: new Map([['metrics.json', Buffer.from(JSON.stringify(before))]]) };
    const { files } = withChangeSummary(prev, current({ files: new Map([['metrics.json', JSON.stringify(after)]]) }));
    const text = String(files.get('changes.md'));
    expect(text).toContain('- Question samordning: mean 2,7 → 2,8');
    expect(text).toContain('- Weekly network (daily or weekly contact): density 4,2\u00a0% → 4,4\u00a0%');
    expect(text).toContain('- Per person (ties, betweenness, brokerage roles): p1 (Tildeling)');
    expect(text).toContain('1 value below the note\'s precision');
    expect(text).not.toMatch(/\d{5,}/); // no raw 16-digit values
  });

  it('tells the note whose comparison chapter changed because another kommune\'s data changed', () => {
    const other = (edges: number, density: number) => ({ ...metrics({ edges }), networks: { ...metrics({ edges }).networks, weekly: { ...metrics({ edges }).networks.weekly, density } } });
    const study = (o: unknown) => [
      { slug: 'testby', name: 'Testby', metrics: metrics() },
      { slug: 'orland', name: 'Ørland', metrics: o },
    ];
    const same = new Map([['metrics.json', JSON.stringify(metrics())]]);
    const first = withChangeSummary({ exists: false, files: new Map() }, current({ files: same, study: study(other(10, 0.12)) }));
    const prev = { exists: true, files: new Map([...first.files].map(([k, v]) => [k, Buffer.from(String(v))])) };
    const { files, summary } = withChangeSummary(prev, current({ files: same, study: study(other(11, 0.13)) }));
    const text = String(files.get('changes.md'));
    expect(summary.comparison).toEqual([{ slug: 'orland', name: 'Ørland', changes: ['weekly network: ties 10 → 11; density 12,0\u00a0% → 13,0\u00a0%'] }]);
    expect(text).toContain("## The comparison changed: other kommuner's numbers\n\n- Ørland: weekly network: ties 10 → 11; density 12,0\u00a0% → 13,0\u00a0%");
    expect(text).not.toContain('## Measures'); // the note's own kommune did not change
  });

  it('marks the changed words of a bound sentence in place', () => {
    const withBindings = { ...previous, files: new Map(previous.files) };
    withBindings.files.set('build.json', Buffer.from(JSON.stringify({ bindings: [{ file: 'k.md', line: 2, text: 'Sju personer har ingen kontakt, og nettverket er delt i 14 biter; E-I er −0,53.' }] })));
    const manifest = { ...current().manifest, bindings: [{ file: 'k.md', line: 2, text: 'Seks personer har ingen kontakt, og nettverket er delt i 13 biter; E-I er −0,44.' }] };
    const text = String(withChangeSummary(withBindings, current({ manifest })).files.get('changes.md'));
    expect(text).toContain('## Numbers in the text');
    expect(text).toContain('- k.md:2: «[Sju → Seks] personer har ingen kontakt, og nettverket er delt i [14 → 13] biter; E-I er [−0,53 → −0,44].»');
  });

  it('puts bridge builders and headline numbers before per-person values in the short version', () => {
    const after = metrics({ edges: 42, brokers: ['p1'] });
    after.networks.weekly.degree.p1 = 5;
    const files = new Map<string, string | Uint8Array>([['metrics.json', JSON.stringify(after)]]);
    const { summary } = withChangeSummary(previous, current({ files }));
    expect(formatChangesShort(summary, 'c.md').slice(1, 5)).toEqual([
      '  weekly: p1 (Tildeling) became a bridge builder',
      '  weekly: p2 (Økonomi) is no longer a bridge builder',
      '  Weekly network (daily or weekly contact): ties 41 → 42',
      '  Per person (ties, betweenness, brokerage roles): p1 (Tildeling)',
    ]);
  });

  it('diffs bound sentences once the render stage exposes them', () => {
    const withBindings = { ...previous, files: new Map(previous.files) };
    withBindings.files.set('build.json', Buffer.from(JSON.stringify({ bindings: [{ file: 'k.md', line: 2, text: '41 bånd' }] })));
    const manifest = { ...current().manifest, bindings: [{ file: 'k.md', line: 2, text: '42 bånd' }] };
    const text = String(withChangeSummary(withBindings, current({ manifest })).files.get('changes.md'));
    expect(text).toContain('## Numbers in the text');
    expect(text).toContain('- k.md:2: «[41 → 42] bånd»');
  });

  it('does not compare pages when one build printed no PDF', () => {
    const manifest = { kommune: 'testby', formats: ['html'] };
    expect(withChangeSummary(previous, current({ manifest })).summary.pages).toBeNull();
  });

  it('says so when nothing changed', () => {
    const same = current({ files: new Map([['metrics.json', JSON.stringify(metrics())]]) });
    const prev = { exists: true, files: new Map([['metrics.json', Buffer.from(JSON.stringify(metrics()))]]) };
    expect(formatChangesMarkdown(withChangeSummary(prev, same).summary, same)).toMatch(/Nothing changed since the previous build/);
  });
});
