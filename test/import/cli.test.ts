// `npm run import`: exit codes, the report, --dry-run, --init, and persons.csv from a roster file.

import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { writeExports } from '../../scripts/write-exports.ts';
import { importCli } from '../../src/cli/import.ts';
import { cleanup, file, study } from './helpers.ts';

afterAll(cleanup);
const DATA = fileURLToPath(new URL('../../data', import.meta.url));
const SCHEMA = fileURLToPath(new URL('../../schema/import-mapping.schema.json', import.meta.url));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (write: (s: string) => void) => ({ write: (chunk: string) => (write(chunk), true) }) as unknown as NodeJS.WritableStream;
  const code = await importCli(args, sink((s) => (out += s)), sink((s) => (err += s)));
  return { code, out, err };
}

const WIDE = 'id;samordning;kontakt.p1;kontakt.p2\np1;4;;daglig\np2;vet ikke;ukentlig;\n';
const MAPPING = 'respondent: { column: id }\nroster: { questions: [kontakt] }\nratings: { samordning: samordning }\npersons: roster.csv\n';
const ROSTER = 'id,functions,name\np1,okonomi,Kari Nordmann\np2,tildeling,Ola Hansen\n';

describe('npm run import', () => {
  it('wrong usage exits 2 with the usage', async () => {
    const result = await cli(['--from', 'surveymonkey', 'x.csv', '--mapping', 'm.yaml', '--kommune', 'testby']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--from surveymonkey is not one of nettskjema, surveyxact, questback, qualtrics, wide');
    expect((await cli(['--from', 'wide', '--mapping', 'm.yaml'])).err).toContain('name the export file(s)');
  });

  it('--dry-run reports and writes nothing; without it writes persons.csv from the roster file too', async () => {
    const root = study('id;functions\np1;okonomi\n');
    const args = ['--from', 'wide', file(root, 'w.csv', WIDE), '--mapping', file(root, 'm.yaml', MAPPING), '--kommune', 'testby', '--data', root];
    file(root, 'roster.csv', ROSTER);
    const dry = await cli([...args, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('(dry run: nothing written)');
    expect(dry.out).toContain('respondents: 2 matched to persons.csv, from 2 rows of the export');
    expect(dry.out).toContain('roster: 2 rows matched to persons, 2 answered by someone; 0 answers about oneself left out');
    expect(dry.out).toContain('would write: responses.csv (2 rows), contacts.csv (2 rows), political.csv (0 rows), persons.csv (2 rows)');
    expect(dry.out).not.toContain('Kari');
    expect(existsSync(join(root, 'kommuner/testby/responses.csv'))).toBe(false);
    expect(readFileSync(join(root, 'kommuner/testby/persons.csv'), 'utf8')).toBe('id;functions\np1;okonomi\n');
    const real = await cli(args);
    expect(real.code).toBe(0);
    expect(readFileSync(join(root, 'kommuner/testby/persons.csv'), 'utf8')).toBe('id;functions;name\np1;okonomi;Kari Nordmann\np2;tildeling;Ola Hansen\n');
    expect(readFileSync(join(root, 'kommuner/testby/responses.csv'), 'utf8')).toBe('id;samordning;styrker\np1;4;\np2;vet ikke;\n');
  });

  it('a broken export exits 1, lists the problems on stderr and says nothing was written', async () => {
    const root = study('id;functions\np1;okonomi\np2;tildeling\n');
    const mapping = file(root, 'm.yaml', 'respondent: { column: key }\nroster: { questions: [kontakt] }\n');
    const result = await cli(['--from', 'wide', file(root, 'w.csv', WIDE), '--mapping', mapping, '--kommune', 'testby', '--data', root]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('; nothing written');
    expect(result.err).toContain('w.csv:1: column "key" (respondent.column in');
  });

  it('--init writes a starting mapping from a SurveyXact workbook (labels give the frequency codes) that the schema accepts', async () => {
    const root = study('id;functions\np1;okonomi\n');
    const { files } = writeExports(DATA, 'oppdal', join(root, 'exports'))['surveyxact-xlsx'];
    const mapping = join(root, 'start.yaml');
    const result = await cli(['--from', 'surveyxact', ...files, '--mapping', mapping, '--init', '--data', DATA]);
    expect(result.code).toBe(0);
    const text = readFileSync(mapping, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schema\/import-mapping\.schema\.json$/);
    const value = parse(text) as Record<string, any>;
    expect(value.respondent).toEqual({ column: 'b_id', match: 'id' });
    expect(value.roster).toEqual({ questions: ['Hvor ofte har du kontakt med disse personene?'], match: 'name' });
    expect(value.frequencies).toEqual({ daglig: ['1'], ukentlig: ['2'], månedlig: ['3'], sjeldnere: ['4'], aldri: ['5'] });
    expect(value.ratings.samordning.column).toBe('s_1');
    expect(value.texts.styrker).toBe('s_3');
    expect(value.political.questions).toEqual(['Kontakt med politikerne']);
    const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
    expect((await cli(['--from', 'surveyxact', ...files, '--mapping', mapping, '--init'])).code).toBe(2);
    // The guessed mapping imports the workbook as it is.
    const data = join(root, 'data');
    cpSync(DATA, data, { recursive: true });
    const imported = await cli(['--from', 'surveyxact', ...files, '--mapping', mapping, '--kommune', 'oppdal', '--data', data, '--dry-run']);
    expect(imported.err).toBe('');
    expect(imported.out).toContain('respondents: 23 matched to persons.csv');
  });
});

describe('import: all files or none', () => {
  it('an import killed between moving the old files aside and the new ones in is healed by the next run', async () => {
    const root = study('id;functions\np1;okonomi\np2;tildeling\n');
    const dir = join(root, 'kommuner/testby');
    // What a kill leaves: contacts.csv moved aside, not yet replaced.
    file(root, 'kommuner/.import-testby-99999/previous/contacts.csv', 'from;to;frequency\np1;p2;aldri\n');
    const mapping = file(root, 'm.yaml', 'respondent: { column: key }\nroster: { questions: [kontakt] }\n');
    const failed = await cli(['--from', 'wide', file(root, 'w.csv', WIDE), '--mapping', mapping, '--kommune', 'testby', '--data', root]);
    expect(failed.code).toBe(1);
    expect(readFileSync(join(dir, 'contacts.csv'), 'utf8')).toBe('from;to;frequency\np1;p2;aldri\n');
    expect(existsSync(join(root, 'kommuner/.import-testby-99999'))).toBe(false);
  });
});
