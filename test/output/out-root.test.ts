// Where a build may write: never into its data set, nor hold the data set, nor be a file.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOutRoot, isInside } from '../../src/output/out-root.ts';

const root = mkdtempSync(join(tmpdir(), 'kommunenotat-outroot-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const data = join(root, 'data');
mkdirSync(join(data, 'kommuner', 'oppdal'), { recursive: true });

describe('checkOutRoot', () => {
  it('accepts an output folder beside the data set, existing or not', () => {
    expect(() => checkOutRoot(data, join(root, 'output'))).not.toThrow();
    expect(() => checkOutRoot(data, join(root, 'data-output', 'notes'))).not.toThrow();
  });

  it('refuses the data set itself, a folder inside it, and a folder that holds it', () => {
    expect(() => checkOutRoot(data, data)).toThrow(/^--out ".*" is the data set itself/);
    expect(() => checkOutRoot(data, join(data, 'kommuner'))).toThrow(/^--out ".*kommuner" lies inside the data set/);
    expect(() => checkOutRoot(data, join(data, 'kommuner', 'new', 'deeper'))).toThrow(/lies inside the data set/);
    expect(() => checkOutRoot(data, root)).toThrow(/^--data ".*" lies inside the output folder/);
  });

  it('sees through symlinks, on either side', () => {
    const linkToKommuner = join(root, 'link-to-kommuner');
    symlinkSync(join(data, 'kommuner'), linkToKommuner);
    expect(() => checkOutRoot(data, linkToKommuner)).toThrow(/lies inside the data set/);
    expect(() => checkOutRoot(data, join(linkToKommuner, 'not-yet'))).toThrow(/lies inside the data set/);
    const linkToData = join(root, 'link-to-data');
    symlinkSync(data, linkToData);
    expect(() => checkOutRoot(linkToData, join(data, 'kommuner'))).toThrow(/lies inside the data set/);
  });

  it('refuses a file as the output folder, as a usage error', () => {
    const file = join(root, 'notes.txt');
    writeFileSync(file, 'x');
    let error: unknown;
    try {
      checkOutRoot(data, file);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ kind: 'config', problems: [], message: `--out "${file}" is a file, not a folder. Name a folder (it is created if missing)` });
  });
});

describe('isInside', () => {
  it('is strict and does not confuse a prefix with a parent', () => {
    expect(isInside('/a/b/c', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b')).toBe(false);
    expect(isInside('/a/bc', '/a/b')).toBe(false);
    expect(isInside('/a', '/a/b')).toBe(false);
  });
});
