// Figur 18 and 22: one kommune's answers to one rating question, in absolute numbers.

import type { TopLevelSpec } from 'vega-lite';
import type { Figure, QuestionDef, RatingMetrics } from '../../types.ts';
import { INK } from '../style.ts';
import { formatNumber } from './number-format.ts';
import {
  RATING_KEYS,
  type ChartLanguage,
  chartWords,
  checkedQuestionId,
  ratingColour,
  ratingCount,
  ratingLabel,
  ratingLegendLabel,
  ratingStroke,
  quoted,
  scaleEnds,
} from './rating-scale.ts';
import { CHART_CONFIG, CHART_WIDTH, LABEL_FONT_SIZE, renderVegaLite } from './render-vega-lite.ts';

const PLOT_HEIGHT = 180;

/** Vega expression giving the end labels of the scale a second line under "1" and "6". */
function axisLabelExpr(question: QuestionDef): string {
  const low = question.low ? `datum.value === '1' ? ['1', ${JSON.stringify(question.low)}] : ` : '';
  const high = question.high ? `datum.value === '6' ? ['6', ${JSON.stringify(question.high)}] : ` : '';
  return `${low}${high}datum.value`;
}

function spec(question: QuestionDef, metrics: RatingMetrics, language: ChartLanguage): TopLevelSpec {
  const values = RATING_KEYS.map((key) => ({
    category: ratingLabel(key, language),
    count: ratingCount(metrics, key),
    colour: ratingColour(key),
    stroke: ratingStroke(key),
  }));
  const max = Math.max(1, ...values.map((v) => v.count));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: CHART_CONFIG,
    width: CHART_WIDTH,
    height: PLOT_HEIGHT,
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    encoding: {
      x: {
        field: 'category',
        type: 'ordinal',
        sort: values.map((v) => v.category),
        scale: { paddingInner: 0.25, paddingOuter: 0.1 },
        axis: {
          title: `${chartWords(language).answerAxis} (N = ${metrics.answered})`,
          labelAngle: 0,
          labelExpr: axisLabelExpr(question),
          ticks: false,
          labelPadding: 6,
          titlePadding: 8,
        },
      },
      // Counts are printed on the bars, so the axis itself would only repeat them.
      y: { field: 'count', type: 'quantitative', scale: { domain: [0, max] }, axis: null },
    },
    layer: [
      {
        // «Vet ikke» is white with a dark outline (off the scale); the scale's bars have no outline.
        mark: { type: 'bar', strokeWidth: 1 },
        encoding: { color: { field: 'colour', type: 'nominal', scale: null }, stroke: { field: 'stroke', type: 'nominal', scale: null } },
      },
      {
        mark: { type: 'text', baseline: 'bottom', dy: -3, fontSize: LABEL_FONT_SIZE, fontWeight: 600, color: INK },
        encoding: { text: { field: 'count', type: 'quantitative', format: 'd' } },
      },
      // The baseline the bars stand on, so a zero reads as a bar of no height.
      { mark: { type: 'rule', color: INK }, encoding: { y: { datum: 0 } } },
    ],
  };
}

function altText(question: QuestionDef, name: string, metrics: RatingMetrics, language: ChartLanguage): string {
  const words = chartWords(language);
  const counts = RATING_KEYS.map((k) => `${ratingLabel(k, language).toLowerCase()}: ${ratingCount(metrics, k)}`).join(', ');
  const mean = metrics.mean === null ? words.noValid : `${words.mean} ${formatNumber(metrics.mean, 1)}`;
  const ends = scaleEnds(question, language);
  if (language === 'nn') {
    return (
      `Stolpediagram over talet på svar i ${name} på ${quoted(question)} på ein skala ${ends}. ` +
      `${metrics.answered} svarte (N = ${metrics.answered}): ${counts}. Av dei ${metrics.valid} gyldige svara: ${mean}.`
    );
  }
  return (
    `Stolpediagram over antall svar i ${name} på ${quoted(question)} på en skala ${ends}. ` +
    `${metrics.answered} svarte (N = ${metrics.answered}): ${counts}. Blant de ${metrics.valid} gyldige svarene: ${mean}.`
  );
}

/** Figur 18/22: one kommune's counts for 1..6 and "vet ikke", with N; `language` 'nn' words the chart in nynorsk. */
export async function ratingCounts(
  question: QuestionDef,
  slug: string,
  name: string,
  metrics: RatingMetrics,
  language: ChartLanguage = 'nb',
): Promise<Figure> {
  const qid = checkedQuestionId(question);
  const words = chartWords(language);
  return {
    id: `rating-${qid}-${slug}`,
    title: `${name}: ${quoted(question)} (N = ${metrics.answered})`,
    svg: await renderVegaLite(spec(question, metrics, language)),
    alt: altText(question, name, metrics, language),
    table: {
      headers: [words.answer, words.count],
      rows: [
        ...RATING_KEYS.map((k) => [ratingLegendLabel(k, question, language), String(ratingCount(metrics, k))]),
        [words.total, String(metrics.answered)],
      ],
    },
  };
}
