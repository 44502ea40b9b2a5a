// The catalogue of broken data sets (cases.ts), run in process through the build's load, validate and
// text stages: each must fail with a user error listing exactly the expected problems, in order.

import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDataSets } from '../validate/data-set.ts';
import { CASES, WARNING_CASES, type Expected } from './cases.ts';
import { fixtureExists, runCase } from './run-case.ts';

afterAll(removeDataSets);

function expectLines(lines: string[], expected: Expected[]): void {
  expect(lines).toHaveLength(expected.length);
  expected.forEach((want, i) => {
    if (typeof want === 'string') expect(lines[i]).toBe(want);
    else expect(lines[i]).toMatch(want);
  });
}

describe('the catalogue', () => {
  it('has at least 40 failing cases with unique ids, each fixture folder present', () => {
    const ids = [...CASES, ...WARNING_CASES].map((c) => c.id);
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CASES.filter((c) => c.fixture)) expect(fixtureExists(c.id), c.id).toBe(true);
  });

  it('is documented case by case in docs/bad-input.md', () => {
    const doc = readFileSync('docs/bad-input.md', 'utf8');
    for (const c of [...CASES, ...WARNING_CASES]) expect(doc, c.id).toContain(`\`${c.id}\``);
  });
});

describe('broken data sets fail with every problem located', () => {
  it.each(CASES.map((c) => [c.id, c] as const))('%s', async (_id, testCase) => {
    const outcome = await runCase(testCase);
    expect(outcome.error, 'the build must fail').toBeDefined();
    expect(outcome.error!.isUserError).toBe(true); // exit code 1, no stack
    expectLines(outcome.lines, testCase.expect);
    // Every error names its file; a row's problem its line, a cell's problem its column.
    for (const problem of outcome.error!.problems) {
      expect(problem.source.file).not.toBe('');
      if (problem.source.column !== undefined) expect(problem.source.line).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('contradictions and repeats are resolved with a warning, not fatal', () => {
  it.each(WARNING_CASES.map((c) => [c.id, c] as const))('%s', async (_id, testCase) => {
    const outcome = await runCase(testCase);
    expect(outcome.error).toBeUndefined();
    expectLines(outcome.lines, testCase.expect);
  });
});

describe('a contradictory duplicate report', () => {
  it('keeps the more frequent report, whichever line comes first', async () => {
    const { readStudy } = await import('../../src/pipeline/build.ts');
    const { silentLogger } = await import('../../src/pipeline/effects.ts');
    const { writeCase } = await import('./run-case.ts');
    const testCase = WARNING_CASES.find((c) => c.id === 'contradictory-duplicate')!;
    const { study } = await readStudy(writeCase(testCase), { logger: silentLogger(), now: () => 0 });
    const contacts = study.kommuner[0]!.contacts.map((c) => `${c.from}>${c.to}:${c.frequency}:${c.source.line}`);
    expect(contacts).toEqual(['p1>p2:daglig:5', 'p2>p3:manedlig:3', 'p3>p4:ukentlig:4']);
  });
});
