// Render stage: the network reading in nynorsk (the sentences' facts come from sentences.ts).

import type { Level } from '../../types.ts';
import { capitalize, formatNumber, joinList, numberWord } from '../format.ts';
import type { Phrases } from './phrases.ts';

const ADJ: Record<Level, string> = { daily: 'daglege', weekly: 'vekentlege', monthly: 'månadlege' };
const CONTACT: Record<Level, string> = { daily: 'dagleg kontakt', weekly: 'vekentleg kontakt', monthly: 'månadleg kontakt' };
const RANK = ['største', 'nest største', 'tredje største'];

const n = (value: number, gender: 'm' | 'f' | 'n' = 'm') => numberWord(value, 'nn', gender);
const persons = (value: number) => `${n(value)} ${value === 1 ? 'person' : 'personar'}`;
const list = (items: readonly string[]) => joinList(items, 'nn');
const dec = (value: number) => formatNumber(value, 1);
const ei = (value: number) => formatNumber(value, 2);

export const PHRASES_NN: Phrases = {
  fragmented: ({ level, components, isolates, persons: total }) =>
    `Det ${ADJ[level]} nettverket er splitta opp i ${n(components, 'm')} delar` +
    (isolates > 0 ? `, og ${n(isolates)} av dei ${n(total)} personane har ingen ${CONTACT[level]}.` : '.'),
  noTies: ({ level, persons: total }) => `Ingen av dei ${n(total)} personane har ${CONTACT[level]} med kvarandre.`,
  largestPart: ({ persons: size }) => `Den største delen har ${persons(size)}.`,
  integrated: ({ level, persons: total, largest, diameter }) =>
    largest === total
      ? `Alle dei ${n(total)} personane heng saman i det ${ADJ[level]} nettverket, og ingen er meir enn ${n(diameter, 'n')} ledd frå kvarandre.`
      : `${capitalize(n(largest))} av dei ${n(total)} personane heng saman i det ${ADJ[level]} nettverket, og blant dei er ingen meir enn ${n(diameter, 'n')} ledd frå kvarandre.`,
  clusters: ({ level, joined, separate, separateSize, alsoIntegrated }) => {
    const main =
      joined >= 2
        ? `Det ${ADJ[level]} nettverket fell i ${n(joined, 'f')} klynger${alsoIntegrated ? ' som heng saman gjennom få personar' : ''}`
        : `Det ${ADJ[level]} nettverket har éi klynge som held saman`;
    if (separate === 0) return `${main}.`;
    const apart =
      separate === 1
        ? `éi gruppe på ${persons(separateSize ?? 0)} står heilt for seg sjølv`
        : `${n(separate, 'f')} grupper står heilt for seg sjølv`;
    return `${main}, og ${apart}.`;
  },
  star: ({ level, hubDegree, others }) =>
    `Det ${ADJ[level]} nettverket har form som ei stjerne: éin person har direkte kontakt med ${n(hubDegree)} av dei ${n(others)} andre, og nesten all kontakt går gjennom denne personen.`,
  circle: ({ level }) =>
    `Det ${ADJ[level]} nettverket er ein sirkel: kvar person har kontakt med to andre, og kontakten går rundt frå person til person.`,
  elongated: ({ level, diameter, averagePathLength }) =>
    `Det ${ADJ[level]} nettverket er langstrekt: den lengste avstanden mellom to personar er ${n(diameter, 'n')} ledd, og i gjennomsnitt er det ${dec(averagePathLength)} ledd mellom to personar.`,
  cluster: ({ rank, persons: size, functions, separate }) => {
    const from = functions.length > 0 ? `, dei fleste frå ${list(functions)}` : ', frå fleire funksjonar';
    if (separate) return `Ei gruppe på ${persons(size)}${from}, står heilt for seg sjølv.`;
    return `Den ${RANK[rank] ?? `${rank + 1}. største`} klynga har ${persons(size)}${from}.`;
  },
  chainBetween: ({ persons: size, sides }) =>
    `Ein kjede på ${persons(size)}, der kvar berre har kontakt med to andre, går mellom ${sides
      .map((s) => `ein del på ${persons(s.persons)}${s.functions.length > 0 ? ` med dei fleste frå ${list(s.functions)}` : ''}`)
      .join(' og ')}.`,
  chainJoins: ({ persons: size }) =>
    `Ein kjede på ${persons(size)}, der kvar berre har kontakt med to andre, bind to delar av nettverket saman.`,
  bridgeBuilders: ({ count, byFunction, between }) => {
    const role = between ? 'brubyggjarar mellom klyngene' : 'brubyggjarar som held nettverket saman';
    const head = count === 1 ? `Éin person er ${between ? 'brubyggjar mellom klyngene' : 'brubyggjar som held nettverket saman'}` : `${capitalize(n(count))} personar er ${role}`;
    const named = byFunction.reduce((s, f) => s + f.persons, 0);
    if (named === 0) return `${head}.`;
    const parts = byFunction.map((f) => `${n(f.persons)} frå ${f.function}`);
    if (count === 1) return `${head}, frå ${byFunction[0]!.function}.`;
    return named === count ? `${head}: ${list(parts)}.` : `${head}; blant dei ${list(parts)}.`;
  },
  isolates: ({ level, isolates, functions }) =>
    `${capitalize(persons(isolates))} har ingen ${CONTACT[level]}` +
    (functions.length > 0 ? `, dei fleste frå ${list(functions)}.` : '.'),
  isolatesFrom: ({ functions }) => `Dei fleste av dei utan kontakt er frå ${list(functions)}.`,
  inward: ({ functions }) => `Personar frå ${list(functions)} har mest kontakt med sine eigne.`,
  mixing: ({ eiIndex }) =>
    eiIndex <= -0.3
      ? `Kontakten går mest innanfor funksjonane (E-I-indeks ${ei(eiIndex)}).`
      : eiIndex >= 0.3
        ? `Mykje av kontakten går på tvers av funksjonane (E-I-indeks ${ei(eiIndex)}).`
        : `Kontakten fordeler seg nokså jamt innanfor og på tvers av funksjonane (E-I-indeks ${ei(eiIndex)}).`,
  change: ({ level, from, componentsBefore, componentsNow, isolatesNow }) => {
    const parts =
      componentsNow < componentsBefore
        ? `går talet på delar ned frå ${n(componentsBefore, 'm')} til ${n(componentsNow, 'm')}`
        : componentsNow > componentsBefore
          ? `går talet på delar opp frå ${n(componentsBefore, 'm')} til ${n(componentsNow, 'm')}`
          : `er talet på delar det same (${n(componentsNow, 'm')})`;
    const alone = isolatesNow === 0 ? 'ingen står utan kontakt' : `${persons(isolatesNow)} står utan kontakt`;
    return `Samanlikna med det ${ADJ[from]} nettverket ${parts}, og ${alone} når ${CONTACT[level]} er rekna med.`;
  },
  compared: ({ level, kommune, kommuner, most, least, longest }) => {
    const rank = most ? 'best samanhengande' : least ? 'minst samanhengande' : null;
    const distance = longest === null ? null : `dei lengste avstandane (${n(longest, 'n')} ledd)`;
    const what = [rank === null ? null : `det ${rank} ${ADJ[level]} nettverket`, distance].filter((x): x is string => x !== null);
    return `Av dei ${n(kommuner)} kommunane i studien har ${kommune} ${list(what)}.`;
  },
  thinResponse: ({ respondents, persons: total }) =>
    `Berre ${n(respondents)} av ${n(total)} svarte på undersøkinga, så biletet er ufullstendig: kontakt mellom to som ikkje svarte, kan ingen ha oppgitt.`,
  small: ({ persons: total }) => `Med berre ${persons(total)} bør mønsteret lesast med varsemd.`,
};
