// The demo study's data: five hand-made designs → persons, responses, contacts, political rows →
// self-check against SEED-FACTS → four CSV files per kommune. Seeded throughout: the same code
// writes the same bytes.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFacts, checkNames, checkOppdal, checkShapes, shapesOf, type Shapes } from './check.ts';
import { buildContacts } from './contacts.ts';
import { toCsv } from './csv.ts';
import type { KommuneDesign } from './design.ts';
import { naroy } from './designs/naroy.ts';
import { oppdal } from './designs/oppdal.ts';
import { orland } from './designs/orland.ts';
import { rissa } from './designs/rissa.ts';
import { volda } from './designs/volda.ts';
import type { DemoKommune } from './model.ts';
import { drawNames } from './names.ts';
import { buildPersons } from './persons.ts';
import { buildPolitical } from './political.ts';
import { buildResponses } from './responses.ts';
import { createRng } from './rng.ts';
import { SEED_FACTS, SLUGS } from './seed-facts.ts';

export const DESIGNS: readonly KommuneDesign[] = [orland, naroy, oppdal, rissa, volda];

/** Each step draws from its own stream, so changing one step leaves the others' data alone. */
const STEP = { persons: 1, ties: 2, responses: 3, contacts: 4, political: 5 } as const;
const NAMES_SEED = 2015;

export interface DemoStudy {
  kommuner: DemoKommune[];
  shapes: Map<string, { kommune: DemoKommune; shapes: Shapes }>;
}

/** 1. names; 2. each kommune from its design; 3. the self-check, which throws on any miss. */
export function buildDemo(): DemoStudy {
  const total = DESIGNS.reduce((sum, d) => sum + SEED_FACTS[d.slug].persons, 0);
  const names = drawNames(createRng(NAMES_SEED), total);
  let offset = 0;
  const quoted = new Map<string, Set<string>>(); // the answers a note may quote, kept apart between kommuner
  const kommuner = SLUGS.map((slug) => {
    const design = DESIGNS.find((d) => d.slug === slug)!;
    const kommune = buildKommune(design, names.slice(offset), quoted);
    offset += kommune.persons.length;
    return kommune;
  });
  const shapes = new Map(kommuner.map((k) => [k.slug, { kommune: k, shapes: shapesOf(k) }]));
  const problems = [
    ...kommuner.flatMap(checkFacts),
    ...checkOppdal(kommuner.find((k) => k.slug === 'oppdal')!),
    ...checkShapes(shapes),
    ...checkNames(kommuner),
  ];
  if (problems.length > 0) throw new Error(`the demo data misses SEED-FACTS:\n  ${problems.join('\n  ')}`);
  return { kommuner, shapes };
}

function buildKommune(design: KommuneDesign, names: readonly string[], quoted: Map<string, Set<string>>): DemoKommune {
  const rng = (step: number) => createRng(design.seed * 16 + step);
  const facts = SEED_FACTS[design.slug];
  const persons = buildPersons(design, facts, rng(STEP.persons), names);
  const ties = design.ties(rng(STEP.ties));
  return {
    slug: design.slug,
    persons,
    responses: buildResponses(design, persons, rng(STEP.responses), quoted),
    contacts: buildContacts(design, persons, ties, rng(STEP.contacts)),
    political: buildPolitical(design, persons, rng(STEP.political)),
  };
}

/** The four CSV files of a kommune, by file name. */
export function kommuneFiles(kommune: DemoKommune): Record<string, string> {
  return {
    'persons.csv': toCsv(['id', 'functions', 'name'], kommune.persons.map((p) => [p.id, p.functions.join('|'), p.name])),
    'responses.csv': toCsv(
      ['id', 'samordning', 'moteplasser', 'styrker', 'utfordringer', 'samordningsutfordringer'],
      kommune.responses.map((r) => [
        r.id, r.ratings.samordning, r.ratings.moteplasser, r.texts.styrker, r.texts.utfordringer, r.texts.samordningsutfordringer,
      ]),
    ),
    'contacts.csv': toCsv(
      ['from', 'to', 'frequency'],
      kommune.contacts.map((c) => [c.from, c.to, c.frequency === 'manedlig' ? 'månedlig' : c.frequency]),
    ),
    'political.csv': toCsv(['person', 'body', 'type'], kommune.political.map((r) => [r.person, r.body, r.type])),
  };
}

/** Writes `<root>/kommuner/<slug>/*.csv`; returns the paths written. */
export function writeDemo(root: string, study: DemoStudy = buildDemo()): string[] {
  const written: string[] = [];
  for (const kommune of study.kommuner) {
    const dir = join(root, 'kommuner', kommune.slug);
    mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(kommuneFiles(kommune))) {
      writeFileSync(join(dir, file), text, 'utf8');
      written.push(join(dir, file));
    }
  }
  return written;
}
