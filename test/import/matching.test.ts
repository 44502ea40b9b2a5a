// Matching respondents and roster rows to persons.csv, duplicates, and the located, name-free messages
// of a broken export (hand-made Nettskjema and wide fixtures).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/import/match.ts';
import { cleanup, file, PERSONS, problemsOf, run, study } from './helpers.ts';

afterAll(cleanup);

const NS_MAPPING = `respondent: { column: nokkel }
submitted: $created
roster: { questions: [kontakt] }
frequencies: { daglig: "1", ukentlig: "2", månedlig: "3", sjeldnere: "4", aldri: "-1" }
ratings: { samordning: { column: samordning, dontKnow: "99" } }
texts: { styrker: styrker }
political: { questions: [politikk], types: { gir_informasjon: "1", far_informasjon: "2" } }
`;

const nettskjema = (rows: string[][]): string =>
  rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(';')).join('\r\n') + '\r\n';
const HEADER = ['$submission_id', '$created', 'nokkel', 'samordning', 'styrker', 'kontakt.p1', 'kontakt.p2', 'kontakt.p3', 'politikk.formannskap.1', 'politikk.formannskap.2'];

describe('import: Nettskjema codes and matching', () => {
  it('reads -1 as a real code, keeps the latest of two submissions (with a warning), and drops answers about oneself', async () => {
    const root = study(PERSONS);
    const csv = file(root, 'ns.csv', nettskjema([
      HEADER,
      ['11', '2024-05-02 10:00:00', 'p1', '4', 'Godt', '1', '-1', '2', '1', '0'],
      ['12', '2024-05-01 09:00:00', 'p2', '99', '', '', '3', '-1', '0', '0'],
      ['13', '2024-05-01 08:00:00', 'p1', '2', 'Første forsøk', '', '', '', '0', '0'],
    ]));
    const result = await run(root, 'nettskjema', [csv], file(root, 'm.yaml', NS_MAPPING));
    const dir = join(root, 'kommuner/testby');
    expect(readFileSync(join(dir, 'responses.csv'), 'utf8')).toBe('id;samordning;styrker\np1;4;Godt\np2;vet ikke;\n');
    expect(readFileSync(join(dir, 'contacts.csv'), 'utf8')).toBe('from;to;frequency\np1;p2;aldri\np1;p3;ukentlig\np2;p3;aldri\n');
    expect(readFileSync(join(dir, 'political.csv'), 'utf8')).toBe('person;body;type\np1;formannskap;gir_informasjon\n');
    expect(result.converted.report.ownRows).toBe(2);
    expect(result.warnings.map((w) => w.message)).toEqual([expect.stringContaining('person p1 (column "nokkel") answered twice: this submission is left out, the one on row 2 kept')]);
    expect(result.warnings[0]!.source).toEqual({ file: csv, line: 4 });
  });

  it('lists every problem at once, located by file, spreadsheet row and column, and leaves the old files untouched', async () => {
    const root = study(PERSONS);
    const dir = join(root, 'kommuner/testby');
    file(root, 'kommuner/testby/contacts.csv', 'from;to;frequency\np1;p2;daglig\n');
    const csv = file(root, 'ns.csv', nettskjema([
      ['$submission_id', 'nokkel', 'samordningg', 'styrker', 'kontakt.p1', 'kontakt.p2', 'kontakt.p9', 'politikk.formannskap.1'],
      ['1', 'p1', '3', '"multi\nline"', '', '7', '1', '1'],
      ['2', 'p7', '3', '', '1', '', '', '0'],
    ]));
    const mapping = file(root, 'm.yaml', NS_MAPPING.replace('submitted: $created\n', ''));
    const problems = await problemsOf(run(root, 'nettskjema', [csv], mapping));
    // Row 3 as a spreadsheet numbers it, though the quoted line break puts it on line 4 of the file.
    expect(problems).toEqual([
      `${csv}:3:2: the respondent in column "nokkel" ("p7") matches no person of persons.csv. Use the persons.csv id as the personal key, or add the person to persons.csv.`,
      `${csv}:1:7: roster row "kontakt.p9" matches no person of persons.csv by code. Give the row the person's persons.csv id as its code, or add the person to persons.csv.`,
      `${csv}:1: warning: 1 person of persons.csv has no roster row (p3): nobody could report contact with them.`,
      `${csv}:1: column "samordning" (ratings.samordning in ${mapping}) is not in the export's header (did you mean "samordningg"?).`,
      `${csv}:2:6: column "kontakt.p2": unknown code "7" (known: daglig = "1" or "daglig"; ukentlig = "2" or "ukentlig"; månedlig = "3" or "månedlig" or "manedlig"; sjeldnere = "4" or "sjeldnere"; aldri = "-1" or "aldri").`,
    ]);
    expect(readFileSync(join(dir, 'contacts.csv'), 'utf8')).toBe('from;to;frequency\np1;p2;daglig\n');
    expect(existsSync(join(dir, 'responses.csv'))).toBe(false);
  });
});

describe('import: matching by name', () => {
  const WIDE = 'hvem;kontakt.Kari Nordmann;kontakt.Ola  Hansen;kontakt.PER BERG\nOla Hansen;daglig;;ukentlig\nkari nordmann;;Månedlig;\n';
  const MAPPING = 'respondent: { column: hvem, match: name }\nroster: { questions: [kontakt], match: name }\n';

  it('normalises names: NFC, white space and case', async () => {
    expect(normalizeName('  Kåre\u00a0 NORDMANN ')).toBe(normalizeName('ka\u030are nordmann'));
    const root = study(PERSONS);
    await run(root, 'wide', [file(root, 'w.csv', WIDE)], file(root, 'm.yaml', MAPPING));
    expect(readFileSync(join(root, 'kommuner/testby/contacts.csv'), 'utf8')).toBe('from;to;frequency\np1;p2;månedlig\np2;p1;daglig\np2;p3;ukentlig\n');
  });

  it('two persons of the same name are a located error that says to match by code, and no message prints a name', async () => {
    const root = study('id;functions;name\np1;okonomi;Kari Nordmann\np2;tildeling;Ola Hansen\np3;tildeling;Per Berg\np4;okonomi;Kari  Nordmann\n');
    const csv = file(root, 'w.csv', `${WIDE}Kari Nordmann;;;\nKjell Typo;;;\n`);
    const problems = await problemsOf(run(root, 'wide', [csv], file(root, 'm.yaml', MAPPING)));
    const persons = join(root, 'kommuner/testby/persons.csv');
    expect(problems).toContain(`${csv}:1:2: roster row "kontakt.[name on persons.csv line 2]" matches 2 persons of the same name (${persons} lines 2 and 5). Two persons cannot be told apart by name: match by code (match: id, with the persons.csv ids as codes).`);
    for (const row of [3, 4]) expect(problems).toContain(`${csv}:${row}:1: the respondent in column "hvem" matches 2 persons of the same name (${persons} lines 2 and 5). Two persons cannot be told apart by name: match by code (match: id, with the persons.csv ids as codes).`);
    expect(problems).toContain(`${csv}:5:1: the respondent in column "hvem" matches no person of persons.csv. Check the name in the export against persons.csv, or match by code.`);
    for (const name of ['Kari', 'Nordmann', 'Ola', 'Hansen', 'Kjell', 'Typo']) expect(problems.join('\n')).not.toContain(name);
  });
});
