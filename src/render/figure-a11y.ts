// Render stage: a figure's SVG as one accessible image. Chromium's tagged PDF takes a figure's
// alternative text only from an <svg> that itself carries role="img" and aria-label (a wrapper
// with role="img" drops the figure from the structure tree; Vega's role="graphics-document" makes
// one /Figure per bar and axis): so the root <svg> gets exactly those, and the roles and labels
// the drawing library wrote inside it are removed (inside an image they are presentational, and
// axe-core asks each role="graphics-symbol" for a text of its own). docs/pdf.md, "Figures".

const ROOT = /^<svg\b([^>]*)>/;
const INNER_A11Y = /\s(?:role|aria-[a-z]+)="[^"]*"/g;
const ROOT_A11Y = /\s(?:role|aria-label|aria-labelledby|aria-roledescription|aria-hidden|focusable)="[^"]*"/g;

/** The SVG with role="img" and the alternative text on its root element. */
export function accessibleSvg(svg: string, alt: string): string {
  const root = ROOT.exec(svg);
  if (!root) return svg;
  const attributes = root[1]!.replace(ROOT_A11Y, '');
  const inside = svg.slice(root[0].length).replace(/<[a-zA-Z][^>]*>/g, (tag) => tag.replace(INNER_A11Y, ''));
  return `<svg role="img" aria-label="${escapeAttribute(alt)}"${attributes}>${inside}`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\s+/g, ' ').trim();
}
