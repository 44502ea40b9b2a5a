// One size of the scaling benchmark, run as its own process by bench/run.ts so its peak memory is
// its own: load + validate, metrics, the three network layouts, then all the
// note's figures (network layouts included, so computed a second time) for the
// first kommune of a data set. Prints a JSON line after every stage (the last line is complete; a
// run stopped by the bench's timeout still tells what it finished); a stage whose module is
// missing is reported as not available, with the reason, instead of failing.
//   tsx bench/scale-child.ts <data dir>

import { optionalImport, type Availability } from './optional-import.ts';

interface Stage {
  ms?: number;
  cpuMs?: number;
  detail?: string;
  unavailable?: string;
}

const root = process.argv[2];
if (!root) throw new Error('usage: tsx bench/scale-child.ts <data dir>');
const stages: Record<string, Stage> = {};

async function stage<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  stages[name] = { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
  report();
  return result;
}

let networks: Record<string, { nodes: number; edges: number; communities: number }> = {};
let persons = 0;

function report(): void {
  process.stdout.write(
    `${JSON.stringify({
      persons,
      networks,
      stages,
      // maxRSS is in KiB on Linux.
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
      baseRssMiB: baseRss / 2 ** 20,
    })}\n`,
  );
}

function unavailable(name: string, why: Availability<unknown>): void {
  stages[name] = { unavailable: why.ok ? 'unknown' : why.reason };
  report();
}

const baseRss = process.memoryUsage().rss;
const { readStudyConfig } = await import('../src/validate/study-config.ts');
const { readKommune } = await import('../src/validate/kommune.ts');
const { computeKommuneMetrics } = await import('../src/metrics/index.ts');

const { config, kommune } = await stage('load+validate', () => {
  const config = readStudyConfig(root);
  return { config, kommune: readKommune(root, config, config.kommuner[0]!).kommune };
});
persons = kommune.persons.length;
const metrics = await stage('metrics', () => computeKommuneMetrics(config, kommune));
networks = Object.fromEntries(
  Object.entries(metrics.networks).map(([level, n]) => [level, { nodes: n.nodes, edges: n.edges, communities: n.communities.length }]),
);

// The three network layouts on their own first: the part of the figures that grows with persons
// (and the one that finishes, or not, within the bench's timeout at 3,000 persons).
const networksModule = await optionalImport<typeof import('../src/figures/networks/index.ts')>('../src/figures/networks/index.ts', import.meta.url);
if (networksModule.ok) {
  const respondents = new Set(kommune.responses.map((r) => r.id));
  const persons = kommune.persons.map((p) => ({ id: p.id, functionCode: p.functions[0]!, respondent: respondents.has(p.id) }));
  await stage('layout', () => {
    for (const level of ['daily', 'weekly', 'monthly'] as const) {
      const network = metrics.networks[level];
      networksModule.value.layoutNetwork({
        id: `bench-${level}`,
        title: level,
        persons,
        functions: config.functions,
        ties: network.ties,
        communities: network.communities,
        brokers: network.brokers,
      });
    }
  });
} else {
  unavailable('layout', networksModule);
}

const figuresModule = await optionalImport<typeof import('../src/pipeline/note-figures.ts')>('../src/pipeline/note-figures.ts', import.meta.url);
if (figuresModule.ok) {
  const figures = await stage('figures', () => figuresModule.value.noteFigures(config, kommune, [{ kommune, metrics }]));
  stages.figures!.detail = `${figures.length} figures`;
} else {
  unavailable('figures', figuresModule);
}

report();
