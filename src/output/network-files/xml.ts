// Small pieces the XML formats (GEXF, GraphML) share: escaping and value text.

import type { AttributeValue } from './model.ts';

const NEEDS_ESCAPE = /[&<>"\u0000-\u001F\uFFFE\uFFFF]/;

/** Text safe in an XML attribute value or element content (quotes, markup, and the control characters XML 1.0 forbids). */
export function xmlEscape(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text; // ids, numbers, booleans: nearly every value
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** A value as every format writes it: numbers in JavaScript's shortest round-trip form, booleans `true`/`false`. */
export function valueText(value: AttributeValue): string {
  return typeof value === 'number' ? numberText(value) : String(value);
}

export function numberText(value: number): string {
  if (!Number.isFinite(value)) return '0';
  return String(Object.is(value, -0) ? 0 : value);
}
