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
  return inner;
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
