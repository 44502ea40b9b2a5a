// Alt texts and data tables of the political-contact figures, worded from the counts.

import { CONTACT_TYPES, type DataTable, type PoliticalBody } from '../../types.ts';
import { CONTACT_STYLES } from './contact-style.ts';
import { type ContactCounts, type PoliticalModel, type RespondentNode, contactCounts, contactTypes } from './political-input.ts';

/** "Formannskapet" → "formannskapet" in running text; acronyms ("NAV") stay as they are. */
export function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** "a", "a og b", "a, b og c". */
export function listNb(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`;
}

/** 0 → "ingen", otherwise the digits. */
function count(n: number): string {
  return n === 0 ? 'ingen' : String(n);
}

/** "1 respondent", "13 respondenter". */
function respondents(n: number): string {
  return `${n} ${n === 1 ? 'respondent' : 'respondenter'}`;
}

function everyone(n: number): string {
  return n === 1 ? 'vedkommende' : 'alle';
}

/** "alle gir informasjon, 1 får også informasjon, ingen diskuterer". */
export function typeSummary(c: ContactCounts): string {
  const give = c.types.gir_informasjon;
  const get = c.types.far_informasjon;
  const gives = give === c.persons ? `${everyone(c.persons)} gir informasjon` : give === 0 ? 'ingen gir informasjon' : `${give} gir informasjon`;
  const gets =
    get === 0
      ? 'ingen får informasjon'
      : get === c.persons
        ? `${everyone(c.persons)} får informasjon`
        : `${get} får${give === c.persons ? ' også' : ''} informasjon`;
  const pol = c.types.politisk_diskusjon;
  const fag = c.types.faglig_diskusjon;
  const discussions =
    c.discussing === 0
      ? 'ingen diskuterer'
      : listNb([pol ? `${pol} har politiske diskusjoner` : '', fag ? `${fag} har faglige diskusjoner` : ''].filter(Boolean));
  return `${gives}, ${gets}, ${discussions}`;
}

/** "økonomiske virkemidler/rådgivning (3) og utbygging (1)", most frequent first. */
function functionSummary(persons: RespondentNode[]): string {
  const counts = new Map<string, { name: string; index: number; n: number }>();
  for (const p of persons) {
    const c = counts.get(p.functionName) ?? { name: p.functionName, index: p.functionIndex, n: 0 };
    c.n += 1;
    counts.set(p.functionName, c);
  }
  const sorted = [...counts.values()].sort((a, b) => b.n - a.n || a.index - b.index);
  return listNb(sorted.map((c) => `${inSentence(c.name)} (${c.n})`));
}

export function bodyAlt(model: PoliticalModel, body: PoliticalBody, persons: RespondentNode[]): string {
  const c = contactCounts(model, body.id);
  const total = model.respondents.length;
  const name = inSentence(body.label);
  if (c.persons === 0) return `Ingen av de ${total} respondentene i ${model.input.kommuneName} har kontakt med ${name}.`;
  const functions = c.persons === 1 ? `Funksjonen er ${functionSummary(persons)}` : `Funksjonene deres er ${functionSummary(persons)}`;
  return `${c.persons} av ${respondents(total)} i ${model.input.kommuneName} har kontakt med ${name}; ${typeSummary(c)}. ${functions}.`;
}

export function allAlt(model: PoliticalModel, noContact: RespondentNode[]): string {
  const any = contactCounts(model);
  const total = model.respondents.length;
  const perBody = model.bodies.map((b) => `${inSentence(b.label)} (${contactCounts(model, b.id).persons})`);
  const first =
    any.persons === 0
      ? `Ingen av de ${total} respondentene i ${model.input.kommuneName} har kontakt med de politiske organene.`
      : `${any.persons} av ${respondents(total)} i ${model.input.kommuneName} har kontakt med minst ett politisk organ: ${listNb(perBody)}. ` +
        `Til sammen ${count(any.types.gir_informasjon)} gir informasjon, ${count(any.types.far_informasjon)} får informasjon, og ` +
        `${count(any.discussing)} har politiske eller faglige diskusjoner.`;
  const none = noContact.length
    ? ` ${respondents(noContact.length)} har ingen politisk kontakt og står i listen til venstre: ${functionSummary(noContact)}.`
    : ' Alle respondentene har politisk kontakt.';
  return first + none;
}

const TYPE_HEADERS = CONTACT_TYPES.map((t) => CONTACT_STYLES[t].label);

function countRow(label: string, c: ContactCounts): string[] {
  return [label, String(c.persons), ...CONTACT_TYPES.map((t) => String(c.types[t]))];
}

/** One row per person in figure order, a cross per contact type, and the totals. */
export function bodyTable(model: PoliticalModel, body: PoliticalBody, persons: RespondentNode[]): DataTable {
  const rows = persons.map((p) => {
    const types = contactTypes(model, p.id, body.id);
    return [p.label, ...CONTACT_TYPES.map((t) => (types.includes(t) ? 'x' : '–'))];
  });
  const c = contactCounts(model, body.id);
  rows.push([`Totalt: ${c.persons} av ${model.respondents.length}`, ...CONTACT_TYPES.map((t) => String(c.types[t]))]);
  return { headers: ['Respondent (funksjon)', ...TYPE_HEADERS], rows };
}

/** Persons with contact per body and type, persons with any contact, and those without. */
export function allTable(model: PoliticalModel, noContact: RespondentNode[]): DataTable {
  return {
    headers: ['Politisk organ', 'Personer med kontakt', ...TYPE_HEADERS],
    rows: [
      ...model.bodies.map((b) => countRow(b.label, contactCounts(model, b.id))),
      countRow('Minst ett organ', contactCounts(model)),
      ['Ingen politisk kontakt', String(noContact.length), ...CONTACT_TYPES.map(() => '–')],
    ],
  };
}
