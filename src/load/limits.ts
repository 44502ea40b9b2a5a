// Load stage: the sizes the loaders accept, so that a huge or runaway file is a located error rather
// than an out-of-memory crash. Documented in README.md ("The data set") and docs/bad-input.md.

/** Largest CSV file read (bytes). 100,000 persons with 20 contacts each is about 40 MB. */
export const MAX_CSV_BYTES = 256 * 1024 * 1024;
/** Longest single CSV field (characters): a free-text answer is rarely above a few thousand. */
export const MAX_CSV_FIELD = 100_000;
/** Largest study.yaml or kommune.yaml (bytes). */
export const MAX_YAML_BYTES = 1024 * 1024;
/** Longest single YAML value (characters): names, labels, titles, question texts. */
export const MAX_YAML_SCALAR = 10_000;
/** Largest Markdown text file named in the YAML (bytes). */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

/** 1,048,576 → "1 MB"; 100000 → "100,000". */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} kB`;
}

export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
