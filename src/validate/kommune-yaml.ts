// Validate stage: a parsed kommune.yaml → its name and political bodies.

import type { PoliticalBody } from '../types.ts';
import { fold, isId } from './fold.ts';
import { perLanguage, readLangText } from './lang-text.ts';
import { KOMMUNE_KEYS } from './known-keys.ts';
import * as msg from './messages.ts';
import { checkUnknownKeys } from './unknown-keys.ts';
import { isRecord, report, requireList, requireText, type YamlContext } from './yaml-fields.ts';

export interface KommuneYaml {
  name?: string;
  /** Undefined when the list could not be read, so political.csv's body ids are not checked against it. */
  politicalBodies?: PoliticalBody[];
}

export function normalizeKommuneYaml(raw: unknown, ctx: YamlContext): KommuneYaml {
  if (!isRecord(raw)) {
    report(ctx, [], msg.yamlNotMapping());
    return {};
  }
  checkUnknownKeys(raw, KOMMUNE_KEYS, ctx);
  return { name: requireText(ctx, raw, ['name']), politicalBodies: normalizePoliticalBodies(raw, ctx) };
}

function normalizePoliticalBodies(raw: Record<string, unknown>, ctx: YamlContext): PoliticalBody[] | undefined {
  const items = requireList(ctx, raw, ['politicalBodies']);
  if (!items) return undefined;
  const bodies: PoliticalBody[] = [];
  const firstLines = new Map<string, number | undefined>();
  items.forEach((item, index) => {
    const path = ['politicalBodies', index];
    if (!isRecord(item)) return report(ctx, path, msg.wrongType(`politicalBodies[${index}]`, 'a mapping with id and label'), item);
    const id = requireText(ctx, item, [...path, 'id']);
    // One label, or one per language ({ nb, nn }).
    const labelText = readLangText(ctx, item, [...path, 'label'], true);
    const label = labelText?.nb;
    if (id === undefined || label === undefined) return;
    if (!isId(id)) return report(ctx, [...path, 'id'], msg.badCode('body id', id), id);
    const key = fold(id);
    if (firstLines.has(key)) {
      return report(ctx, [...path, 'id'], msg.duplicateEntry('body id', id, firstLines.get(key)), id, msg.fixDuplicateEntry);
    }
    firstLines.set(key, ctx.locate([...path, 'id']).line);
    const i18n = perLanguage(labelText);
    bodies.push({ id, label, ...(i18n ? { i18n: { label: i18n } } : {}) });
  });
  return bodies;
}
