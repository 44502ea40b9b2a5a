// political.csv of one kommune: the design's exact rows (Oppdal), or a plausible pattern where
// technical functions have more contact and most contact is giving information.

import type { BodyContact, KommuneDesign } from './design.ts';
import type { DemoPerson, DemoPolitical } from './model.ts';
import type { Rng } from './rng.ts';
import type { FunctionCode } from './seed-facts.ts';

const CONTACT_TYPES: readonly BodyContact[] = ['gir_informasjon', 'far_informasjon', 'politisk_diskusjon', 'faglig_diskusjon'];
const TECHNICAL: readonly FunctionCode[] = ['okonomi', 'samfunnsplan', 'utbygging', 'arealplan', 'skaffe', 'politisk', 'boligsosialplan'];

export function buildPolitical(design: KommuneDesign, persons: readonly DemoPerson[], rng: Rng): DemoPolitical[] {
  const rows = 'rows' in design.political
    ? parseRows(design, persons, design.political.rows)
    : drawRows(design, persons, design.political.withContact, rng);
  const bodyOrder = (body: string) => design.bodies.indexOf(body);
  return rows.sort((x, y) =>
    x.person !== y.person ? (x.person < y.person ? -1 : 1)
      : x.body !== y.body ? bodyOrder(x.body) - bodyOrder(y.body)
        : CONTACT_TYPES.indexOf(x.type) - CONTACT_TYPES.indexOf(y.type),
  );
}

function parseRows(design: KommuneDesign, persons: readonly DemoPerson[], spec: string): DemoPolitical[] {
  const byKey = new Map(persons.map((p) => [p.key, p]));
  return spec.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
    const [key, body, type] = line.split(/\s+/) as [string, string, BodyContact];
    const person = byKey.get(key);
    if (!person?.respondent) throw new Error(`${design.slug}: political row "${line}": ${key} is not a respondent`);
    if (!design.bodies.includes(body)) throw new Error(`${design.slug}: political row "${line}": unknown body`);
    if (!CONTACT_TYPES.includes(type)) throw new Error(`${design.slug}: political row "${line}": unknown type`);
    return { person: person.id, body, type };
  });
}

/** `count` respondents (technical ones three times as likely), each with one to three bodies. */
function drawRows(design: KommuneDesign, persons: readonly DemoPerson[], count: number, rng: Rng): DemoPolitical[] {
  const pool = persons.filter((p) => p.respondent);
  if (count > pool.length) throw new Error(`${design.slug}: ${count} with political contact, only ${pool.length} respondents`);
  const chosen: DemoPerson[] = [];
  while (chosen.length < count) {
    const person = rng.weighted(pool.filter((p) => !chosen.includes(p)), (p) => (TECHNICAL.includes(p.functions[0]!) ? 3 : 1));
    chosen.push(person);
  }
  return chosen.flatMap((person) => {
    const bodies = rng.shuffle(design.bodies).slice(0, rng.int(1, Math.min(3, design.bodies.length)));
    return bodies.flatMap((body) => contactTypes(rng).map((type) => ({ person: person.id, body, type })));
  });
}

function contactTypes(rng: Rng): BodyContact[] {
  const types: BodyContact[] = [];
  if (rng.chance(0.85)) types.push('gir_informasjon');
  if (rng.chance(0.4)) types.push('far_informasjon');
  if (types.length === 0) types.push('far_informasjon');
  if (rng.chance(0.15)) types.push('faglig_diskusjon');
  if (rng.chance(0.1)) types.push('politisk_diskusjon');
  return types;
}
