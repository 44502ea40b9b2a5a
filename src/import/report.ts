// Import stage: what `npm run import` prints when it succeeds: respondents matched, roster rows
// answered, codes mapped, what was skipped and why, and what was written. Rows and columns only,
// never a name.

import { basename } from 'node:path';
import { formatProblem } from '../errors.ts';
import type { ImportResult } from './run.ts';

export function formatReport(result: ImportResult, options: { dryRun: boolean; from: string; dir: string }): string {
  const { converted, files, warnings } = result;
  const r = converted.report;
  const lines: string[] = [];
  lines.push(`import --from ${options.from} → ${options.dir}${options.dryRun ? ' (dry run: nothing written)' : ''}`);
  lines.push(`  respondents: ${converted.responses.length} matched to persons.csv, from ${r.rows} ${r.rows === 1 ? 'row' : 'rows'} of the export`);
  for (const { row, reason } of r.skipped) lines.push(`    skipped ${basename(row.table.file)} row ${row.row}: ${reason}`);
  lines.push(`  roster: ${r.rosterColumns} rows matched to persons, ${r.rosterAnswered} answered by someone; ${r.ownRows} answers about oneself left out`);
  lines.push(`  contacts: ${converted.contacts.length}; political contacts: ${converted.political.length}`);
  for (const map of r.codeMaps) {
    if (map.seen.size === 0) continue;
    const pairs = [...map.seen].sort(([a], [b]) => a.localeCompare(b, 'nb', { numeric: true })).map(([code, value]) => `${JSON.stringify(code)} → ${value}`);
    lines.push(`  codes (${map.name}): ${pairs.join(', ')}`);
  }
  if (r.notMapped.length > 0) lines.push(`  not in the mapping, left blank: ${r.notMapped.join(', ')}`);
  for (const warning of warnings) lines.push(`  ${formatProblem(warning)}`);
  const counts: Record<string, number> = {
    'responses.csv': converted.responses.length,
    'contacts.csv': converted.contacts.length,
    'political.csv': converted.political.length,
    'persons.csv': result.kommune.persons.length,
  };
  const written = Object.keys(files).map((name) => `${name} (${counts[name]} rows)`);
  lines.push(`  ${options.dryRun ? 'would write' : 'wrote'}: ${written.join(', ')}; checked with the project's validation`);
  return `${lines.join('\n')}\n`;
}
