// Writes the demo study's CSV files (persons, responses, contacts, political) for every kommune,
// after checking them against SEED-FACTS. kommune.yaml and study.yaml are never touched.
// Usage: npm run generate:demo [-- <data root>]   (default data/)

import { buildDemo, writeDemo } from './demo/generate.ts';

function main(root: string): number {
  let study;
  try {
    study = buildDemo();
  } catch (error) {
    process.stderr.write(`generate-demo: ${error instanceof Error ? error.message : String(error)}\nNothing was written.\n`);
    return 1;
  }
  const written = writeDemo(root, study);
  for (const kommune of study.kommuner) {
    const weekly = study.shapes.get(kommune.slug)!.shapes.weekly;
    console.log(
      `${kommune.slug}: ${kommune.persons.length} persons, ${kommune.responses.length} respondents, ` +
        `${kommune.contacts.length} contact rows; weekly ${weekly.components.length} components, ` +
        `${weekly.isolates.length} isolates, diameter ${weekly.diameter}`,
    );
  }
  console.log(`wrote ${written.length} files under ${root}/kommuner/`);
  return 0;
}

process.exitCode = main(process.argv[2] ?? 'data');
