// Charts of the rating questions: Vega-Lite specs rendered to static SVG in Node.

export { ratingDistributionAll, kommuneAxisLabel } from './rating-distribution.ts';
export { ratingCounts } from './rating-counts.ts';
export { ratingMeans, sortByMean } from './rating-means.ts';
export type { ChartLanguage, RatingRow } from './rating-scale.ts';
export { formatNumber, formatPercent, NB_NUMBER_LOCALE } from './number-format.ts';
export { renderVegaLite, CHART_CONFIG, CHART_WIDTH } from './render-vega-lite.ts';
