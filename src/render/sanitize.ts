// Render stage: the author's raw HTML (study.yaml `allowHtml: true`) through an allow-list
// sanitizer (sanitize-html): only the elements and attributes a note's text needs pass, so what
// is not on the list (script, iframe, object, embed, svg and its animate, meta, link, style, img,
// form, base, every event handler) cannot run or load anything, whatever the next trick is.
// Each file's Markdown output is cleaned as a whole (a tag and its end tag are separate tokens to
// markdown-it), and what was left out is reported, so the author gets a located warning.
//
// Why sanitize-html: it works on strings with its own HTML parser (htmlparser2, as forgiving as a
// browser's on `<svg/onload=…>`), filters style declarations property by property (postcss), and
// decodes entities and control characters before it judges a URL (`jav&Tab;ascript:`); it runs on
// Node 20 with six small dependencies. DOMPurify is as well kept, but needs a DOM: jsdom is some
// twenty packages (and a resource loader of its own) for one job, and DOMPurify leaves CSS values
// (`url(…)`, `@import`) alone, which we would then check by hand again.

import sanitizeHtml, { type IOptions } from 'sanitize-html';
import type { RemovedMarkup } from './markdown.ts';

/** Elements the text may use: structure and emphasis; nothing that loads, embeds, runs or submits. */
const ELEMENTS = [
  'p', 'div', 'span', 'section', 'aside', 'blockquote', 'br', 'wbr', 'hr',
  'h2', 'h3', 'h4', 'h5', 'h6',
  'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'abbr', 'q', 'cite', 'dfn', 'time',
  'code', 'kbd', 'samp', 'var', 'pre',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'a',
];

const COMMON = ['class', 'id', 'title', 'lang', 'dir', 'role', 'aria-label', 'aria-hidden', 'aria-describedby', 'aria-labelledby', 'style'];

const ATTRIBUTES: IOptions['allowedAttributes'] = {
  '*': COMMON,
  a: ['href'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  th: ['scope', 'colspan', 'rowspan', 'headers', 'abbr'],
  td: ['colspan', 'rowspan', 'headers'],
  col: ['span'],
  colgroup: ['span'],
  time: ['datetime'],
  abbr: ['title'],
  q: ['cite'],
  blockquote: ['cite'],
};

/** A CSS value without functions other than colours: no url(), image-set(), expression(), var(), no @import, no escapes. */
const PLAIN_VALUE = /^(?:[-#%.,\w\s"'/]|(?:rgba?|hsla?)\([\d\s.,%/]+\))+$/i;
const STYLE_PROPERTIES = [
  'color', 'background-color', 'font-weight', 'font-style', 'font-variant', 'font-size', 'text-align', 'text-decoration',
  'text-transform', 'vertical-align', 'white-space', 'letter-spacing', 'line-height', 'text-indent',
  'margin', 'margin-top', 'margin-bottom', 'margin-left', 'margin-right',
  'padding', 'padding-top', 'padding-bottom', 'padding-left', 'padding-right',
  'border', 'border-top', 'border-bottom', 'border-left', 'border-right', 'border-color', 'border-width', 'border-style',
  'width', 'max-width', 'min-width', 'display', 'float', 'clear',
  'break-before', 'break-after', 'break-inside', 'page-break-before', 'page-break-after', 'page-break-inside',
];

const OPTIONS: IOptions = {
  allowedTags: ELEMENTS,
  allowedAttributes: ATTRIBUTES,
  // Links inside the note, and mail or phone addresses (navigated only when a reader clicks).
  allowedSchemes: ['mailto', 'tel'],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  allowedStyles: { '*': Object.fromEntries(STYLE_PROPERTIES.map((p) => [p, [PLAIN_VALUE]])) },
  parseStyleAttributes: true,
  // What is not allowed goes with its content when it is code or a document of its own; otherwise its text stays.
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'template', 'title', 'xmp', 'noembed', 'noframes'],
  transformTags: {
    // A relative address would be a file beside notat.html: only `#…` (and mailto:, tel:) are links.
    a: (tagName, attribs) => {
      const { href, ...rest } = attribs;
      const keep = href !== undefined && (/^#/.test(href.trim()) || /^(?:mailto|tel):/i.test(href.trim()));
      return { tagName, attribs: keep ? { ...rest, href } : rest };
    },
  },
};

interface Tag {
  name: string;
  attribs: Record<string, string>;
}

/** `html` with every element and attribute that is not on the list left out, and what was left out. */
export function sanitizeAuthorHtml(html: string, line?: number): { html: string; removed: RemovedMarkup[] } {
  const before: Tag[] = [];
  const clean = sanitizeHtml(html, { ...OPTIONS, onOpenTag: (name, attribs) => before.push({ name: name.toLowerCase(), attribs: { ...attribs } }) }); // (it edits attribs after)
  if (clean === html) return { html, removed: [] };
  const after: Tag[] = [];
  sanitizeHtml(clean, {
    allowedTags: false, allowedAttributes: false, allowVulnerableTags: true, // only listing the tags of the cleaned text
    onOpenTag: (name, attribs) => after.push({ name: name.toLowerCase(), attribs: { ...attribs } }),
  });
  return { html: clean, removed: leftOut(html, before, after, line) };
}

/** The tags (or attributes, or style declarations) of `before` missing from `after`, in order, each with the tag as written. */
function leftOut(html: string, before: Tag[], after: Tag[], line: number | undefined): RemovedMarkup[] {
  const removed: RemovedMarkup[] = [];
  let j = 0;
  let cursor = 0;
  for (const tag of before) {
    const at = html.toLowerCase().indexOf(`<${tag.name}`, cursor);
    const end = at === -1 ? -1 : html.indexOf('>', at);
    const written = at === -1 ? `<${tag.name}>` : html.slice(at, end === -1 ? undefined : end + 1);
    if (at !== -1) cursor = at + 1;
    const lineOf = line === undefined || at === -1 ? line : line + (html.slice(0, at).match(/\n/g)?.length ?? 0);
    const kept = after[j]?.name === tag.name ? after[j++] : undefined;
    if (!kept) {
      removed.push({ line: lineOf, written, problem: `the element <${tag.name}>`, value: urlOf(tag), element: true });
      continue;
    }
    for (const [name, value] of Object.entries(tag.attribs)) {
      if (kept.attribs[name] === value || (name === 'style' && sameStyle(kept.attribs[name], value))) continue;
      const problem = name in kept.attribs ? `part of its ${name} attribute` : /^on/i.test(name) ? `the event handler ${name}` : `its ${name} attribute`;
      removed.push({ line: lineOf, written, problem, value, element: false });
    }
  }
  return removed;
}

/** The same declarations, spaces and a last `;` aside (the sanitizer writes `color:red` for `color: red;`). */
function sameStyle(a: string | undefined, b: string): boolean {
  const plain = (css: string) => css.replace(/\s+/g, '').replace(/;$/, '');
  return a !== undefined && plain(a) === plain(b);
}

/** The address a removed element named, for the warning. */
function urlOf(tag: Tag): string | null {
  for (const name of ['src', 'href', 'data', 'srcdoc', 'content', 'values', 'xlink:href']) if (tag.attribs[name]) return tag.attribs[name]!;
  return null;
}
