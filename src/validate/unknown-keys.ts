// Validate stage: keys of study.yaml or kommune.yaml that no reader knows. A misspelt key would
// otherwise drop its text or field without a word, so every unknown key is an error, located at the
// key, with the nearest known key at that place ("did you mean …?") or the place where the key belongs.

import type { YamlPath } from '../load/read-yaml.ts';
import type { Source } from '../types.ts';
import { closest } from './closest.ts';
import { KEY_TRANSLATIONS, TEXT_LANGUAGE_KEYS, type KeyShape, type KeyTable } from './known-keys.ts';
import * as msg from './messages.ts';
import { isRecord, type YamlContext } from './yaml-fields.ts';

type KeyCheckContext = YamlContext & { locateKey: (path: YamlPath) => Source };

/** Reports every key of `raw` (and below) that `table` does not know. */
export function checkUnknownKeys(raw: Record<string, unknown>, table: KeyTable, ctx: YamlContext): void {
  const everywhere = keyPlaces(table);
  walkTable(raw, table, [], { ...ctx, locateKey: ctx.locateKey ?? ctx.locate }, everywhere);
}

function walkTable(value: Record<string, unknown>, table: KeyTable, path: (string | number)[], ctx: KeyCheckContext, everywhere: Map<string, string[]>): void {
  for (const [key, inner] of Object.entries(value)) {
    const shape = Object.hasOwn(table, key) ? table[key] : undefined;
    if (shape === undefined) {
      reportUnknown(key, Object.keys(table), [...path, key], ctx, everywhere);
      continue;
    }
    walkShape(inner, shape, [...path, key], ctx, everywhere);
  }
}

function walkShape(value: unknown, shape: KeyShape, path: (string | number)[], ctx: KeyCheckContext, everywhere: Map<string, string[]>): void {
  if (shape === 'value') return;
  if (shape === 'text') {
    if (!isRecord(value)) return;
    for (const key of Object.keys(value)) {
      if ((TEXT_LANGUAGE_KEYS as readonly string[]).includes(key)) continue;
      const suggestion = closest(key, TEXT_LANGUAGE_KEYS);
      ctx.problems.push({
        source: ctx.locateKey([...path, key]),
        message: msg.notALanguage(dotted(path), key),
        value: key,
        fix: msg.fixNotALanguage(suggestion),
      });
    }
    return;
  }
  if ('keys' in shape) {
    if (isRecord(value)) walkTable(value, shape.keys, path, ctx, everywhere);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (isRecord(item)) walkTable(item, shape.items, [...path, index], ctx, everywhere);
    });
  }
}

function reportUnknown(key: string, known: string[], path: (string | number)[], ctx: KeyCheckContext, everywhere: Map<string, string[]>): void {
  const where = dotted(path.slice(0, -1));
  const near = closest(key, known);
  const translation = KEY_TRANSLATIONS[key.toLowerCase()];
  const translated = near === undefined && translation !== undefined && known.includes(translation);
  const suggestion = near ?? (translated ? translation : undefined);
  // A known key written at the wrong place: `authors:` at the top of study.yaml instead of under `note:`.
  const elsewhere = suggestion === undefined ? (everywhere.get(key) ?? everywhere.get(key.toLowerCase())) : undefined;
  ctx.problems.push({
    source: ctx.locateKey(path),
    message: msg.unknownKey(key, where),
    value: key,
    fix: suggestion !== undefined ? msg.fixUnknownKeySuggestion(suggestion, translated ? 'english' : suggestion.toLowerCase() === key.toLowerCase() ? 'case' : 'spelling') : elsewhere ? msg.fixKeyElsewhere(key, elsewhere) : msg.fixUnknownKey(known),
  });
}

/** Every key of the table (and its case-folded spelling) → the dotted places it may stand. */
function keyPlaces(table: KeyTable, prefix = '', out = new Map<string, string[]>()): Map<string, string[]> {
  for (const [key, shape] of Object.entries(table)) {
    const place = prefix === '' ? '(top level)' : prefix;
    for (const spelling of new Set([key, key.toLowerCase()])) out.set(spelling, [...(out.get(spelling) ?? []), place]);
    if (shape === 'value' || shape === 'text') continue;
    keyPlaces('keys' in shape ? shape.keys : shape.items, prefix === '' ? key : `${prefix}.${key}`, out);
  }
  return out;
}

function dotted(path: readonly (string | number)[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : part)).join('.').replace(/\.\[/g, '[');
}
