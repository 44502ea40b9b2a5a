// Contact between respondents and the kommune's political bodies (contract §4 "political").

import { CONTACT_TYPES, type BodyMetrics, type ContactType, type FunctionContact, type KommuneData, type PoliticalMetrics } from '../types.ts';
import { respondentIds } from './respondents.ts';

/**
 * answered = respondents; withAnyContact = respondents with at least one row; per body (kommune.yaml
 * order) the distinct respondents with any row and per type; anyBodyTypes = distinct respondents per
 * type over all bodies; byFunction = per function code (every function a respondent holds, not only
 * the first) the respondents holding it and those of them with any contact. Rows of persons who are
 * not respondents are not counted.
 */
export function politicalMetrics(
  kommune: Pick<KommuneData, 'persons' | 'politicalBodies' | 'responses' | 'political'>,
): PoliticalMetrics {
  const respondents = respondentIds(kommune);
  const rows = kommune.political.filter((row) => respondents.has(row.person));
  const bodies: Record<string, BodyMetrics> = {};
  for (const { id } of kommune.politicalBodies) {
    const ofBody = rows.filter((row) => row.body === id);
    bodies[id] = { persons: distinct(ofBody), types: perType(ofBody) };
  }
  return {
    answered: respondents.size,
    withAnyContact: distinct(rows),
    bodies,
    anyBodyTypes: perType(rows),
    byFunction: byFunction(kommune.persons, respondents, new Set(rows.map((row) => row.person))),
  };
}

function byFunction(
  persons: KommuneData['persons'],
  respondents: ReadonlySet<string>,
  withContact: ReadonlySet<string>,
): Record<string, FunctionContact> {
  const result: Record<string, FunctionContact> = {};
  for (const person of persons) {
    if (!respondents.has(person.id)) continue;
    for (const code of new Set(person.functions)) {
      const entry = (result[code] ??= { respondents: 0, withContact: 0 });
      entry.respondents++;
      if (withContact.has(person.id)) entry.withContact++;
    }
  }
  return result;
}

function distinct(rows: readonly { person: string }[]): number {
  return new Set(rows.map((row) => row.person)).size;
}

function perType(rows: readonly { person: string; type: ContactType }[]): Record<ContactType, number> {
  const result = {} as Record<ContactType, number>;
  for (const type of CONTACT_TYPES) result[type] = distinct(rows.filter((row) => row.type === type));
  return result;
}
