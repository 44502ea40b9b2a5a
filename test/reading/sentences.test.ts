// The drafted sentences: traceable to the reading, never a person, hedged, each language its own.

import { beforeAll, describe, expect, it } from 'vitest';
import { computeKommuneMetrics } from '../../src/metrics/index.ts';
import { measureStudy, type MeasuredStudy } from '../../src/pipeline/build.ts';
import { defaultEffects, silentLogger } from '../../src/pipeline/effects.ts';
import { readStudyNetworks } from '../../src/reading/index.ts';
import { readingSentences } from '../../src/render/reading/sentences.ts';
import { sentencesOf, type ReadingSentences } from '../../src/render/reading/lesning.ts';
import { LEVELS, type KommuneData, type KommuneMetrics } from '../../src/types.ts';
import { read, star } from './shapes.ts';

let measured: MeasuredStudy;
const all = (s: ReadingSentences) => [...LEVELS.flatMap((l) => s.nb[l]), ...LEVELS.flatMap((l) => s.nn[l])];
const sentences = (slug: string, functions = measured.study.config.functions) => {
  const kommune = measured.study.kommuner.find((k) => k.slug === slug)!;
  return sentencesOf(measured.readings.get(slug)!, kommune.name, functions);
};

beforeAll(async () => {
  measured = await measureStudy('data', { ...defaultEffects(), logger: silentLogger() });
});

describe('reading sentences of the demo study', () => {
  it('name no person: no id, no name, no function that one person alone holds', () => {
    for (const kommune of measured.study.kommuner) {
      const text = all(sentences(kommune.slug)).join(' ');
      for (const person of kommune.persons) {
        expect(text).not.toMatch(new RegExp(`\\b${person.id}\\b`));
        for (const part of (person.name ?? '').split(/\s+/).filter((w) => w.length > 1)) expect(text).not.toContain(part);
      }
      const single = measured.readings.get(kommune.slug)!.single;
      for (const f of measured.study.config.functions.filter((fn) => single.has(fn.code))) {
        expect(text.toLowerCase(), `${kommune.slug}: ${f.code}`).not.toContain(f.name.toLowerCase());
      }
    }
  });

  it('hedge a response rate under two thirds (Ørland 15 of 27) at every level, and not Oppdal’s 23 of 29', () => {
    for (const level of LEVELS) {
      expect(sentences('orland').nb[level].some((s) => s.startsWith('Bare 15 av 27 svarte'))).toBe(true);
      expect(sentences('orland').nn[level].some((s) => s.startsWith('Berre 15 av 27 svarte'))).toBe(true);
      expect(sentences('oppdal').nb[level].join(' ')).not.toContain('svarte på undersøkelsen');
    }
  });

  it('say what the reading says: Rissa weekly elongated with its chain of four, Oppdal monthly with two bridge builders', () => {
    const rissa = sentences('rissa').nb.weekly;
    expect(rissa[0]).toBe(
      'Det ukentlige nettverket er langstrakt: den lengste avstanden mellom to personer er 15 ledd, og i gjennomsnitt er det 6,4 ledd mellom to personer.',
    );
    expect(rissa[1]).toMatch(/^En kjede på fire personer, der hver bare har kontakt med to andre, går mellom en del på 15 personer med de fleste fra tjenester i bolig/);
    expect(sentences('oppdal').nb.monthly).toContain(
      'To personer er brobyggere mellom klyngene: én fra økonomiske virkemidler/rådgivning og én fra tildeling av bolig.',
    );
    expect(sentences('oppdal').nn.monthly).toContain(
      // The function names in nynorsk, as study.yaml gives them per language.
      'To personar er brubyggjarar mellom klyngene: éin frå økonomiske verkemiddel/rådgiving og éin frå tildeling av bustad.',
    );
  });

  it('keep each language to itself (function names set aside)', () => {
    const neutral = measured.study.config.functions.map((f) => ({ ...f, name: 'X' }));
    const NN_ONLY = /\b(ikkje|korleis|kva|nokon|personar|personane|dei|frå|meir|berre|kvarandre|saman|delar|fleire|klynga|éin|éi|heng|fell)\b/;
    const NB_ONLY = /\b(ikke|hvordan|hva|noen|personer|personene|de|fra|mer|bare|hverandre|sammen|deler|flere|klyngen|én|henger|faller)\b/;
    for (const kommune of measured.study.kommuner) {
      const s = sentences(kommune.slug, neutral);
      for (const level of LEVELS) {
        for (const line of s.nb[level]) expect(line, line).not.toMatch(NN_ONLY);
        for (const line of s.nn[level]) expect(line, line).not.toMatch(NB_ONLY);
      }
    }
  });

  it('change only the sentences whose facts changed when one monthly tie is added in Oppdal', () => {
    const oppdal = measured.study.kommuner.find((k) => k.slug === 'oppdal')!;
    const before = sentences('oppdal');
    // Two persons of the monthly network's largest cluster who have no tie yet.
    const changed: KommuneData = {
      ...oppdal,
      contacts: [...oppdal.contacts, { from: 'p01', to: 'p05', frequency: 'manedlig', source: { file: 'contacts.csv' } }],
    };
    const metrics = new Map<string, KommuneMetrics>(measured.metrics);
    metrics.set('oppdal', computeKommuneMetrics(measured.study.config, changed));
    const kommuner = measured.study.kommuner.map((k) => (k.slug === 'oppdal' ? changed : k));
    const after = sentencesOf(readStudyNetworks(measured.study.config, kommuner, metrics).get('oppdal')!, 'Oppdal', measured.study.config.functions);
    for (const lang of ['nb', 'nn'] as const) {
      expect(after[lang].daily).toEqual(before[lang].daily);
      expect(after[lang].weekly).toEqual(before[lang].weekly);
      const differ = after[lang].monthly.filter((s, i) => s !== before[lang].monthly[i]);
      // Only the E-I index moved (one more tie inside the function): the one sentence that states it.
      expect(differ).toHaveLength(1);
      expect(differ[0]).toMatch(/E-I-indeks/);
    }
  });
});

describe('reading sentences of small networks', () => {
  it('hedge a network of fewer than ten persons, and read a star as a star', () => {
    const reading = read(star(6));
    const input = {
      level: 'weekly' as const, reading, kommuneName: 'Testby', functionName: (c: string) => c, single: new Set<string>(),
      context: { persons: 6, respondents: 6, nonRespondents: 0 },
    };
    expect(readingSentences(input, 'nb')).toEqual([
      'Det ukentlige nettverket har form som en stjerne: én person har direkte kontakt med fem av de fem andre, og nesten all kontakt går gjennom denne personen.',
      'Alle de seks personene henger sammen i det ukentlige nettverket, og ingen er mer enn to ledd fra hverandre.',
      'Én person er brobygger som holder nettverket sammen, fra b.',
      'Kontakten fordeler seg nokså jevnt innenfor og på tvers av funksjonene (E-I-indeks 0,20).',
      'Med bare seks personer bør mønsteret leses med forsiktighet.',
    ]);
  });
});
