// Render stage: the one markdown-it set-up of the note. Norwegian typography, headings shifted one
// level down (the note's title is the only h1) with stable ids, simple footnotes, no external links.

import markdownIt, { type MarkdownIt, type StateCore, type StateInline, type Token } from 'markdown-it';
import { sanitizeAuthorHtml } from './sanitize.ts';
import { stripTokens } from './markers.ts';

export interface Heading {
  /** 1 = a chapter (`#` in Markdown), 2 = a section (`##`) … */
  level: number;
  id: string;
  text: string;
}

/** Shared by every Markdown file of one note, so ids and footnote numbers run through the note. */
export interface MarkdownEnv {
  [key: string | symbol]: unknown;
  ids: Set<string>;
  headings: Heading[];
  footnotes: { n: number; html: string }[];
  footnoteCount: number;
  /** What was taken out of raw HTML in the text (allowHtml), per rendered file; read and cleared by text.ts. */
  removed: RemovedMarkup[];
}

/** A piece of the author's raw HTML left out of the note (src/render/sanitize.ts): an element, an attribute, a style declaration. */
export interface RemovedMarkup {
  /** 1-based line in the Markdown as rendered (after Handlebars), when known. */
  line?: number;
  /** The tag (or attribute) as written. */
  written: string;
  /** What was left out: `the element <iframe>`, `the event handler onload`, `its href attribute`, … */
  problem: string;
  /** The URL or attribute value, when there is one. */
  value: string | null;
  /** The whole element was dropped (true), or only the attribute (false). */
  element: boolean;
}

export function newMarkdownEnv(): MarkdownEnv {
  return { ids: new Set(), headings: [], footnotes: [], footnoteCount: 0, removed: [] };
}

export function createMarkdown(allowHtml: boolean): MarkdownIt {
  const md = markdownIt({ html: allowHtml, typographer: true, quotes: '«»‹›', linkify: false });
  md.disable('image');
  md.inline.ruler.before('link', 'footnote_inline', footnoteInline);
  md.core.ruler.push('heading_ids', headingIds);
  md.renderer.rules.footnote_ref = (tokens, idx) => {
    const n = (tokens[idx].meta as { n: number }).n;
    return `<sup class="fn-ref"><a href="#fn-${n}" id="fnref-${n}">${n}</a></sup>`;
  };
  md.renderer.rules.th_open = (tokens, idx, options, _env, self) => {
    tokens[idx].attrSet('scope', 'col');
    return self.renderToken(tokens, idx, options);
  };
  const linkOpen = md.renderer.rules.link_open ?? ((t: Token[], i: number, o: MarkdownIt['options'], _e: unknown, s: MarkdownIt['renderer']) => s.renderToken(t, i, o));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = String(tokens[idx].attrGet('href') ?? '');
    if (href.startsWith('#')) return linkOpen(tokens, idx, options, env, self);
    tokens[idx].meta = { external: href };
    return '<span class="link">';
  };
  md.renderer.rules.link_close = (tokens, idx, options, _env, self) => {
    const open = findOpen(tokens, idx);
    const external = open?.meta?.external as string | undefined;
    return external !== undefined ? `</span> (${md.utils.escapeHtml(external)})` : self.renderToken(tokens, idx, options);
  };
  return md;
}

/** The footnotes collected since the last call, as a list for the end of the chapter. */
export function takeFootnotes(env: MarkdownEnv, heading: string): string {
  if (env.footnotes.length === 0) return '';
  const items = env.footnotes
    .map((f) => `<li id="fn-${f.n}" value="${f.n}">${f.html} <a class="fn-back" href="#fnref-${f.n}"><span aria-hidden="true">↩</span><span class="visually-hidden">tilbake</span></a></li>`)
    .join('\n');
  const range = env.footnotes.length === 1 ? `${env.footnotes[0].n}` : `${env.footnotes[0].n}\u2013${env.footnotes[env.footnotes.length - 1].n}`;
  env.footnotes = [];
  // Labelled with its numbers: every chapter's footnotes are a landmark of their own, with a unique name.
  return `<section class="footnotes" aria-label="${heading} ${range}"><ol>\n${items}\n</ol></section>\n`;
}

/** `^[text]`: an inline footnote, numbered through the note. */
function footnoteInline(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x5e /* ^ */ || state.src.charCodeAt(start + 1) !== 0x5b /* [ */) return false;
  const end = state.md.helpers.parseLinkLabel(state, start + 1);
  if (end < 0) return false;
  if (!silent) {
    const env = state.env as unknown as MarkdownEnv;
    const n = ++env.footnoteCount;
    const content = state.src.slice(start + 2, end);
    let html = state.md.renderInline(content, env);
    if (state.md.options.html) {
      // The author's raw HTML in a footnote is cleaned like the rest of the text (renderMarkdownFile).
      const clean = sanitizeAuthorHtml(html);
      html = clean.html;
      if (Array.isArray(env.removed)) env.removed.push(...clean.removed);
    }
    env.footnotes.push({ n, html });
    const token = state.push('footnote_ref', '', 0);
    token.meta = { n };
  }
  state.pos = end + 1;
  return true;
}

/** Gives every heading a unique id from its text and moves it one level down. */
function headingIds(state: StateCore): void {
  const tokens = state.tokens;
  const env = state.env as unknown as MarkdownEnv;
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open' && token.type !== 'heading_close') return;
    const level = Number(token.tag.slice(1));
    token.tag = `h${Math.min(6, level + 1)}`;
    if (token.type === 'heading_close') return;
    const text = stripTokens(tokens[i + 1]?.content ?? '').trim();
    const id = uniqueId(slugify(text) || 'avsnitt', env.ids);
    token.attrSet('id', id);
    env.headings.push({ level, id, text: state.tokens[i + 1] ? inlineText(tokens[i + 1]) : text });
  });
}

function inlineText(inline: Token): string {
  const text = (inline.children ?? []).map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : '')).join('');
  return stripTokens(text).trim();
}

/** "Sosial nettverksanalyse (SNA)" → "sosial-nettverksanalyse-sna"; æ ø å → ae o a. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function uniqueId(base: string, ids: Set<string>): string {
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}

function findOpen(tokens: Token[], closeIdx: number): Token | undefined {
  for (let i = closeIdx - 1; i >= 0; i--) if (tokens[i].type === 'link_open') return tokens[i];
  return undefined;
}
