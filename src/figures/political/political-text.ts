// Alt texts and data tables of the political-contact figures, worded from the counts, in the note's
// language (bokmål by default, nynorsk for `language: 'nn'`).

import { joinList } from '../../norwegian.ts';
import { CONTACT_TYPES, type DataTable, type PoliticalBody } from '../../types.ts';
import { contactStyles, type PoliticalLanguage } from './contact-style.ts';
import { type ContactCounts, type PoliticalModel, type RespondentNode, contactCounts, contactTypes } from './political-input.ts';

/** "Formannskapet" → "formannskapet" in running text; acronyms ("NAV") stay as they are. */
export function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}


const WORDS = {
  nb: {
    none: 'ingen', respondent: 'respondent', respondents: 'respondenter', theOne: 'vedkommende', all: 'alle',
    gives: 'gir informasjon', gets: 'får informasjon', getsToo: 'får også informasjon',
    noneGives: 'ingen gir informasjon', noneGets: 'ingen får informasjon', noneDiscusses: 'ingen diskuterer',
    political: (n: number) => `${n} har politiske diskusjoner`, professional: (n: number) => `${n} har faglige diskusjoner`,
    noneOf: (total: number, kommune: string, what: string) => `Ingen av de ${total} respondentene i ${kommune} har kontakt med ${what}.`,
    functionIs: 'Funksjonen er', functionsAre: 'Funksjonene deres er',
    has: (part: string, kommune: string, what: string) => `${part} i ${kommune} har kontakt med ${what}`,
    theBodies: 'de politiske organene', atLeastOne: 'minst ett politisk organ',
    together: (give: string, get: string, discuss: string) =>
      `Til sammen ${give} gir informasjon, ${get} får informasjon, og ${discuss} har politiske eller faglige diskusjoner.`,
    noContactList: (who: string, list: string) => ` ${who} har ingen politisk kontakt og står i listen til venstre: ${list}.`,
    everyone: ' Alle respondentene har politisk kontakt.',
    total: (part: number, all: number) => `Totalt: ${part} av ${all}`,
    respondentHeader: 'Respondent (funksjon)', bodyHeader: 'Politisk organ', personsHeader: 'Personer med kontakt',
    anyBody: 'Minst ett organ', noContact: 'Ingen politisk kontakt',
  },
  nn: {
    none: 'ingen', respondent: 'respondent', respondents: 'respondentar', theOne: 'vedkomande', all: 'alle',
    gives: 'gir informasjon', gets: 'får informasjon', getsToo: 'får også informasjon',
    noneGives: 'ingen gir informasjon', noneGets: 'ingen får informasjon', noneDiscusses: 'ingen diskuterer',
    political: (n: number) => `${n} har politiske diskusjonar`, professional: (n: number) => `${n} har faglege diskusjonar`,
    noneOf: (total: number, kommune: string, what: string) => `Ingen av dei ${total} respondentane i ${kommune} har kontakt med ${what}.`,
    functionIs: 'Funksjonen er', functionsAre: 'Funksjonane deira er',
    has: (part: string, kommune: string, what: string) => `${part} i ${kommune} har kontakt med ${what}`,
    theBodies: 'dei politiske organa', atLeastOne: 'minst eitt politisk organ',
    together: (give: string, get: string, discuss: string) =>
      `Til saman ${give} gir informasjon, ${get} får informasjon, og ${discuss} har politiske eller faglege diskusjonar.`,
    noContactList: (who: string, list: string) => ` ${who} har inga politisk kontakt og står i lista til venstre: ${list}.`,
    everyone: ' Alle respondentane har politisk kontakt.',
    total: (part: number, all: number) => `Totalt: ${part} av ${all}`,
    respondentHeader: 'Respondent (funksjon)', bodyHeader: 'Politisk organ', personsHeader: 'Personar med kontakt',
    anyBody: 'Minst eitt organ', noContact: 'Inga politisk kontakt',
  },
} as const;

function langOf(model: PoliticalModel): PoliticalLanguage {
  return model.input.language === 'nn' ? 'nn' : 'nb';
}

/** 0 → "ingen", otherwise the digits. */
function count(n: number, lang: PoliticalLanguage): string {
  return n === 0 ? WORDS[lang].none : String(n);
}

/** "1 respondent", "13 respondenter". */
function respondents(n: number, lang: PoliticalLanguage): string {
  return `${n} ${n === 1 ? WORDS[lang].respondent : WORDS[lang].respondents}`;
}

function everyone(n: number, lang: PoliticalLanguage): string {
  return n === 1 ? WORDS[lang].theOne : WORDS[lang].all;
}

/** "alle gir informasjon, 1 får også informasjon, ingen diskuterer". */
export function typeSummary(c: ContactCounts, lang: PoliticalLanguage = 'nb'): string {
  const w = WORDS[lang];
  const give = c.types.gir_informasjon;
  const get = c.types.far_informasjon;
  const gives = give === c.persons ? `${everyone(c.persons, lang)} ${w.gives}` : give === 0 ? w.noneGives : `${give} ${w.gives}`;
  const gets =
    get === 0
      ? w.noneGets
      : get === c.persons
        ? `${everyone(c.persons, lang)} ${w.gets}`
        : `${get} ${give === c.persons ? w.getsToo : w.gets}`;
  const pol = c.types.politisk_diskusjon;
  const fag = c.types.faglig_diskusjon;
  const discussions =
    c.discussing === 0 ? w.noneDiscusses : joinList([pol ? w.political(pol) : '', fag ? w.professional(fag) : ''].filter(Boolean));
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
  return joinList(sorted.map((c) => `${inSentence(c.name)} (${c.n})`));
}

export function bodyAlt(model: PoliticalModel, body: PoliticalBody, persons: RespondentNode[]): string {
  const lang = langOf(model);
  const w = WORDS[lang];
  const c = contactCounts(model, body.id);
  const total = model.respondents.length;
  const name = inSentence(body.label);
  if (c.persons === 0) return w.noneOf(total, model.input.kommuneName, name);
  const functions = `${c.persons === 1 ? w.functionIs : w.functionsAre} ${functionSummary(persons)}`;
  return `${w.has(`${c.persons} av ${respondents(total, lang)}`, model.input.kommuneName, name)}; ${typeSummary(c, lang)}. ${functions}.`;
}

export function allAlt(model: PoliticalModel, noContact: RespondentNode[]): string {
  const lang = langOf(model);
  const w = WORDS[lang];
  const any = contactCounts(model);
  const total = model.respondents.length;
  const perBody = model.bodies.map((b) => `${inSentence(b.label)} (${contactCounts(model, b.id).persons})`);
  const first =
    any.persons === 0
      ? w.noneOf(total, model.input.kommuneName, w.theBodies)
      : `${w.has(`${any.persons} av ${respondents(total, lang)}`, model.input.kommuneName, w.atLeastOne)}: ${joinList(perBody)}. ` +
        w.together(count(any.types.gir_informasjon, lang), count(any.types.far_informasjon, lang), count(any.discussing, lang));
  const none = noContact.length ? w.noContactList(respondents(noContact.length, lang), functionSummary(noContact)) : w.everyone;
  return first + none;
}

function typeHeaders(lang: PoliticalLanguage): string[] {
  const styles = contactStyles(lang);
  return CONTACT_TYPES.map((t) => styles[t].label);
}

function countRow(label: string, c: ContactCounts): string[] {
  return [label, String(c.persons), ...CONTACT_TYPES.map((t) => String(c.types[t]))];
}

/** One row per person in figure order, a cross per contact type, and the totals. */
export function bodyTable(model: PoliticalModel, body: PoliticalBody, persons: RespondentNode[]): DataTable {
  const lang = langOf(model);
  const rows = persons.map((p) => {
    const types = contactTypes(model, p.id, body.id);
    return [p.label, ...CONTACT_TYPES.map((t) => (types.includes(t) ? 'x' : '–'))];
  });
  const c = contactCounts(model, body.id);
  rows.push([WORDS[lang].total(c.persons, model.respondents.length), ...CONTACT_TYPES.map((t) => String(c.types[t]))]);
  return { headers: [WORDS[lang].respondentHeader, ...typeHeaders(lang)], rows };
}

/** Persons with contact per body and type, persons with any contact, and those without. */
export function allTable(model: PoliticalModel, noContact: RespondentNode[]): DataTable {
  const w = WORDS[langOf(model)];
  return {
    headers: [w.bodyHeader, w.personsHeader, ...typeHeaders(langOf(model))],
    rows: [
      ...model.bodies.map((b) => countRow(b.label, contactCounts(model, b.id))),
      countRow(w.anyBody, contactCounts(model)),
      [w.noContact, String(noContact.length), ...CONTACT_TYPES.map(() => '–')],
    ],
  };
}
