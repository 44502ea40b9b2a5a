// What a network figure drew, counted from the finished layout (not from the input), and the
// caption's sentence about those marks in the note's language. The render stage appends the
// sentence to every network figure's caption and checks an author's caption against the counts.

import type { FigureMarks } from '../../types.ts';
import { numberWord } from './alt-text.ts';
import type { FigureLanguage, NetworkLayout } from './types.ts';

export function figureMarks(layout: NetworkLayout): FigureMarks {
  const functions: Record<string, number> = {};
  for (const n of layout.nodes) for (const code of n.functionCodes) functions[code] = (functions[code] ?? 0) + 1;
  return {
    brokerRings: layout.nodes.filter((n) => n.broker).length,
    clusterOutlines: layout.clusters.filter((c) => c.rings.length > 0).length,
    nonRespondents: layout.nodes.filter((n) => !n.respondent).length,
    strongTies: layout.ties.filter((t) => t.strong).length,
    ties: layout.ties.length,
    multipleFunctions: layout.nodes.filter((n) => n.functionCodes.length > 1).length,
    functions,
  };
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const CAPTION = {
  nb: {
    clusters: (n: number) => `${capital(numberWord(n, false, 'nb'))} ${n === 1 ? 'klynge er' : 'klynger er'} ringet inn med rødt`,
    brokers: (n: number) => `${numberWord(n, false, 'nb')} ${n === 1 ? 'brobygger' : 'brobyggere'} er markert med rød sirkel`,
    brokersFirst: (n: number) => `${capital(numberWord(n, false, 'nb'))} ${n === 1 ? 'brobygger' : 'brobyggere'} er markert med rød sirkel`,
    noBrokers: 'Ingen skiller seg ut som brobygger.',
    nonRespondents: (n: number) => `${capital(numberWord(n, false, 'nb'))} ${n === 1 ? 'person' : 'personer'} med stiplet kant har ikke svart og er bare med gjennom andres svar.`,
    strong: (what: string) => `Tykke linjer viser ${what.toLowerCase()}.`,
    multiple: (n: number) => `${capital(numberWord(n, false, 'nb'))} ${n === 1 ? 'person har' : 'personer har'} flere funksjoner og er vist med én farge per funksjon.`,
  },
  nn: {
    clusters: (n: number) => `${capital(numberWord(n, false, 'nn'))} ${n === 1 ? 'klynge er' : 'klynger er'} ringa inn med raudt`,
    brokers: (n: number) => `${numberWord(n, false, 'nn')} ${n === 1 ? 'brubyggjar er markert' : 'brubyggjarar er markerte'} med raud sirkel`,
    brokersFirst: (n: number) => `${capital(numberWord(n, false, 'nn'))} ${n === 1 ? 'brubyggjar er markert' : 'brubyggjarar er markerte'} med raud sirkel`,
    noBrokers: 'Ingen skil seg ut som brubyggjar.',
    nonRespondents: (n: number) => `${capital(numberWord(n, false, 'nn'))} ${n === 1 ? 'person' : 'personar'} med stipla kant har ikkje svart og er berre med gjennom svara til andre.`,
    strong: (what: string) => `Tjukke liner viser ${what.toLowerCase()}.`,
    multiple: (n: number) => `${capital(numberWord(n, false, 'nn'))} ${n === 1 ? 'person har' : 'personar har'} fleire funksjonar og er viste med éin farge per funksjon.`,
  },
} as const;

/**
 * «Tre klynger er ringet inn med rødt, og to brobyggere er markert med rød sirkel. Seks personer
 * med stiplet kant har ikke svart og er bare med gjennom andres svar. Tykke linjer viser daglig
 * kontakt.» Only marks the figure drew; «Ingen skiller seg ut som brobygger.» where a figure with
 * ties has no bridge builder, so a reader looking for the rings knows why there are none.
 */
export function marksCaption(marks: FigureMarks, lang: FigureLanguage, strongTieWord: string): string {
  const t = CAPTION[lang];
  const sentences: string[] = [];
  if (marks.clusterOutlines > 0 && marks.brokerRings > 0) sentences.push(`${t.clusters(marks.clusterOutlines)}, og ${t.brokers(marks.brokerRings)}.`);
  else if (marks.clusterOutlines > 0) sentences.push(`${t.clusters(marks.clusterOutlines)}.`);
  else if (marks.brokerRings > 0) sentences.push(`${t.brokersFirst(marks.brokerRings)}.`);
  if (marks.brokerRings === 0 && marks.ties > 0) sentences.push(t.noBrokers);
  if (marks.nonRespondents > 0) sentences.push(t.nonRespondents(marks.nonRespondents));
  if (marks.strongTies > 0) sentences.push(t.strong(strongTieWord));
  if (marks.multipleFunctions > 0) sentences.push(t.multiple(marks.multipleFunctions));
  return sentences.join(' ');
}
