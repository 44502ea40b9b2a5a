// Time of each network measure of src/metrics on one kommune of a data set, per level (medians).
//   tsx bench/profile-metrics.ts --data <dir> [--kommune <slug>] [--reps 3]
// For finding where the metrics stage spends its time; the bench (bench/run.ts) reports the totals.

import { parseArgs } from 'node:util';
import { betweenness } from '../src/metrics/betweenness.ts';
import { brokerage } from '../src/metrics/brokerage.ts';
import { communities } from '../src/metrics/communities.ts';
import { connectedComponents, largestComponent } from '../src/metrics/components.ts';
import { cutVertices } from '../src/metrics/cut-vertices.ts';
import { functionEI } from '../src/metrics/function-ei.ts';
import { eiIndex } from '../src/metrics/ei-index.ts';
import { buildGraph, normalizeTies } from '../src/metrics/graph.ts';
import { degree } from '../src/metrics/degree.ts';
import { isolates } from '../src/metrics/isolates.ts';
import { modularity } from '../src/metrics/modularity.ts';
import { networkTies } from '../src/metrics/network-ties.ts';
import { pathLengths } from '../src/metrics/path-lengths.ts';
import { computeKommuneMetrics } from '../src/metrics/index.ts';
import { LEVELS } from '../src/types.ts';
import { readKommune } from '../src/validate/kommune.ts';
import { readStudyConfig } from '../src/validate/study-config.ts';
import { median } from './stats.ts';

const { values } = parseArgs({
  options: { data: { type: 'string' }, kommune: { type: 'string' }, reps: { type: 'string', default: '3' } },
});
const root = values.data ?? 'data';
const config = readStudyConfig(root);
const kommune = readKommune(root, config, values.kommune ?? config.kommuner[0]!).kommune;
const reps = Number(values.reps);
const primary = Object.fromEntries(kommune.persons.map((p) => [p.id, p.functions[0]!]));
const nodes = kommune.persons.map((p) => p.id);

/** Median CPU time (user + system, ms) of `fn`: steadier than wall time on a shared machine. */
function time(fn: () => unknown): number {
  const samples: number[] = [];
  for (let r = 0; r < reps; r++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return median(samples);
}

const rows: string[] = [];
for (const level of LEVELS) {
  const ties = networkTies(kommune.contacts, level);
  const graph = buildGraph(nodes, ties);
  const largest = largestComponent(connectedComponents(graph));
  const partition = communities(graph);
  const measures: [string, () => unknown][] = [
    ['ties', () => networkTies(kommune.contacts, level)],
    ['graph', () => buildGraph(nodes, ties)],
    ['components', () => connectedComponents(graph)],
    ['pathLengths', () => pathLengths(graph, largest)],
    ['betweenness', () => betweenness(graph)],
    ['communities', () => communities(graph)],
    ['modularity', () => modularity(graph, partition)],
    ['cutVertices', () => cutVertices(graph)],
    ['degree+isolates', () => (degree(graph), isolates(graph))],
    ['eiIndex+functionEI', () => (eiIndex(graph, primary), functionEI(graph, primary))],
    ['brokerage', () => brokerage(graph, primary)],
    ['normalizeTies', () => normalizeTies(ties)],
  ];
  for (const [name, fn] of measures) rows.push(`| ${level} | ${graph.order} | ${graph.size} | ${name} | ${time(fn).toFixed(1)} |`);
}
const total = time(() => computeKommuneMetrics(config, kommune));
process.stdout.write(`| level | n | m | measure | CPU ms (median of ${reps}) |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n\ncomputeKommuneMetrics: ${total.toFixed(0)} ms CPU\n`);
