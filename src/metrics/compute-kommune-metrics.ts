// Study + one kommune's checked data → every figure of its note (contract §4 metrics.json).

import { LEVELS, type KommuneData, type KommuneMetrics, type Level, type NetworkMetrics, type StudyConfig } from '../types.ts';
import { networkMetrics, type NetworkOptions } from './network-metrics.ts';
import { networkTies } from './network-ties.ts';
import { politicalMetrics } from './political-metrics.ts';
import { surveyMetrics } from './survey-metrics.ts';

/**
 * 1. survey figures (persons, respondents, functions, questions);
 * 2. the daily, weekly and monthly networks on all persons, groups by primary function;
 * 3. political contact.
 */
export function computeKommuneMetrics(
  config: StudyConfig,
  kommune: KommuneData,
  options: NetworkOptions = {},
): KommuneMetrics {
  const survey = surveyMetrics(config, kommune);
  const nodes = kommune.persons.map((p) => p.id);
  const primaryFunction: Record<string, string> = {};
  // A person without any function is left out here, so the network measures report it as a bug.
  for (const person of kommune.persons) {
    const primary = person.functions[0];
    if (primary !== undefined) primaryFunction[person.id] = primary;
  }
  const networks = {} as Record<Level, NetworkMetrics>;
  for (const level of LEVELS) {
    networks[level] = networkMetrics(nodes, networkTies(kommune.contacts, level), primaryFunction, options);
  }
  return {
    kommune: kommune.slug,
    ...survey,
    networks,
    political: politicalMetrics(kommune),
  };
}
