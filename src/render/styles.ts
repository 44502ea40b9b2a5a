// Render stage: the note's one <style> block: @font-face rules with the fonts inline, the project's
// CSS, and the running page footer in the note's language.

import type { FontSource } from '../load/note-sources.ts';
import type { Strings } from './i18n.ts';

export function buildCss(css: string, fonts: FontSource[], strings: Strings): string {
  return [fontFaces(fonts), css, pageFooter(strings)].join('\n');
}

function fontFaces(fonts: FontSource[]): string {
  return fonts
    .map(
      (f) =>
        `@font-face { font-family: '${f.family}'; font-style: ${f.style}; font-weight: ${f.weight}; font-display: block; ` +
        `src: url(data:font/woff2;base64,${f.base64}) format('woff2'); ` +
        'unicode-range: U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, ' +
        'U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD; }',
    )
    .join('\n');
}

/** "side {page} av {pages}" → CSS content with page counters. */
function pageFooter(strings: Strings): string {
  const parts = strings
    .get('pageFooter')
    .split(/(\{page\}|\{pages\})/)
    .filter((p) => p !== '')
    .map((p) => (p === '{page}' ? 'counter(page)' : p === '{pages}' ? 'counter(pages)' : JSON.stringify(p)));
  return [
    '@page {',
    `  @bottom-center { content: ${parts.join(' ')}; font-family: 'Source Sans 3', Arial, sans-serif; font-size: 9pt; color: #595959; }`,
    '}',
    '@page cover { @bottom-center { content: none; } }',
    '@page :first { @bottom-center { content: none; } }',
  ].join('\n');
}
