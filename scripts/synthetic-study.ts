// A seeded generator of contract data sets (CONTRACT §2) of any size, for the benchmark (bench/) and
// for trying the pipeline on studies larger than the demo:
//
//   tsx scripts/synthetic-study.ts --out <dir> --kommuner 40 --persons 30 --seed 1
//
// The networks are clustered as real ones are: persons work in function groups split into teams;
// ties are dense inside a team, sparser inside the function, rare between functions, and a few
// bridge builders hold many ties across. Every person gets about 5-10 ties; about a fifth do not
// respond (they are in the network only through what others report). The study uses the demo's
// functions and questions (read from data/study.yaml). Same options, same bytes.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { isMainModule, packageRoot } from '../src/paths.ts';
import { mulberry32 } from '../src/random.ts';
import { FIRST_NAMES, SURNAMES } from './demo/names.ts';

export interface SyntheticOptions {
  kommuner: number;
  persons: number;
  seed: number;
  /** Share of persons who do not respond (default 0.2). */
  nonRespondents?: number;
  /** study.yaml whose functions and questions are reused (default: the demo's). */
  baseStudy?: string;
  /**
   * Fill persons.csv's name column with fictional "first last" names (namesakes allowed), drawn
   * from their own seeded stream so the rest of the study stays the same bytes. Default: empty.
   */
  names?: boolean;
}

/** Relative path → file text. */
export type SyntheticFiles = Map<string, string>;

const BODIES = [
  { id: 'formannskap', label: 'Formannskapet' },
  { id: 'kommunestyre', label: 'Kommunestyret' },
  { id: 'ordforer', label: 'Ordføreren' },
];
const CONTACT_TYPES = ['gir_informasjon', 'far_informasjon', 'politisk_diskusjon', 'faglig_diskusjon'];
const FREQUENCIES = ['daglig', 'ukentlig', 'månedlig', 'sjeldnere', 'aldri'];
/** Frequency weights of a tie inside a team, inside a function, and between functions. */
const FREQUENCY_WEIGHTS = { team: [3, 4, 2, 1, 0.3], function: [1, 3, 3, 1.5, 0.5], across: [0.5, 2, 3, 2, 0.5] };
const SAMPLE_TEXTS = [
  'Godt samarbeid i tildelingsmøtet',
  'For lite tid til oppfølging, og for mye tid til rapportering',
  'Ulike fagsystemer; ingen felles oversikt',
  'Korte beslutningsveier',
  'Mangler "boliger" til de som trenger det mest',
];

type Rng = () => number;

const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
function weighted(rng: Rng, weights: readonly number[]): number {
  let r = rng() * weights.reduce((s, w) => s + w, 0);
  for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) < 0) return i;
  return weights.length - 1;
}

interface Person {
  id: string;
  functions: string[];
  group: number;
  team: number;
  respondent: boolean;
  bridge: boolean;
}

/** Persons in function groups (uneven sizes) split into teams of 8-20. */
function makePersons(rng: Rng, n: number, codes: readonly string[], nonRespondents: number): Person[] {
  const groups = Math.min(codes.length, Math.max(3, Math.round(n / 8)));
  const weights = Array.from({ length: groups }, () => 0.5 + rng());
  const width = String(n).length;
  const persons: Person[] = [];
  const teamFill = new Map<number, { team: number; left: number }>();
  let teams = 0;
  for (let i = 0; i < n; i++) {
    const group = i < groups ? i : weighted(rng, weights);
    let slot = teamFill.get(group);
    if (!slot || slot.left === 0) {
      slot = { team: teams++, left: int(rng, 8, 20) };
      teamFill.set(group, slot);
    }
    slot.left--;
    const functions = [codes[group]!];
    if (rng() < 0.25) functions.push(pick(rng, codes.filter((c) => c !== codes[group])));
    persons.push({
      id: `p${String(i + 1).padStart(width, '0')}`,
      functions,
      group,
      team: slot.team,
      respondent: i === 0 || rng() >= nonRespondents,
      bridge: rng() < 0.04,
    });
  }
  return persons;
}

type Scope = keyof typeof FREQUENCY_WEIGHTS;

/** Undirected ties {a, b} (a < b by index) with the scope that made them; ~5-10 per person. */
function makeTies(rng: Rng, persons: readonly Person[]): Map<string, Scope> {
  const byTeam = new Map<number, number[]>();
  const byGroup = new Map<number, number[]>();
  persons.forEach((p, i) => {
    if (!byTeam.has(p.team)) byTeam.set(p.team, []);
    if (!byGroup.has(p.group)) byGroup.set(p.group, []);
    byTeam.get(p.team)!.push(i);
    byGroup.get(p.group)!.push(i);
  });
  const ties = new Map<string, Scope>();
  const add = (a: number, b: number, scope: Scope) => {
    if (a === b || (!persons[a]!.respondent && !persons[b]!.respondent)) return;
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    if (!ties.has(key)) ties.set(key, scope);
  };
  persons.forEach((p, i) => {
    // Each tie has two ends, so half the wanted degree is drawn from each person.
    const wanted = Math.ceil(int(rng, 5, 10) / 2) + (p.bridge ? int(rng, 3, 6) : 0);
    for (let k = 0; k < wanted; k++) {
      const r = rng();
      if (p.bridge && k >= 2) add(i, int(rng, 0, persons.length - 1), 'across');
      else if (r < 0.7) add(i, pick(rng, byTeam.get(p.team)!), 'team');
      else if (r < 0.92) add(i, pick(rng, byGroup.get(p.group)!), 'function');
      else add(i, int(rng, 0, persons.length - 1), 'across');
    }
  });
  return ties;
}

function csv(header: string, rows: readonly string[][]): string {
  const cell = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header, ...rows.map((row) => row.map(cell).join(';'))].join('\n') + '\n';
}

interface StudyBase {
  functions: { code: string }[];
  questions: { id: string; kind: 'rating' | 'text' }[];
  raw: Record<string, unknown>;
}

function readBase(path: string): StudyBase {
  const raw = parseYaml(readFileSync(path, 'utf8')) as Record<string, unknown>;
  return { raw, functions: raw.functions as StudyBase['functions'], questions: raw.questions as StudyBase['questions'] };
}

/** The four CSV files and kommune.yaml of one kommune. */
function kommuneFiles(rng: Rng, slug: string, name: string, n: number, base: StudyBase, nonRespondents: number, names?: Rng): SyntheticFiles {
  const persons = makePersons(rng, n, base.functions.map((f) => f.code), nonRespondents);
  const personName = (): string => (names ? `${pick(names, FIRST_NAMES)} ${pick(names, SURNAMES)}` : '');
  const ties = makeTies(rng, persons);
  const contacts: string[][] = [];
  for (const [key, scope] of ties) {
    const [a, b] = key.split(',').map(Number) as [number, number];
    const frequency = FREQUENCIES[weighted(rng, FREQUENCY_WEIGHTS[scope])]!;
    // Both ends report when both responded (sometimes a step apart); else the one who did.
    for (const [from, to] of [[a, b], [b, a]] as const) {
      if (!persons[from]!.respondent) continue;
      const own = rng() < 0.2 ? FREQUENCIES[Math.min(4, FREQUENCIES.indexOf(frequency) + 1)]! : frequency;
      contacts.push([persons[from]!.id, persons[to]!.id, own]);
    }
  }
  const respondents = persons.filter((p) => p.respondent);
  const responses = respondents.map((p) => [
    p.id,
    ...base.questions.map((q) => {
      if (q.kind === 'rating') return rng() < 0.1 ? 'vet ikke' : rng() < 0.05 ? '' : String(int(rng, 1, 6));
      return rng() < 0.5 ? pick(rng, SAMPLE_TEXTS) : '';
    }),
  ]);
  const political: string[][] = [];
  for (const p of respondents) {
    for (const body of BODIES) if (rng() < 0.15) political.push([p.id, body.id, pick(rng, CONTACT_TYPES)]);
  }
  const dir = `kommuner/${slug}`;
  return new Map([
    [`${dir}/kommune.yaml`, stringifyYaml({ name, politicalBodies: BODIES })],
    [`${dir}/persons.csv`, csv('id;functions;name', persons.map((p) => [p.id, p.functions.join('|'), personName()])) ],
    [`${dir}/responses.csv`, csv(['id', ...base.questions.map((q) => q.id)].join(';'), responses)],
    [`${dir}/contacts.csv`, csv('from;to;frequency', contacts)],
    [`${dir}/political.csv`, csv('person;body;type', political)],
  ]);
}

/** Every file of a synthetic study, in memory. */
export function syntheticStudy(options: SyntheticOptions): SyntheticFiles {
  const base = readBase(options.baseStudy ?? join(packageRoot(), 'data/study.yaml'));
  const rng = mulberry32(options.seed);
  const names = options.names ? mulberry32(options.seed + 7919) : undefined;
  const width = Math.max(2, String(options.kommuner).length);
  const slugs = Array.from({ length: options.kommuner }, (_, i) => `syn${String(i + 1).padStart(width, '0')}`);
  const study: Record<string, unknown> = {
    title: `Syntetisk studie (${options.kommuner} × ${options.persons}, frø ${options.seed})`,
    kommuner: slugs,
    functions: base.functions,
    questions: base.questions,
  };
  if (base.raw.date !== undefined) study.date = base.raw.date;
  const files: SyntheticFiles = new Map([['study.yaml', stringifyYaml(study)]]);
  slugs.forEach((slug, i) => {
    const name = `Syntetisk ${String(i + 1).padStart(width, '0')}`;
    for (const [path, text] of kommuneFiles(rng, slug, name, options.persons, base, options.nonRespondents ?? 0.2, names)) {
      files.set(path, text);
    }
  });
  return files;
}

/** Writes the study into `out`, replacing what was there. */
export function writeSyntheticStudy(out: string, options: SyntheticOptions): void {
  rmSync(out, { recursive: true, force: true });
  for (const [path, text] of syntheticStudy(options)) {
    mkdirSync(join(out, path, '..'), { recursive: true });
    writeFileSync(join(out, path), text);
  }
}

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      kommuner: { type: 'string', default: '1' },
      persons: { type: 'string', default: '30' },
      seed: { type: 'string', default: '1' },
      'non-respondents': { type: 'string', default: '0.2' },
      names: { type: 'boolean', default: false },
    },
  });
  const options = {
    kommuner: Number(values.kommuner),
    persons: Number(values.persons),
    seed: Number(values.seed),
    nonRespondents: Number(values['non-respondents']),
  };
  const bad = Object.entries(options).filter(([, v]) => !Number.isFinite(v) || v < 0);
  if (!values.out || bad.length > 0 || options.persons < 1 || options.kommuner < 1) {
    process.stderr.write('usage: tsx scripts/synthetic-study.ts --out <dir> [--kommuner 1] [--persons 30] [--seed 1] [--non-respondents 0.2] [--names]\n');
    process.exitCode = 2;
    return;
  }
  writeSyntheticStudy(values.out, { ...options, names: values.names });
  process.stderr.write(`wrote ${options.kommuner} kommuner × ${options.persons} persons to ${values.out}\n`);
}

if (isMainModule(import.meta.url, 'synthetic-study')) main(process.argv.slice(2));
