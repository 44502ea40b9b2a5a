// Validate stage: texts given per note language in study.yaml and kommune.yaml (`{ nb: …, nn: … }`,
// one plain value for both), and the study as one note language sees it (localizeStudy).
//
// Functions' label and name, questions' text, low and high, political bodies' label and `subject` may
// be given so. The checked study keeps the bokmål text in the plain fields (label, name, …) and the
// per-language texts beside them (`i18n`); localizeStudy gives a note's figures and text the plain
// fields in its own language, and a warning for every key whose text it lacks in that language.

import type { Problem } from '../errors.ts';
import type { KommuneData, LangText, NoteLanguage, StudyConfig } from '../types.ts';
import * as msg from './messages.ts';
import { asText, isRecord, report, type YamlContext } from './yaml-fields.ts';
import type { YamlPath } from '../load/read-yaml.ts';

export const NOTE_LANGUAGES: readonly NoteLanguage[] = ['nb', 'nn'];

/**
 * The text at `path` (whose last element is the key inside `object`): a plain value, or a mapping
 * of nb and/or nn to text. Undefined when absent (a problem when `required`) or not readable.
 */
export function readLangText(ctx: YamlContext, object: Record<string, unknown>, path: YamlPath, required: boolean): LangText | undefined {
  const key = String(path[path.length - 1]);
  const value = object[key];
  const source = ctx.locate(path);
  const name = keyName(path);
  if (value === undefined || value === null) {
    if (required) report(ctx, path, msg.keyMissing(key));
    return undefined;
  }
  if (!isRecord(value)) {
    const text = asText(value);
    if (text === undefined || text === '') {
      report(ctx, path, msg.wrongType(key, 'a non-empty text, or one per language ({ nb: …, nn: … })'), value);
      return undefined;
    }
    return { nb: text, nn: text, missing: [], source, key: name };
  }
  const texts: Partial<Record<NoteLanguage, string>> = {};
  let ok = true;
  for (const [lang, item] of Object.entries(value)) {
    if (!(NOTE_LANGUAGES as readonly string[]).includes(lang)) {
      report(ctx, [...path, lang], msg.notALanguage(name, lang), lang, msg.fixNotALanguage());
      ok = false;
      continue;
    }
    const text = asText(item);
    if (text === undefined || text === '') {
      report(ctx, [...path, lang], msg.wrongType(`${key}.${lang}`, 'a non-empty text'), item);
      ok = false;
      continue;
    }
    texts[lang as NoteLanguage] = text;
  }
  const nb = texts.nb ?? texts.nn;
  const nn = texts.nn ?? texts.nb;
  if (nb === undefined || nn === undefined) {
    if (ok) report(ctx, path, msg.wrongType(key, 'a text, or one per language ({ nb: …, nn: … })'), value);
    return undefined;
  }
  return { nb, nn, missing: NOTE_LANGUAGES.filter((lang) => texts[lang] === undefined), source, key: name };
}

/** `functions[1].label` for messages. */
function keyName(path: YamlPath): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

/** The LangText when the YAML gave one per language, else undefined (a plain value is the field itself). */
export function perLanguage(text: LangText | undefined): LangText | undefined {
  return text && (text.nb !== text.nn || text.missing.length > 0) ? text : undefined;
}

export interface LocalizedStudy {
  config: StudyConfig;
  kommuner: KommuneData[];
  /** One per key the study gives per language but not in `lang`, naming the key (file and line). */
  warnings: Problem[];
}

/**
 * The study as a note in `lang` prints it: every function, question and political body with its
 * texts in that language in the plain fields, and no `i18n` left (so a figure drawn from it is the
 * same whichever way the text was given). Pure; the input is not changed.
 */
export function localizeStudy(config: StudyConfig, kommuner: readonly KommuneData[], lang: NoteLanguage): LocalizedStudy {
  const warnings: Problem[] = [];
  const pick = (fallback: string, text: LangText | undefined): string => {
    if (!text) return fallback;
    if (text.missing.includes(lang)) {
      warnings.push({ source: text.source, message: msg.missingInLanguage(text.key, lang, text[lang]), severity: 'warning', fix: msg.fixMissingInLanguage(lang) });
    }
    return text[lang];
  };
  const functions = config.functions.map(({ i18n, ...f }) => ({ ...f, label: pick(f.label, i18n?.label), name: pick(f.name, i18n?.name) }));
  const questions = config.questions.map(({ i18n, ...q }) => {
    const out = { ...q, text: pick(q.text, i18n?.text) };
    if (q.low !== undefined) out.low = pick(q.low, i18n?.low);
    if (q.high !== undefined) out.high = pick(q.high, i18n?.high);
    return out;
  });
  if (config.subject) pick(config.subject[lang], perLanguage(config.subject));
  const localized = kommuner.map((k) =>
    k.politicalBodies.some((b) => b.i18n)
      ? { ...k, politicalBodies: k.politicalBodies.map(({ i18n, ...b }) => ({ ...b, label: pick(b.label, i18n?.label) })) }
      : k,
  );
  return { config: { ...config, functions, questions }, kommuner: localized, warnings };
}
