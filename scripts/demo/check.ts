// The generator's self-check: every SEED-FACTS number and every network shape, measured on the
// rows about to be written. Returns problems; the generator refuses to write when there are any.

import { network, shape, type Level, type Shape } from './graph.ts';
import type { DemoKommune } from './model.ts';
import { FUNCTION_CODES, OPPDAL_FACTS, SEED_FACTS, type Slug } from './seed-facts.ts';
import { TEXT_ANSWERS } from './texts.ts';

export type Shapes = Record<Level, Shape>;

export function shapesOf(kommune: DemoKommune): Shapes {
  const ids = kommune.persons.map((p) => p.id);
  const primary = new Map(kommune.persons.map((p) => [p.id, p.functions[0]!]));
  const at = (level: Level) => shape(network(ids, kommune.contacts, level), primary);
  return { daily: at('daily'), weekly: at('weekly'), monthly: at('monthly') };
}

/** Tabell 1, response, Tabell 2 and the rules of the data format, for one kommune. */
export function checkFacts(kommune: DemoKommune): string[] {
  const facts = SEED_FACTS[kommune.slug as Slug];
  const problems: string[] = [];
  const expect = (ok: boolean, message: string) => ok || problems.push(`${kommune.slug}: ${message}`);

  expect(kommune.persons.length === facts.persons, `persons ${kommune.persons.length} ≠ ${facts.persons}`);
  for (const code of FUNCTION_CODES) {
    const holding = kommune.persons.filter((p) => p.functions.includes(code)).length;
    expect(holding === facts.functions[code], `${code} held by ${holding} ≠ ${facts.functions[code]}`);
  }
  expect(kommune.persons.every((p) => new Set(p.functions).size === p.functions.length), 'a function twice in one list');
  const respondents = new Set(kommune.responses.map((r) => r.id));
  expect(respondents.size === facts.respondents, `respondents ${respondents.size} ≠ ${facts.respondents}`);
  expect(Math.round((respondents.size / kommune.persons.length) * 100) === facts.ratePercent, 'printed response rate');

  const ratings = kommune.responses.map((r) => r.ratings.samordning);
  const valid = ratings.filter((v) => /^[1-6]$/.test(v)).map(Number);
  const mean = valid.reduce((a, b) => a + b, 0) / valid.length;
  expect(!ratings.includes('6'), 'somebody answered 6 to samordning');
  expect(Math.round(mean * 10) / 10 === facts.samordningMean, `samordning mean ${mean} does not print as ${facts.samordningMean}`);
  expect(Math.abs(mean - facts.samordningMean) <= 0.03, `samordning mean ${mean} is near a rounding edge`);

  expect(kommune.contacts.every((c) => respondents.has(c.from) && c.from !== c.to), 'a contact row not from a respondent');
  expect(kommune.political.every((r) => respondents.has(r.person)), 'a political row not from a respondent');
  const named = new Set(kommune.contacts.map((c) => c.to));
  for (const p of kommune.persons.filter((p) => !p.respondent)) expect(named.has(p.id), `nobody reports ${p.key}`);
  return problems;
}

/** Oppdal's own chapter: N = 23, free-text counts, political contact. */
export function checkOppdal(kommune: DemoKommune): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, message: string) => ok || problems.push(`oppdal: ${message}`);
  const answered = kommune.responses.filter((r) => r.ratings.samordning !== '').length;
  expect(answered === OPPDAL_FACTS.samordningAnswered, `samordning answered ${answered}`);
  for (const [question, count] of Object.entries(OPPDAL_FACTS.texts)) {
    const n = kommune.responses.filter((r) => r.texts[question as keyof typeof OPPDAL_FACTS.texts].trim() !== '').length;
    expect(n === count, `${question} answered ${n} ≠ ${count}`);
  }
  expect(kommune.persons.filter((p) => !p.respondent).length === OPPDAL_FACTS.nonRespondents, 'non-respondents');

  const rows = kommune.political;
  const persons = (filter: (r: (typeof rows)[number]) => boolean) => new Set(rows.filter(filter).map((r) => r.person)).size;
  const facts = OPPDAL_FACTS.political;
  expect(persons(() => true) === facts.withAnyContact, 'withAnyContact');
  const f = facts.bodies.formannskap;
  expect(persons((r) => r.body === 'formannskap') === f.persons, 'formannskap persons');
  for (const [type, n] of Object.entries(f.types)) {
    expect(persons((r) => r.body === 'formannskap' && r.type === type) === n, `formannskap ${type}`);
  }
  expect(persons((r) => r.body === 'kommunestyre') === facts.bodies.kommunestyre.persons, 'kommunestyre persons');
  expect(persons((r) => r.body === 'kommunestyre' && r.type.endsWith('diskusjon')) === 0, 'kommunestyre discussion');
  expect(persons((r) => r.body === 'ordforer') === facts.bodies.ordforer.persons, 'ordforer persons');
  expect(persons((r) => r.body === 'ordforer' && r.type.endsWith('diskusjon')) === facts.bodies.ordforer.discussing, 'ordforer discussing');
  expect(persons((r) => r.type === 'far_informasjon') === facts.getInformation, 'getting information');
  expect(persons((r) => r.type.endsWith('diskusjon')) === facts.discussing, 'discussing');
  return problems;
}

/** The network shapes the note's figures show, compared across the five kommuner. */
export function checkShapes(all: ReadonlyMap<string, { kommune: DemoKommune; shapes: Shapes }>): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, message: string) => ok || problems.push(message);
  const get = (slug: string) => all.get(slug)!;
  const others = (slug: string) => [...all.keys()].filter((s) => s !== slug).map(get);

  const naroy = get('naroy').shapes.weekly;
  expect(naroy.components.length === 1, `naroy: weekly components ${naroy.components.length}`);

  const volda = get('volda').shapes.weekly;
  expect(volda.components.length === 1, `volda: weekly components ${volda.components.length}`);
  expect(volda.brokers.length >= 1 && volda.brokers.length <= 3, `volda: weekly brokers ${volda.brokers.length}`);

  const rissa = get('rissa').shapes.weekly;
  expect(others('rissa').every((o) => o.shapes.weekly.diameter < rissa.diameter), 'rissa: weekly diameter not the largest');
  expect(others('rissa').every((o) => o.shapes.weekly.averagePathLength < rissa.averagePathLength), 'rissa: weekly path length not the largest');

  const orland = get('orland');
  const primary = new Map(orland.kommune.persons.map((p) => [p.id, p.functions[0]]));
  const separate = orland.shapes.weekly.components.filter(
    (c) => c !== orland.shapes.weekly.largest && c.length >= 3 && c.every((id) => ['okonomi', 'tildeling'].includes(primary.get(id)!)),
  );
  expect(separate.length === 1, 'orland: no separate weekly component of okonomi and tildeling');

  const oppdal = get('oppdal').shapes;
  expect(others('oppdal').every((o) => o.shapes.weekly.isolates.length < oppdal.weekly.isolates.length), 'oppdal: not the most weekly isolates');
  expect((oppdal.weekly.eiIndex ?? 0) <= -0.3, `oppdal: weekly E-I ${oppdal.weekly.eiIndex}`);
  expect(Math.max(...oppdal.daily.components.map((c) => c.length)) <= 4, 'oppdal: daily clusters not small');
  const oppdalPrimary = new Map(get('oppdal').kommune.persons.map((p) => [p.id, p.functions[0]!]));
  const plan = (id: string) => ['arealplan', 'samfunnsplan'].includes(oppdalPrimary.get(id)!);
  const planTies = oppdal.weekly.components.filter((c) => c.some(plan));
  expect(planTies.every((c) => c.every(plan)), 'oppdal: arealplan/samfunnsplan have weekly contact outside plan');
  expect(oppdal.monthly.components.length === 1, `oppdal: monthly components ${oppdal.monthly.components.length}`);
  expect(oppdal.monthly.brokers.length === 2, `oppdal: monthly brokers ${oppdal.monthly.brokers.length}`);
  return problems;
}

/** Names are unique across the study and never occur in a text answer. */
export function checkNames(kommuner: readonly DemoKommune[]): string[] {
  const names = kommuner.flatMap((k) => k.persons.map((p) => p.name));
  const problems: string[] = [];
  if (new Set(names).size !== names.length) problems.push('a name is used twice');
  const texts = Object.values(TEXT_ANSWERS).flat().join('\n').toLowerCase();
  for (const name of names) if (texts.includes(name.toLowerCase())) problems.push(`a text answer names ${name}`);
  return problems;
}
