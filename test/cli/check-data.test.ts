import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { checkData } from '../../src/cli/check-data.ts';
import { removeDataSets, writeDataSet } from '../validate/data-set.ts';

afterEach(removeDataSets);

async function run(argv: string[]): Promise<{ code: number; lines: string[] }> {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk) => (text += String(chunk)));
  const code = await checkData(argv, stream);
  return { code, lines: text.trimEnd().split('\n') };
}

describe('npm run check:data', () => {
  it('prints every problem of the data set, each with its place, and exits 1', async () => {
    const { code, lines } = await run(['--data', 'test/fixtures/invalid']);
    expect(code).toBe(1);
    expect(lines[0]).toBe('error: the data set test/fixtures/invalid has 9 problems');
    const problems = lines.slice(1);
    expect(problems).toHaveLength(9);
    for (const line of problems) expect(line).toMatch(/^ {2}test\/fixtures\/invalid\/kommuner\/feilby\/\w+\.csv:\d+:\d+: /);
    expect(problems.map((l) => /(\w+\.csv)/.exec(l)![1])).toEqual([
      'persons.csv', 'persons.csv', 'persons.csv', 'responses.csv', 'responses.csv',
      'contacts.csv', 'contacts.csv', 'contacts.csv', 'political.csv',
    ]);
  });

  it('finds text files named in the YAML that do not exist, all of them', async () => {
    const root = writeDataSet({
      'kommuner/testby/kommune.yaml': `name: Testby
politicalBodies:
  - { id: formannskap, label: Formannskapet }
  - { id: ordforer, label: Ordføreren }
note:
  text:
    kommune: tekst/mangler.md
    vedlegg: [tekst/vedlegg.md, tekst/mangler-ogsa.md]
`,
      'kommuner/testby/tekst/vedlegg.md': '# Vedlegg\n',
    });
    const { code, lines } = await run(['--data', root]);
    expect(code).toBe(1);
    expect(lines.filter((l) => l.includes('kommune.yaml:'))).toEqual([
      expect.stringMatching(/kommune\.yaml:7:\d+: note\.text\.kommune: text file "tekst\/mangler\.md" not found/),
      expect.stringMatching(/kommune\.yaml:8:\d+: note\.text\.vedlegg: text file "tekst\/mangler-ogsa\.md" not found/),
    ]);
    expect(lines.at(-1)).toMatch(/: 2 problems \(\d+ ms\)$/);
  });

  it('says a good data set has no problems, its text included', async () => {
    const { code, lines } = await run(['--data', 'data']);
    expect(code).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/^data: 5 kommuner, \d+ persons: no problems \(\d+ ms\)$/)]);
  });

  it('checks every text file as the build renders it: all unknown names and helpers at once, located', async () => {
    const root = writeDataSet({
      'kommuner/testby/kommune.yaml': 'name: Testby\npoliticalBodies:\n  - { id: formannskap, label: Formannskapet }\n  - { id: ordforer, label: Ordføreren }\nnote:\n  text:\n    kommune: tekst/k.md\n',
      'kommuner/testby/tekst/k.md': '# Testby\n\n{{dec questions.samordnin.mean 1}} og {{pct responseRat}}.\n\n{{ukjent 2}} {{#if respondents}}åpen\n',
    });
    const { code, lines } = await run(['--data', root]);
    expect(code).toBe(1);
    expect(lines.map((l) => l.split(`${root}/`).join(''))).toEqual([
      'kommuner/testby/tekst/k.md:5:14: Handlebars syntax error: {{#if}} is never closed. Add {{/if}} where the block ends (before the end of the file).',
      expect.stringMatching(/: 1 problem \(\d+ ms\)$/),
    ]);
    const fixed = writeDataSet({
      'kommuner/testby/kommune.yaml': 'name: Testby\npoliticalBodies:\n  - { id: formannskap, label: Formannskapet }\n  - { id: ordforer, label: Ordføreren }\nnote:\n  text:\n    kommune: tekst/k.md\n',
      'kommuner/testby/tekst/k.md': '# Testby\n\n{{dec questions.samordnin.mean 1}} og {{pct responseRat}}.\n\n{{ukjent 2}}\n',
    });
    const second = await run(['--data', fixed]);
    expect(second.lines.map((l) => l.split(`${fixed}/`).join(''))).toEqual([
      'kommuner/testby/tekst/k.md:3:7: "questions.samordnin.mean" is not defined: "samordnin" is not a name under "questions". Did you mean "questions.samordning.mean"? See docs/writing.md §3 for what you can bind.',
      'kommuner/testby/tekst/k.md:3:45: "responseRat" is not defined: there is no "responseRat" here. Did you mean "responseRate"? See docs/writing.md §3 for what you can bind.',
      'kommuner/testby/tekst/k.md:5:3: unknown helper "ukjent". The helpers are listed in docs/writing.md §4.',
      expect.stringMatching(/: 3 problems \(\d+ ms\)$/),
    ]);
  });

  it('--skip-text checks the data and YAML only', async () => {
    const root = writeDataSet({
      'kommuner/testby/kommune.yaml': 'name: Testby\npoliticalBodies:\n  - { id: formannskap, label: Formannskapet }\n  - { id: ordforer, label: Ordføreren }\nnote:\n  text:\n    kommune: tekst/k.md\n',
      'kommuner/testby/tekst/k.md': '{{ukjent 2}}\n',
    });
    expect((await run(['--data', root, '--skip-text'])).code).toBe(0);
    expect((await run(['--data', root])).code).toBe(1);
  });

  it('checks only the kommuner asked for', async () => {
    const { code, lines } = await run(['--data', 'data', '--kommune', 'Ørland']);
    expect(code).toBe(0);
    expect(lines.at(-1)).toMatch(/^data: 1 kommuner, \d+ persons: no problems/);
  });

  it('exits 2 on wrong usage', async () => {
    const { code, lines } = await run(['--bogus']);
    expect(code).toBe(2);
    expect(lines[0]).toMatch(/Unknown option '--bogus'/);
  });
});
