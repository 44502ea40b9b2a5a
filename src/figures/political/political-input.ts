// The data behind the political-contact figures, checked and indexed once for layout and text.

import { KommunenotatError } from '../../errors.ts';
import { CONTACT_TYPES, type ContactType, type FunctionDef, type PoliticalBody } from '../../types.ts';
import { functionColour } from '../style.ts';

/** What the political figures of one kommune are drawn from. Person ids are neutral codes, never names. */
export interface PoliticalFigureInput {
  slug: string;
  kommuneName: string;
  /** The study's functions in study.yaml order (their position gives the colour). */
  functions: FunctionDef[];
  /** The kommune's political bodies, in the order the figures show them. */
  bodies: PoliticalBody[];
  /** Everyone who answered the survey, with their primary function. */
  respondents: { id: string; functionCode: string }[];
  contacts: { person: string; body: string; type: ContactType }[];
  /** Language of headings, legend, text alternative and table (default nb): the note's language. */
  language?: 'nb' | 'nn';
}

export interface RespondentNode {
  id: string;
  /** Short label of the primary function, drawn on the figure. */
  label: string;
  /** Full function name, for text. */
  functionName: string;
  functionIndex: number;
  colour: string;
}

/** Input checked and indexed: types per person per body, in CONTACT_TYPES order, no duplicates. */
export interface PoliticalModel {
  input: PoliticalFigureInput;
  respondents: RespondentNode[];
  bodies: PoliticalBody[];
  /** person id → body id → contact types. */
  types: Map<string, Map<string, ContactType[]>>;
}

function fail(input: PoliticalFigureInput, message: string): never {
  throw new KommunenotatError('internal', `Political figure for ${input.slug}: ${message}`);
}

function respondentNodes(input: PoliticalFigureInput): RespondentNode[] {
  const seen = new Set<string>();
  return input.respondents.map(({ id, functionCode }) => {
    if (seen.has(id)) fail(input, `respondent ${id} is listed twice`);
    seen.add(id);
    const functionIndex = input.functions.findIndex((f) => f.code === functionCode);
    if (functionIndex < 0) fail(input, `respondent ${id} has unknown function "${functionCode}"`);
    const fn = input.functions[functionIndex]!;
    return { id, label: fn.label, functionName: fn.name, functionIndex, colour: functionColour(functionIndex) };
  });
}

export function politicalModel(input: PoliticalFigureInput): PoliticalModel {
  const respondents = respondentNodes(input);
  const personIds = new Set(respondents.map((r) => r.id));
  const bodyIds = new Set(input.bodies.map((b) => b.id));
  const types = new Map<string, Map<string, ContactType[]>>();
  for (const c of input.contacts) {
    if (!personIds.has(c.person)) fail(input, `contact from ${c.person}, who is not among the respondents`);
    if (!bodyIds.has(c.body)) fail(input, `contact with unknown political body "${c.body}"`);
    if (!CONTACT_TYPES.includes(c.type)) fail(input, `unknown contact type "${c.type}"`);
    const byBody = types.get(c.person) ?? new Map<string, ContactType[]>();
    types.set(c.person, byBody);
    const list = byBody.get(c.body) ?? [];
    if (!list.includes(c.type)) list.push(c.type);
    byBody.set(c.body, list.sort((a, b) => CONTACT_TYPES.indexOf(a) - CONTACT_TYPES.indexOf(b)));
  }
  return { input, respondents, bodies: input.bodies, types };
}

export function contactTypes(model: PoliticalModel, person: string, body: string): ContactType[] {
  return model.types.get(person)?.get(body) ?? [];
}

export function hasAnyContact(model: PoliticalModel, person: string): boolean {
  return (model.types.get(person)?.size ?? 0) > 0;
}

/** Persons in a body's contact, or (body undefined) with any contact, holding each type. */
export interface ContactCounts {
  persons: number;
  /** Persons with a political or a professional discussion (or both). */
  discussing: number;
  types: Record<ContactType, number>;
}

export function contactCounts(model: PoliticalModel, body?: string): ContactCounts {
  const counts: ContactCounts = {
    persons: 0,
    discussing: 0,
    types: { gir_informasjon: 0, far_informasjon: 0, politisk_diskusjon: 0, faglig_diskusjon: 0 },
  };
  for (const r of model.respondents) {
    const byBody = model.types.get(r.id);
    if (!byBody) continue;
    const lists = body === undefined ? [...byBody.values()] : byBody.has(body) ? [byBody.get(body)!] : [];
    if (lists.length === 0) continue;
    counts.persons += 1;
    const held = new Set(lists.flat());
    for (const t of held) counts.types[t] += 1;
    if (held.has('politisk_diskusjon') || held.has('faglig_diskusjon')) counts.discussing += 1;
  }
  return counts;
}
