// The one way the project finds persons' names in text: for the privacy guard (src/pipeline/privacy.ts),
// for the redaction of every message (logs, stderr, validation problems) and for ids built from names.
//
// Text is read as a reader reads it: Unicode NFC (a name typed in NFD is the same name), invisible
// characters removed (zero-width space/joiner, soft hyphen, BOM, direction marks), case ignored, and
// apostrophes (' ’ ʼ ‘), dashes (- ‐ ‑ – —) and spaces (incl. no-break and narrow no-break) all one
// kind of gap: `O'Neill`, `O’Neill` and `O Neill` are the same name, as are `Anne-Lise` and `Anne Lise`
// (and `kari_nordmann`, `kari.nordmann`: ids and addresses built from a name).
// A name is a sequence of words (letters, digits, combining marks); it matches whole words only
// (`Dag` is not in `daglig`), with only such gaps between its words.
//
// All names go into one trie of words, built once; a text is cut into words once and each word
// position walks the trie (at most as deep as the longest name): time linear in text and names.

import type { Source } from './types.ts';

/** One person whose name (or a part of it) a match stands for. */
export interface NameOwner {
  source: Source;
}

export interface NameMatch {
  /** Offsets in the text as given. */
  start: number;
  end: number;
  /** Every word of the person's name (as in persons.csv), or only one part of it: a first name or a surname alone. */
  full: boolean;
  /** Written with a capital first letter in the text. */
  capitalised: boolean;
  /** The persons of that name (namesakes share a match), in the order they were added. */
  owners: NameOwner[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  full?: NameOwner[];
  part?: NameOwner[];
}

/** Zero-width and format characters a reader never sees (and a paste may carry). */
const INVISIBLES = '\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0';
const INVISIBLE = new RegExp(`[${INVISIBLES}]`, 'g');
const ANY_INVISIBLE = new RegExp(`[${INVISIBLES}]`);
/** A word: letters, digits, combining marks (not `_`, so `kari_nordmann` is two words). */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/**
 * What may stand between two words of one name: spaces, apostrophes, dashes (invisibles are gone
 * already); and `_` and `.`, so an id or address built from a name (`kari_nordmann`, `kari.nordmann@…`) is one too.
 */
const NAME_GAP = /^[\s\u00A0\u2007\u202F'’ʼ‘`´\-\u2010-\u2015\u2212_.]+$/u;
/** Between the parts of a name as persons.csv writes them. */
const PART_SEPARATOR = /\s/u;
/** A part shorter than this (an initial, `K.`) is never searched alone. */
const MIN_PART_LETTERS = 2;

/** The words of `text` with their offsets (in `text`), lower-cased, NFC; invisibles are skipped inside a word. */
export function words(text: string): { word: string; start: number; end: number; gapBefore: string }[] {
  const { clean, offset } = withoutInvisibles(text);
  const out: { word: string; start: number; end: number; gapBefore: string }[] = [];
  let last = 0;
  for (const m of clean.matchAll(WORD)) {
    const start = m.index!;
    const end = start + m[0].length;
    out.push({ word: m[0].normalize('NFC').toLowerCase(), start: offset(start), end: offset(end - 1) + 1, gapBefore: clean.slice(last, start) });
    last = end;
  }
  return out;
}

/** `text` without invisible characters, and the map from an offset in the result back to one in `text`. */
function withoutInvisibles(text: string): { clean: string; offset: (i: number) => number } {
  if (!ANY_INVISIBLE.test(text)) return { clean: text, offset: (i) => i };
  const removed = [...text.matchAll(INVISIBLE)].map((m) => m.index!);
  // removedBefore[k]: offset in the clean text where the k-th removed character was.
  const at = removed.map((index, k) => index - k);
  const clean = text.replace(INVISIBLE, '');
  const offset = (i: number): number => {
    let lo = 0;
    let hi = at.length; // number of removed characters at or before clean offset i
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! <= i) lo = mid + 1;
      else hi = mid;
    }
    return i + lo;
  };
  return { clean, offset };
}

export class NameMatcher {
  private readonly root: TrieNode = { next: new Map() };
  private count = 0;

  /** Number of names added. */
  get size(): number {
    return this.count;
  }

  /**
   * Adds a person's name: the whole name, and each of its space-separated parts (a first name, a
   * surname, `Anne-Lise`) of two letters or more. A one-word name is only ever a part: `Dag` alone
   * can be the word as well as the person.
   */
  add(name: string, owner: NameOwner): void {
    const ws = words(name);
    if (ws.length === 0) return;
    this.count++;
    if (ws.length > 1) this.insert(ws.map((w) => w.word), owner, 'full');
    // Parts: the words between white space (`Anne-Lise` is one part of two words).
    let part: string[] = [];
    const endPart = () => {
      if (part.join('').length >= MIN_PART_LETTERS) this.insert(part, owner, 'part');
      part = [];
    };
    for (const w of ws) {
      if (part.length > 0 && PART_SEPARATOR.test(w.gapBefore)) endPart();
      part.push(w.word);
    }
    endPart();
  }

  private insert(sequence: string[], owner: NameOwner, kind: 'full' | 'part'): void {
    let node = this.root;
    for (const word of sequence) {
      let next = node.next.get(word);
      if (!next) node.next.set(word, (next = { next: new Map() }));
      node = next;
    }
    const owners = (node[kind] ??= []);
    if (owners[owners.length - 1] !== owner) owners.push(owner);
  }

  /** Every name in `text`, longest first at each place, left to right, not overlapping. */
  find(text: string): NameMatch[] {
    if (this.count === 0 || text === '') return [];
    const ws = words(text);
    const matches: NameMatch[] = [];
    for (let i = 0; i < ws.length; ) {
      let node = this.root.next.get(ws[i]!.word);
      let best: { end: number; j: number; full: boolean; owners: NameOwner[] } | undefined;
      for (let j = i; node; ) {
        if (node.full) best = { end: ws[j]!.end, j, full: true, owners: node.full };
        else if (node.part) best = { end: ws[j]!.end, j, full: false, owners: node.part };
        j++;
        if (j >= ws.length || !NAME_GAP.test(ws[j]!.gapBefore)) break;
        node = node.next.get(ws[j]!.word);
      }
      if (!best) {
        i++;
        continue;
      }
      const start = ws[i]!.start;
      const first = text.slice(start, start + 1);
      matches.push({ start, end: best.end, full: best.full, capitalised: first !== first.toLowerCase(), owners: best.owners });
      i = best.j + 1;
    }
    return matches;
  }

  /**
   * `text` with names replaced by `[name on persons.csv line N]`: every whole name, and a first name
   * or surname alone where it is written with a capital (as names are; `per` and `dag` in a message
   * are words, `Per` and `Dag` are not printed).
   */
  redact(text: string): string {
    const matches = this.find(text).filter((m) => m.full || m.capitalised);
    if (matches.length === 0) return text;
    let out = '';
    let at = 0;
    for (const m of matches) {
      out += `${text.slice(at, m.start)}[name on ${placeOf(m.owners[0]!.source)}]`;
      at = m.end;
    }
    return out + text.slice(at);
  }
}

/** `persons.csv line 4`: where a name was written, without the name. */
export function placeOf(source: Source): string {
  const file = source.file.split(/[\\/]/).pop() ?? source.file;
  return source.line === undefined ? file : `${file} line ${source.line}`;
}
