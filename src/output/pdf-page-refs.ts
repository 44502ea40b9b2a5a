// The page-number spans of the document protocol (docs/pdf.md): find them in the HTML text and in
// the browser's DOM, check their targets, and fill them with page numbers in both.

import type { Page } from 'puppeteer';
import { KommunenotatError } from '../errors.ts';
import { messages } from './pdf-messages.ts';

export type SpanKind = 'toc-page' | 'pageref' | 'page-count';

export interface PageSpan {
  kind: SpanKind;
  /** The referenced id; null for page-count (and for a malformed span). */
  target: string | null;
}

interface TextSpan extends PageSpan {
  /** Where the span's content lies in the HTML text. */
  contentStart: number;
  contentEnd: number;
}

// An opening tag whose quoted attribute values may contain '>', then the content up to </span>.
const SPAN = /<span\b((?:[^>"']|"[^"]*"|'[^']*')*)>([^<]*)<\/span>/gi;
const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i');

/** Kind from the class list, in the same precedence as the DOM side (spanKindsInDom). */
function kindOf(classes: string[]): SpanKind | undefined {
  if (classes.includes('page-count')) return 'page-count';
  if (classes.includes('toc-page')) return 'toc-page';
  if (classes.includes('pageref')) return 'pageref';
  return undefined;
}

function attribute(attributes: string, name: string): string | null {
  const match = ATTRIBUTE(name).exec(attributes);
  if (!match) return null;
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '');
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') return String.fromCodePoint(code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return named[code.toLowerCase()] ?? whole;
  });
}

/** The page-number spans in document order, as written in the HTML text. */
function scanText(html: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of html.matchAll(SPAN)) {
    const attributes = match[1] ?? '';
    const kind = kindOf((attribute(attributes, 'class') ?? '').split(/\s+/));
    if (!kind) continue;
    const contentStart = match.index + match[0].length - '</span>'.length - (match[2] ?? '').length;
    const target = kind === 'page-count' ? null : attribute(attributes, 'data-target');
    spans.push({ kind, target, contentStart, contentEnd: contentStart + (match[2] ?? '').length });
  }
  return spans;
}

/** The page-number spans in document order, as the browser parsed them. */
export async function spanKindsInDom(page: Page): Promise<PageSpan[]> {
  // Written without named inner functions: the function is serialised into the page.
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('span.page-count, span.toc-page, span.pageref')).map((span) => ({
      kind: (span.classList.contains('page-count') ? 'page-count' : span.classList.contains('toc-page') ? 'toc-page' : 'pageref') as
        | 'page-count' | 'toc-page' | 'pageref',
      target: span.classList.contains('page-count') ? null : span.getAttribute('data-target'),
    })),
  );
}

/** The referenced ids, each once, in order of first reference; throws on a span without a target. */
export function referencedTargets(spans: PageSpan[]): string[] {
  for (const kind of ['toc-page', 'pageref'] as const) {
    const missing = spans.filter((s) => s.kind === kind && !s.target).length;
    if (missing > 0) throw new KommunenotatError('render', messages.spanWithoutTarget(kind, missing));
  }
  return [...new Set(spans.flatMap((s) => (s.target ? [s.target] : [])))];
}

/** Throws if the text scan and the browser disagree about the spans (the fill would then be wrong). */
export function checkSameSpans(html: string, dom: PageSpan[]): void {
  const text = scanText(html);
  const same = text.length === dom.length && text.every((s, i) => s.kind === dom[i]!.kind && s.target === dom[i]!.target);
  if (!same) throw new KommunenotatError('internal', messages.spanScanMismatch(dom.length, text.length));
}

/**
 * Checks that every target is exactly one element's id, and makes Chromium write a named
 * destination for each: it does so only for ids that some link points at, so a target without an
 * `<a href="#id">` gets a zero-size, absolutely positioned, aria-hidden link (no layout, no
 * annotation, not in the tag tree).
 */
export async function prepareTargets(page: Page, targets: string[]): Promise<void> {
  const counts = await page.evaluate((ids: string[]) => {
    const links = new Set(
      Array.from(document.querySelectorAll('a[href^="#"]')).map((a) => {
        const fragment = a.getAttribute('href')!.slice(1);
        try {
          return decodeURIComponent(fragment);
        } catch {
          return fragment;
        }
      }),
    );
    return ids.map((id) => {
      const count = document.querySelectorAll(`[id="${CSS.escape(id)}"]`).length;
      if (count === 1 && !links.has(id)) {
        const link = document.createElement('a');
        link.href = `#${encodeURIComponent(id)}`;
        link.setAttribute('aria-hidden', 'true');
        link.setAttribute('tabindex', '-1');
        link.setAttribute('style', 'position:absolute;left:0;top:0;width:0;height:0;overflow:hidden');
        document.body.append(link);
      }
      return count;
    });
  }, targets);
  const missing = targets.filter((_, i) => counts[i] === 0);
  if (missing.length > 0) throw new KommunenotatError('render', messages.missingTargets(missing));
  const duplicated = targets.filter((_, i) => counts[i]! > 1);
  if (duplicated.length > 0) throw new KommunenotatError('render', messages.duplicateTargets(duplicated));
}

/** The text each span should hold, given where the targets landed. */
function spanValues(spans: PageSpan[], pages: Record<string, number>, pageCount: number): string[] {
  return spans.map((s) => (s.kind === 'page-count' ? String(pageCount) : String(pages[s.target!] ?? '')));
}

/** Fills the spans in the page's DOM. */
export async function fillSpansInDom(page: Page, spans: PageSpan[], pages: Record<string, number>, pageCount: number): Promise<void> {
  const values = spanValues(spans, pages, pageCount);
  await page.evaluate((texts: string[]) => {
    Array.from(document.querySelectorAll('span.page-count, span.toc-page, span.pageref')).forEach((span, i) => {
      span.textContent = texts[i] ?? '';
    });
  }, values);
}

/** Fills the spans in the HTML text, leaving every other byte as it was. */
export function fillSpansInText(html: string, spans: PageSpan[], pages: Record<string, number>, pageCount: number): string {
  const values = spanValues(spans, pages, pageCount);
  const text = scanText(html);
  let out = '';
  let at = 0;
  text.forEach((span, i) => {
    out += html.slice(at, span.contentStart) + values[i];
    at = span.contentEnd;
  });
  return out + html.slice(at);
}
