// A study that is not the demo (test/fixtures/rus-psykisk: «Samhandling om rus og psykisk helse», only
// the contract's required keys): its notes say nothing about housing, print no placeholder text and
// no colophon row, cover line or back-cover block without a value. With `subject:` the default texts
// and title name the study's subject; placeholders work in the title-like keys.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHtml } from '../../src/pipeline/build.ts';
import { silentLogger } from '../../src/pipeline/effects.ts';
import { browserForTests } from '../output/helpers.ts';

const FIXTURE = 'test/fixtures/rus-psykisk';
const ROOT = new URL('../../', import.meta.url).pathname;
const effects = () => ({ logger: silentLogger(), now: () => 0 });
/** Words of the demo study's subject and the placeholders the templates once printed. */
const DEMO_WORDS = /bolig|bustad|utgiver(en)?\b|utgjevar(en)?\b|kompetanseutvikling/i;
const PLACEHOLDER = /\{(kommune|study|subject|Subject|year|part|number)\}/;

/** The text a reader sees, attribute texts (alt, aria-label) included; no CSS. */
function readable(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/\s(?:aria-label|alt|title|content)="([^"]*)"/g, ' $1 ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
}

function colophonRows(html: string): [string, string][] {
  const table = /<table class="colophon-table">([\s\S]*?)<\/table>/.exec(html)![1];
  return [...table.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>([\s\S]*?)<\/td><\/tr>/g)].map((m) => [m[1], m[2]]);
}

describe('a note of a study that is not the demo, only required keys', async () => {
  const elvdal = (await buildHtml(FIXTURE, 'elvdal', effects())).html;
  const fjordnes = (await buildHtml(FIXTURE, 'fjordnes', effects())).html;

  it.each([['Elvdal (bokmål)', elvdal], ['Fjordnes (nynorsk)', fjordnes]])('%s says nothing about housing and prints no placeholder', (_, html) => {
    const text = readable(html);
    expect(text.match(DEMO_WORDS)?.[0]).toBeUndefined();
    expect(text.match(PLACEHOLDER)?.[0]).toBeUndefined();
    expect(text).toContain('Samhandling om rus og psykisk helse');
  });

  it('leaves out every colophon row, cover line and back-cover block without a value', () => {
    // The page count is filled in by the print; every other row has a value, and the rows without one are gone.
    expect(colophonRows(elvdal).map(([label]) => label)).toEqual(['TITTEL', 'SIDER', 'PROSJEKTTITTEL']);
    expect(colophonRows(elvdal).filter(([label, value]) => label !== 'SIDER' && value.trim() === '')).toEqual([]);
    expect(elvdal).not.toContain('class="cover-publisher"');
    expect(elvdal).not.toContain('class="cover-number"');
    expect(elvdal).not.toContain('<meta name="author"');
    expect(elvdal).not.toContain('<meta name="keywords"');
    expect(elvdal).not.toContain('class="back-cover"');
    expect(readable(/<section class="copyright"[\s\S]*?<\/section>/.exec(elvdal)![0])).toMatch(/© Forfatterne\s+Materialet/);
  });

  it('has the neutral title and colophon labels in the note\'s language', () => {
    expect(elvdal).toContain('<h1 class="cover-title">Samarbeid og kontakt i Elvdal kommune</h1>');
    expect(elvdal).toContain('<p class="cover-subtitle">Notat fra prosjektet «Samhandling om rus og psykisk helse»</p>');
    expect(fjordnes).toContain('<p class="cover-subtitle">Notat frå prosjektet «Samhandling om rus og psykisk helse»</p>');
  });
});

describe('subject, placeholders, per-language metadata and colophon labels set in study.yaml', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'neutral-note-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const study = readFileSync(join(dir, 'study.yaml'), 'utf8')
    .replace('kommuner:', 'subject: { nb: samhandlingen om rus og psykisk helse, nn: samhandlinga om rus og psykisk helse }\ndate: "2026-03-02"\nkommuner:');
  writeFileSync(join(dir, 'study.yaml'), `${study}note:
  subtitle: "{Subject}: {kommune} i {year}"
  projectTitle: "«{study}» ({kommune})"
  commissioner: { nb: Helsedirektoratet region Midt-Norge, nn: Helsedirektoratet region Midt-Noreg }
  publisher: { name: Testinstituttet }
  keywords: { nb: [Samhandling, Tjenester], nn: [Samhandling, Tenester] }
  fixedText:
    colophon: { authors: { nb: SKREVET AV } }
    colophon.keywords: EMNEORD
`);
  writeFileSync(join(dir, 'kommuner/elvdal/kommune.yaml'), `${readFileSync(join(dir, 'kommuner/elvdal/kommune.yaml'), 'utf8')}note:\n  authors: [Kari Forsker]\n  title: "Notat om {kommune}"\n`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const elvdal = (await buildHtml(dir, 'elvdal', effects())).html;
  const fjordnes = (await buildHtml(dir, 'fjordnes', effects())).html;

  it('the default title and texts name the subject in the note\'s language', () => {
    expect(fjordnes).toContain('<h1 class="cover-title">Samhandlinga om rus og psykisk helse i Fjordnes kommune</h1>');
    expect(readable(fjordnes)).toContain('Dette notatet handlar om samhandlinga om rus og psykisk helse i Fjordnes kommune.');
    expect(readable(elvdal)).toContain('viser om samhandlingen om rus og psykisk helse i Elvdal kommune');
  });

  it('fills in {kommune}, {study}, {Subject} and {year} (the note\'s date) in every title-like key', () => {
    expect(elvdal).toContain('<h1 class="cover-title">Notat om Elvdal</h1>');
    expect(elvdal).toContain('<p class="cover-subtitle">Samhandlingen om rus og psykisk helse: Elvdal i 2026</p>');
    expect(colophonRows(elvdal)).toContainEqual(['PROSJEKTTITTEL', '«Samhandling om rus og psykisk helse» (Elvdal)']);
    expect(elvdal).toContain('<meta name="dcterms.date" content="2026-03-02">');
  });

  it('takes each metadata text in the note\'s language, and the colophon labels set in study.yaml', () => {
    expect(colophonRows(elvdal)).toEqual(expect.arrayContaining([
      ['SKREVET AV', 'Kari Forsker'], ['OPPDRAGSGIVER', 'Helsedirektoratet region Midt-Norge'],
      ['ANSVARLIG UTGIVER', 'Testinstituttet'], ['EMNEORD', 'Samhandling, Tjenester'],
    ]));
    // nb only: the nynorsk note keeps the template's label.
    expect(colophonRows(fjordnes)).toEqual(expect.arrayContaining([
      ['OPPDRAGSGJEVAR', 'Helsedirektoratet region Midt-Noreg'], ['ANSVARLEG UTGJEVAR', 'Testinstituttet'], ['EMNEORD', 'Samhandling, Tenester'],
    ]));
    expect(fjordnes).toContain('class="back-cover"');
    expect(fjordnes).not.toContain('<address>');
  });
});

const browser = browserForTests();

describe.skipIf(!browser)('the printed notes of that study', () => {
  let out = '';
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'neutral-pdf-'));
    execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--data', FIXTURE, '--kommune', 'elvdal', '--kommune', 'fjordnes', '--format', 'pdf', '--out', out], { cwd: ROOT, timeout: 170_000, stdio: 'pipe' });
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.each(['elvdal', 'fjordnes'])('%s: no word of the demo and no placeholder in the PDF text; the colophon gives the page count', (slug) => {
    const text = execFileSync('pdftotext', ['-layout', join(out, slug, 'notat.pdf'), '-'], { encoding: 'utf8' });
    expect(text.match(DEMO_WORDS)?.[0]).toBeUndefined();
    expect(text.match(PLACEHOLDER)?.[0]).toBeUndefined();
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(out, slug, 'notat.pdf')], { encoding: 'utf8' }))![1]);
    expect(text).toMatch(new RegExp(`SIDER\\s+${pages}\\b`));
  });
});
