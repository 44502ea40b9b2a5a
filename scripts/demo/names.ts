// Fictional names for persons.csv. Only the privacy guard ever reads them: every name is a rare
// first + last pair, so a search for it cannot hit ordinary Norwegian text by accident.

import type { Rng } from './rng.ts';

export const FIRST_NAMES = [
  'Ingrid', 'Sigrid', 'Solveig', 'Ragnhild', 'Gunnhild', 'Åshild', 'Synnøve', 'Vigdis',
  'Torunn', 'Hildegunn', 'Eldbjørg', 'Frøydis', 'Oddny', 'Gudrun', 'Birgitte', 'Henriette',
  'Magnhild', 'Margrethe', 'Ingeborg', 'Jorunn', 'Turid', 'Sølvi', 'Åslaug', 'Borghild', 'Randveig',
  'Torgeir', 'Håvard', 'Øystein', 'Sigurd', 'Eirik', 'Steinar', 'Tormod', 'Sverre', 'Ingvald',
  'Bjørnar', 'Asbjørn', 'Halvard', 'Vegard', 'Audun', 'Gjermund', 'Kristoffer', 'Jostein',
  'Terje', 'Ståle', 'Torstein', 'Leidulv', 'Håkon', 'Ottar',
];

export const SURNAMES = [
  'Haugland', 'Fjeldstad', 'Aasheim', 'Rønningen', 'Sæther', 'Holmøy', 'Strømsnes', 'Kvernmo',
  'Hjelmeland', 'Lyngstad', 'Skjærvø', 'Tveiten', 'Øvergaard', 'Bjørnstad', 'Grønvold', 'Løvås',
  'Brattli', 'Myrvang', 'Fossheim', 'Kolstad', 'Vollan', 'Rødseth', 'Engvik', 'Hovdenak',
  'Gjerstad', 'Langmo', 'Ulvestad', 'Nyhus', 'Bergsvåg', 'Furuseth', 'Kvamme', 'Aarflot',
  'Flatmo', 'Nordbø', 'Skogstad', 'Mjøen', 'Refsnes', 'Sollid', 'Stenseth', 'Jøssang',
  'Krogsæter', 'Ødegård', 'Tønnessen', 'Hasvold', 'Sivertsen', 'Utheim',
];

/**
 * `count` distinct "first last" names. A surname is not reused until every surname has been
 * used once, so the demo has few namesakes.
 */
export function drawNames(rng: Rng, count: number): string[] {
  const names: string[] = [];
  const used = new Set<string>();
  let surnames: string[] = [];
  while (names.length < count) {
    if (surnames.length === 0) surnames = rng.shuffle(SURNAMES);
    const name = `${rng.pick(FIRST_NAMES)} ${surnames.pop()!}`;
    if (used.has(name)) continue;
    used.add(name);
    names.push(name);
  }
  return names;
}
