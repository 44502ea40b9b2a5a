// The machine-checkable conditions of PDF/UA-1 and PDF/A-2 that a note's PDF must meet (docs/pdf.md
// lists them against the Matterhorn Protocol), read with qpdf's JSON (objects and decoded streams).

import { execFileSync } from 'node:child_process';
import { unmarkedPainting } from '../../src/output/pdf-artifacts.ts';

type Obj = Record<string, unknown>;
interface QpdfObject { value?: unknown; stream?: { dict: Obj; data?: string } }

export interface PdfChecks {
  version: string;
  lang: string | undefined;
  figures: { alt: string | undefined }[];
  captions: number;
  /** TH elements without a /Scope attribute. */
  headerCellsWithoutScope: number;
  xmp: string;
  info: Record<string, string>;
  outputIntents: number;
  iccComponents: number | undefined;
  /** Fonts without ToUnicode, and descendant fonts with no embedded font program. */
  fontsWithoutToUnicode: string[];
  fontsNotEmbedded: string[];
  /** Painting operators outside marked content, over all page content streams. */
  unmarked: number;
  trailerId: boolean;
  /** Structure types neither standard in PDF 1.7 nor mapped in the /RoleMap. */
  unmappedTypes: string[];
  linksWithoutPrintFlag: number;
}

export function checkPdf(path: string): PdfChecks {
  const json = JSON.parse(
    execFileSync('qpdf', ['--json', '--json-stream-data=inline', '--decode-level=generalized', path], { encoding: 'utf8', maxBuffer: 1 << 30 }),
  ) as { qpdf: [Obj, Record<string, QpdfObject>] };
  const [header, objects] = json.qpdf;
  const get = (ref: unknown): unknown => (typeof ref === 'string' && / R$/.test(ref) ? objects[`obj:${ref}`]?.value ?? objects[`obj:${ref}`]?.stream : ref);
  const dicts = Object.values(objects).map((o) => (o.value ?? o.stream?.dict) as Obj | undefined).filter((d): d is Obj => !!d && typeof d === 'object');
  const trailer = objects.trailer?.value as Obj;
  const catalog = get(trailer['/Root']) as Obj;
  const info = get(trailer['/Info']) as Obj;
  const metadata = get(catalog['/Metadata']) as QpdfObject['stream'] | undefined;
  const intents = (catalog['/OutputIntents'] as string[] | undefined) ?? [];
  const profile = intents.length > 0 ? (get((get(intents[0]) as Obj)['/DestOutputProfile']) as QpdfObject['stream']) : undefined;
  const structs = dicts.filter((d) => d['/Type'] === '/StructElem' || d['/S'] !== undefined && d['/P'] !== undefined);
  const fonts = dicts.filter((d) => d['/Type'] === '/Font');
  const pages = dicts.filter((d) => d['/Type'] === '/Page');
  let unmarked = 0;
  for (const page of pages) {
    const contents = Array.isArray(page['/Contents']) ? page['/Contents'] : [page['/Contents']];
    for (const ref of contents) unmarked += unmarkedPainting(streamText(get(ref) as QpdfObject['stream']));
  }
  return {
    version: String(header.pdfversion),
    lang: text(catalog['/Lang']),
    figures: structs.filter((d) => d['/S'] === '/Figure').map((d) => ({ alt: text(d['/Alt']) })),
    captions: structs.filter((d) => d['/S'] === '/Caption').length,
    headerCellsWithoutScope: structs.filter((d) => d['/S'] === '/TH' && !JSON.stringify(d['/A'] ?? '').includes('/Scope')).length,
    xmp: metadata ? streamText(metadata, 'utf8') : '',
    info: Object.fromEntries(Object.entries(info).map(([k, v]) => [k.slice(1), text(v) ?? ''])),
    outputIntents: intents.length,
    iccComponents: profile?.dict['/N'] as number | undefined,
    fontsWithoutToUnicode: fonts.filter((f) => f['/Subtype'] !== '/CIDFontType2' && f['/Subtype'] !== '/CIDFontType0' && !f['/ToUnicode']).map((f) => String(f['/BaseFont'] ?? f['/Subtype'])),
    fontsNotEmbedded: fonts
      .filter((f) => f['/Subtype'] !== '/Type0' && f['/Subtype'] !== '/Type3')
      .filter((f) => {
        const descriptor = get(f['/FontDescriptor']) as Obj | undefined;
        return !descriptor || !(descriptor['/FontFile'] || descriptor['/FontFile2'] || descriptor['/FontFile3']);
      })
      .map((f) => String(f['/BaseFont'])),
    unmarked,
    trailerId: Array.isArray(trailer['/ID']),
    unmappedTypes: unmapped(structs, get(catalog['/StructTreeRoot']) as Obj | undefined),
    linksWithoutPrintFlag: dicts.filter((d) => d['/Subtype'] === '/Link' && ((Number(d['/F'] ?? 0) & 4) === 0)).length,
  };
}

/** PDF 1.7's standard structure types (ISO 32000-1, 14.8.4). */
const STANDARD = new Set([
  'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private',
  'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot',
  'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP',
  'Figure', 'Formula', 'Form',
]);

function unmapped(structs: Obj[], root: Obj | undefined): string[] {
  const map = (root?.['/RoleMap'] ?? {}) as Record<string, string>;
  const types = new Set(structs.map((d) => String(d['/S']).slice(1)));
  return [...types].filter((t) => !STANDARD.has(t) && !STANDARD.has(String(map[`/${t}`] ?? '').slice(1))).sort();
}

/** A text value as qpdf writes it: `u:…` (Unicode) or `b:…` (bytes) or a plain string. */
function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.replace(/^[ub]:/, '');
}

function streamText(stream: QpdfObject['stream'] | undefined, encoding: BufferEncoding = 'latin1'): string {
  return stream?.data ? Buffer.from(stream.data, 'base64').toString(encoding) : '';
}

/** The aria-label of every figure's <svg role="img"> in the HTML, in document order. */
export function htmlFigureAlts(html: string): string[] {
  return [...html.matchAll(/<svg role="img" aria-label="([^"]*)"/g)].map((m) =>
    m[1]!.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
}

/** One XMP property's text (simple, or the first rdf:li of an Alt, Seq or Bag). */
export function xmpValue(xmp: string, name: string): string | undefined {
  const m = new RegExp(`<${name}>(?:<rdf:(?:Alt|Seq|Bag)>)?(?:<rdf:li(?: xml:lang="x-default")?>)?([^<]*)<`).exec(xmp);
  return m?.[1]?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}
