// The metrics stage: checked study data → KommuneMetrics (pure), and metrics.json text.

export { computeKommuneMetrics } from './compute-kommune-metrics.ts';
export { networkMetrics, type NetworkOptions } from './network-metrics.ts';
export { networkTies } from './network-ties.ts';
export { serializeMetrics } from './serialize-metrics.ts';
export { surveyMetrics, ratingMetrics, textMetrics, functionCounts, type SurveyMetrics } from './survey-metrics.ts';
export { politicalMetrics } from './political-metrics.ts';
export { brokers, DEFAULT_BROKER_OPTIONS, type BrokerOptions } from './brokers.ts';
export { DEFAULT_COMMUNITY_OPTIONS, type CommunityOptions } from './communities.ts';
export { compareIds, sortIds } from './ids.ts';
