// Import stage: `npm run import -- --init`: a starting mapping from an export's header, and from its
// labels and question texts where the format has them (SurveyXact's Labels/Structure, Qualtrics' second
// header row). It guesses; the researcher checks every line (docs/import.md §2).

import { relative, dirname, resolve } from 'node:path';
import { packageRoot } from '../paths.ts';
import type { QuestionDef } from '../types.ts';
import { DEFAULT_FREQUENCIES } from './mapping.ts';
import type { SurveyExport } from './model.ts';

const KEY_HINT = /(personal|key|kode|nøkkel|nokkel|hvem|who|externalref|respondent|^id$)/i;

export function initialMapping(data: SurveyExport, questions: readonly QuestionDef[], mappingFile: string): string {
  const { header } = data.table;
  const sep = data.separator;
  const stems = new Map<string, string[]>();
  for (const name of header) {
    const cut = name.indexOf(sep);
    if (cut <= 0 || name.startsWith('$')) continue;
    const stem = name.slice(0, cut);
    stems.set(stem, [...(stems.get(stem) ?? []), name]);
  }
  const twoLevel = (stem: string): boolean => stems.get(stem)!.every((n) => n.slice(stem.length + sep.length).includes(sep));
  const ranked = [...stems.keys()].sort((a, b) => stems.get(b)!.length - stems.get(a)!.length);
  const roster = ranked.find((s) => !twoLevel(s));
  const political = ranked.find((s) => twoLevel(s));
  const key = header.find((h) => KEY_HINT.test(h) && !h.startsWith('$')) ?? header[0] ?? '';
  const schema = relative(dirname(resolve(mappingFile)), `${packageRoot()}/schema/import-mapping.schema.json`);
  const y = (value: string): string => JSON.stringify(value);
  const out: string[] = [
    `# yaml-language-server: $schema=${schema}`,
    `# Starting mapping written by npm run import -- --init from ${data.files.join(', ')} (${data.tool}).`,
    '# Every value is a guess from the header: check each one (docs/import.md).',
    'respondent:',
    `  column: ${y(key)}      # the personal key from the invitation, or a "who are you" question`,
    '  match: id              # id: the value is the persons.csv id; name: the person\'s name',
  ];
  const time = header.find((h) => /^\$?(created|submitted|enddate|recordeddate|closetime)$/i.test(h));
  if (time) out.push(`submitted: ${y(time)}    # the latest submission of a person wins`);
  out.push('roster:', `  questions: [${roster ? y(roster) : ''}]   # one column per person: ${roster ? stems.get(roster)!.slice(0, 3).map(y).join(', ') : 'none found'} …`);
  out.push('  match: id              # id: row codes are persons.csv ids; name: row texts are names');
  out.push('frequencies:            # codes (or texts) that mean each frequency');
  const labels = roster ? data.variables.get(stems.get(roster)![0]!)?.labels : undefined;
  for (const [frequency, texts] of Object.entries(DEFAULT_FREQUENCIES)) {
    const codes = labels ? [...labels].filter(([, label]) => texts.includes(label.trim().toLowerCase())).map(([code]) => code) : [];
    out.push(`  ${frequency}: [${codes.map(y).join(', ')}]${codes.length ? '' : '   # fill in the code, or leave empty when cells hold the text'}`);
  }
  const column = (q: QuestionDef): string | undefined =>
    header.find((h) => h.toLowerCase() === q.id.toLowerCase()) ?? header.find((h) => data.variables.get(h)?.text?.trim() === q.text.trim());
  const ratings = questions.filter((q) => q.kind === 'rating');
  const texts = questions.filter((q) => q.kind === 'text');
  if (ratings.length) out.push('ratings:                # study.yaml id: export column; dontKnow: the "vet ikke" code');
  for (const q of ratings) out.push(`  ${q.id}: { column: ${y(column(q) ?? '')}, dontKnow: "" }`);
  if (texts.length) out.push('texts:');
  for (const q of texts) out.push(`  ${q.id}: ${y(column(q) ?? '')}`);
  if (political) {
    out.push('political:              # bodies × types, one 0/1 column per pair', `  questions: [${y(political)}]`, '  layout: checkbox', '  bodies: {}             # kommune.yaml body id: row code(s); the body\'s id or label works without');
  }
  return `${out.join('\n')}\n`;
}
