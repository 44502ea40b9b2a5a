// Persons of one kommune: keys from the design's primary functions, secondary functions drawn
// until every function is held by exactly as many persons as Tabell 1 says, then ids and names.

import { KEY_PREFIX, type KommuneDesign } from './design.ts';
import type { DemoPerson } from './model.ts';
import type { Rng } from './rng.ts';
import { FUNCTION_CODES, type FunctionCode, type KommuneFacts } from './seed-facts.ts';

/** A person holds at most this many functions. */
const MAX_FUNCTIONS = 3;

/** Secondary functions that often go with a primary one; given to such persons first. */
const RELATED: Record<FunctionCode, readonly FunctionCode[]> = {
  okonomi: ['tildeling', 'husleie', 'skaffe', 'boligsosialplan'],
  tjenester: ['tildeling', 'boligsosialplan', 'drift'],
  tildeling: ['tjenester', 'okonomi', 'husleie', 'boligsosialplan'],
  husleie: ['tildeling', 'okonomi', 'drift', 'skaffe'],
  utbygging: ['skaffe', 'arealplan', 'drift'],
  skaffe: ['utbygging', 'okonomi', 'husleie', 'arealplan'],
  arealplan: ['samfunnsplan', 'utbygging', 'skaffe'],
  drift: ['husleie', 'utbygging', 'tjenester'],
  boligsosialplan: ['samfunnsplan', 'tildeling', 'okonomi', 'tjenester'],
  samfunnsplan: ['arealplan', 'boligsosialplan', 'politisk'],
  politisk: ['samfunnsplan', 'boligsosialplan'],
};

/** Design keys in function order: ok1..okN, tj1..tjN, … */
export function designKeys(design: KommuneDesign): { key: string; primary: FunctionCode }[] {
  return FUNCTION_CODES.flatMap((code) =>
    Array.from({ length: design.primaries[code] ?? 0 }, (_, i) => ({ key: `${KEY_PREFIX[code]}${i + 1}`, primary: code })),
  );
}

/** 1. keys and primaries; 2. the design's secondaries; 3. drawn secondaries; 4. shuffled ids, names. */
export function buildPersons(design: KommuneDesign, facts: KommuneFacts, rng: Rng, names: readonly string[]): DemoPerson[] {
  const entries = designKeys(design);
  if (entries.length !== facts.persons) {
    throw new Error(`${design.slug}: the design has ${entries.length} persons, Tabell 1 says ${facts.persons}`);
  }
  const functions = new Map(entries.map(({ key, primary }) => [key, [primary, ...(design.secondaries?.[key] ?? [])]]));
  for (const key of Object.keys(design.secondaries ?? {})) {
    if (!functions.has(key)) throw new Error(`${design.slug}: secondaries name unknown person ${key}`);
  }
  for (const code of FUNCTION_CODES) drawSecondaries(design.slug, code, facts.functions[code], functions, rng);

  const silent = new Set(design.nonRespondents);
  for (const key of silent) if (!functions.has(key)) throw new Error(`${design.slug}: unknown non-respondent ${key}`);
  const order = rng.shuffle(entries.map((e) => e.key));
  const width = Math.max(2, String(order.length).length);
  return order
    .map((key, i) => ({
      key,
      id: `p${String(i + 1).padStart(width, '0')}`,
      functions: functions.get(key)!,
      name: names[i]!,
      respondent: !silent.has(key),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

function drawSecondaries(slug: string, code: FunctionCode, target: number, functions: Map<string, FunctionCode[]>, rng: Rng): void {
  const holding = () => [...functions.values()].filter((list) => list.includes(code)).length;
  if (holding() > target) throw new Error(`${slug}: ${holding()} persons hold ${code} by design, Tabell 1 says ${target}`);
  while (holding() < target) {
    const candidates = [...functions.keys()].filter((key) => {
      const list = functions.get(key)!;
      return !list.includes(code) && list.length < MAX_FUNCTIONS;
    });
    if (candidates.length === 0) throw new Error(`${slug}: nobody left to take ${code} as a secondary function`);
    const related = candidates.filter((k) => RELATED[functions.get(k)![0]!].includes(code));
    functions.get(rng.pick(related.length > 0 ? related : candidates))!.push(code);
  }
}
