// The figure's text alternative (Norwegian bokmål) and the table of the data behind it, both
// generated from the same normalised network the drawing comes from.

import type { DataTable } from '../../types.ts';
import type { NormalNetwork, NormalPerson } from './normalize.ts';

const WORDS = ['null', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'];

/** 1..12 as words ("ett" for neuter nouns), larger numbers as digits. */
export function numberWord(n: number, neuter = false): string {
  if (n === 1) return neuter ? 'ett' : 'én';
  return n >= 0 && n < WORDS.length ? WORDS[n]! : String(n);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "a", "a og b", "a, b og c". */
export function joinList(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`;
}

function plural(n: number, one: string, many: string, neuter = false): string {
  return `${numberWord(n, neuter)} ${n === 1 ? one : many}`;
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
export function dominantFunctions(persons: NormalPerson[]): string {
  const [first, second] = functionCounts(persons);
  if (!first) return '';
  if (first.count === persons.length) return `alle ${first.label}`;
  const top = [first];
  if (second && (second.count === first.count || (second.count >= 2 && first.count / persons.length < 0.75))) top.push(second);
  return `mest ${joinList(top.map((f) => `${f.label} (${f.count})`))}`;
}

function structureSentence(net: NormalNetwork, components: string[][], isolates: string[]): string {
  const n = net.persons.length;
  if (net.ties.length === 0) return 'Ingen av dem har bånd til hverandre.';
  const parts: string[] = [];
  if (components.length === 1) {
    parts.push(isolates.length === 0 ? 'Alle henger sammen i ett nettverk.' : `${capitalise(numberWord(n - isolates.length))} av dem henger sammen i ett nettverk.`);
  } else {
    const sizes = joinList(components.map((c) => String(c.length)));
    parts.push(`Nettverket faller i ${numberWord(components.length)} deler som ikke er knyttet sammen, med ${sizes} personer.`);
  }
  if (isolates.length > 0) {
    const byFunction = functionCounts(isolates.map((id) => net.byId.get(id)!));
    parts.push(
      `${capitalise(plural(isolates.length, 'person', 'personer'))} har ingen bånd (vist for seg nederst): ${joinList(byFunction.map((f) => `${f.count} ${f.label}`))}.`,
    );
  }
  return parts.join(' ');
}

function clusterSentence(net: NormalNetwork): string {
  if (net.clusters.length === 0) return '';
  const each = net.clusters.map(
    (members, i) => `klynge ${i + 1} med ${members.length} personer, ${dominantFunctions(members.map((id) => net.byId.get(id)!))}`,
  );
  return `${capitalise(plural(net.clusters.length, 'klynge', 'klynger'))} er ringet inn med rødt: ${each.join('; ')}.`;
}

function brokerSentence(net: NormalNetwork): string {
  const brokers = net.persons
    .filter((p) => p.broker)
    .sort((a, b) => a.functionIndex - b.functionIndex || (a.id < b.id ? -1 : 1));
  if (brokers.length === 0) return '';
  // Grouped by label, in study order: "Tildeling og to Boligsosial plan".
  const groups = new Map<string, number>();
  for (const b of brokers) groups.set(b.label, (groups.get(b.label) ?? 0) + 1);
  const named = [...groups].map(([label, count]) => (count === 1 ? label : `${numberWord(count)} ${label}`));
  return `${capitalise(plural(brokers.length, 'brobygger', 'brobyggere'))} (rød sirkel): ${joinList(named)}.`;
}

export function networkAlt(net: NormalNetwork, components: string[][], isolates: string[]): string {
  const n = net.persons.length;
  const missing = net.persons.filter((p) => !p.respondent).length;
  const who = missing > 0 ? `, hvorav ${numberWord(missing)} ikke har svart og bare er med gjennom andres svar` : '';
  const strong = net.strong.size > 0 ? ` (${net.strong.size} av dem ${net.tieLegend.strongTie.toLowerCase()})` : '';
  const sentences = [
    `${net.title}. Nettverk med ${plural(n, 'person', 'personer')}${who}, og ${net.ties.length === 0 ? 'ingen' : numberWord(net.ties.length, true)} bånd mellom dem${strong}.`,
    structureSentence(net, components, isolates),
    clusterSentence(net),
    brokerSentence(net),
  ];
  return sentences.filter((s) => s !== '').join(' ');
}

export const TABLE_HEADERS = ['Person (kode)', 'Funksjon', 'Svart', 'Bånd', 'Klynge', 'Brobygger'];

export function networkTable(net: NormalNetwork): DataTable {
  const clusterOf = new Map<string, number>();
  net.clusters.forEach((members, i) => members.forEach((id) => clusterOf.set(id, i + 1)));
  return {
    headers: TABLE_HEADERS,
    rows: net.persons.map((p) => [
      p.id,
      net.functions[p.functionIndex]?.name ?? p.label,
      p.respondent ? 'ja' : 'nei',
      String(net.neighbours.get(p.id)!.length),
      clusterOf.has(p.id) ? String(clusterOf.get(p.id)) : '',
      p.broker ? 'ja' : '',
    ]),
  };
}
