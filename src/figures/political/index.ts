// Figur 23-26: respondents' contact with the kommune's political bodies, drawn as our own SVG.

import { KommunenotatError } from '../../errors.ts';
import type { Figure } from '../../types.ts';
import { compareIds } from '../../metrics/ids.ts';
import { type PoliticalFigureInput, type PoliticalModel, type RespondentNode, contactTypes, hasAnyContact, politicalModel } from './political-input.ts';
import { FIGURE_WIDTH, layoutPolitical } from './political-layout.ts';
import { legend, politicalSvg } from './political-svg.ts';
import { allAlt, allTable, bodyAlt, bodyTable, inSentence } from './political-text.ts';

export type { PoliticalFigureInput } from './political-input.ts';
export { CONTACT_STYLES, contactStyles } from './contact-style.ts';

/** Headings and titles of the political figures, per language. */
const WORDS = {
  nb: {
    withContact: 'Respondenter med kontakt', body: 'Politisk organ', noContact: 'Ingen politisk kontakt',
    anyContact: 'Kontakt med politikerne', bodies: 'Politiske organer',
    bodyTitle: (body: string, kommune: string) => `Kontakt med ${body} i ${kommune}`,
    allTitle: (kommune: string) => `Kontakt med de politiske organene i ${kommune}`,
  },
  nn: {
    withContact: 'Respondentar med kontakt', body: 'Politisk organ', noContact: 'Inga politisk kontakt',
    anyContact: 'Kontakt med politikarane', bodies: 'Politiske organ',
    bodyTitle: (body: string, kommune: string) => `Kontakt med ${body} i ${kommune}`,
    allTitle: (kommune: string) => `Kontakt med dei politiske organa i ${kommune}`,
  },
} as const;

/** "(6 av 23)" with non-breaking spaces, so a heading never wraps inside it. */
function ofTotal(part: number, total: number): string {
  return `(${part}\u00a0av\u00a0${total})`;
}

function byFunction(a: RespondentNode, b: RespondentNode): number {
  return a.functionIndex - b.functionIndex || compareIds(a.id, b.id);
}

/** Mean position of the bodies a person is in contact with: ordering by it keeps lines from crossing. */
function barycentre(model: PoliticalModel, p: RespondentNode): number {
  const indices = model.bodies.map((b, i) => (contactTypes(model, p.id, b.id).length ? i : -1)).filter((i) => i >= 0);
  return indices.reduce((s, i) => s + i, 0) / indices.length;
}

/** Figur 23-25: who has contact with one political body, and of which kinds. */
export function politicalBodyFigure(input: PoliticalFigureInput, bodyId: string): Figure {
  const model = politicalModel(input);
  const body = model.bodies.find((b) => b.id === bodyId);
  if (!body) throw new KommunenotatError('internal', `Political figure for ${input.slug}: no political body "${bodyId}"`);
  const persons = model.respondents.filter((p) => contactTypes(model, p.id, body.id).length > 0).sort(byFunction);
  const lang = input.language === 'nn' ? 'nn' : 'nb';
  const w = WORDS[lang];
  const key = legend(FIGURE_WIDTH, undefined, lang);
  const layout = layoutPolitical(model, {
    left: [],
    leftHeading: '',
    middle: persons,
    middleHeading: `${w.withContact} ${ofTotal(persons.length, model.respondents.length)}`,
    bodies: [body],
    bodiesHeading: w.body,
    top: key.height + 6,
  });
  const title = w.bodyTitle(inSentence(body.label), input.kommuneName);
  return {
    id: `political-${input.slug}-${body.id}`,
    title,
    svg: politicalSvg(layout, key.svg, title),
    alt: bodyAlt(model, body, persons),
    table: bodyTable(model, body, persons),
  };
}

/** Figur 26: every body on the right, respondents with contact in the middle, those without on the left. */
export function politicalAllFigure(input: PoliticalFigureInput): Figure {
  const model = politicalModel(input);
  const withContact = model.respondents
    .filter((p) => hasAnyContact(model, p.id))
    .map((p) => ({ p, c: barycentre(model, p) }))
    .sort((a, b) => a.c - b.c || byFunction(a.p, b.p))
    .map(({ p }) => p);
  const noContact = model.respondents.filter((p) => !hasAnyContact(model, p.id)).sort(byFunction);
  const total = model.respondents.length;
  const lang = input.language === 'nn' ? 'nn' : 'nb';
  const w = WORDS[lang];
  const key = legend(FIGURE_WIDTH, undefined, lang);
  const layout = layoutPolitical(model, {
    left: noContact,
    leftHeading: `${w.noContact} ${ofTotal(noContact.length, total)}`,
    middle: withContact,
    middleHeading: `${w.anyContact} ${ofTotal(withContact.length, total)}`,
    bodies: model.bodies,
    bodiesHeading: w.bodies,
    top: key.height + 6,
  });
  const title = w.allTitle(input.kommuneName);
  return {
    id: `political-${input.slug}-all`,
    title,
    svg: politicalSvg(layout, key.svg, title),
    alt: allAlt(model, noContact),
    table: allTable(model, noContact),
  };
}
