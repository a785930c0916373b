// The raw answers of a period as CSV: one row per questionnaire, no ticket id and no time of day
// (a time could be matched to a ticket's finish). Within a day rows are sorted by their content,
// so the order does not follow the order of the visits either.
import { toCsv, type Cell } from '../reports/csv.js';
import type { SurveyRow } from './survey-report.js';

export const SURVEY_HEADER = ['day', 'services', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9', 'gender', 'age', 'education', 'occupation', 'suggestion'] as const;

export function surveysCsv(rows: SurveyRow[]): string {
  const cells = rows.map((r): Cell[] => [
    r.day,
    r.services.join(' '),
    ...r.answers,
    r.respondent.gender ?? null,
    r.respondent.age ?? null,
    r.respondent.education ?? null,
    r.respondent.occupation ?? null,
    r.suggestion,
  ]);
  const key = (c: Cell[]) => c.map((x) => String(x ?? '')).join('\u0001');
  cells.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return toCsv(SURVEY_HEADER, cells);
}
