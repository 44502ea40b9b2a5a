// Render stage: the network reading in bokmål (the sentences' facts come from sentences.ts).

import type { Level } from '../../types.ts';
import { capitalize, formatNumber, joinList, numberWord } from '../format.ts';
import type { Phrases } from './phrases.ts';

const ADJ: Record<Level, string> = { daily: 'daglige', weekly: 'ukentlige', monthly: 'månedlige' };
const CONTACT: Record<Level, string> = { daily: 'daglig kontakt', weekly: 'ukentlig kontakt', monthly: 'månedlig kontakt' };
const RANK = ['største', 'nest største', 'tredje største'];

const n = (value: number, gender: 'm' | 'f' | 'n' = 'm') => numberWord(value, 'nb', gender);
const persons = (value: number) => `${n(value)} ${value === 1 ? 'person' : 'personer'}`;
const list = (items: readonly string[]) => joinList(items, 'nb');
const dec = (value: number) => formatNumber(value, 1);
const ei = (value: number) => formatNumber(value, 2);

export const PHRASES_NB: Phrases = {
  fragmented: ({ level, components, isolates, persons: total }) =>
    `Det ${ADJ[level]} nettverket er splittet opp i ${n(components, 'm')} deler` +
    (isolates > 0 ? `, og ${n(isolates)} av de ${n(total)} personene har ingen ${CONTACT[level]}.` : '.'),
  noTies: ({ level, persons: total }) => `Ingen av de ${n(total)} personene har ${CONTACT[level]} med hverandre.`,
  largestPart: ({ persons: size }) => `Den største delen har ${persons(size)}.`,
  integrated: ({ level, persons: total, largest, diameter }) =>
    largest === total
      ? `Alle de ${n(total)} personene henger sammen i det ${ADJ[level]} nettverket, og ingen er mer enn ${n(diameter, 'n')} ledd fra hverandre.`
      : `${capitalize(n(largest))} av de ${n(total)} personene henger sammen i det ${ADJ[level]} nettverket, og blant dem er ingen mer enn ${n(diameter, 'n')} ledd fra hverandre.`,
  clusters: ({ level, joined, separate, separateSize, alsoIntegrated }) => {
    const main =
      joined >= 2
        ? `Det ${ADJ[level]} nettverket faller i ${n(joined, 'f')} klynger${alsoIntegrated ? ' som henger sammen gjennom få personer' : ''}`
        : `Det ${ADJ[level]} nettverket har én klynge som holder sammen`;
    if (separate === 0) return `${main}.`;
    const apart =
      separate === 1
        ? `én gruppe på ${persons(separateSize ?? 0)} står helt for seg selv`
        : `${n(separate, 'f')} grupper står helt for seg selv`;
    return `${main}, og ${apart}.`;
  },
  star: ({ level, hubDegree, others }) =>
    `Det ${ADJ[level]} nettverket har form som en stjerne: én person har direkte kontakt med ${n(hubDegree)} av de ${n(others)} andre, og nesten all kontakt går gjennom denne personen.`,
  circle: ({ level }) =>
    `Det ${ADJ[level]} nettverket er en sirkel: hver person har kontakt med to andre, og kontakten går rundt fra person til person.`,
  elongated: ({ level, diameter, averagePathLength }) =>
    `Det ${ADJ[level]} nettverket er langstrakt: den lengste avstanden mellom to personer er ${n(diameter, 'n')} ledd, og i gjennomsnitt er det ${dec(averagePathLength)} ledd mellom to personer.`,
  cluster: ({ rank, persons: size, functions, separate }) => {
    const from = functions.length > 0 ? `, de fleste fra ${list(functions)}` : ', fra flere funksjoner';
    if (separate) return `En gruppe på ${persons(size)}${from}, står helt for seg selv.`;
    return `Den ${RANK[rank] ?? `${rank + 1}. største`} klyngen har ${persons(size)}${from}.`;
  },
  chainBetween: ({ persons: size, sides }) =>
    `En kjede på ${persons(size)}, der hver bare har kontakt med to andre, går mellom ${sides
      .map((s) => `en del på ${persons(s.persons)}${s.functions.length > 0 ? ` med de fleste fra ${list(s.functions)}` : ''}`)
      .join(' og ')}.`,
  chainJoins: ({ persons: size }) =>
    `En kjede på ${persons(size)}, der hver bare har kontakt med to andre, binder to deler av nettverket sammen.`,
  bridgeBuilders: ({ count, byFunction, between }) => {
    const role = between ? 'brobyggere mellom klyngene' : 'brobyggere som holder nettverket sammen';
    const head = count === 1 ? `Én person er ${between ? 'brobygger mellom klyngene' : 'brobygger som holder nettverket sammen'}` : `${capitalize(n(count))} personer er ${role}`;
    const named = byFunction.reduce((s, f) => s + f.persons, 0);
    if (named === 0) return `${head}.`;
    const parts = byFunction.map((f) => `${n(f.persons)} fra ${f.function}`);
    if (count === 1) return `${head}, fra ${byFunction[0]!.function}.`;
    return named === count ? `${head}: ${list(parts)}.` : `${head}; blant dem ${list(parts)}.`;
  },
  isolates: ({ level, isolates, functions }) =>
    `${capitalize(persons(isolates))} har ingen ${CONTACT[level]}` +
    (functions.length > 0 ? `, de fleste fra ${list(functions)}.` : '.'),
  isolatesFrom: ({ functions }) => `De fleste av dem uten kontakt er fra ${list(functions)}.`,
  inward: ({ functions }) => `Personer fra ${list(functions)} har mest kontakt med sine egne.`,
  mixing: ({ eiIndex }) =>
    eiIndex <= -0.3
      ? `Kontakten går mest innenfor funksjonene (E-I-indeks ${ei(eiIndex)}).`
      : eiIndex >= 0.3
        ? `Mye av kontakten går på tvers av funksjonene (E-I-indeks ${ei(eiIndex)}).`
        : `Kontakten fordeler seg nokså jevnt innenfor og på tvers av funksjonene (E-I-indeks ${ei(eiIndex)}).`,
  change: ({ level, from, componentsBefore, componentsNow, isolatesNow }) => {
    const parts =
      componentsNow < componentsBefore
        ? `går antallet deler ned fra ${n(componentsBefore, 'm')} til ${n(componentsNow, 'm')}`
        : componentsNow > componentsBefore
          ? `går antallet deler opp fra ${n(componentsBefore, 'm')} til ${n(componentsNow, 'm')}`
          : `er antallet deler det samme (${n(componentsNow, 'm')})`;
    const alone = isolatesNow === 0 ? 'ingen står uten kontakt' : `${persons(isolatesNow)} står uten kontakt`;
    return `Sammenlignet med det ${ADJ[from]} nettverket ${parts}, og ${alone} når ${CONTACT[level]} regnes med.`;
  },
  compared: ({ level, kommune, kommuner, most, least, longest }) => {
    const rank = most ? 'best sammenhengende' : least ? 'minst sammenhengende' : null;
    const distance = longest === null ? null : `de lengste avstandene (${n(longest, 'n')} ledd)`;
    const what = [rank === null ? null : `det ${rank} ${ADJ[level]} nettverket`, distance].filter((x): x is string => x !== null);
    return `Av de ${n(kommuner)} kommunene i studien har ${kommune} ${list(what)}.`;
  },
  thinResponse: ({ respondents, persons: total }) =>
    `Bare ${n(respondents)} av ${n(total)} svarte på undersøkelsen, så bildet er ufullstendig: kontakt mellom to som ikke svarte, kan ingen ha oppgitt.`,
  small: ({ persons: total }) => `Med bare ${persons(total)} bør mønsteret leses med forsiktighet.`,
};
