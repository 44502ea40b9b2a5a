import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors.ts';
import type { StudyConfig } from '../../src/types.ts';
import { readKommune } from '../../src/validate/kommune.ts';
import { readStudyConfig } from '../../src/validate/study-config.ts';
import { BASE, catchError, removeDataSets, writeDataSet } from './data-set.ts';

afterAll(removeDataSets);

const P = 'kommuner/testby/';

function build(changes: Record<string, string | Uint8Array | null> = {}) {
  const root = writeDataSet(changes);
  const config: StudyConfig = readStudyConfig(root);
  return { root, config, read: () => readKommune(root, config, 'testby') };
}

/** The formatted problems of a data set that must fail. */
function problemsOf(changes: Record<string, string | Uint8Array | null>): string[] {
  const { root, read } = build(changes);
  const { error, lines } = catchError(read, root);
  expect(error.kind).toBe('data');
  return lines;
}

/** The formatted warnings of a data set that must build. */
function warningsOf(changes: Record<string, string | Uint8Array | null>): string[] {
  const { root, read } = build(changes);
  return read().warnings.map((w) => formatProblem(w).split(`${root}/`).join(''));
}

describe('a valid kommune', () => {
  it('builds the minimal fixture of only required keys', () => {
    const config = readStudyConfig('test/fixtures/minimal');
    const { kommune, warnings } = readKommune('test/fixtures/minimal', config, 'testby');
    expect(warnings).toEqual([]);
    expect(kommune.name).toBe('Testby');
    expect(kommune.persons.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(kommune.contacts[1]).toEqual({
      from: 'p2',
      to: 'p3',
      frequency: 'manedlig',
      source: { file: 'test/fixtures/minimal/kommuner/testby/contacts.csv', line: 3 },
    });
  });

  it('normalises values and keeps every row with its line', () => {
    const { root, read } = build();
    const { kommune, warnings } = read();
    expect(warnings).toEqual([]);
    expect(kommune).toMatchObject({ slug: 'testby', name: 'Testby', dir: `${root}/kommuner/testby` });
    expect(kommune.politicalBodies).toEqual([
      { id: 'formannskap', label: 'Formannskapet' },
      { id: 'ordforer', label: 'Ordføreren' },
    ]);
    expect(kommune.persons[1]).toEqual({
      id: 'p2',
      functions: ['tildeling', 'okonomi'],
      name: 'Bjørn',
      source: { file: `${root}/${P}persons.csv`, line: 3 },
    });
    expect(kommune.responses.map((r) => [r.id, r.ratings, r.texts, r.source.line])).toEqual([
      ['p1', { samordning: 4 }, { styrker: 'God dialog' }, 2],
      ['p2', { samordning: 'vet_ikke' }, { styrker: '' }, 3],
      ['p3', { samordning: null }, { styrker: 'To\nlinjer' }, 4],
    ]);
    expect(kommune.contacts.map((c) => c.frequency)).toEqual(['daglig', 'manedlig', 'ukentlig']);
    expect(kommune.political).toEqual([
      { person: 'p1', body: 'formannskap', type: 'gir_informasjon', source: { file: `${root}/${P}political.csv`, line: 2 } },
    ]);
    expect(kommune.raw).toMatchObject({ name: 'Testby' });
  });

  it('matches enumerated values case-insensitively, trimmed, with æøå folded', () => {
    const { kommune } = build({
      [`${P}persons.csv`]: 'ID,Functions\np1, Okonomi | TILDELING \np2,tildeling\n',
      [`${P}responses.csv`]: 'id,samordning,styrker\np1, 6 ,\np2,Vet_Ikke,\n',
      [`${P}contacts.csv`]: 'from,to,frequency\np1,p2, Manedlig\np2,p1,DAGLIG\n',
      [`${P}political.csv`]: 'person,body,type\np1,Formannskap,får_informasjon\np2,ordforer,Politisk diskusjon\n',
    }).read();
    expect(kommune.persons[0]!.functions).toEqual(['okonomi', 'tildeling']);
    expect(kommune.responses.map((r) => r.ratings['samordning'])).toEqual([6, 'vet_ikke']);
    expect(kommune.contacts.map((c) => c.frequency)).toEqual(['manedlig', 'daglig']);
    expect(kommune.political.map((p) => [p.body, p.type])).toEqual([
      ['formannskap', 'far_informasjon'],
      ['ordforer', 'politisk_diskusjon'],
    ]);
  });

  it('reads a Windows-1252 contacts.csv with månedlig', () => {
    const { kommune } = build({ [`${P}contacts.csv`]: iconv.encode('from;to;frequency\np1;p2;månedlig\n', 'win1252') }).read();
    expect(kommune.contacts.map((c) => c.frequency)).toEqual(['manedlig']);
  });

  it('accepts an empty politicalBodies list and a political.csv with only a header', () => {
    const { kommune } = build({
      [`${P}kommune.yaml`]: 'name: Testby\npoliticalBodies: []\n',
      [`${P}political.csv`]: 'person;body;type\n',
    }).read();
    expect(kommune.politicalBodies).toEqual([]);
    expect(kommune.political).toEqual([]);
  });

  it('ignores unknown columns', () => {
    const { kommune } = build({ [`${P}persons.csv`]: 'kommentar;id;functions;alder\nx;p1;okonomi;40\ny;p2;okonomi;50\nz;p3;okonomi;\nw;p4;okonomi;\n' }).read();
    expect(kommune.persons).toHaveLength(4);
  });
});

describe('persons.csv', () => {
  it('reports bad and duplicate ids, unknown and empty functions, all at once', () => {
    const lines = problemsOf({
      [`${P}persons.csv`]: 'id;functions\np1;okonomi\np 2;okonomi\np1;tildeling\np3;okonomi|bolig\np4;\np5; | \n',
      [`${P}responses.csv`]: 'id;samordning;styrker\np1;1;\n',
      [`${P}contacts.csv`]: 'from;to;frequency\n',
      [`${P}political.csv`]: 'person;body;type\n',
    });
    expect(lines).toEqual([
      `${P}persons.csv:3:1: id "p 2" may contain only letters a-z, digits, _ and -. Use ids such as p01 or oppdal_12, without spaces.`,
      `${P}persons.csv:4:1: id "p1" is already used on line 2. Give each person a unique id.`,
      `${P}persons.csv:5:2: function "bolig" is not one of okonomi, tildeling. Use a function code from study.yaml, or add the function there.`,
      `${P}persons.csv:6:2: functions is empty; a person needs at least one function code. Write function codes separated by |, the primary function first.`,
      `${P}persons.csv:7:2: functions is empty; a person needs at least one function code. Write function codes separated by |, the primary function first.`,
      `${P}contacts.csv: warning: no contacts: every person will be an isolate.`,
    ]);
  });

  it('puts the offending value on the problem', () => {
    const { root, read } = build({ [`${P}persons.csv`]: 'id;functions\np1;okonomi\np2;okonomi\np3;okonomi\np4;bolig|okonomi\n' });
    const { error } = catchError(read, root);
    expect(error.problems[0]).toMatchObject({ value: 'bolig', source: { line: 5, column: 2 } });
  });

  it('reports missing required columns as one problem at the header line, naming found and expected columns', () => {
    const lines = problemsOf({ [`${P}persons.csv`]: 'ident;funksjonz\np1;okonomi\n' });
    expect(lines).toEqual([
      `${P}persons.csv:1: required columns "id", "functions" are missing (columns found: ident, funksjonz; expected: id;functions;name); no row of the file is read. ` +
        'Did you mean "id" for "ident", "functions" for "funksjonz"? Rename the columns on the header line (the first line); docs/data-format.md lists the names accepted, Norwegian ones too.',
    ]);
  });

  it('reads Norwegian column names (funksjon, navn, fra, til, frekvens, organ …) as their own', () => {
    const { root, read } = build({
      [`${P}persons.csv`]: 'ID;Funksjoner;Fullt navn\np1;okonomi;Anne\np2;tildeling|okonomi;Bjørn\np3;tildeling;Åse\np4;okonomi;Dag\n',
      [`${P}responses.csv`]: 'personid;samordning;styrker\np1;4;\np2;veit ikkje;\np3;;\n',
      [`${P}contacts.csv`]: 'fra;til;frekvens\np1;p2;dagleg\np2;p3;Vekentleg\np3;p4;månadleg\np1;p4;sjeldnare\n',
      [`${P}political.csv`]: 'person;organ;kontakttype\np1;formannskap;gjev informasjon\np2;ordforer;fagleg diskusjon\n',
    });
    const { kommune } = read();
    expect(kommune.persons.map((p) => [p.id, p.functions.join('|'), p.name])).toEqual([
      ['p1', 'okonomi', 'Anne'], ['p2', 'tildeling|okonomi', 'Bjørn'], ['p3', 'tildeling', 'Åse'], ['p4', 'okonomi', 'Dag'],
    ]);
    expect(kommune.responses.map((r) => r.ratings.samordning)).toEqual([4, 'vet_ikke', null]);
    expect(kommune.contacts.map((c) => c.frequency)).toEqual(['daglig', 'ukentlig', 'manedlig', 'sjeldnere']);
    expect(kommune.political.map((p) => `${p.body}:${p.type}`)).toEqual(['formannskap:gir_informasjon', 'ordforer:faglig_diskusjon']);
    expect(root).not.toBe('');
  });

  it('reports a persons.csv without rows', () => {
    const lines = problemsOf({ [`${P}persons.csv`]: 'id;functions\n' });
    expect(lines[0]).toBe(`${P}persons.csv: no persons: the file has a header but no rows. Add one row per person below the header.`);
  });

  it('warns about ids that differ only in case', () => {
    expect(warningsOf({ [`${P}persons.csv`]: 'id;functions\np1;okonomi\np2;okonomi\np3;okonomi\np4;okonomi\nP1;okonomi\n' })).toEqual([
      `${P}persons.csv:6:1: warning: id "P1" differs from "p1" on line 2 only in case; they are two persons. Give each person a unique id.`,
    ]);
  });

  it('warns about a function listed twice', () => {
    expect(warningsOf({ [`${P}persons.csv`]: 'id;functions\np1;okonomi|Okonomi\np2;okonomi\np3;okonomi\np4;okonomi\n' })).toEqual([
      `${P}persons.csv:2:2: warning: function "Okonomi" is listed twice; the second is ignored.`,
    ]);
  });
});

describe('responses.csv', () => {
  it('reports unknown persons (with a case hint), duplicate rows and bad ratings', () => {
    const lines = problemsOf({
      [`${P}responses.csv`]: 'id;samordning;styrker\np1;0;\np9;1;\nP2;2;\np1;3;\np3;7;\np4;3,5;\n"p2";tre;\n',
    });
    const rating = (line: number, value: string) =>
      `${P}responses.csv:${line}:2: answer "${value}" to samordning is not one of 1, 2, 3, 4, 5, 6, vet ikke, or empty. Write a whole number 1-6, "vet ikke" for don't know, or leave it empty if not answered.`;
    expect(lines).toEqual([
      rating(2, '0'),
      `${P}responses.csv:3:1: respondent "p9" is not a person in persons.csv. Use an id from persons.csv (ids are case-sensitive), or add the person there.`,
      `${P}responses.csv:4:1: respondent "P2" is not a person in persons.csv. Did you mean "p2"? Ids are case-sensitive.`,
      `${P}responses.csv:5:1: respondent "p1" already has a row on line 2. Keep one row per respondent.`,
      rating(6, '7'),
      rating(7, '3,5'),
      rating(8, 'tre'),
    ]);
  });

  it('reports a question of study.yaml without a column, and a file without rows', () => {
    const lines = problemsOf({ [`${P}responses.csv`]: 'id;styrker\n', [`${P}contacts.csv`]: 'from;to;frequency\n', [`${P}political.csv`]: 'person;body;type\n' });
    expect(lines).toEqual([
      `${P}responses.csv:1: column "samordning" for question "samordning" in study.yaml is missing. Add a "samordning" column (it may be empty), or remove the question from study.yaml.`,
      `${P}responses.csv: no respondents: the file has a header but no rows. Add one row per person below the header.`,
      `${P}contacts.csv: warning: no contacts: every person will be an isolate.`,
    ]);
  });

  it('keeps text answers verbatim, markup and line breaks included', () => {
    const text = '  <b>Bra</b> & "sitert"\nny linje ';
    const { kommune } = build({ [`${P}responses.csv`]: `id;samordning;styrker\np1;;"${text.replace(/"/g, '""')}"\np2;;   \np3;;x\n` }).read();
    expect(kommune.responses.map((r) => r.texts['styrker'])).toEqual([text, '', 'x']);
  });
});

describe('contacts.csv', () => {
  it('reports non-respondents, unknown persons, self-contacts and bad frequencies', () => {
    const lines = problemsOf({
      [`${P}contacts.csv`]: 'from;to;frequency\np4;p1;daglig\np1;p7;daglig\nx1;p2;daglig\np1;p1;daglig\np1;p2;ukenlig\np2;P3;aldri\n',
    });
    expect(lines).toEqual([
      `${P}contacts.csv:2:1: contact from non-respondent "p4": only persons with a row in responses.csv report contacts. Add the person's row to responses.csv, or remove the contact.`,
      `${P}contacts.csv:3:2: to "p7" is not a person in persons.csv. Use an id from persons.csv (ids are case-sensitive), or add the person there.`,
      `${P}contacts.csv:4:1: from "x1" is not a person in persons.csv. Use an id from persons.csv (ids are case-sensitive), or add the person there.`,
      `${P}contacts.csv:5:2: contact from "p1" to itself. Remove the row; "to" must be another person.`,
      `${P}contacts.csv:6:3: frequency "ukenlig" is not one of daglig, ukentlig, månedlig, sjeldnere, aldri. Did you mean "ukentlig"? Write daglig, ukentlig, månedlig, sjeldnere or aldri (or nynorsk dagleg, vekentleg, månadleg, sjeldnare); remove the row if there is no contact.`,
      `${P}contacts.csv:7:2: to "P3" is not a person in persons.csv. Did you mean "p3"? Ids are case-sensitive.`,
    ]);
  });

  it('keeps the more frequent of contradictory reports and warns naming both lines', () => {
    const { root, read } = build({
      [`${P}contacts.csv`]: 'from;to;frequency\np1;p2;sjeldnere\np2;p1;aldri\np1;p2;ukentlig\np1;p2;månedlig\np2;p1;aldri\n',
    });
    const { kommune, warnings } = read();
    expect(kommune.contacts.map((c) => [c.from, c.to, c.frequency, c.source.line])).toEqual([
      ['p1', 'p2', 'ukentlig', 4],
      ['p2', 'p1', 'aldri', 3],
    ]);
    expect(warnings.map((w) => formatProblem(w).split(`${root}/`).join(''))).toEqual([
      `${P}contacts.csv:4:3: warning: contact p1 -> p2 is reported on lines 2 and 4 with different frequencies; kept ukentlig. Keep one row per pair.`,
      `${P}contacts.csv:5:3: warning: contact p1 -> p2 is reported on lines 4 and 5 with different frequencies; kept ukentlig. Keep one row per pair.`,
      `${P}contacts.csv:6:1: warning: contact p2 -> p1 repeats line 3; this row is ignored.`,
    ]);
  });

  it('reports missing columns without flooding every row', () => {
    const lines = problemsOf({ [`${P}contacts.csv`]: 'fro;too;frequency\np1;p2;daglig\n' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^kommuner\/testby\/contacts\.csv:1: required columns "from", "to" are missing \(columns found: fro, too, frequency; expected: from;to;frequency\)/);
  });
});

describe('political.csv', () => {
  it('reports non-respondents, unknown bodies and types', () => {
    const lines = problemsOf({
      [`${P}political.csv`]: 'person;body;type\np4;formannskap;gir_informasjon\np1;bystyre;gir_informasjon\np1;ordforer;prat\n',
    });
    expect(lines).toEqual([
      `${P}political.csv:2:1: political contact from non-respondent "p4": only persons with a row in responses.csv answer it. Add the person's row to responses.csv, or remove the contact.`,
      `${P}political.csv:3:2: body "bystyre" is not one of formannskap, ordforer (politicalBodies in kommune.yaml). Use a body id from kommune.yaml, or add the body to politicalBodies there.`,
      `${P}political.csv:4:3: type "prat" is not one of gir_informasjon, far_informasjon, politisk_diskusjon, faglig_diskusjon. Write gir_informasjon, far_informasjon, politisk_diskusjon or faglig_diskusjon (spaces and å work, as do nynorsk gjev and fagleg), one row per type.`,
    ]);
  });

  it('warns about repeated rows and keeps one', () => {
    const { root, read } = build({
      [`${P}political.csv`]: 'person;body;type\np1;formannskap;far_informasjon\np1;Formannskap;får_informasjon\n',
    });
    const { kommune, warnings } = read();
    expect(kommune.political).toHaveLength(1);
    expect(warnings.map((w) => formatProblem(w).split(`${root}/`).join(''))).toEqual([
      `${P}political.csv:3:1: warning: repeats line 2; this row is ignored.`,
    ]);
  });
});

describe('kommune.yaml', () => {
  it('reports a missing name, bad bodies and duplicate body ids', () => {
    const lines = problemsOf({
      [`${P}kommune.yaml`]: 'politicalBodies:\n  - { id: formannskap, label: F }\n  - { id: Formannskap, label: G }\n  - { id: ordforer }\n',
    });
    expect(lines).toEqual([
      `${P}kommune.yaml:1:1: required key "name" is missing.`,
      `${P}kommune.yaml:3:11: duplicate body id "Formannskap" (first on line 2). Give each one a different id, or remove one.`,
      `${P}kommune.yaml:4:5: required key "label" is missing.`,
    ]);
  });

  it('reports a missing politicalBodies list without judging political.csv against it', () => {
    const lines = problemsOf({ [`${P}kommune.yaml`]: 'name: Testby\n' });
    expect(lines).toEqual([`${P}kommune.yaml:1:1: required key "politicalBodies" is missing.`]);
  });
});

describe('the whole kommune', () => {
  it('names each missing file by its path and checks the others', () => {
    const lines = problemsOf({ [`${P}political.csv`]: null, [`${P}contacts.csv`]: null, [`${P}kommune.yaml`]: null });
    expect(lines).toEqual([
      `${P}kommune.yaml: file not found. Create ${P}kommune.yaml; see docs/data-format.md.`,
      `${P}contacts.csv: file not found. Create ${P}contacts.csv; see docs/data-format.md.`,
      `${P}political.csv: file not found. Create ${P}political.csv; see docs/data-format.md.`,
    ]);
  });

  it('does not flood later files when persons.csv is missing', () => {
    expect(problemsOf({ [`${P}persons.csv`]: null })).toEqual([
      `${P}persons.csv: file not found. Create ${P}persons.csv; see docs/data-format.md.`,
    ]);
  });

  it('collects every problem of every file into one error, warnings included', () => {
    const { root, read } = build({
      [`${P}kommune.yaml`]: 'name: Testby\npoliticalBodies:\n\t- x\n',
      [`${P}persons.csv`]: 'sep=;\nid;functions\np1;okonomi\np2;bolig\np3;okonomi\np4;okonomi\n',
      [`${P}responses.csv`]: 'id,samordning,styrker\np1,9,"a\nb"\np2,1,\n',
      [`${P}contacts.csv`]: 'from;to;frequency\np1;p2;daglig\np1;p2;daglig\np2;p5;ofte\n',
      [`${P}political.csv`]: 'person;body;type\np3;x;y;z\n',
    });
    const { error, lines } = catchError(read, root);
    expect(error.message).toBe('kommune testby: 8 problems');
    expect(lines).toEqual([
      `${P}kommune.yaml:3:1: YAML syntax error: Tabs are not allowed as indentation. Indent with spaces, not tabs.`,
      `${P}persons.csv:4:2: function "bolig" is not one of okonomi, tildeling. Use a function code from study.yaml, or add the function there.`,
      `${P}responses.csv:2:2: answer "9" to samordning is not one of 1, 2, 3, 4, 5, 6, vet ikke, or empty. Write a whole number 1-6, "vet ikke" for don't know, or leave it empty if not answered.`,
      `${P}contacts.csv:3:1: warning: contact p1 -> p2 repeats line 2; this row is ignored.`,
      `${P}contacts.csv:4:2: to "p5" is not a person in persons.csv. Use an id from persons.csv (ids are case-sensitive), or add the person there.`,
      `${P}contacts.csv:4:3: frequency "ofte" is not one of daglig, ukentlig, månedlig, sjeldnere, aldri. Write daglig, ukentlig, månedlig, sjeldnere or aldri (or nynorsk dagleg, vekentleg, månadleg, sjeldnare); remove the row if there is no contact.`,
      `${P}political.csv:2:4: row has 4 fields but the header has 3. Add the missing fields, or quote values that contain the delimiter.`,
      `${P}political.csv:2:1: political contact from non-respondent "p3": only persons with a row in responses.csv answer it. Add the person's row to responses.csv, or remove the contact.`,
      `${P}political.csv:2:3: type "y" is not one of gir_informasjon, far_informasjon, politisk_diskusjon, faglig_diskusjon. Write gir_informasjon, far_informasjon, politisk_diskusjon or faglig_diskusjon (spaces and å work, as do nynorsk gjev and fagleg), one row per type.`,
    ]);
    expect(error.problems.find((p) => p.source.line === 2 && p.source.file.endsWith('responses.csv'))?.value).toBe('9');
  });

  it('keeps the base data set valid (guards the other tests)', () => {
    expect(Object.keys(BASE)).toHaveLength(6);
    expect(() => build().read()).not.toThrow();
  });
});
