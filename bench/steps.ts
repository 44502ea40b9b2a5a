// The build's progress lines on stderr (`[scope] name  123 ms`, see src/pipeline/effects.ts) →
// time per stage of the benchmark's table.

export const STAGES = ['load', 'validate', 'metrics', 'figures', 'render', 'print', 'post-process'] as const;
export type Stage = (typeof STAGES)[number] | `other: ${string}`;

/** Which stage each step of build.ts belongs to; `done` is a kommune's total and is left out. */
const STAGE_OF: Record<string, Stage | null> = {
  load: 'load',
  sources: 'load',
  validate: 'validate',
  metrics: 'metrics',
  figures: 'figures',
  render: 'render',
  pdf: 'print',
  privacy: 'post-process',
  write: 'post-process',
  done: null,
  // --watch: one build's total (src/pipeline/watch.ts).
  build: null,
  // Chromium's launch, from the start of the build until it is ready: it runs beside the steps above.
  browser: null,
};

const STEP_LINE = /^\[([^\]]+)\]\s+(\S+)\s+([\d.]+) (ms|s)\b/;

/** Milliseconds per stage, summed over every kommune of the build. */
export function stageTimes(stderr: string): Map<Stage, number> {
  const times = new Map<Stage, number>();
  for (const line of stderr.split('\n')) {
    const match = STEP_LINE.exec(line);
    if (!match) continue;
    const [, , name, value, unit] = match;
    const stage = Object.hasOwn(STAGE_OF, name!) ? STAGE_OF[name!] : (`other: ${name}` as Stage);
    if (stage === null || stage === undefined) continue;
    const ms = Number(value) * (unit === 's' ? 1000 : 1);
    times.set(stage, (times.get(stage) ?? 0) + ms);
  }
  return times;
}

/** Notes finished and their pages, from the `done` lines (`[slug] done  9.3 s  <dir> (40 pages)`). */
export function notesBuilt(stderr: string): { notes: number; pages: number } {
  let notes = 0;
  let pages = 0;
  for (const line of stderr.split('\n')) {
    const match = /^\[[^\]]+\]\s+done\s.*?(?:\((\d+) pages\))?\s*$/.exec(line);
    if (!match) continue;
    notes++;
    pages += Number(match[1] ?? 0);
  }
  return { notes, pages };
}
