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

/** Characters that print as nothing; pasted from Word or the web they make an id look right but differ. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

export function hasInvisible(value: string): boolean {
  return value.replace(INVISIBLE, '') !== value;
}

/** The known id that differs from `id` only in case or in invisible characters, for "did you mean …?". */
export function caseSuggestion(id: string, known: ReadonlyMap<string, unknown>): string | undefined {
  const key = (value: string) => value.replace(INVISIBLE, '').toLowerCase();
  const wanted = key(id);
  for (const candidate of known.keys()) if (candidate !== id && key(candidate) === wanted) return candidate;
  return undefined;
}
