// The reading stage: metrics and drawn clusters → what each network's shape is (pure). Its
// sentences are made in the render stage (src/render/reading/).

export { readStudyNetworks, type KommuneReadingFacts } from './read-kommune.ts';
export { readNetwork, CLUSTER_MIN, INWARD_EI, type NetworkReadingInput } from './read-network.ts';
export { RULES } from './shapes.ts';
export { standings, MIN_KOMMUNER_TO_COMPARE, type LevelStanding } from './compare.ts';
export type { KommuneReading, LevelReading, Shape, ReadingContext } from './types.ts';
