// The five demo kommuner's networks, through the real validate and metrics stages, drawn readably.

import { describe, expect, it } from 'vitest';
import { labelOverlaps, labelsOutside, layoutNetwork, networkFigure } from '../../../src/figures/networks/index.ts';
import { readKommune } from '../../../src/validate/kommune.ts';
import { readStudyConfig } from '../../../src/validate/study-config.ts';
import { DATA_ROOT, demoNetworkInputs } from './demo-networks.ts';

/** Persons in each kommune's network (SEED-FACTS, Tabell 1). */
const PERSONS: Record<string, number> = { orland: 27, naroy: 29, oppdal: 29, rissa: 29, volda: 43 };

describe('demo kommuner: weekly networks with daily ties drawn stronger', () => {
  const inputs = demoNetworkInputs('weekly', 'daily');

  it('covers the five kommuner', () => {
    expect(inputs.map((i) => i.id)).toEqual(Object.keys(PERSONS).map((slug) => `network-${slug}-weekly`));
  });

  for (const input of inputs) {
    it(`${input.id}: no label on a label or a mark, alt and table from the data`, () => {
      const started = performance.now();
      const layout = layoutNetwork(input);
      const ms = performance.now() - started;
      expect(labelOverlaps(layout)).toEqual([]);
      expect(labelsOutside(layout)).toEqual([]);
      const figure = networkFigure(input);
      const slug = input.id.split('-')[1]!;
      expect(figure.alt).toContain(`Nettverk med ${PERSONS[slug]} personer`);
      expect(figure.alt).toMatch(/bånd/);
      expect(figure.table.rows).toHaveLength(PERSONS[slug]!);
      console.log(`${input.id}: ${input.persons.length} persons, ${input.ties.length} ties, ${ms.toFixed(0)} ms, height ${layout.height}`);
    });
  }

  it('never writes a person’s name into the SVG, the text alternative or the table', () => {
    const config = readStudyConfig(DATA_ROOT);
    for (const slug of config.kommuner) {
      const { kommune } = readKommune(DATA_ROOT, config, slug);
      const figure = networkFigure(inputs.find((i) => i.id === `network-${slug}-weekly`)!);
      const text = `${figure.svg}\n${figure.alt}\n${JSON.stringify(figure.table)}`;
      for (const p of kommune.persons) if (p.name && p.name.length > 2) expect(text).not.toContain(p.name);
    }
  });

  it('are the same bytes when drawn twice', () => {
    for (const input of inputs) expect(networkFigure(input).svg).toBe(networkFigure(structuredClone(input)).svg);
  });
});

describe('demo kommuner: daily and monthly networks', () => {
  for (const level of ['daily', 'monthly'] as const) {
    it(`${level}: no label on a label or a mark`, () => {
      for (const input of demoNetworkInputs(level)) {
        const layout = layoutNetwork(input);
        expect(labelOverlaps(layout), input.id).toEqual([]);
        expect(labelsOutside(layout), input.id).toEqual([]);
      }
    });
  }
});
