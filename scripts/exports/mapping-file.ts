// Fixture helper: a mapping file as a researcher would write it, with the schema line editors read.

import { writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { stringify } from 'yaml';
import { packageRoot } from '../../src/paths.ts';

export function writeMapping(file: string, comment: string, mapping: Record<string, unknown>): string {
  const schema = relative(dirname(file), join(packageRoot(), 'schema/import-mapping.schema.json'));
  writeFileSync(file, `# yaml-language-server: $schema=${schema}\n# ${comment}\n${stringify(mapping, { flowCollectionPadding: false })}`);
  return file;
}
