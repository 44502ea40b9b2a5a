// The note's date (cover, colophon, PDF metadata): study.yaml `date:`, else SOURCE_DATE_EPOCH (the
// reproducible-builds convention: seconds since 1970), else the day of the build. A study that wants
// the same bytes on every rebuild sets one of the first two.

import { KommunenotatError } from '../errors.ts';
import type { StudyConfig } from '../types.ts';

export function noteDate(config: Pick<StudyConfig, 'date'>, env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): string {
  if (config.date !== undefined) return config.date;
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch)) {
      throw new KommunenotatError('config', `SOURCE_DATE_EPOCH ${JSON.stringify(epoch)} is not a whole number of seconds since 1970-01-01; unset it, or set date: in study.yaml`);
    }
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  return now().toISOString().slice(0, 10);
}
