import { afterAll, describe, expect, it } from 'vitest';
import { readStudyConfig } from '../../src/validate/study-config.ts';
import { resolveKommune } from '../../src/validate/resolve-slug.ts';
import { BASE, catchError, removeDataSets, writeDataSet } from './data-set.ts';

afterAll(removeDataSets);

const files = (slug: string, name: string) =>
  Object.fromEntries(
    Object.entries(BASE)
      .filter(([path]) => path.startsWith('kommuner/testby/'))
      .map(([path, content]) => [
        path.replace('testby', slug),
        path.endsWith('kommune.yaml') ? content.replace('name: Testby', `name: ${name}`) : content,
      ]),
  );

const root = writeDataSet({
  'study.yaml': BASE['study.yaml']!.replace('kommuner: [testby]', 'kommuner: [orland, naroy, testby]'),
  ...files('orland', 'Ørland'),
  ...files('naroy', 'Nærøy'),
  'kommuner/ekstra/kommune.yaml': 'name: Ekstra\npoliticalBodies: []\n',
});
const config = readStudyConfig(root);

describe('resolveKommune', () => {
  it('takes a slug as it is', () => {
    expect(resolveKommune(root, config, 'orland')).toBe('orland');
  });

  it('matches display names case- and accent-insensitively', () => {
    expect(resolveKommune(root, config, 'Ørland')).toBe('orland');
    expect(resolveKommune(root, config, 'ørland')).toBe('orland');
    expect(resolveKommune(root, config, 'Orland')).toBe('orland');
    expect(resolveKommune(root, config, 'NÆRØY')).toBe('naroy');
    expect(resolveKommune(root, config, 'Naeroy')).toBe('naroy');
    expect(resolveKommune(root, config, ' TestBy ')).toBe('testby');
  });

  it('lists the valid slugs and names for an unknown kommune', () => {
    const { error, lines } = catchError(() => resolveKommune(root, config, 'Oslo'), root);
    expect(error.kind).toBe('config');
    expect(lines).toEqual(['study.yaml: unknown kommune "Oslo"; valid: orland (Ørland), naroy (Nærøy), testby (Testby).']);
  });

  it('says when a folder exists but the kommune is not in the study', () => {
    const { lines } = catchError(() => resolveKommune(root, config, 'ekstra'), root);
    expect(lines).toEqual([
      'study.yaml: kommune "ekstra" has a folder but is not listed under "kommuner" in study.yaml. Add the slug to "kommuner" in study.yaml.',
    ]);
  });
});
