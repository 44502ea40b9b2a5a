// Text files named in the YAML are read like the data files: inside the data set only, regular
// files only (a FIFO does not hang), any encoding the CSV files may have, binary refused by name.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { notText, readTextFile } from '../../src/load/text-file.ts';

const root = mkdtempSync(join(tmpdir(), 'kommunenotat-textfile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = join(root, 'kommuner', 'testby');
mkdirSync(join(dir, 'tekst'), { recursive: true });
const yaml = join(dir, 'kommune.yaml');
const read = (written: string) => readTextFile(root, yaml, written, 'note.text.kommune');
const TEXT = '# Kommunen\n\nSamarbeid på tvers: «Æ, ø og å» – også i Ørland.\n';

describe('readTextFile', () => {
  it('reads UTF-8 with and without BOM, UTF-16 LE and BE with BOM, and Windows-1252, to the same text', () => {
    const files: Record<string, Uint8Array> = {
      'utf8.md': Buffer.from(TEXT),
      'utf8-bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]),
      'utf16le.md': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]),
      'utf16be.md': Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')]),
      'cp1252.md': iconv.encode(TEXT.replace('–', '-'), 'win1252'),
    };
    for (const [name, bytes] of Object.entries(files)) {
      writeFileSync(join(dir, 'tekst', name), bytes);
      const result = read(`tekst/${name}`);
      expect(result, name).toEqual({ ok: true, path: join(dir, 'tekst', name), text: name === 'cp1252.md' ? TEXT.replace('–', '-') : TEXT });
    }
  });

  it('refuses a symbolic link that leads out of the data set, after resolving it', () => {
    symlinkSync('/etc/hostname', join(dir, 'tekst', 'lenke.md'));
    expect(read('tekst/lenke.md')).toMatchObject({ ok: false, missing: false, message: 'note.text.kommune: text file "tekst/lenke.md" lies outside the data set (/etc/hostname)' });
  });

  it('follows a symbolic link that stays inside the data set', () => {
    writeFileSync(join(root, 'felles.md'), TEXT);
    symlinkSync(join(root, 'felles.md'), join(dir, 'tekst', 'felles.md'));
    expect(read('tekst/felles.md')).toMatchObject({ ok: true, text: TEXT });
  });

  it('refuses a FIFO before opening it, so the build does not hang', () => {
    const fifo = join(dir, 'tekst', 'ror.md');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    expect(read('tekst/ror.md')).toMatchObject({ ok: false, message: 'note.text.kommune: text file "tekst/ror.md" is a named pipe (FIFO), not a regular file' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a file that is too large without reading it', () => {
    const big = join(dir, 'tekst', 'stor.md');
    writeFileSync(big, '');
    execFileSync('truncate', ['-s', '6M', big]);
    expect(read('tekst/stor.md')).toMatchObject({ ok: false, message: 'note.text.kommune: text file "tekst/stor.md" is 6 MB; the limit is 5 MB' });
  });

  it('a missing file is reported as missing (the caller names where it looked)', () => {
    expect(read('tekst/finnes-ikke.md')).toMatchObject({ ok: false, missing: true });
  });
});

describe('notText', () => {
  it('names NUL bytes first, then other control characters, by line; tabs, line breaks and form feeds are text', () => {
    expect(notText('a\tb\r\nc\fd\n')).toBeUndefined();
    expect(notText('a\n\u0007b\n\u0000')).toBe('it holds NUL bytes, the first on line 3');
    expect(notText('a\n\u001bb')).toBe('it holds the control character U+001B on line 2');
  });
});
