// Render stage: the reference list in one author-year style (APA-like, as Norwegian research notes use).

import { escapeHtml } from './helpers.ts';
import type { Reference } from './meta.ts';

/**
 * `Forfatter, A. (2014). <em>Tittel</em> (Rapport 12). Sted: Utgiver.`; an article:
 * `Forfatter, A. (1978). Tittel. <em>Tidsskrift, 1(3)</em>, 215–239.`
 */
export function formatReference(ref: Reference): string {
  if (ref.text !== null) return escapeHtml(ref.text);
  const e = escapeHtml;
  const stop = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);
  const parts = [`${e(ref.authors)} (${e(ref.year)}).`];
  if (ref.journal) {
    parts.push(stop(e(ref.title)));
    parts.push(`<em>${e(ref.journal)}</em>${ref.pages ? `, ${e(ref.pages)}` : ''}.`);
  } else if (ref.in) {
    parts.push(stop(e(ref.title)));
    parts.push(`I <em>${e(ref.in)}</em>${ref.pages ? ` (s.\u00a0${e(ref.pages)})` : ''}.`);
  } else {
    const series = ref.series ? ` (${e(ref.series)})` : '';
    parts.push(`<em>${stop(e(ref.title)).replace(/\.$/, '')}</em>${series}.`);
  }
  if (ref.publisher) parts.push(stop(e(ref.publisher)));
  return parts.join(' ');
}
