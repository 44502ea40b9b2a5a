// Figur 7: every kommune's answers to one rating question as 100 % stacked horizontal bars.

import type { TopLevelSpec } from 'vega-lite';
import type { Figure, QuestionDef } from '../../types.ts';
import { textWidth } from '../text-measure.ts';
import { formatPercent } from './number-format.ts';
import {
  RATING_KEYS,
  type ChartLanguage,
  type RatingKey,
  type RatingRow,
  chartWords,
  checkedQuestionId,
  ratingColour,
  ratingCount,
  ratingLabelInk,
  ratingStroke,
  ratingLegendLabel,
  quoted,
  scaleEnds,
} from './rating-scale.ts';
import { CHART_CONFIG, CHART_WIDTH, LABEL_FONT_SIZE, renderVegaLite } from './render-vega-lite.ts';

const BAR_STEP = 30;
const Y_LABEL_PADDING = 6;

interface Segment {
  kommune: string;
  category: string;
  count: number;
  x0: number;
  x1: number;
  mid: number;
  label: string;
  ink: string;
  /** White lines between the scale's segments; «Vet ikke» (white) is outlined in dark grey. */
  stroke: string;
}

/** "Oppdal (N = 23)": the axis label of a kommune, with the number who answered the question. */
export function kommuneAxisLabel(row: RatingRow): string {
  return `${row.name} (N = ${row.metrics.answered})`;
}

function segmentsOf(row: RatingRow, question: QuestionDef, plotWidth: number, language: ChartLanguage): Segment[] {
  const n = row.metrics.answered;
  const segments: Segment[] = [];
  let start = 0;
  for (const key of RATING_KEYS) {
    const count = ratingCount(row.metrics, key);
    if (count === 0 || n === 0) continue;
    const share = count / n;
    const label = formatPercent(share);
    // Print the share inside the segment only where it fits with a little air on both sides.
    const fits = textWidth(label, { size: LABEL_FONT_SIZE - 1 }) + 6 <= share * plotWidth;
    segments.push({
      kommune: kommuneAxisLabel(row),
      category: ratingLegendLabel(key, question, language),
      count,
      x0: start,
      x1: start + share,
      mid: start + share / 2,
      label: fits ? label : '',
      ink: ratingLabelInk(key),
      stroke: ratingStroke(key) ?? '#ffffff',
    });
    start += share;
  }
  return segments;
}

/** Vega expression true for the legend entry of «Vet ikke» (the legend's entries are the categories). */
function dontKnowTest(question: QuestionDef, language: ChartLanguage): string {
  return `datum.value === ${JSON.stringify(ratingLegendLabel('vet_ikke', question, language))}`;
}

function spec(question: QuestionDef, rows: RatingRow[], language: ChartLanguage): TopLevelSpec {
  const yLabels = rows.map(kommuneAxisLabel);
  const yLabelWidth = Math.max(...yLabels.map((l) => textWidth(l, { size: LABEL_FONT_SIZE })));
  // What vega's fit-x leaves for the plot: less the y labels and half of "100 %" overhanging on the right.
  const plotWidth = CHART_WIDTH - yLabelWidth - Y_LABEL_PADDING - textWidth('100 %', { size: LABEL_FONT_SIZE }) / 2 - 4;
  const values = rows.flatMap((row) => segmentsOf(row, question, plotWidth, language));
  const keys: readonly RatingKey[] = RATING_KEYS;
  const y = { field: 'kommune', type: 'nominal', sort: yLabels, title: null } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: CHART_CONFIG,
    width: CHART_WIDTH,
    height: { step: BAR_STEP },
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    encoding: { y },
    layer: [
      {
        mark: { type: 'bar', strokeWidth: 1, height: BAR_STEP - 8 },
        encoding: {
          x: {
            field: 'x0',
            type: 'quantitative',
            scale: { domain: [0, 1], nice: false },
            axis: { format: '.0%', title: chartWords(language).shareAxis, tickCount: 5, grid: true, labelFlush: false },
          },
          x2: { field: 'x1' },
          y: { ...y, axis: { ticks: false, domain: false, labelPadding: Y_LABEL_PADDING } },
          stroke: { field: 'stroke', type: 'nominal', scale: null },
          color: {
            field: 'category',
            type: 'nominal',
            scale: { domain: keys.map((k) => ratingLegendLabel(k, question, language)), range: keys.map(ratingColour) },
            legend: {
              title: null,
              orient: 'top',
              direction: 'horizontal',
              symbolType: 'square',
              symbolSize: 120,
              labelLimit: 0,
              columnPadding: 12,
              offset: 6,
              // As on the bars: white edges, and the outline that marks «Vet ikke» as off the scale.
              encoding: { symbols: { stroke: { condition: { test: dontKnowTest(question, language), value: ratingStroke('vet_ikke') }, value: '#ffffff' }, strokeWidth: { value: 1 } } },
            },
          },
        },
      },
      {
        mark: { type: 'text', fontSize: LABEL_FONT_SIZE - 1 },
        encoding: {
          x: { field: 'mid', type: 'quantitative' },
          text: { field: 'label' },
          color: { field: 'ink', type: 'nominal', scale: null },
        },
      },
    ],
  };
}

function altText(question: QuestionDef, rows: RatingRow[], language: ChartLanguage): string {
  const words = chartWords(language);
  const parts = rows.map((row) => {
    const m = row.metrics;
    if (m.answered === 0) return `${row.name}: ${words.noAnswers}`;
    const low = m.counts['1'] + m.counts['2'] + m.counts['3'];
    const high = m.counts['4'] + m.counts['5'] + m.counts['6'];
    return (
      `${row.name} (N = ${m.answered}): ${formatPercent(low / m.answered)} svarte 1–3, ` +
      `${formatPercent(high / m.answered)} svarte 4–6 og ${formatPercent(m.dontKnow / m.answered)} ${words.dontKnow.toLowerCase()}`
    );
  });
  const ends = scaleEnds(question, language);
  if (language === 'nn') {
    return `Stolpediagram over svara på ${quoted(question)} på ein skala ${ends}, i prosent av dei som svarte i kvar kommune. ${parts.join('. ')}.`;
  }
  return (
    `Stolpediagram over svarene på ${quoted(question)} på en skala ${ends}, ` +
    `i prosent av dem som svarte i hver kommune. ${parts.join('. ')}.`
  );
}

function table(question: QuestionDef, rows: RatingRow[], language: ChartLanguage): Figure['table'] {
  const headers = [chartWords(language).kommune, 'N', ...RATING_KEYS.map((k) => ratingLegendLabel(k, question, language))];
  return {
    headers,
    rows: rows.map((row) => [
      row.name,
      String(row.metrics.answered),
      ...RATING_KEYS.map((k) => {
        const count = ratingCount(row.metrics, k);
        const share = row.metrics.answered ? ` (${formatPercent(count / row.metrics.answered)})` : '';
        return `${count}${share}`;
      }),
    ]),
  };
}

/** Figur 7: the distribution of answers 1..6 and "vet ikke" per kommune, in the given order; `language` 'nn' words it in nynorsk. */
export async function ratingDistributionAll(question: QuestionDef, rows: RatingRow[], language: ChartLanguage = 'nb'): Promise<Figure> {
  const qid = checkedQuestionId(question);
  return {
    id: `rating-${qid}-all`,
    title: `Vurdering av ${quoted(question)}, fordelt på kommune`,
    svg: await renderVegaLite(spec(question, rows, language)),
    alt: altText(question, rows, language),
    table: table(question, rows, language),
  };
}
