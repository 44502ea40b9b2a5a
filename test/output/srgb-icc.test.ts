// The output intent's sRGB profile: well formed, and the same colours as LittleCMS's own sRGB.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { srgbIccProfile } from '../../src/output/srgb-icc.ts';

const hasTransicc = (() => {
  try {
    execFileSync('transicc', ['-v'], { stdio: 'ignore', input: '' });
    return true;
  } catch (error) {
    return (error as { code?: string }).code !== 'ENOENT';
  }
})();

describe('srgbIccProfile', () => {
  const profile = srgbIccProfile();
  const view = new DataView(profile.buffer, profile.byteOffset, profile.byteLength);
  const ascii = (at: number, n = 4) => String.fromCharCode(...profile.subarray(at, at + n));

  it('has an ICC v2 display-class RGB header whose size is the file’s, and nine tags inside the file', () => {
    expect(view.getUint32(0)).toBe(profile.length);
    expect([ascii(12), ascii(16), ascii(20), ascii(36)]).toEqual(['mntr', 'RGB ', 'XYZ ', 'acsp']);
    expect(view.getUint8(8)).toBe(2);
    const tags = view.getUint32(128);
    expect(tags).toBe(9);
    for (let i = 0; i < tags; i++) {
      const offset = view.getUint32(136 + 12 * i);
      expect(offset % 4).toBe(0);
      expect(offset + view.getUint32(140 + 12 * i)).toBeLessThanOrEqual(profile.length);
    }
    expect(srgbIccProfile()).toBe(profile);
  });

  it.skipIf(!hasTransicc)('converts colours as LittleCMS’s built-in sRGB does, within 0.1 in L*a*b*', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'icc-')), 'srgb.icc');
    writeFileSync(file, profile);
    const lab = (input: string, colour: string) =>
      execFileSync('transicc', ['-i', input, '-o', '*Lab'], { input: `${colour}\n`, encoding: 'utf8' })
        .split('\n').filter((l) => l.includes('L*')).pop()!.match(/-?\d+\.\d+/g)!.map(Number);
    for (const colour of ['255 0 0', '0 255 0', '0 0 255', '128 128 128', '255 255 255', '20 200 90']) {
      const ours = lab(file, colour);
      const theirs = lab('*sRGB', colour);
      ours.forEach((v, i) => expect(Math.abs(v - theirs[i]!), colour).toBeLessThan(0.1));
    }
  });
});
