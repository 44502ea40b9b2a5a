import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ParseSpeeds, PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withBrowser } from '../../src/output/browser.ts';
import { readDestinations } from '../../src/output/pdf-destinations.ts';
import { fileId, type PdfMeta } from '../../src/output/pdf-metadata.ts';
import { inflateSync } from 'node:zlib';
import { finishPdf } from '../../src/output/pdf-lib-fallback.ts';
import { markArtifacts, unmarkedPainting } from '../../src/output/pdf-artifacts.ts';
import type { FinishOptions } from '../../src/output/pdf-raw.ts';
import { openDocumentPage } from '../../src/output/pdf-page.ts';
import { finishPrintedPdf, readPrintedPdf } from '../../src/output/pdf-raw.ts';
import { browserForTests, pdfInfo } from './helpers.ts';

const meta: PdfMeta = {
  title: 'Samordning av boligsosialt arbeid i Ørland kommune',
  author: 'Forsker Forskersen (NTNU) \\ Æsa Øie',
  subject: 'Boligsosialt arbeid',
  keywords: ['nettverk', 'boligsosialt arbeid', 'Ørland'],
  lang: 'nb',
  date: new Date('2026-03-01T12:00:00Z'),
};

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const load = (bytes: Uint8Array) => PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
const which = (tool: string) => {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const hasQpdf = which('qpdf');
const hasPdfinfo = which('pdfinfo');

/** What pdf-lib reads back from a file: the same for finishPdf's and finishPrintedPdf's output. */
async function metadataOf(bytes: Uint8Array) {
  const doc = await load(bytes);
  const lang = doc.catalog.lookup(PDFName.of('Lang'));
  return {
    title: doc.getTitle(),
    author: doc.getAuthor(),
    subject: doc.getSubject(),
    keywords: doc.getKeywords(),
    creator: doc.getCreator(),
    producer: doc.getProducer()?.replace(/; (pdf-lib|kommunenotat)$/, '; (finisher)'),
    creationDate: doc.getCreationDate()?.toISOString(),
    modDate: doc.getModificationDate()?.toISOString(),
    lang: lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined,
    displayDocTitle: doc.catalog.getViewerPreferences()?.getDisplayDocTitle(),
    id: doc.context.trailerInfo.ID?.toString(),
    pageCount: doc.getPageCount(),
  };
}

/** What pdf-lib reads, in the shape of readPrintedPdf's answer (entries in order, to compare as lists). */
async function readWithPdfLib(bytes: Uint8Array) {
  const doc = await load(bytes);
  return { pageCount: doc.getPageCount(), destinations: [...readDestinations(doc)], producer: doc.getProducer() };
}

function readRaw(bytes: Uint8Array) {
  const read = readPrintedPdf(bytes);
  return read && { ...read, destinations: [...read.destinations] };
}

/** Object number → the object's bytes (from its xref offset to the next object or the xref table). */
function objectsOf(bytes: Uint8Array): Map<number, string> {
  const text = latin1(bytes);
  const xref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  const entries = [...text.slice(xref, text.indexOf('trailer', xref)).matchAll(/(\d{10}) \d{5} n/g)].map((m, i) => ({ num: i + 1, at: Number(m[1]) }));
  const starts = [...entries.map((e) => e.at), xref].sort((a, b) => a - b);
  return new Map(entries.map(({ num, at }) => [num, text.slice(at, starts[starts.indexOf(at) + 1])]));
}

/** An object's stream data, inflated when it is FlateDecode (content streams), one char per byte. */
function streamOf(object: string): string {
  const m = /stream\r?\n([\s\S]*)\r?\nendstream/.exec(object)!;
  const data = Buffer.from(m[1]!, 'latin1');
  return (/\/FlateDecode/.test(object.slice(0, m.index)) ? inflateSync(data) : data).toString('latin1');
}

function qpdfCheck(bytes: Uint8Array, dir: string): string {
  const file = join(dir, 'check.pdf');
  writeFileSync(file, bytes);
  return execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
}

/** finishPrintedPdf's output must say what finishPdf's says, to pdf-lib, pdfinfo and qpdf alike. */
async function expectSameAsFinishPdf(raw: Uint8Array, dir: string, note = meta, options: FinishOptions = {}): Promise<Uint8Array> {
  const ours = finishPrintedPdf(raw, note, 'note', options)!;
  expect(ours).toBeDefined();
  const theirs = await finishPdf(await load(raw), note, 'note', options);
  const expected = await metadataOf(theirs);
  expect(await metadataOf(ours)).toEqual(expected);
  if (hasPdfinfo) {
    writeFileSync(join(dir, 'ours.pdf'), ours);
    writeFileSync(join(dir, 'theirs.pdf'), theirs);
    const differs = ['Producer', 'File size', 'PDF version'];
    const shown = (file: string) => Object.fromEntries(Object.entries(pdfInfo(join(dir, file))).filter(([key]) => !differs.includes(key)));
    expect(shown('ours.pdf')).toEqual(shown('theirs.pdf'));
    expect(pdfInfo(join(dir, 'ours.pdf')).Title).toBe(note.title);
    expect(pdfInfo(join(dir, 'ours.pdf')).Producer).toMatch(/; kommunenotat$/);
  }
  if (hasQpdf) expect(qpdfCheck(ours, dir)).toMatch(/No syntax or stream encoding errors found/);
  return ours;
}

/** A classic single-revision PDF of these objects (numbered from 1), offsets computed. */
function makePdf(objects: string[], trailer = '/Root 2 0 R /Info 1 0 R'): Uint8Array {
  let text = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = text.length;
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`;
  return Buffer.from(`${text}trailer\n<</Size ${objects.length + 1} ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`, 'latin1');
}

const CHROMIUM_INFO = "<</Title (Utkast)\n/Producer (Skia/PDF m156)\n/CreationDate (D:20261126155036+00'00')\n/ModDate (D:20261126155036+00'00')>>";

/** Info, catalog, a page tree with an intermediate node (pages: 6, 7, 5), /Dests as object 8, then `extra` from 9. */
function samplePdf(options: { dests?: string; catalog?: string; info?: string; extra?: string[] } = {}): Uint8Array {
  return makePdf([
    options.info ?? CHROMIUM_INFO,
    `<</Type /Catalog /Pages 3 0 R${options.dests === undefined ? '' : ' /Dests 8 0 R'}${options.catalog ?? ' /Lang (nb)'}>>`,
    '<</Type /Pages /Count 3 /Kids [4 0 R 5 0 R]>>',
    '<</Type /Pages /Count 2 /Parent 3 0 R /Kids [6 0 R 7 0 R]>>',
    '<</Type /Page /Parent 3 0 R /MediaBox [0 0 10 10]>>',
    '<</Type /Page /Parent 4 0 R /MediaBox [0 0 10 10]>>',
    '<</Type /Page /Parent 4 0 R /MediaBox [0 0 10 10]>>',
    `<<${options.dests ?? ''}>>`,
    ...(options.extra ?? []),
  ]);
}

describe('a minimal PDF worked out by hand', () => {
  // Offsets: header 9 bytes; object 1 is 8 + 17 (dict) + 8 = 33 bytes, so object 2 starts at 42;
  // object 2 is 8 + 75 + 8 = 91 (→ 133); object 3 is 8 + 39 + 8 = 55 (→ 188); object 4 is
  // 8 + 51 + 8 = 67, so the xref table starts at 255.
  const input =
    '%PDF-1.4\n' +
    '1 0 obj\n<</Producer (P)>>\nendobj\n' +
    '2 0 obj\n<</Type /Catalog /Pages 3 0 R /Dests <</s-#25C3#25A5 [4 0 R /XYZ 0 0 0]>>>>\nendobj\n' +
    '3 0 obj\n<</Type /Pages /Kids [4 0 R] /Count 1>>\nendobj\n' +
    '4 0 obj\n<</Type /Page /Parent 3 0 R /MediaBox [0 0 10 10]>>\nendobj\n' +
    'xref\n0 5\n0000000000 65535 f \n0000000009 00000 n \n0000000042 00000 n \n0000000133 00000 n \n0000000188 00000 n \n' +
    'trailer\n<</Size 5 /Root 2 0 R /Info 1 0 R>>\nstartxref\n255\n%%EOF\n';
  const small: PdfMeta = { title: 'T', author: 'A', subject: 'S', keywords: ['k1', 'k 2'], lang: 'nb', date: new Date('2026-03-01T12:00:00Z') };

  it('reads its one page and its destination', () => {
    expect(readPrintedPdf(Buffer.from(input, 'latin1'))).toEqual({ pageCount: 1, destinations: new Map([['s-å', 1]]), producer: 'P' });
  });

  it('replaces the Info dict, adds /Lang and /DisplayDocTitle, and shifts every later offset', () => {
    // The new Info dict is 174 bytes (2 + 10+1 + 11+1 + 12+1 + 19+1 + 23+1 + 27+1 + 33+1 + 28 + 2)
    // instead of 17: +157. The catalog's `>>` is at 42 + 8 + 73 = 123; "\n/Lang (nb)" (11) and
    // "\n/ViewerPreferences <</DisplayDocTitle true>>" (45) go in there: +56. So object 2 moves to
    // 42 + 157 = 199, objects 3 and 4 to 133 + 213 = 346 and 188 + 213 = 401, the xref to 468.
    const id = fileId(small, 'hand');
    const expected =
      '%PDF-1.4\n' +
      '1 0 obj\n<</Title (T)\n/Author (A)\n/Subject (S)\n/Keywords (k1, k 2)\n/Creator (kommunenotat)\n' +
      '/Producer (P; kommunenotat)\n/CreationDate (D:20260301120000Z)\n/ModDate (D:20260301120000Z)>>\nendobj\n' +
      '2 0 obj\n<</Type /Catalog /Pages 3 0 R /Dests <</s-#25C3#25A5 [4 0 R /XYZ 0 0 0]>>\n/Lang (nb)\n' +
      '/ViewerPreferences <</DisplayDocTitle true>>>>\nendobj\n' +
      '3 0 obj\n<</Type /Pages /Kids [4 0 R] /Count 1>>\nendobj\n' +
      '4 0 obj\n<</Type /Page /Parent 3 0 R /MediaBox [0 0 10 10]>>\nendobj\n' +
      'xref\n0 5\n0000000000 65535 f \n0000000009 00000 n \n0000000199 00000 n \n0000000346 00000 n \n0000000401 00000 n \n' +
      `trailer\n<</Size 5\n/Root 2 0 R\n/Info 1 0 R\n/ID [<${id}> <${id}>]>>\nstartxref\n468\n%%EOF\n`;
    expect(latin1(finishPrintedPdf(Buffer.from(input, 'latin1'), small, 'hand', { archival: false })!)).toBe(expected);
  });
});

describe('hand-made PDFs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kommunenotat-pdf-raw-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads destinations exactly as readDestinations does, whatever the name and the form', async () => {
    const bytes = samplePdf({
      dests:
        '/plain [6 0 R /XYZ 0 0 0]\n/sek-#25C3#25A5 [7 0 R /XYZ 0 0 0]\n/raw#C3#A5 [5 0 R /Fit]\n/lower#c3 [5 0 R /Fit]\n' +
        '/pct-#25zz [5 0 R /Fit]\n/viaref 9 0 R\n/viadict <</D [6 0 R /Fit]>>\n/notapage [8 0 R /Fit]\n/nothing [99 0 R /Fit]\n' +
        '/empty []\n/number [0 /Fit]\n/plain [5 0 R /Fit]',
      extra: ['[7 0 R /XYZ 0 0 0]'],
    });
    const read = readRaw(bytes);
    expect(read).toEqual(await readWithPdfLib(bytes));
    expect(read).toEqual({
      pageCount: 3,
      producer: 'Skia/PDF m156',
      destinations: [['plain', 3], ['sek-å', 2], ['rawÃ¥', 3], ['lower#c3', 3], ['pct-%zz', 3], ['viaref', 2], ['viadict', 1]],
    });
  });

  it('reads a PDF without /Dests as one without destinations', async () => {
    const bytes = samplePdf();
    expect(readRaw(bytes)).toEqual({ pageCount: 3, destinations: [], producer: 'Skia/PDF m156' });
    expect(readRaw(bytes)).toEqual(await readWithPdfLib(bytes));
  });

  it('leaves a /Names /Dests tree to pdf-lib, but not other /Names', () => {
    expect(readPrintedPdf(samplePdf({ dests: '', catalog: ' /Names <</Dests 9 0 R>>', extra: ['<</Names [(a) [6 0 R /Fit]]>>'] }))).toBeUndefined();
    expect(readPrintedPdf(samplePdf({ dests: '/a [6 0 R /Fit]', catalog: ' /Names <</JavaScript 9 0 R>>', extra: ['<</Names []>>'] }))?.destinations).toEqual(new Map([['a', 1]]));
  });

  it('gives undefined for an xref stream and object streams, so pdf-lib reads them', async () => {
    const doc = await load(samplePdf({ dests: '/a [6 0 R /Fit]' }));
    const packed = await doc.save({ useObjectStreams: true });
    expect(latin1(packed)).toMatch(/\/Type \/XRef/);
    expect(readPrintedPdf(packed)).toBeUndefined();
    expect(finishPrintedPdf(packed, meta, 'x')).toBeUndefined();
  });

  it('gives undefined for an incremental update, encryption, a bad offset, a cut-off file or no PDF at all', () => {
    const bytes = samplePdf({ dests: '/a [6 0 R /Fit]' });
    const text = latin1(bytes);
    const xref = Number(/startxref\n(\d+)/.exec(text)![1]);
    const object = '1 0 obj\n<</Title (Ny)>>\nendobj\n';
    const update =
      `${text}${object}xref\n0 1\n0000000000 65535 f \n1 1\n${String(text.length).padStart(10, '0')} 00000 n \n` +
      `trailer\n<</Size 9 /Root 2 0 R /Info 1 0 R /Prev ${xref}>>\nstartxref\n${text.length + object.length}\n%%EOF\n`;
    const broken = [
      update,
      text.replace('/Info 1 0 R>>', '/Info 1 0 R /Encrypt 1 0 R>>'),
      text.replace(/0000000009 00000 n/, '0000000010 00000 n'),
      text.slice(0, -40),
      'just text',
      '',
    ];
    for (const variant of broken) {
      expect(readPrintedPdf(Buffer.from(variant, 'latin1')), variant.slice(-60)).toBeUndefined();
      expect(finishPrintedPdf(Buffer.from(variant, 'latin1'), meta, 'x')).toBeUndefined();
    }
  });

  it('sets /Lang and /DisplayDocTitle where the catalog has others, and keeps other Info entries', async () => {
    const variants = [
      samplePdf({ catalog: ' /Lang (en-GB) /ViewerPreferences 9 0 R', extra: ['<</HideToolbar true>>'] }),
      samplePdf({ catalog: ' /ViewerPreferences <</DisplayDocTitle false>>' }),
      samplePdf({ catalog: '', info: '<</Trapped /False /Producer <FEFF0053006B00690061>>>' }),
    ];
    for (const bytes of variants) {
      const ours = await expectSameAsFinishPdf(bytes, dir);
      expect(readRaw(ours)).toEqual(await readWithPdfLib(ours));
    }
    const kept = latin1(finishPrintedPdf(variants[2]!, meta, 'x')!);
    expect(kept).toMatch(/\/Trapped \/False/);
    expect(kept).toMatch(/\/Producer \(Skia; kommunenotat\)/);
  });

  it('writes ASCII as literal strings with ( ) \\ escaped, read back the same as finishPdf writes them', async () => {
    const ascii: PdfMeta = { ...meta, title: 'Notat (utkast) \\ del 1)', author: 'A. Forsker', keywords: ['a(b', 'c'], creator: 'x\\' };
    const ours = await expectSameAsFinishPdf(samplePdf(), dir, ascii);
    expect(latin1(ours)).toContain('/Title (Notat \\(utkast\\) \\\\ del 1\\))\n/Author (A. Forsker)');
  });
});

describe.skipIf(!browserForTests())('on Chromium prints', () => {
  const oppdal = 'output/oppdal/notat.html';
  const prints = new Map<string, Uint8Array>();
  let dir: string;

  /** Sections with ids, some with æøå, each on a page of its own: 14+ pages, so the page tree has intermediate nodes. */
  const headings = Array.from({ length: 14 }, (_, i) => ({ id: ['innledning', 'sek-ærlig', 'øst-å', 'fn 1', 'Ålesund'][i % 5] + `-${i}`, text: `Kapittel ${i + 1}` }));
  const html =
    `<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>${meta.title}</title>` +
    `<style>@page { size: A4; margin: 20mm } section { break-before: page } p { font: 11pt/1.4 serif }</style></head><body>` +
    `<h1>Innhold</h1><ol>${headings.map((h) => `<li><a href="#${encodeURIComponent(h.id)}">${h.text}</a></li>`).join('')}</ol>` +
    headings.map((h, i) => `<section><h2 id="${h.id}">${h.text}</h2>${'<p>Boligsosialt arbeid i kommunen. </p>'.repeat(i % 3 === 0 ? 60 : 5)}</section>`).join('') +
    '</body></html>';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kommunenotat-pdf-raw-'));
    const documents: [string, string, boolean][] = [['tagged', html, true], ['measuring', html, false]];
    if (existsSync(oppdal)) documents.push(['oppdal', readFileSync(oppdal, 'utf8'), true]);
    await withBrowser(async (browser) => {
      const print = async (source: string, final: boolean) => {
        const session = await openDocumentPage(browser, source, 60_000);
        try {
          return await session.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, outline: final, tagged: final });
        } finally {
          await session.close();
        }
      };
      for (const [name, source, final] of documents) prints.set(name, await print(source, final));
      await new Promise((resolve) => setTimeout(resolve, 1100)); // Another second on Chromium's clock.
      prints.set('tagged again', await print(html, true));
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the test document in the form read here: intermediate page-tree nodes, /Dests, dates', () => {
    const text = latin1(prints.get('tagged')!);
    expect(text.match(/\/Type \/Pages\b/g)!.length).toBeGreaterThan(1);
    expect(text).toMatch(/\/Dests \d+ 0 R/);
    expect(text).toMatch(/\/CreationDate \(D:\d{14}/);
    expect(readPrintedPdf(prints.get('tagged')!)!.pageCount).toBeGreaterThan(14);
  });

  it.each(['tagged', 'measuring', 'tagged again', 'oppdal'])('reads the %s print as pdf-lib does', async (name) => {
    if (!prints.has(name)) return console.warn(`Skipped: ${oppdal} is not built`);
    const bytes = prints.get(name)!;
    const read = readRaw(bytes);
    expect(read).toEqual(await readWithPdfLib(bytes));
    if (name !== 'oppdal') expect(new Map(read!.destinations)).toEqual(new Map(headings.map((h) => [h.id, expect.any(Number)])));
  });

  it.each(['tagged', 'measuring', 'oppdal'])('finishes the %s print as finishPdf does without the archival form, changing only the Info dict', async (name) => {
    if (!prints.has(name)) return console.warn(`Skipped: ${oppdal} is not built`);
    const raw = prints.get(name)!;
    const ours = await expectSameAsFinishPdf(raw, dir, meta, { archival: false });
    const before = objectsOf(raw);
    const after = objectsOf(ours);
    expect([...after.keys()]).toEqual([...before.keys()]);
    // Chromium writes /Lang only in a tagged print; an untagged one gets it added, nothing else.
    const root = Number(/\/Root (\d+) 0 R/.exec(latin1(raw))![1]);
    const catalog = before.get(root)!;
    expect(after.get(root)).toBe(name === 'measuring' ? catalog.replace(/>>\nendobj\n$/, '\n/Lang (nb)>>\nendobj\n') : catalog);
    for (const [num, bytes] of before) if (num !== 1 && num !== root) expect(after.get(num) === bytes, `object ${num}`).toBe(true);
    expect(after.get(1)).not.toBe(before.get(1));
    expect({ ...readRaw(ours), producer: undefined }).toEqual({ ...readRaw(raw), producer: undefined });
    expect(finishPrintedPdf(raw, meta, 'note', { archival: false })).toEqual(ours);
  });

  it.each(['tagged', 'oppdal'])('adds the archival form to the %s print: header, XMP, output intent, artifacts; the rest byte for byte', async (name) => {
    if (!prints.has(name)) return console.warn(`Skipped: ${oppdal} is not built`);
    const raw = prints.get(name)!;
    const ours = await expectSameAsFinishPdf(raw, dir);
    expect(latin1(ours).slice(0, 8)).toBe('%PDF-1.7');
    const before = objectsOf(raw);
    const after = objectsOf(ours);
    const added = [...after.keys()].filter((num) => !before.has(num));
    expect(added).toEqual([before.size + 1, before.size + 2, before.size + 3]);
    expect(after.get(added[0]!)).toMatch(/\/Type \/Metadata \/Subtype \/XML[\s\S]*<pdfaid:part>2<\/pdfaid:part>/);
    expect(after.get(added[2]!)).toMatch(/\/Type \/OutputIntent \/S \/GTS_PDFA1 [\s\S]*\/DestOutputProfile \d+ 0 R/);
    const root = Number(/\/Root (\d+) 0 R/.exec(latin1(raw))![1]);
    expect(after.get(root)).toContain(`/Metadata ${added[0]} 0 R`);
    expect(after.get(root)).toContain(`/OutputIntents [${added[2]} 0 R]`);
    // The structure tree root gains a /RoleMap; every other object that changed is a page content
    // stream, and only by artifact marks around what was painted outside marked content.
    const structRoot = Number(/\/StructTreeRoot (\d+) 0 R/.exec(before.get(root)!)?.[1]);
    if (structRoot) expect(after.get(structRoot)).toContain('/RoleMap <</Em /Span /Strong /Span>>');
    const changed = [...before.keys()].filter((num) => num !== 1 && num !== root && num !== structRoot && after.get(num) !== before.get(num));
    expect(changed.length).toBeGreaterThan(0);
    for (const num of changed) {
      const [was, now] = [streamOf(before.get(num)!), streamOf(after.get(num)!)];
      expect(unmarkedPainting(was)).toBeGreaterThan(0);
      expect(unmarkedPainting(now)).toBe(0);
      expect(markArtifacts(was).content).toBe(now);
    }
  });

  it('leaves nothing of the print’s clock: two prints a second apart finish to the same bytes', () => {
    const [first, second] = [prints.get('tagged')!, prints.get('tagged again')!];
    const clock = (bytes: Uint8Array) => /\/CreationDate \((D:\d{14})/.exec(latin1(bytes))![1]!;
    expect(clock(first)).not.toBe(clock(second));
    const finished = [finishPrintedPdf(first, meta, 'note')!, finishPrintedPdf(second, meta, 'note')!];
    expect(Buffer.compare(finished[0]!, finished[1]!)).toBe(0);
    for (const bytes of finished) {
      expect(latin1(bytes)).not.toContain(clock(first));
      expect(latin1(bytes)).not.toContain(clock(second));
    }
  });
});
