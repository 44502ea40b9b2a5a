// Where each page-number target would land, from a paginated layout that Chromium computes on the
// screen, without printing: the document in print media, laid out in CSS columns the size of the
// page's content box (one column per page, forced page breaks turned into column breaks). Chromium
// fragments columns and pages with the same engine (break-inside, break-after: avoid, orphans,
// widows, repeated table headers), so a column's index is the page an element starts on.
// It is a prediction only: printPdf prints and checks every number against the PDF. Run it on a
// page that will not print: the renderer may paint the columns, which numbers the nodes for the
// tagged PDF in another order (docs/pdf.md, "Same bytes either way").

import type { Page } from 'puppeteer';

export interface EmulatedLayout {
  pages: Record<string, number>;
  pageCount: number;
}

/** Why the emulation declined, for the step log; it never guesses where it cannot be right. */
export type Declined = { declined: string };

/**
 * Lays out `page`'s document as pages in columns, reads the page of every target, and puts the
 * document back exactly as it was (style attributes, stylesheets, media). Declines (returns
 * `{ declined }`) where columns are known to differ from pages: no plain `@page` size and margins
 * it can read, a named or `:first` page with its own size or margins, or content wider than the
 * page (Chromium's print then shrinks it).
 */
export async function emulateLayout(page: Page, targets: string[], options: { inPrintMedia?: boolean } = {}): Promise<EmulatedLayout | Declined> {
  // A page loaded in print media (openDocumentPage's `media`) stays in it: no restyle either way.
  if (!options.inPrintMedia) await page.emulateMediaType('print');
  try {
    // As source text: the function's nested helpers may be wrapped in esbuild's `__name` (tsx and the
    // bundle keep function names), which the page does not have.
    const script = `(() => { const __name = (f) => f; return (${layOutInColumns.toString()})(${JSON.stringify(targets)}); })()`;
    return (await page.evaluate(script)) as EmulatedLayout | Declined;
  } finally {
    if (!options.inPrintMedia) await page.emulateMediaType(undefined);
  }
}

/** Runs in the page (through CDP, so also with the document's JavaScript off). Self-contained. */
function layOutInColumns(targets: string[]): EmulatedLayout | Declined {
  const PAGE_SIZES: Record<string, [string, string]> = {
    a3: ['297mm', '420mm'], a4: ['210mm', '297mm'], a5: ['148mm', '210mm'],
    b4: ['250mm', '353mm'], b5: ['176mm', '250mm'], letter: ['8.5in', '11in'], legal: ['8.5in', '14in'],
  };
  const SIDES = ['top', 'right', 'bottom', 'left'] as const;
  const GAP = 48; // px between columns: keeps every column's left edge well inside its page's band

  // 1. The page box: the plain @page rule's size and margins; other @page rules may only style margin boxes.
  let size = '';
  const margins: Record<string, string> = { top: '', right: '', bottom: '', left: '' };
  const pageRules: CSSPageRule[] = [];
  const collect = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSPageRule) pageRules.push(rule);
      else if (rule instanceof CSSMediaRule && matchMedia(rule.conditionText).matches) collect(rule.cssRules);
    }
  };
  try {
    for (const sheet of Array.from(document.styleSheets)) collect(sheet.cssRules);
  } catch {
    return { declined: 'a stylesheet cannot be read' };
  }
  for (const rule of pageRules) {
    const style = rule.style;
    const sets = (name: string) => style.getPropertyValue(name) !== '';
    const boxProperties = ['size', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left'];
    if (rule.selectorText.trim() !== '') {
      if (boxProperties.some(sets)) return { declined: `@page ${rule.selectorText} has its own size or margins` };
      continue;
    }
    if (sets('size')) size = style.getPropertyValue('size').trim();
    for (const side of SIDES) if (sets(`margin-${side}`)) margins[side] = style.getPropertyValue(`margin-${side}`).trim();
  }
  const sizeWords = size.toLowerCase().split(/\s+/).filter(Boolean);
  let box: [string, string] | undefined;
  if (sizeWords.length === 1 && PAGE_SIZES[sizeWords[0]!]) box = PAGE_SIZES[sizeWords[0]!];
  else if (sizeWords.length === 2 && PAGE_SIZES[sizeWords[0]!] && sizeWords[1] === 'portrait') box = PAGE_SIZES[sizeWords[0]!];
  else if (sizeWords.length === 2 && !sizeWords.some((w) => PAGE_SIZES[w] || w === 'landscape' || w === 'portrait')) box = [sizeWords[0]!, sizeWords[1]!];
  if (!box) return { declined: `the @page size "${size}" is not one this emulation reads` };
  if (SIDES.some((side) => margins[side] === '' || margins[side]!.includes('%'))) return { declined: '@page margins are not all given as lengths' };

  const probe = document.createElement('div');
  document.documentElement.append(probe);
  const px = (length: string) => {
    probe.style.cssText = `position:absolute;visibility:hidden;width:${length};`;
    return probe.getBoundingClientRect().width;
  };
  const width = px(box[0]) - px(margins.left!) - px(margins.right!);
  const height = px(box[1]) - px(margins.top!) - px(margins.bottom!);
  probe.remove();
  if (!(width > 0 && height > 0)) return { declined: 'the page has no content box' };

  // 2. Forced page breaks (break-before/after: page, and a change of named page) become column breaks.
  const saved: [Element, string | null][] = [];
  const forced = new Set(['page', 'left', 'right', 'recto', 'verso', 'always']);
  const inFlow = Array.from(document.body.querySelectorAll('*')).filter((el) => !el.closest('svg, math'));
  const styles = new Map(inFlow.map((el) => [el, getComputedStyle(el)]));
  const breaks: [HTMLElement, 'break-before' | 'break-after'][] = [];
  for (const el of inFlow) {
    if (!(el instanceof HTMLElement)) continue;
    const style = styles.get(el)!;
    const previous = el.previousElementSibling;
    const newPageName = previous !== null && styles.has(previous) && styles.get(previous)!.page !== style.page;
    if (forced.has(style.breakBefore) || newPageName) breaks.push([el, 'break-before']);
    if (forced.has(style.breakAfter)) breaks.push([el, 'break-after']);
  }
  const sheet = document.createElement('style');
  sheet.textContent = [
    'html, body { margin: 0 !important; padding: 0 !important; }',
    `body { box-sizing: content-box !important; width: ${width}px !important; max-width: none !important; min-width: 0 !important;`,
    `  height: ${height}px !important; columns: ${width}px auto !important; column-gap: ${GAP}px !important; column-fill: auto !important; }`,
  ].join('\n');
  const restore = () => {
    sheet.remove();
    for (const [el, value] of saved) {
      // Reading the attribute first flushes Chromium's lazy sync of the inline style, which
      // would otherwise put back an empty style="" after the removal.
      el.getAttribute('style');
      if (value === null) el.removeAttribute('style');
      else el.setAttribute('style', value);
    }
  };
  try {
    // Content wider than the page makes Chromium shrink the printed document: columns cannot show that.
    const wide = document.createElement('style');
    wide.textContent = `html, body { margin: 0 !important; padding: 0 !important; } body { width: ${width}px !important; max-width: none !important; }`;
    document.head.append(wide);
    const overflow = document.body.scrollWidth > Math.ceil(width) + 1;
    wide.remove();
    if (overflow) return { declined: 'content is wider than the page' };

    for (const [el, property] of breaks) {
      if (!saved.some(([other]) => other === el)) saved.push([el, el.getAttribute('style')]);
      el.style.setProperty(property, 'column', 'important');
    }
    document.head.append(sheet);
    const origin = document.body.getBoundingClientRect().left;
    const pitch = width + GAP;
    const pageOf = (el: Element) => {
      const first = el.getClientRects()[0];
      return first ? Math.floor((first.left - origin + GAP / 2) / pitch) + 1 : undefined;
    };
    const pages: Record<string, number> = {};
    for (const id of targets) {
      const el = document.getElementById(id);
      const page = el ? pageOf(el) : undefined;
      if (page === undefined) return { declined: `"${id}" has no box` };
      pages[id] = page;
    }
    // The last page: where a zero-height block after everything else lands.
    const end = document.createElement('div');
    document.body.append(end);
    const pageCount = pageOf(end);
    end.remove();
    if (pageCount === undefined) return { declined: 'the end of the document has no box' };
    return { pages, pageCount: Math.max(pageCount, ...Object.values(pages)) };
  } finally {
    restore();
  }
}
