// Validate stage: responses.csv rows → Response[] (file order); a row makes its person a respondent.

import type { Problem } from '../errors.ts';
import type { CsvRow, CsvTable, QuestionDef, RatingAnswer, Response } from '../types.ts';
import { closest } from './closest.ts';
import * as msg from './messages.ts';
import { isDontKnow } from './spellings.ts';
import { checkPersonRef, type People } from './person-refs.ts';
import { cell, cellProblem, requireColumns, tableProblem } from './table-problems.ts';

export function checkResponses(table: CsvTable, questions: readonly QuestionDef[], people: People, problems: Problem[]): Response[] {
  if (!requireColumns(table, ['id'], problems)) return [];
  const questionColumns = new Set(questions.map((question) => question.id.toLowerCase()));
  const unused = table.header.filter((name) => name !== '' && name.toLowerCase() !== 'id' && !questionColumns.has(name.toLowerCase()));
  const answered = questions.filter((question) => checkQuestionColumn(table, question, unused, problems));
  if (table.rows.length === 0) problems.push(tableProblem(table, msg.noRespondents(), msg.fixEmptyTable));
  const firstLines = new Map<string, number>();
  const responses: Response[] = [];
  for (const row of table.rows) {
    const id = checkPersonRef(table, row, { column: 'id', role: 'respondent' }, people, problems);
    const response = readAnswers(table, row, questions, answered, problems);
    if (id === undefined) continue;
    const firstLine = firstLines.get(id);
    if (firstLine !== undefined) {
      problems.push(cellProblem(table, row, 'id', msg.duplicateResponse(id, firstLine), { fix: msg.fixDuplicateResponse }));
      continue;
    }
    firstLines.set(id, row.line);
    responses.push({ id, ...response, source: { file: table.file, line: row.line } });
  }
  return responses;
}

function checkQuestionColumn(table: CsvTable, question: QuestionDef, unused: readonly string[], problems: Problem[]): boolean {
  if (question.id.toLowerCase() in table.columns) return true;
  problems.push({
    source: { file: table.file, line: table.headerLine },
    message: msg.questionColumnMissing(question.id),
    fix: msg.fixQuestionColumnMissing(question.id, closest(question.id, unused), unused),
  });
  return false;
}

/** Every question gets an entry; one without a column counts as not answered (its absence is reported once). */
function readAnswers(
  table: CsvTable,
  row: CsvRow,
  questions: readonly QuestionDef[],
  answered: readonly QuestionDef[],
  problems: Problem[],
): Pick<Response, 'ratings' | 'texts'> {
  const ratings: Record<string, RatingAnswer> = {};
  const texts: Record<string, string> = {};
  for (const question of questions) {
    const column = question.id.toLowerCase();
    const present = answered.includes(question);
    if (question.kind === 'text') {
      const text = row.values[column] ?? '';
      texts[question.id] = present && text.trim() !== '' ? text : '';
      continue;
    }
    const rating = present ? parseRating(cell(row, column)) : null;
    if (rating === undefined) {
      problems.push(cellProblem(table, row, column, msg.badRating(question.id, cell(row, column)), { fix: msg.fixBadRating }));
    }
    ratings[question.id] = rating ?? null;
  }
  return { ratings, texts };
}

/** `1`..`6`, `vet ikke` in any spelling, '' → null; undefined for anything else. */
export function parseRating(value: string): RatingAnswer | undefined {
  if (value === '') return null;
  if (/^[1-6]$/.test(value)) return Number(value) as RatingAnswer;
  if (isDontKnow(value)) return 'vet_ikke';
  return undefined;
}
