// Render stage: view model → one self-contained HTML note. Pure: everything read from disk arrives
// in NoteSources (src/load/note-sources.ts).
//
//   1. fixed strings and metadata      (i18n.ts, meta.ts)
//   2. the text's view model            (context.ts)
//   3. Handlebars env with helpers      (helpers.ts) and partials
//   4. Markdown parts → HTML            (text.ts, markdown.ts): numbers bound, figures marked
//   5. contents from the headings
//   6. the layout around it all         (templates/note.hbs)
//   7. link: number figures and tables, fill references, check every one is referred to (markers.ts)
//   8. guard: no script, no external request (names are stripped before render; src/pipeline/privacy.ts
//      checks every output for them)

import Handlebars from 'handlebars';
import { KommunenotatError, type Problem } from '../errors.ts';
import type { NoteSources, SourceFile, TextSlot } from '../load/note-sources.ts';
import type { Figure, KommuneData, KommuneMetrics, StudyConfig } from '../types.ts';
import { describeMarker, type Binding } from './bindings.ts';
import type { ClaimResult } from './claims.ts';
import { buildTextContext, type TextContext } from './context.ts';
import { registerHelpers, escapeHtml, type HelperState, type QuotedAnswer } from './helpers.ts';
import { CHAPTER_TITLES, makeStrings, type Strings } from './i18n.ts';
import { createMarkdown, newMarkdownEnv, takeFootnotes, type Heading, type MarkdownEnv } from './markdown.ts';
import { domId, link, Markers, throwTemplateProblems, type Placement } from './markers.ts';
import { normalizeNoteMeta, noteLang, type NoteMeta } from './meta.ts';
import { formatReference } from './references.ts';
import { buildCss } from './styles.ts';
import { buildTable, tableIds } from './tables.ts';
import { renderMarkdownFile, renderTemplate, type TextRenderer } from './text.ts';
import { captionProblems, captionWithMarks } from './caption-marks.ts';
import { checkHtml, cleanSvg, scopeSvgIds } from './guard.ts';
import { localizeStudy } from '../validate/lang-text.ts';
import { accessibleSvg } from './figure-a11y.ts';
import type { ReadingSentences } from './reading/lesning.ts';

export interface NoteInput {
  config: StudyConfig;
  kommune: KommuneData;
  metrics: KommuneMetrics;
  /** All kommuner of the study in study order, including this one. */
  study: { kommune: KommuneData; metrics: KommuneMetrics }[];
  figures: Figure[];
  /** ISO date, fixed per build. */
  buildDate: string;
  /** The drafted reading of the kommune's networks (src/render/reading/), for `{{lesning}}`. */
  reading?: ReadingSentences;
}

export interface NoteMetaOut {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  lang: string;
}

export interface RenderedNote {
  html: string;
  meta: NoteMetaOut;
  /**
   * Warnings with file and line, never printed in the note: claims in the text that do not hold, and
   * raw HTML left out of the note (an external resource, a script, an event handler; allowHtml).
   */
  warnings: Problem[];
  /** Each sentence of the text that holds a number bound to the data, as rendered, with its source line. */
  bindings: Binding[];
  /** Every claim of the text as evaluated in this build. */
  claims: ClaimResult[];
  /** Every free-text answer the note quotes, with its row and the text's line (the privacy guard reads them). */
  quotes: QuotedAnswer[];
}

/** The chapters in the order the note shows them (kolofon and forord have their own places). */
const CHAPTER_SLOTS: readonly TextSlot[] = [
  'sammendrag', 'innledning', 'bakgrunn', 'prosjektet', 'resultater', 'kommune', 'vedlegg',
];

export function renderNote(given: NoteInput, sources: NoteSources): RenderedNote {
  // 1. fixed strings and metadata; the study's labels and questions in the note's language
  const lang = noteLang(given.kommune);
  const { input, warnings: languageWarnings } = inNoteLanguage(given, lang);
  const strings = loadStrings(sources, lang, input.config);
  const meta = normalizeNoteMeta(input.config, input.kommune, strings, input.buildDate);
  // 2. the text's view model
  const context = buildTextContext(input, meta);
  // 3. Handlebars with helpers and partials
  const markers = new Markers();
  const env = Handlebars.create();
  const state: HelperState = {
    lang, markers, kommune: input.kommune, file: '', params: new Map(),
    textQuestions: input.config.questions.filter((q) => q.kind === 'text').map((q) => q.id),
    source: '', claims: [], warnings: [], quotes: [],
    chapterTitles: Object.fromEntries(CHAPTER_TITLES.map((slot) => [slot, strings.get(`chapters.${slot}`)])),
    ...(input.reading ? { reading: input.reading[lang] } : {}),
  };
  registerHelpers(env, state);
  for (const [name, partial] of Object.entries(sources.partials)) env.registerPartial(name, partial.text);
  // 4. Markdown parts
  const md = createMarkdown(meta.allowHtml);
  const mdEnv = newMarkdownEnv();
  const words = { figure: strings.get('figureRef'), table: strings.get('tableRef'), page: strings.get('pageRef') };
  const text: TextRenderer = {
    env, md, mdEnv, state, context, bindings: [],
    describeToken: (token) => describeMarker(markers.list[token], words),
    escapeValues: meta.allowHtml,
  };
  // Every text file is rendered even when an earlier one fails, so all their problems are listed.
  const textProblems: Problem[] = [];
  const renderFile = (file: SourceFile): string => {
    try {
      return renderMarkdownFile(file, text);
    } catch (error) {
      if (!(error instanceof KommunenotatError) || error.kind !== 'template') throw error;
      textProblems.push(...(error.problems.length > 0 ? error.problems : [{ source: { file: file.path }, message: error.message }]));
      return '';
    }
  };
  const colophonSummary = renderAside(sources.text.kolofon, renderFile, mdEnv);
  const foreword = renderAside(sources.text.forord, renderFile, mdEnv);
  const appendixHeadings = new Set<Heading>();
  const chapters = CHAPTER_SLOTS.filter((slot) => sources.text[slot].length > 0).map((slot) => {
    const before = mdEnv.headings.length;
    const html = sources.text[slot].map(renderFile).join('\n');
    if (slot === 'vedlegg') mdEnv.headings.slice(before).forEach((h) => appendixHeadings.add(h));
    return { slot, html: html + takeFootnotes(mdEnv, strings.get('footnotes')) };
  });
  throwTemplateProblems(textProblems);
  // 5. contents: chapters and their sections; an appendix by its title only
  const references = meta.references.map((ref) => ({ html: formatReference(ref) }));
  const headings = mdEnv.headings.filter((h) => !appendixHeadings.has(h) || h.level === 1);
  const toc = contents(headings, references.length > 0 ? strings.get('references') : null);
  // 6. layout
  const layoutContext = {
    lang, meta, t: strings.tree, css: buildCss(sources.styles.text, sources.fonts, strings),
    authorLine: authorLine(meta, strings), keywordLine: meta.keywords.join(', '),
    numberLine: meta.number ? strings.get('noteNumber', { number: meta.number }) : null,
    copyrightHolder: meta.publisher.name
      ? strings.get('copyrightHolder', { publisher: meta.publisher.name })
      : strings.get('copyrightHolderNoPublisher'),
    copyrightText: meta.publisher.name
      ? strings.get('copyright', { publisher: meta.publisher.name })
      : strings.get('copyrightNoPublisher'),
    hasBackCover: Boolean(meta.publisher.name || meta.publisher.address.length > 0 || meta.publisher.phone || meta.publisher.email || meta.publisher.orgNumber || meta.issn || meta.isbn),
    signerIsLeader: meta.signer !== null && meta.signer === meta.projectLeader,
    colophonSummary, foreword, toc, chapters, references, buildDate: input.buildDate,
    compactComparison: input.config.comparison === 'compact',
  };
  const page = renderTemplate(sources.layout, env, state, layoutContext, { noEscape: false });
  // 7. link
  const html = linkNote(page, markers, input, context, strings, env, sources, state.warnings);
  // 8. guard
  checkHtml(html);
  return {
    html,
    meta: { title: meta.title, author: authorLine(meta, strings), subject: meta.subtitle, keywords: meta.keywords, lang },
    warnings: [...languageWarnings, ...meta.warnings, ...state.warnings],
    bindings: text.bindings,
    claims: state.claims,
    quotes: state.quotes ?? [],
  };
}

/** The note's input with every function, question and political body in the note's language. */
function inNoteLanguage(input: NoteInput, lang: 'nb' | 'nn'): { input: NoteInput; warnings: Problem[] } {
  const localized = localizeStudy(input.config, input.study.map((entry) => entry.kommune), lang);
  const bySlug = new Map(localized.kommuner.map((k) => [k.slug, k]));
  return {
    input: {
      ...input,
      config: localized.config,
      kommune: bySlug.get(input.kommune.slug) ?? localizeStudy(input.config, [input.kommune], lang).kommuner[0],
      study: input.study.map((entry) => ({ ...entry, kommune: bySlug.get(entry.kommune.slug)! })),
    },
    warnings: localized.warnings,
  };
}

function loadStrings(sources: NoteSources, lang: 'nb' | 'nn', config: StudyConfig): Strings {
  const source = sources.i18n[lang] ?? sources.i18n.nb;
  if (!source) throw new KommunenotatError('template', `templates/i18n/${lang}.yaml is missing`);
  const note = config.raw.note;
  const fixedText = note !== null && typeof note === 'object' ? (note as Record<string, unknown>).fixedText : undefined;
  return makeStrings(lang, source.path, source.tree, fixedText !== null && typeof fixedText === 'object' ? flatKeys(fixedText as Record<string, unknown>) : {});
}

/** `note.fixedText` written nested (`colophon: { authors: … }`) or dotted (`colophon.authors: …`), as dotted keys. */
export function flatKeys(tree: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tree)) {
    const isNode = value !== null && typeof value === 'object' && !Array.isArray(value) && !Object.keys(value).every((k) => k === 'nb' || k === 'nn');
    if (isNode) Object.assign(out, flatKeys(value as Record<string, unknown>, `${prefix}${key}.`));
    else out[`${prefix}${key}`] = value;
  }
  return out;
}

/** The colophon summary and the foreword: rendered like chapters, but kept out of the contents. */
function renderAside(files: SourceFile[], render: (file: SourceFile) => string, mdEnv: MarkdownEnv): string {
  const before = mdEnv.headings.length;
  const html = files.map(render).join('\n');
  mdEnv.headings.length = before;
  return html;
}

function contents(headings: Heading[], referencesTitle: string | null): { level: number; id: string; text: string }[] {
  const entries = headings.filter((h) => h.level <= 2).map((h) => ({ level: h.level, id: h.id, text: h.text }));
  if (referencesTitle) entries.push({ level: 1, id: 'referanser', text: referencesTitle });
  return entries;
}

function authorLine(meta: NoteMeta, strings: Strings): string {
  const a = meta.authors;
  if (a.length <= 1) return a.join('');
  return `${a.slice(0, -1).join(', ')} ${strings.get('and')} ${a[a.length - 1]}`;
}

function linkNote(
  page: string, markers: Markers, input: NoteInput, context: TextContext, strings: Strings,
  env: typeof Handlebars, sources: NoteSources, warnings: Problem[],
): string {
  const problems: Problem[] = [];
  const figures = new Map(input.figures.map((f) => [f.id, f]));
  const compact = input.config.comparison === 'compact';
  const tableInput = { kommuner: context.kommuner, functions: input.config.functions, questions: input.config.questions, strings, compact };
  const figurePartial = env.compile(sources.partials.figure.text, { strict: true });
  const tablePartial = env.compile(sources.partials.table.text, { strict: true });
  const renderFigure = (p: Placement): string => {
    const marker = p.marker as Extract<Placement['marker'], { kind: 'figure' }>;
    const figure = figures.get(marker.figureId);
    if (!figure) {
      problems.push({
        source: marker.loc,
        message: `figure "${marker.figureId}" is not among the figures made for this note`,
        fix: compact && isOtherKommunesFigure(marker.figureId, input)
          ? COMPACT_FIGURE_FIX
          : knownFigures(marker.figureId, [...figures.keys()]),
      });
      return '';
    }
    if (marker.caption !== null) warnings.push(...captionProblems(marker.caption, figure, p.number, marker.loc));
    return figurePartial({
      id: domId(p), kind: figure.id.split('-')[0], number: p.number, label: strings.get('figure'),
      caption: captionWithMarks(marker.caption ?? figure.title, figure), alt: figure.alt,
      svg: accessibleSvg(p.ref === figure.id ? cleanSvg(figure.svg, figure.id) : scopeSvgIds(cleanSvg(figure.svg, figure.id), p.ref), figure.alt),
      table: figure.table, dataLabel: strings.get('figureData'),
    });
  };
  const renderTable = (p: Placement): string => {
    const marker = p.marker as Extract<Placement['marker'], { kind: 'table' }>;
    const table = buildTable(marker.tableId, tableInput);
    if (!table) {
      problems.push({
        source: marker.loc,
        message: `there is no table "${marker.tableId}"`,
        fix: `Tables: ${tableIds(tableInput).join(', ')}.`,
      });
      return '';
    }
    return tablePartial({
      ...table, id: domId(p), tableId: marker.tableId, number: p.number, label: strings.get('table'),
      caption: marker.caption ?? table.caption,
      rows: table.rows.map((cells, i) => ({ cells, current: i === table.currentRow })),
      dense: compact && table.perKommune === true,
      currentLabel: strings.get('currentKommune'),
    });
  };
  const { html } = link(page, markers, {
    figureLabel: strings.get('figure'), tableLabel: strings.get('table'),
    figureRef: strings.get('figureRef'), tableRef: strings.get('tableRef'), pageRef: strings.get('pageRef'),
    renderFigure, renderTable,
  });
  throwTemplateProblems(problems);
  return html;
}

const COMPACT_FIGURE_FIX =
  'With note.comparison compact (study.yaml) the other kommuner\'s network and political figures are not drawn. ' +
  'Place the tables networks-daily, networks-weekly and political-contact instead, or set note.comparison: full.';

/** A network or political figure of another kommune of the study: drawn only for the full comparison. */
function isOtherKommunesFigure(id: string, input: NoteInput): boolean {
  return input.study.some(({ kommune }) =>
    kommune.slug !== input.kommune.slug && (id.startsWith(`network-${kommune.slug}-`) || id.startsWith(`political-${kommune.slug}-`)));
}

/** The figures whose id starts like the wanted one (all of them when none does), for the message. */
function knownFigures(wanted: string, ids: string[]): string {
  const prefix = wanted.split('-')[0];
  const near = ids.filter((id) => id.startsWith(`${prefix}-`));
  const list = (near.length > 0 ? near : ids).filter(Boolean);
  return list.length > 0 ? `Figures made for this note: ${list.join(', ')}.` : 'The figure stage made no figures.';
}

export { escapeHtml };
export type { Binding, ClaimResult, QuotedAnswer };
export type { NoteSources };
