import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.ts';

describe('parseCliArgs', () => {
  it('reads --all, --jobs and --strict', () => {
    expect(parseCliArgs(['--all', '--jobs', '3', '--strict', '--format', 'html'])).toMatchObject({
      all: true,
      jobs: 3,
      strict: true,
      formats: ['html'],
      kommuner: [],
    });
    expect(parseCliArgs(['--kommune', 'oppdal'])).toMatchObject({ jobs: undefined, strict: false, formats: ['html', 'pdf', 'nettverk'] });
  });

  it('reads --format nettverk with the others, in any case, and refuses a format it does not know', () => {
    expect(parseCliArgs(['--all', '--format', 'Nettverk, html'])).toMatchObject({ formats: ['nettverk', 'html'] });
    expect(parseCliArgs(['--all', '--format', 'nettverk'])).toMatchObject({ formats: ['nettverk'] });
    expect(() => parseCliArgs(['--all', '--format', 'gexf'])).toThrow(/--format "gexf" is not one of html, pdf, nettverk/);
  });

  it('refuses a --jobs that is not a whole number of at least 1', () => {
    expect(() => parseCliArgs(['--all', '--jobs', '0'])).toThrow(/--jobs "0" is not a whole number of at least 1/);
    expect(() => parseCliArgs(['--all', '--jobs', 'many'])).toThrow(/--jobs "many"/);
  });
});
