// The PDF's XMP metadata packet: the same title, authors, subject, keywords, language, tool and
// dates as the Info dictionary (PDF/A requires them to agree), with the PDF/A-2 and PDF/UA-1
// identification. pdfuaid is not one of PDF/A-2's predefined schemas, so it is declared in a
// pdfaExtension schema, as PDF/A requires of any other schema.

import type { PdfMeta } from './pdf-metadata.ts';

/** What the file claims: PDF/A-2 level B (see docs/pdf.md for why not U or A), PDF/UA-1. */
export const PDFA = { part: 2, conformance: 'B' } as const;
export const PDFUA_PART = 1;

export function xmpPacket(meta: PdfMeta, producer: string): string {
  const date = meta.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const keywords = meta.keywords.join(', ');
  const li = (items: readonly string[]) => items.map((item) => `<rdf:li>${xml(item)}</rdf:li>`).join('');
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(text)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"',
    ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"',
    ' xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"',
    ' xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"',
    ' xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(meta.title)}</dc:title>`,
    `<dc:creator><rdf:Seq>${li([meta.author])}</rdf:Seq></dc:creator>`,
    `<dc:description>${alt(meta.subject)}</dc:description>`,
    `<dc:subject><rdf:Bag>${li(meta.keywords)}</rdf:Bag></dc:subject>`,
    `<dc:language><rdf:Bag>${li([meta.lang])}</rdf:Bag></dc:language>`,
    `<pdf:Keywords>${xml(keywords)}</pdf:Keywords>`,
    `<pdf:Producer>${xml(producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${xml(meta.creator ?? 'kommunenotat')}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<pdfaid:part>${PDFA.part}</pdfaid:part>`,
    `<pdfaid:conformance>${PDFA.conformance}</pdfaid:conformance>`,
    `<pdfuaid:part>${PDFUA_PART}</pdfuaid:part>`,
    '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">',
    '<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>',
    '<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>',
    '<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>',
    '<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">',
    '<pdfaProperty:name>part</pdfaProperty:name>',
    '<pdfaProperty:valueType>Integer</pdfaProperty:valueType>',
    '<pdfaProperty:category>internal</pdfaProperty:category>',
    '<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>',
    '</rdf:li></rdf:Seq></pdfaSchema:property>',
    '</rdf:li></rdf:Bag></pdfaExtension:schemas>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="r"?>',
  ].join('\n');
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
