// Live preview: what the server adds to the served response. The reload script goes into the
// response only; the note as built (and as written by the CLI) stays free of script. The note's own
// Content-Security-Policy (templates/note.hbs: no script, no connection) is widened in the served
// copy only, for this one script (by a nonce fresh for each response) and its /events connection.

import { randomBytes } from 'node:crypto';
import { formatProblem, KommunenotatError } from '../errors.ts';

/**
 * Listens for `reload` events and reloads when the version differs from the one this page was
 * served with, keeping the scroll position across the reload.
 */
export function reloadScript(version: number, nonce?: string): string {
  return `<script${nonce ? ` nonce="${nonce}"` : ''}>/* kommunenotat preview only: not part of the note */
(() => {
  const served = ${JSON.stringify(String(version))};
  const key = 'kommunenotat-preview-scroll';
  const y = sessionStorage.getItem(key);
  if (y !== null) { sessionStorage.removeItem(key); addEventListener('load', () => scrollTo(0, Number(y))); }
  const events = new EventSource('/events');
  events.addEventListener('reload', (event) => {
    if (event.data === served) return;
    sessionStorage.setItem(key, String(scrollY));
    location.reload();
  });
})();
</script>`;
}

/** The page with the reload script (and a banner of warnings, if any) before its last `</body>`. */
export function injectReload(html: string, version: number, warnings: string[] = [], nonce = randomBytes(16).toString('base64')): string {
  const script = `${warningBanner(warnings)}${reloadScript(version, nonce)}`;
  const page = allowPreviewScript(html, nonce);
  const at = page.toLowerCase().lastIndexOf('</body>');
  return at === -1 ? `${page}\n${script}\n` : `${page.slice(0, at)}${script}\n${page.slice(at)}`;
}

const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;

/** The note's policy, plus the preview's script (by its nonce) and its connection back to this server. */
export function allowPreviewScript(html: string, nonce: string): string {
  return html.replace(CSP_META, (_w, start: string, policy: string, end: string) =>
    `${start}${policy}; script-src 'nonce-${nonce}'; connect-src 'self'${end}`);
}

/** Warnings of the build, fixed at the bottom of the window; part of the served response only. */
export function warningBanner(warnings: string[]): string {
  if (warnings.length === 0) return '';
  const items = warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('');
  return `<aside style="position:fixed;bottom:0;left:0;right:0;max-height:30vh;overflow:auto;margin:0;padding:.5rem 1rem;background:#fff8e0;border-top:2px solid #c90;font:13px/1.4 system-ui,sans-serif;z-index:9999" data-preview-only>
<strong>${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'} (preview only, not part of the note)</strong><ul style="margin:.25rem 0 0;padding-left:1.25rem">${items}</ul></aside>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The build's error as the CLI would print it: message, every problem, causes. */
export function errorText(error: unknown): string {
  if (!(error instanceof KommunenotatError)) return error instanceof Error ? (error.stack ?? error.message) : String(error);
  const lines = [`error: ${error.message}`, ...error.problems.map((p) => `  ${formatProblem(p)}`)];
  let cause = error.cause;
  while (cause instanceof Error) {
    lines.push(`  caused by: ${cause.message}`);
    cause = cause.cause;
  }
  return lines.join('\n');
}

/** Shown instead of the note while the data, text or templates have a problem; everything escaped. */
export function errorPage(error: unknown): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Preview: the note could not be built</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}
pre{white-space:pre-wrap;background:#fff4f4;border-left:4px solid #b00;padding:1rem;font-size:14px}</style></head>
<body>
<h1>The note could not be built</h1>
<p>Fix the problems below and save; this page reloads by itself.</p>
<pre>${escapeHtml(errorText(error))}</pre>
</body>
</html>
`;
}
