// Render stage: the last check before the HTML leaves the stage: self-contained, no script, and no
// person's name (the pipeline strips names; this guards against a name written into the text).

import { KommunenotatError } from '../errors.ts';
import type { KommuneData } from '../types.ts';

/** Strips the XML prolog and doctype of a standalone SVG and refuses script and external references. */
export function cleanSvg(svg: string, id: string): string {
  const inner = svg.replace(/<\?xml[^>]*\?>/g, '').replace(/<!DOCTYPE[^>]*>/gi, '').trim();
  if (/<script|\son\w+\s*=|(?:href|src)\s*=\s*["']?\s*(?:https?:|\/\/)/i.test(inner)) {
    throw new KommunenotatError('render', `figure "${id}": the SVG contains script or an external reference`);
  }
  // The figure's text alternative sits on its wrapper (role="img", aria-label); the drawing itself is
  // hidden from assistive technology, so the roles a chart library writes inside it are not read out.
  return inner.replace(/^<svg\b(?![^>]*\saria-hidden=)/, '<svg aria-hidden="true" focusable="false"');
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

export function checkHtml(html: string, kommune: KommuneData): void {
  if (/<script/i.test(html)) throw new KommunenotatError('render', 'the note would contain a <script> element');
  const external = /\s(?:src|href)\s*=\s*["']?\s*(?:https?:|\/\/)/i.exec(html);
  if (external) throw new KommunenotatError('render', `the note would load an external resource: ${external[0].trim()}`);
  const text = html.replace(/<[^>]*>/g, ' ');
  for (const person of kommune.persons) {
    const name = person.name?.trim();
    if (name && name.length >= 3 && text.includes(name)) {
      throw new KommunenotatError('render', `the note would print the name of a person in ${kommune.name}; remove it from the text`);
    }
  }
}
