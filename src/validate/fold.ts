// Validate stage: the spelling rules shared by every check (enumerated values, ids, suggestions).

/** Enumerated values match case-insensitively, trimmed, with æ/ø/å folded: `Månedlig ` = `manedlig`, `Vet ikke` = `vet_ikke`. */
export function fold(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s-]+/g, '_');
}

const ID = /^[A-Za-z0-9_-]+$/;

/** Person ids, function codes, question ids and slugs: letters a-z, digits, `_` and `-`. */
export function isId(value: string): boolean {
  return ID.test(value);
}

/** Index of known values by their folded spelling, for enumerations defined in the data (functions, bodies). */
export function foldIndex(values: readonly string[]): Map<string, string> {
  return new Map(values.map((value) => [fold(value), value]));
}

/** The known id that differs from `id` only in case, for "did you mean …?". */
export function caseSuggestion(id: string, known: ReadonlyMap<string, unknown>): string | undefined {
  const lower = id.toLowerCase();
  for (const candidate of known.keys()) if (candidate !== id && candidate.toLowerCase() === lower) return candidate;
  return undefined;
}
