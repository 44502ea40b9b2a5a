// The data sets under test/fixtures/ as a whole: the minimal one builds, the invalid one lists every problem.

import { describe, expect, it } from 'vitest';
import { formatProblem, KommunenotatError } from '../../src/errors.ts';
import { readKommune } from '../../src/validate/kommune.ts';
import { readStudyConfig } from '../../src/validate/study-config.ts';

describe('test/fixtures/minimal (only required keys)', () => {
  it('builds with no warnings', () => {
    const config = readStudyConfig('test/fixtures/minimal');
    const { kommune, warnings } = readKommune('test/fixtures/minimal', config, 'testby');
    expect(warnings).toEqual([]);
    expect([kommune.persons.length, kommune.responses.length, kommune.contacts.length, kommune.political.length]).toEqual([3, 2, 2, 1]);
  });
});

describe('test/fixtures/invalid (BOM, `,`, Windows-1252 with sep=; and CRLF, quoted line breaks)', () => {
  it('reports every problem of the kommune in one data error', () => {
    const root = 'test/fixtures/invalid';
    const config = readStudyConfig(root);
    let caught: unknown;
    try {
      readKommune(root, config, 'feilby');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(KommunenotatError);
    const error = caught as KommunenotatError;
    expect(error.kind).toBe('data');
    expect(error.message).toBe('kommune feilby: 9 problems');
    const where = error.problems.map(formatProblem);
    const dir = `${root}/kommuner/feilby`;
    expect(where).toEqual([
      `${dir}/persons.csv:3:2: function "bolig" is not one of okonomi, tildeling. Use a function code from study.yaml, or add the function there.`,
      `${dir}/persons.csv:4:1: id "p 03" may contain only letters a-z, digits, _ and -. Use ids such as p01 or oppdal_12, without spaces.`,
      `${dir}/persons.csv:5:1: id "p01" is already used on line 2. Give each person a unique id.`,
      `${dir}/responses.csv:4:2: answer "7" to samordning is not one of 1, 2, 3, 4, 5, 6, vet ikke, or empty. Write a whole number 1-6, "vet ikke" for don't know, or leave it empty if not answered.`,
      `${dir}/responses.csv:5:1: respondent "p09" is not a person in persons.csv. Use an id from persons.csv (ids are case-sensitive), or add the person there.`,
      `${dir}/contacts.csv:4:3: frequency "ukenlig" is not one of daglig, ukentlig, månedlig, sjeldnere, aldri. Did you mean "ukentlig"? Write daglig, ukentlig, månedlig, sjeldnere or aldri (or nynorsk dagleg, vekentleg, månadleg, sjeldnare); remove the row if there is no contact.`,
      `${dir}/contacts.csv:5:1: contact from non-respondent "p04": only persons with a row in responses.csv report contacts. Add the person's row to responses.csv, or remove the contact.`,
      `${dir}/contacts.csv:6:2: contact from "p01" to itself. Remove the row; "to" must be another person.`,
      `${dir}/political.csv:3:2: body "bystyre" is not one of formannskap (politicalBodies in kommune.yaml). Use a body id from kommune.yaml, or add the body to politicalBodies there.`,
    ]);
    expect(error.problems.map((p) => p.value)).toEqual(['bolig', 'p 03', 'p01', '7', 'p09', 'ukenlig', 'p04', 'p01', 'bystyre']);
  });
});
