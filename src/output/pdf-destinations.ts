// Reads back where Chromium put each named destination: element id → page.

import { PDFArray, PDFDict, PDFName, PDFRef, PDFString, PDFHexString, type PDFDocument, type PDFObject } from 'pdf-lib';
import { destinationId } from './pdf-raw-syntax.ts';

/** 1-based page number of every named destination in the PDF. */
export function readDestinations(doc: PDFDocument): Map<string, number> {
  const pageOf = new Map(doc.getPages().map((page, i) => [page.ref.toString(), i + 1]));
  const out = new Map<string, number>();
  const add = (name: string, value: PDFObject | undefined) => {
    const page = destinationPage(doc, value, pageOf);
    if (page !== undefined) out.set(destinationId(name), page);
  };
  // Chromium (Skia) writes the PDF 1.1 /Dests dictionary; a name tree under /Names is read too.
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [key, value] of dests?.entries() ?? []) add(key.decodeText(), value);
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (tree) walkNameTree(doc, tree, add);
  return out;
}

function destinationPage(doc: PDFDocument, value: PDFObject | undefined, pageOf: Map<string, number>): number | undefined {
  let dest = value instanceof PDFRef ? doc.context.lookup(value) : value;
  if (dest instanceof PDFDict) dest = dest.lookup(PDFName.of('D')); // { /D [page ...] } form
  if (!(dest instanceof PDFArray) || dest.size() === 0) return undefined;
  const page = dest.get(0);
  return page instanceof PDFRef ? pageOf.get(page.toString()) : undefined;
}

function walkNameTree(doc: PDFDocument, node: PDFDict, add: (name: string, value: PDFObject | undefined) => void): void {
  const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
  for (let i = 0; names && i + 1 < names.size(); i += 2) {
    const key = names.lookup(i);
    if (key instanceof PDFString || key instanceof PDFHexString) add(key.decodeText(), names.get(i + 1));
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
  for (let i = 0; kids && i < kids.size(); i++) walkNameTree(doc, kids.lookup(i, PDFDict), add);
}
