// The compact comparison chapter (note.comparison) on synthetic studies written by the benchmark's
// generator: the kommuner of the study in tables, the other kommuner's figures neither drawn nor
// placed, the note's own kommune marked in every row-per-kommune table; `full` forced gives the
// figures back; `auto` switches above eight kommuner; the same in nynorsk.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { syntheticStudy, type SyntheticFiles } from '../../scripts/synthetic-study.ts';
import { KommunenotatError } from '../../src/errors.ts';
import { readNoteSources } from '../../src/load/note-sources.ts';
import { measureStudy } from '../../src/pipeline/build.ts';
import { silentLogger } from '../../src/pipeline/effects.ts';
import { noteFigures, type FigureCache, type StudyEntry } from '../../src/pipeline/note-figures.ts';
import { withoutNames } from '../../src/pipeline/privacy.ts';
import { formatNumber, formatPercent } from '../../src/render/format.ts';
import { renderNote } from '../../src/render/index.ts';
import { CONTACT_TYPES, type Figure, type KommuneMetrics, type StudyConfig } from '../../src/types.ts';
import { readStudyConfig } from '../../src/validate/study-config.ts';

const root = mkdtempSync(join(tmpdir(), 'compact-comparison-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A synthetic study of `kommuner` kommuner written under `name`, with `edit` applied to its files first. */
function writeStudy(name: string, kommuner: number, edit: (files: SyntheticFiles) => void = () => {}, persons = 30): string {
  const files = syntheticStudy({ kommuner, persons, seed: 1 });
  edit(files);
  const dir = join(root, name);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Sets `note.comparison` in study.yaml. */
const comparison = (value: string) => (files: SyntheticFiles) => {
  const study = parse(files.get('study.yaml')!) as Record<string, unknown>;
  files.set('study.yaml', stringify({ ...study, note: { comparison: value } }));
};

/** Makes one kommune's note nynorsk. */
const nynorsk = (slug: string) => (files: SyntheticFiles) => {
  const path = `kommuner/${slug}/kommune.yaml`;
  files.set(path, stringify({ ...(parse(files.get(path)!) as object), language: 'nn' }));
};

interface BuiltNote {
  config: StudyConfig;
  study: StudyEntry[];
  figures: Figure[];
  html: string;
}

/** Steps 1-5 of the build for the note of `slug`, in memory, as build.ts runs them. */
async function buildNote(dir: string, slug: string, text?: string): Promise<BuiltNote> {
  const { study, metrics } = await measureStudy(dir, { logger: silentLogger(), now: () => 0 });
  const all = study.kommuner.map((k) => ({ kommune: withoutNames(k), metrics: metrics.get(k.slug)! }));
  const own = all.find((entry) => entry.kommune.slug === slug)!;
  const figures = await noteFigures(study.config, own.kommune, all);
  const sources = readNoteSources(study.root, study.config, own.kommune);
  if (text !== undefined) sources.text.resultater = [{ path: join(dir, 'resultater.md'), text }];
  const input = { config: study.config, kommune: own.kommune, metrics: own.metrics, study: all, figures, buildDate: '2015-09-01' };
  return { config: study.config, study: all, figures, html: renderNote(input, sources).html };
}

interface Row {
  cells: string[];
  /** Set in bold. */
  bold: boolean;
  /** The text only a screen reader gets. */
  hidden: string;
}

/** The body rows of a placed table, cells as plain text (no-break spaces as spaces). */
function tableRows(html: string, tableId: string): Row[] {
  const table = new RegExp(`<table id="tab-${tableId}"[\\s\\S]*?</table>`).exec(html);
  expect(table, `table ${tableId}`).not.toBeNull();
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table![0])![1]!;
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => {
    const hidden = [...row!.matchAll(/<span class="visually-hidden">([^<]*)<\/span>/g)].map((m) => m[1]).join('');
    const visible = row!.replace(/<span class="visually-hidden">[^<]*<\/span>/g, '');
    const cells = [...visible.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => plain(m[1]!.replace(/<[^>]+>/g, '')));
    return { cells, bold: /<strong>/.test(row!), hidden };
  });
}

function tableHeaders(html: string, tableId: string): string[] {
  const table = new RegExp(`<table id="tab-${tableId}"[\\s\\S]*?</table>`).exec(html)![0];
  return [...table.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => m[1]!);
}

/** Every figure id placed in the note. */
const placedFigures = (html: string) => [...html.matchAll(/<div id="fig-([^"]+)" class="figure /g)].map((m) => m[1]!);

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** A network measure row as the chapter should print it, from the metrics. */
function networkRow(name: string, m: KommuneMetrics, level: 'daily' | 'weekly'): string[] {
  const n = m.networks[level];
  return [
    name, formatNumber(m.persons), formatNumber(m.respondents), formatNumber(n.edges), formatPercent(n.density),
    formatNumber(n.components), formatNumber(n.isolates.length), formatNumber(n.diameter),
    formatNumber(n.communities.length), formatNumber(n.brokers.length),
  ].map(plain);
}

describe('the compact comparison chapter: twelve kommuner, auto', () => {
  const own = 'syn05';
  let note: BuiltNote;
  beforeAll(async () => {
    note = await buildNote(writeStudy('auto-12', 12), own);
  }, 60_000);

  it('resolves auto to compact above eight kommuner', () => {
    expect(note.config.comparison).toBe('compact');
  });

  it('draws and places no network or political figure of another kommune', () => {
    const others = note.study.map((e) => e.kommune.slug).filter((slug) => slug !== own);
    const ofOthers = (id: string) => others.some((slug) => id.includes(`-${slug}-`) || id.endsWith(`-${slug}`));
    expect(note.figures.map((f) => f.id).filter(ofOthers)).toEqual([]);
    expect(placedFigures(note.html).filter(ofOthers)).toEqual([]);
    // The own kommune's networks and political figures stay in its own chapter.
    expect(placedFigures(note.html).filter((id) => id.startsWith(`network-${own}-`))).toEqual(
      [`network-${own}-daily`, `network-${own}-weekly`, `network-${own}-monthly`],
    );
    expect(placedFigures(note.html)).toContain(`political-${own}-all`);
    expect(note.html.match(/class="figure figure-network"/g)).toHaveLength(3);
    for (const { kommune } of note.study.filter((e) => e.kommune.slug !== own)) {
      expect(note.html).not.toContain(`kontakt i ${kommune.name}<`);
    }
  });

  it('gives one row per kommune for daily and weekly contact, with the numbers of the metrics', () => {
    for (const level of ['daily', 'weekly'] as const) {
      const rows = tableRows(note.html, `networks-${level}`);
      expect(rows.map((r) => r.cells)).toEqual(note.study.map((e) => networkRow(e.kommune.name, e.metrics, level)));
    }
    expect(tableHeaders(note.html, 'networks-weekly')).toEqual([
      'Kommune', 'Personer', 'Svarte', 'Bånd', 'Tetthet', 'Deler', 'Uten bånd', 'Lengste avstand', 'Klynger', 'Brobyggere',
    ]);
  });

  it('marks the own kommune in bold and for screen readers, in every table with a row per kommune', () => {
    for (const id of ['networks-daily', 'networks-weekly', 'political-contact', 'mean-samordning', 'mean-moteplasser']) {
      const rows = tableRows(note.html, id);
      expect(rows, id).toHaveLength(12);
      const marked = rows.filter((r) => r.bold);
      expect(marked.map((r) => plain(r.cells[0]!)), id).toEqual(['Syntetisk 05']);
      expect(marked[0]!.cells.every((cell) => cell !== ''), id).toBe(true);
      expect(rows.filter((r) => r.hidden !== '').map((r) => r.hidden), id).toEqual([' (kommunen dette notatet handler om)']);
      expect(note.html).toMatch(new RegExp(`<table id="tab-${id}" class="[^"]*note-table-per-kommune`));
    }
    // Every cell of the own row is bold, not only the name.
    expect(note.html).toMatch(/<tr><th scope="row"><strong>Syntetisk.05<\/strong><span class="visually-hidden"> \(kommunen dette notatet handler om\)<\/span><\/th>(<td><strong>[^<]*<\/strong><\/td>){9}<\/tr>/);
  });

  it('gives the political contact of every kommune as a table', () => {
    const rows = tableRows(note.html, 'political-contact');
    expect(rows.map((r) => r.cells)).toEqual(note.study.map(({ kommune, metrics: m }) => [
      kommune.name, formatNumber(m.political.answered), formatNumber(m.political.withAnyContact),
      formatPercent(m.political.withAnyContact / m.political.answered),
      ...CONTACT_TYPES.map((type) => formatNumber(m.political.anyBodyTypes[type])),
    ].map(plain)));
  });

  it('sets each function of the own kommune against the mean, lowest and highest of the study', () => {
    const mine = note.study.find((e) => e.kommune.slug === own)!.metrics;
    const rows = tableRows(note.html, 'functions');
    expect(tableHeaders(note.html, 'functions')).toEqual(['Funksjon', 'Syntetisk 05', 'Gjennomsnitt', 'Lavest', 'Høyest']);
    expect(rows).toHaveLength(note.config.functions.length);
    note.config.functions.forEach((f, i) => {
      const counts = note.study.map((e) => e.metrics.functions[f.code] ?? 0);
      const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
      expect(rows[i]!.cells).toEqual([f.name, String(mine.functions[f.code] ?? 0), formatNumber(mean, 1), String(Math.min(...counts)), String(Math.max(...counts))]);
    });
  });

  it('says in its text where the other kommuner\'s figures are, and refers to every table', () => {
    const chapter = plain(/<section class="chapter chapter-resultater"[\s\S]*?<\/section>/.exec(note.html)![0].replace(/<[^>]+>/g, ''));
    expect(chapter).toContain('Med tolv kommuner i prosjektet');
    expect(chapter).toContain('hver av de andre kommunene har sine figurer i sitt eget notat');
    expect(chapter).toContain('de andre kommunenes figurer står i deres egne notater');
    expect(chapter).toMatch(/tabell 4 gjelder daglig kontakt, tabell 5 kontakt minst hver uke/);
    expect(chapter).toMatch(/Tabell 6 viser for hver kommune/);
  });
});

describe('note.comparison full and auto', () => {
  it('full forced on the twelve kommuner places every kommune\'s weekly network and political figure', async () => {
    const note = await buildNote(writeStudy('full-12', 12, comparison('full')), 'syn05');
    expect(note.config.comparison).toBe('full');
    const slugs = note.study.map((e) => e.kommune.slug);
    const drawn = new Set(note.figures.map((f) => f.id));
    for (const slug of slugs) {
      for (const id of [`network-${slug}-daily`, `network-${slug}-weekly`, `political-${slug}-all`]) expect(drawn.has(id), id).toBe(true);
    }
    const placed = placedFigures(note.html);
    expect(placed.filter((id) => id.startsWith('samlet-'))).toEqual([
      ...slugs.map((slug) => `samlet-${slug}-weekly`),
      ...slugs.map((slug) => `samlet-${slug}-political`),
    ]);
    expect(note.html).not.toContain('id="tab-networks-weekly"');
    expect(note.html).not.toContain('note-table-per-kommune');
  }, 60_000);

  it('auto is full for eight kommuner and compact for nine; full and compact are taken as written, in any case', () => {
    expect(readStudyConfig(writeStudy('auto-8', 8, undefined, 5)).comparison).toBe('full');
    expect(readStudyConfig(writeStudy('auto-9', 9, undefined, 5)).comparison).toBe('compact');
    expect(readStudyConfig(writeStudy('compact-2', 2, comparison('compact'), 5)).comparison).toBe('compact');
    expect(readStudyConfig(writeStudy('full-9', 9, comparison(' Full '), 5)).comparison).toBe('full');
    expect(readStudyConfig(writeStudy('auto-written-9', 9, comparison('auto'), 5)).comparison).toBe('compact');
  });

  it('draws each kommune\'s networks in its own note only, and keeps none of them in the build-wide cache', async () => {
    const dir = writeStudy('cache-12', 12);
    const { study, metrics } = await measureStudy(dir, { logger: silentLogger(), now: () => 0 });
    const all = study.kommuner.map((k) => ({ kommune: withoutNames(k), metrics: metrics.get(k.slug)! }));
    const cache: FigureCache = new Map();
    const notes = await Promise.all(all.map((entry) => noteFigures(study.config, entry.kommune, all, cache)));
    notes.forEach((figures, i) => {
      const networks = figures.filter((f) => f.id.startsWith('network-'));
      expect(networks.map((f) => f.id).sort()).toEqual(['daily', 'monthly', 'weekly'].map((level) => `network-${all[i]!.kommune.slug}-${level}`));
    });
    // No other note shows them: held until the build ends they would grow with the number of notes.
    const keys = [...cache.keys()];
    expect(keys.filter((k) => k.startsWith('network:'))).toHaveLength(0);
    expect(keys.filter((k) => k.startsWith('political-all:'))).toHaveLength(0);
    expect(keys.some((k) => k.startsWith('rating-all:'))).toBe(true);
  }, 60_000);

  it('names the setting when a study text places another kommune\'s figure in a compact note', async () => {
    const dir = writeStudy('compact-text-12', 12);
    const text = '# Resultater\n\n{{Fig "samlet-syn02"}} viser Syntetisk 02.\n\n{{figure "network-syn02-weekly" as="samlet-syn02"}}\n';
    const error = await buildNote(dir, 'syn05', text).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(KommunenotatError);
    const problem = (error as KommunenotatError).problems[0]!;
    expect(problem.message).toBe('figure "network-syn02-weekly" is not among the figures made for this note');
    expect(problem.fix).toMatch(/note\.comparison compact .* not drawn\. Place the tables networks-daily, networks-weekly and political-contact instead, or set note\.comparison: full\./);
    expect(problem.source).toMatchObject({ file: join(dir, 'resultater.md'), line: 5 });
  }, 60_000);
});

describe('the compact comparison chapter in nynorsk', () => {
  it('gives the chapter, the tables and the mark in nynorsk', async () => {
    const note = await buildNote(writeStudy('nn-12', 12, nynorsk('syn03')), 'syn03');
    expect(note.html).toContain('<html lang="nn">');
    const chapter = plain(/<section class="chapter chapter-resultater"[\s\S]*?<\/section>/.exec(note.html)![0].replace(/<[^>]+>/g, ''));
    expect(chapter).toContain('Dagleg og vekentleg kontakt i kommunane');
    expect(chapter).toContain('Med tolv kommunar i prosjektet');
    expect(chapter).toContain('kvar av dei andre kommunane har figurane sine i sitt eige notat');
    expect(chapter).toContain('figurane til dei andre kommunane står i notata deira');
    expect(tableHeaders(note.html, 'networks-daily')).toEqual([
      'Kommune', 'Personar', 'Svarte', 'Band', 'Tettleik', 'Delar', 'Utan band', 'Lengste avstand', 'Klynger', 'Brubyggjarar',
    ]);
    expect(tableHeaders(note.html, 'functions')).toEqual(['Funksjon', 'Syntetisk 03', 'Gjennomsnitt', 'Lågast', 'Høgast']);
    const marked = tableRows(note.html, 'political-contact').filter((r) => r.bold);
    expect(marked.map((r) => [plain(r.cells[0]!), r.hidden])).toEqual([['Syntetisk 03', ' (kommunen dette notatet handlar om)']]);
    expect(tableHeaders(note.html, 'political-contact')).toContain('Fagleg diskusjon');
    expect(placedFigures(note.html).filter((id) => id.startsWith('network-'))).toEqual(
      ['network-syn03-daily', 'network-syn03-weekly', 'network-syn03-monthly'],
    );
  }, 60_000);
});
