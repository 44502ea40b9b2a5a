// Page furniture as artifacts: painting outside marked content wrapped, tagged content untouched.

import { describe, expect, it } from 'vitest';
import { markArtifacts, unmarkedPainting } from '../../src/output/pdf-artifacts.ts';

describe('markArtifacts', () => {
  it('wraps a footer text run and a rule outside marked content, and leaves tagged text as it is', () => {
    const tagged = '/P <</MCID 0>> BDC\nBT\n/F1 12 Tf\n1 0 0 -1 72 72 Tm\n<0012> Tj\nET\nEMC\n';
    const footer = 'BT\n/F1 8 Tf\n1 0 0 -1 300 800 Tm\n[<0001> -20 <0002>] TJ\nET\n';
    const rule = 'q\n0 0 0 RG\n72 790 m\n520 790 l\nS\nQ\n';
    const content = tagged + footer + rule;
    expect(unmarkedPainting(content)).toBe(2);
    const { content: out, wrapped } = markArtifacts(content);
    expect(wrapped).toBe(2);
    expect(out).toBe(
      tagged +
        'BT\n/F1 8 Tf\n1 0 0 -1 300 800 Tm\n/Artifact BMC\n[<0001> -20 <0002>] TJ\nEMC\nET\n' +
        'q\n0 0 0 RG\n/Artifact BMC\n72 790 m\n520 790 l\nS\nEMC\nQ\n',
    );
    expect(unmarkedPainting(out)).toBe(0);
  });

  it('reads strings, arrays, dictionaries and inline images as operands, never as operators', () => {
    const content =
      '/Span <</ActualText (EMC \\) BDC)>> BDC\n(Tj EMC) Tj\nEMC\n' + // an operator name inside a string
      'BI /W 1 /H 1 /BPC 8 /CS /G ID \x00EMC\x01 EI\n' + // an inline image whose data holds "EMC"
      '/Im1 Do\n';
    const { content: out, wrapped } = markArtifacts(content);
    expect(wrapped).toBe(2);
    expect(out).toContain('/Artifact BMC\nBI /W 1 /H 1 /BPC 8 /CS /G ID \x00EMC\x01 EI\nEMC');
    expect(out).toContain('/Artifact BMC\n/Im1 Do\nEMC');
    expect(out.startsWith('/Span <</ActualText (EMC \\) BDC)>> BDC\n(Tj EMC) Tj\nEMC\n')).toBe(true);
    expect(unmarkedPainting(out)).toBe(0);
  });

  it('changes nothing in a page whose painting is all marked', () => {
    const content = '/Artifact BMC\n0 0 10 10 re\nf\nEMC\n/P <</MCID 1>> BDC\nBT (a) Tj ET\nEMC\n';
    expect(markArtifacts(content)).toEqual({ content, wrapped: 0 });
  });
});
