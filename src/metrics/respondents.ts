// Who counts as a respondent (contract §3): a person with a row in responses.csv.

import type { KommuneData, Response } from '../types.ts';

/** The response rows of persons of the kommune (validation rejects others; this is a second guard). */
export function respondentRows(kommune: Pick<KommuneData, 'persons' | 'responses'>): Response[] {
  const personIds = new Set(kommune.persons.map((p) => p.id));
  return kommune.responses.filter((r) => personIds.has(r.id));
}

/** Ids of the respondents. */
export function respondentIds(kommune: Pick<KommuneData, 'persons' | 'responses'>): Set<string> {
  return new Set(respondentRows(kommune).map((r) => r.id));
}
