// Import stage: a cell's code → what it means. A code matches when the cell, or its label where the
// export has labels, equals one of the codes or texts the mapping (or the defaults) lists for a value,
// after NFC, trimming and ignoring case. Every code seen is counted for the report.

export type CodeLists = Record<string, string[]>;

const fold = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('nb');

export class CodeMap {
  private readonly index = new Map<string, string>();
  /** `code → value` pairs seen, for the report. */
  readonly seen = new Map<string, string>();

  constructor(
    readonly name: string,
    readonly lists: CodeLists,
  ) {
    for (const [value, codes] of Object.entries(lists)) {
      for (const code of codes) if (!this.index.has(fold(code))) this.index.set(fold(code), value);
    }
  }

  /** The value `raw` (or its label) stands for; undefined when none. */
  lookup(raw: string, labels?: Map<string, string>): string | undefined {
    const value = this.index.get(fold(raw)) ?? (labels?.has(raw.trim()) ? this.index.get(fold(labels.get(raw.trim())!)) : undefined);
    if (value !== undefined) this.seen.set(raw.trim(), value);
    return value;
  }

  /** `value: code, code` for a message listing what is known. */
  known(): string[] {
    return Object.entries(this.lists).map(([value, codes]) => `${value} = ${codes.map((c) => JSON.stringify(c)).join(' or ')}`);
  }
}

/** Lists merged: the mapping's codes first, then the defaults (so the texts always work). */
export function merged(own: CodeLists | undefined, defaults: CodeLists): CodeLists {
  const out: CodeLists = {};
  for (const key of new Set([...Object.keys(own ?? {}), ...Object.keys(defaults)])) {
    out[key] = [...new Set([...(own?.[key] ?? []), ...(defaults[key] ?? [])])];
  }
  return out;
}

/**
 * A comma-joined multiple answer (Qualtrics) → the values of its choices. Choice texts may themselves
 * hold commas, so the cell is read as a sequence of known choices, longest first at each place.
 */
export function splitJoined(cell: string, map: CodeMap, labels?: Map<string, string>): { values: string[]; unknown?: string } {
  const parts = cell.split(',');
  const values: string[] = [];
  let i = 0;
  while (i < parts.length) {
    let found = false;
    for (let j = parts.length; j > i; j--) {
      const value = map.lookup(parts.slice(i, j).join(','), labels);
      if (value === undefined) continue;
      values.push(value);
      i = j;
      found = true;
      break;
    }
    if (!found) return { values, unknown: parts.slice(i).join(',').trim() };
  }
  return { values };
}
