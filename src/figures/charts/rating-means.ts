// Tabell 2 as a chart: each kommune's mean on a rating question, "vet ikke" left out, sorted high to low.

import type { TopLevelSpec } from 'vega-lite';
import type { Figure, QuestionDef } from '../../types.ts';
import { INK, MUTED_INK, RATING_COLOURS } from '../style.ts';
import { formatNumber } from './number-format.ts';
import { type ChartLanguage, type RatingRow, chartWords, checkedQuestionId, quoted, scaleEnds } from './rating-scale.ts';
import { CHART_CONFIG, CHART_WIDTH, LABEL_FONT_SIZE, renderVegaLite } from './render-vega-lite.ts';

const ROW_STEP = 28;

/** Rows with a mean first, highest first; equal means keep the given order; no mean last. */
export function sortByMean(rows: RatingRow[]): RatingRow[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const ma = a.row.metrics.mean;
      const mb = b.row.metrics.mean;
      if (ma === null || mb === null) return (ma === null ? 1 : 0) - (mb === null ? 1 : 0) || a.index - b.index;
      return mb - ma || a.index - b.index;
    })
    .map(({ row }) => row);
}

function axisLabel(row: RatingRow): string {
  return `${row.name} (n = ${row.metrics.valid})`;
}

function scaleLabelExpr(question: QuestionDef): string {
  const low = question.low ? `datum.value === 1 ? ['1', ${JSON.stringify(question.low)}] : ` : '';
  const high = question.high ? `datum.value === 6 ? ['6', ${JSON.stringify(question.high)}] : ` : '';
  return `${low}${high}datum.label`;
}

function spec(question: QuestionDef, sorted: RatingRow[], language: ChartLanguage): TopLevelSpec {
  const words = chartWords(language);
  const values = sorted.map((row) => ({ kommune: axisLabel(row), mean: row.metrics.mean, label: row.metrics.mean === null ? words.noValid : null }));
  const withMean = { filter: 'isValid(datum.mean)' };
  const scale = { domain: [1, 6], nice: false, zero: false };
  const x = {
    field: 'mean',
    type: 'quantitative' as const,
    scale,
    axis: { title: words.meanAxis, values: [1, 2, 3, 4, 5, 6], format: 'd', labelExpr: scaleLabelExpr(question), grid: true, titlePadding: 8 },
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: CHART_CONFIG,
    width: CHART_WIDTH,
    height: { step: ROW_STEP },
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    encoding: {
      y: { field: 'kommune', type: 'nominal', sort: values.map((v) => v.kommune), title: null, axis: { ticks: false, domain: false, labelPadding: 6 } },
    },
    layer: [
      {
        transform: [withMean],
        mark: { type: 'rule', color: MUTED_INK, strokeWidth: 2 },
        encoding: { x: { ...x }, x2: { datum: 1 } },
      },
      {
        transform: [withMean],
        mark: { type: 'point', filled: true, size: 110, color: RATING_COLOURS['6'], opacity: 1 },
        encoding: { x: { ...x } },
      },
      {
        transform: [withMean],
        mark: { type: 'text', align: 'left', dx: 9, fontSize: LABEL_FONT_SIZE, fontWeight: 600, color: INK },
        // Formatted by vega with the note's locale: 2.7 → "2,7".
        encoding: { x: { ...x }, text: { field: 'mean', type: 'quantitative', format: '.1f' } },
      },
      {
        transform: [{ filter: '!isValid(datum.mean)' }],
        mark: { type: 'text', align: 'left', dx: 2, fontSize: LABEL_FONT_SIZE, fontStyle: 'italic', color: MUTED_INK },
        encoding: { x: { datum: 1, type: 'quantitative', scale }, text: { field: 'label' } },
      },
    ],
  };
}

function altText(question: QuestionDef, sorted: RatingRow[], language: ChartLanguage): string {
  const words = chartWords(language);
  const parts = sorted.map((row) =>
    row.metrics.mean === null ? `${row.name} ${words.noValid}` : `${row.name} ${formatNumber(row.metrics.mean, 1)}`,
  );
  const ends = scaleEnds(question, language);
  if (language === 'nn') {
    return (
      `Gjennomsnittleg vurdering av ${quoted(question)} på ein skala ${ends}, ` +
      `der veit ikkje er halde utanfor, sortert frå høgast til lågast: ${parts.join(', ')}.`
    );
  }
  return (
    `Gjennomsnittlig vurdering av ${quoted(question)} på en skala ${ends}, ` +
    `der vet ikke er holdt utenfor, sortert fra høyest til lavest: ${parts.join(', ')}.`
  );
}

/** Tabell 2 as a dot chart: means with one decimal and decimal comma, sorted descending; `language` 'nn' words it in nynorsk. */
export async function ratingMeans(question: QuestionDef, rows: RatingRow[], language: ChartLanguage = 'nb'): Promise<Figure> {
  const qid = checkedQuestionId(question);
  const sorted = sortByMean(rows);
  const words = chartWords(language);
  return {
    id: `means-${qid}`,
    title: `${language === 'nn' ? 'Gjennomsnittleg' : 'Gjennomsnittlig'} vurdering av ${quoted(question)}`,
    svg: await renderVegaLite(spec(question, sorted, language)),
    alt: altText(question, sorted, language),
    table: {
      headers: [words.kommune, words.meanHeader, words.validHeader, words.dontKnow],
      rows: sorted.map((row) => [
        row.name,
        row.metrics.mean === null ? '–' : formatNumber(row.metrics.mean, 1),
        String(row.metrics.valid),
        String(row.metrics.dontKnow),
      ]),
    },
  };
}
