// Render stage: the last checks before the HTML leaves the stage: self-contained and no script.
// The author's raw HTML is cleaned before this by an allow-list sanitizer (sanitize.ts); these checks
// guard what the generator itself writes (the figures' SVG, the assembled note) against a bug.
// Checks read real markup only (start tags and their attributes), never the text between tags, so an
// escaped label such as `&lt;img onerror=…&gt;` is text and no false alarm. (Names of persons are
// stripped before render; the pipeline's privacy guard, src/pipeline/privacy.ts, checks the output.)

import { KommunenotatError } from '../errors.ts';

/** One start tag as written in the markup. */
export interface StartTag {
  /** Lower-case element name. */
  name: string;
  /** Attributes in order, names lower-case, values unquoted (entities left as written). */
  attributes: { name: string; value: string | null }[];
  /** Offset of `<` and the tag as written. */
  index: number;
  raw: string;
}

const START_TAG = /<([a-zA-Z][\w:.-]*)((?:\s+[^\s=>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?|\s*\/)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=>/"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?/g;

/** The start tags of `markup` (comments, style and the text between tags are skipped). */
export function startTags(markup: string): StartTag[] {
  const tags: StartTag[] = [];
  const masked = maskNonMarkup(markup);
  for (const m of masked.matchAll(START_TAG)) {
    const raw = markup.slice(m.index!, m.index! + m[0].length);
    const attrText = raw.slice(1 + m[1].length).replace(/\/?>$/, '');
    const attributes = [...attrText.matchAll(ATTRIBUTE)].map((a) => ({
      name: a[1].toLowerCase(),
      value: a[2] === undefined ? null : a[2].replace(/^(["'])([\s\S]*)\1$/, '$2'),
    }));
    tags.push({ name: m[1].toLowerCase(), attributes, index: m.index!, raw });
  }
  return tags;
}

/** Blanks comments, CDATA and the content of <style> (same length, so offsets stay right). */
function maskNonMarkup(markup: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return markup
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, blank)
    .replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi, (_w, a: string, css: string, b: string) => a + blank(css) + b);
}

/** Attributes that make the browser fetch (or navigate to) what they name. */
const URL_ATTRIBUTES = new Set([
  'src', 'href', 'xlink:href', 'srcset', 'poster', 'data', 'action', 'formaction', 'background', 'longdesc',
  'lowsrc', 'dynsrc', 'manifest', 'ping', 'cite', 'codebase', 'imagesrcset',
]);

/** Entities decoded far enough to see the scheme of a URL (`&#104;ttp:` is still http:). */
function decodeForCheck(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_w, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_w, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&colon;/gi, ':')
    .replace(/&sol;/gi, '/')
    .replace(/[\u0000-\u0020\u007f]+/g, '')
    .toLowerCase();
}

/**
 * An address the document would fetch from outside itself (or a javascript: URL). For `href` a
 * relative link or mailto:/tel: only navigates when clicked and is fine; for every other URL
 * attribute anything but `#…` and `data:` is a request.
 */
export function isExternalUrl(value: string, attribute = 'src'): boolean {
  const v = decodeForCheck(value);
  if (v === '' || v.startsWith('#') || v.startsWith('data:')) return false;
  if (v.startsWith('//') || v.startsWith('javascript:')) return true;
  if (attribute === 'href') return /^[a-z][a-z0-9+.-]*:/.test(v) && !/^(?:mailto|tel):/.test(v);
  return true;
}

/** What is unsafe about one attribute of a tag, or null. */
export function unsafeAttribute(attr: { name: string; value: string | null }): string | null {
  if (/^on/.test(attr.name)) return `event handler ${attr.name}`;
  if (attr.value === null) return null;
  if (URL_ATTRIBUTES.has(attr.name)) {
    const values = attr.name.endsWith('srcset') ? attr.value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [attr.value];
    const bad = values.find((v) => isExternalUrl(v, attr.name));
    if (bad !== undefined) return /^\s*javascript:/i.test(decodeForCheck(bad)) ? `javascript: URL in ${attr.name}` : `external ${attr.name}`;
  }
  return null;
}

/** Strips the XML prolog and doctype of a standalone SVG and refuses script and external references. */
export function cleanSvg(svg: string, id: string): string {
  const inner = svg.replace(/<\?xml[^>]*\?>/g, '').replace(/<!DOCTYPE[^>]*>/gi, '').trim();
  for (const tag of startTags(inner)) {
    if (tag.name === 'script' || tag.name === 'foreignobject') {
      throw new KommunenotatError('render', `figure "${id}": the SVG contains a <${tag.name}> element`);
    }
    for (const attr of tag.attributes) {
      const problem = unsafeAttribute(attr);
      if (problem) throw new KommunenotatError('render', `figure "${id}": the SVG has an ${problem} on <${tag.name}>`);
    }
  }
  // The text alternative goes on the root <svg> itself (figure-a11y.ts), as Chromium's tagged PDF needs.
  return inner;
}

/**
 * Gives every id inside an SVG a suffix, with the references to them (`#id`, `url(#id)`,
 * aria-labelledby / aria-describedby): for a figure placed a second time under another name, so no id
 * occurs twice in the note.
 */
export function scopeSvgIds(svg: string, suffix: string): string {
  const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  if (ids.size === 0) return svg;
  const scoped = (id: string) => (ids.has(id) ? `${id}--${suffix}` : id);
  return svg
    .replace(/(\sid=")([^"]+)"/g, (_w, pre: string, id: string) => `${pre}${scoped(id)}"`)
    .replace(/(\s(?:aria-labelledby|aria-describedby)=")([^"]+)"/g, (_w, pre: string, list: string) =>
      `${pre}${list.split(/\s+/).map(scoped).join(' ')}"`)
    .replace(/(url\(#|href="#)([^)"]+)/g, (_w, pre: string, id: string) => `${pre}${scoped(id)}`);
}

/**
 * The last line of defence for the assembled note: no script element, no event handler, nothing
 * fetched from outside. Raw HTML in the text has been cleaned with a located warning before this
 * (markdown.ts), so this fires only on a bug in the generator.
 */
export function checkHtml(html: string): void {
  for (const tag of startTags(html)) {
    if (tag.name === 'script') throw new KommunenotatError('render', 'the note would contain a <script> element');
    for (const attr of tag.attributes) {
      const problem = unsafeAttribute(attr);
      if (problem) throw new KommunenotatError('render', `the note would contain an ${problem} on <${tag.name}>: ${tag.raw.slice(0, 120)}`);
    }
  }
}
