// The figure's text alternative (bokmål or nynorsk, as the note) and the table of the data behind
// it, both generated from the same normalised network the drawing comes from.

import { joinList } from '../../norwegian.ts';
import type { DataTable } from '../../types.ts';
import type { NormalNetwork, NormalPerson } from './normalize.ts';
import type { FigureLanguage } from './types.ts';

const WORDS: Record<FigureLanguage, string[]> = {
  nb: ['null', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'],
  nn: ['null', 'éin', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'],
};

/** Every fixed word of the text alternative and the table, per language. */
const TEXT = {
  nb: {
    one: 'én', oneNeuter: 'ett', and: 'og', all: 'alle', most: 'mest',
    person: 'person', persons: 'personer', cluster: 'klynge', clusters: 'klynger', broker: 'brobygger', brokers: 'brobyggere',
    noTies: 'Ingen av dem har bånd til hverandre.',
    allConnected: 'Alle henger sammen i ett nettverk.',
    someConnected: (n: string) => `${n} av dem henger sammen i ett nettverk.`,
    parts: (k: string, sizes: string) => `Nettverket faller i ${k} deler som ikke er knyttet sammen, med ${sizes} personer.`,
    isolates: (who: string, list: string) => `${who} har ingen bånd (vist for seg nederst): ${list}.`,
    clusterItem: (i: number, n: number, fns: string) => `klynge ${i} med ${n} personer, ${fns}`,
    clustersRinged: (who: string, each: string) => `${who} er ringet inn med rødt: ${each}.`,
    brokersCircled: (who: string, list: string) => `${who} (rød sirkel): ${list}.`,
    nonRespondents: (k: string) => `, hvorav ${k} ikke har svart og bare er med gjennom andres svar`,
    strongOf: (n: number, what: string) => ` (${n} av dem ${what})`,
    network: (title: string, persons: string, who: string, ties: string, strong: string) =>
      `${title}. Nettverk med ${persons}${who}, og ${ties} bånd mellom dem${strong}.`,
    none: 'ingen',
    headers: ['Person (kode)', 'Funksjon', 'Svart', 'Bånd', 'Klynge', 'Brobygger'],
    yes: 'ja', no: 'nei',
  },
  nn: {
    one: 'éin', oneNeuter: 'eitt', and: 'og', all: 'alle', most: 'mest',
    person: 'person', persons: 'personar', cluster: 'klynge', clusters: 'klynger', broker: 'brubyggjar', brokers: 'brubyggjarar',
    noTies: 'Ingen av dei har band til kvarandre.',
    allConnected: 'Alle heng saman i eitt nettverk.',
    someConnected: (n: string) => `${n} av dei heng saman i eitt nettverk.`,
    parts: (k: string, sizes: string) => `Nettverket fell i ${k} delar som ikkje er knytte saman, med ${sizes} personar.`,
    isolates: (who: string, list: string) => `${who} har ingen band (viste for seg nedst): ${list}.`,
    clusterItem: (i: number, n: number, fns: string) => `klynge ${i} med ${n} personar, ${fns}`,
    clustersRinged: (who: string, each: string) => `${who} er ringa inn med raudt: ${each}.`,
    brokersCircled: (who: string, list: string) => `${who} (raud sirkel): ${list}.`,
    nonRespondents: (k: string) => `, der ${k} ikkje har svart og berre er med gjennom svara til andre`,
    strongOf: (n: number, what: string) => ` (${n} av dei ${what})`,
    network: (title: string, persons: string, who: string, ties: string, strong: string) =>
      `${title}. Nettverk med ${persons}${who}, og ${ties} band mellom dei${strong}.`,
    none: 'ingen',
    headers: ['Person (kode)', 'Funksjon', 'Svart', 'Band', 'Klynge', 'Brubyggjar'],
    yes: 'ja', no: 'nei',
  },
} as const;

/** 1..12 as words ("ett"/"eitt" for neuter nouns), larger numbers as digits. */
export function numberWord(n: number, neuter = false, lang: FigureLanguage = 'nb'): string {
  if (n === 1) return neuter ? TEXT[lang].oneNeuter : TEXT[lang].one;
  return n >= 0 && n < WORDS[lang].length ? WORDS[lang][n]! : String(n);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}


function plural(n: number, one: string, many: string, neuter = false, lang: FigureLanguage = 'nb'): string {
  return `${numberWord(n, neuter, lang)} ${n === 1 ? one : many}`;
}

function functionCounts(persons: NormalPerson[]): { label: string; count: number; index: number }[] {
  const counts = new Map<string, { label: string; count: number; index: number }>();
  for (const p of persons) {
    const entry = counts.get(p.functionCode) ?? { label: p.label, count: 0, index: p.functionIndex };
    entry.count++;
    counts.set(p.functionCode, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.index - b.index);
}

/** "mest Tjenester (5) og Tildeling (3)": the one or two functions that dominate a group. */
export function dominantFunctions(persons: NormalPerson[], lang: FigureLanguage = 'nb'): string {
  const [first, second] = functionCounts(persons);
  if (!first) return '';
  if (first.count === persons.length) return `${TEXT[lang].all} ${first.label}`;
  const top = [first];
  if (second && (second.count === first.count || (second.count >= 2 && first.count / persons.length < 0.75))) top.push(second);
  return `${TEXT[lang].most} ${joinList(top.map((f) => `${f.label} (${f.count})`))}`;
}

function structureSentence(net: NormalNetwork, components: string[][], isolates: string[]): string {
  const t = TEXT[net.lang];
  const n = net.persons.length;
  if (net.ties.length === 0) return t.noTies;
  const parts: string[] = [];
  if (components.length === 1) {
    parts.push(isolates.length === 0 ? t.allConnected : t.someConnected(capitalise(numberWord(n - isolates.length, false, net.lang))));
  } else {
    parts.push(t.parts(numberWord(components.length, false, net.lang), joinList(components.map((c) => String(c.length)))));
  }
  if (isolates.length > 0) {
    const byFunction = functionCounts(isolates.map((id) => net.byId.get(id)!));
    parts.push(
      t.isolates(capitalise(plural(isolates.length, t.person, t.persons, false, net.lang)), joinList(byFunction.map((f) => `${f.count} ${f.label}`))),
    );
  }
  return parts.join(' ');
}

function clusterSentence(net: NormalNetwork): string {
  const t = TEXT[net.lang];
  if (net.clusters.length === 0) return '';
  const each = net.clusters.map((members, i) =>
    t.clusterItem(i + 1, members.length, dominantFunctions(members.map((id) => net.byId.get(id)!), net.lang)));
  return t.clustersRinged(capitalise(plural(net.clusters.length, t.cluster, t.clusters, false, net.lang)), each.join('; '));
}

function brokerSentence(net: NormalNetwork): string {
  const t = TEXT[net.lang];
  const brokers = net.persons
    .filter((p) => p.broker)
    .sort((a, b) => a.functionIndex - b.functionIndex || (a.id < b.id ? -1 : 1));
  if (brokers.length === 0) return '';
  // Grouped by label, in study order: "Tildeling og to Boligsosial plan".
  const groups = new Map<string, number>();
  for (const b of brokers) groups.set(b.label, (groups.get(b.label) ?? 0) + 1);
  const named = [...groups].map(([label, count]) => (count === 1 ? label : `${numberWord(count, false, net.lang)} ${label}`));
  return t.brokersCircled(capitalise(plural(brokers.length, t.broker, t.brokers, false, net.lang)), joinList(named));
}

export function networkAlt(net: NormalNetwork, components: string[][], isolates: string[]): string {
  const t = TEXT[net.lang];
  const n = net.persons.length;
  const missing = net.persons.filter((p) => !p.respondent).length;
  const who = missing > 0 ? t.nonRespondents(numberWord(missing, false, net.lang)) : '';
  const strong = net.strong.size > 0 ? t.strongOf(net.strong.size, net.tieLegend.strongTie.toLowerCase()) : '';
  const ties = net.ties.length === 0 ? t.none : numberWord(net.ties.length, true, net.lang);
  const sentences = [
    t.network(net.title, plural(n, t.person, t.persons, false, net.lang), who, ties, strong),
    structureSentence(net, components, isolates),
    clusterSentence(net),
    brokerSentence(net),
  ];
  return sentences.filter((s) => s !== '').join(' ');
}

export const TABLE_HEADERS = [...TEXT.nb.headers];

export function networkTable(net: NormalNetwork): DataTable {
  const t = TEXT[net.lang ?? 'nb'];
  const clusterOf = new Map<string, number>();
  net.clusters.forEach((members, i) => members.forEach((id) => clusterOf.set(id, i + 1)));
  return {
    headers: [...t.headers],
    rows: net.persons.map((p) => [
      p.id,
      p.functionCodes.map((code) => net.functions.find((f) => f.code === code)?.name ?? code).join(', '),
      p.respondent ? t.yes : t.no,
      String(net.neighbours.get(p.id)!.length),
      clusterOf.has(p.id) ? String(clusterOf.get(p.id)) : '',
      p.broker ? t.yes : '',
    ]),
  };
}
