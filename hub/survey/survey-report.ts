// The SKM result of a period, folded from the stored events. Pure. The ticket id that kept a
// survey to one per ticket is dropped here: no report, CSV or page built from these rows has it.
import type { IkmReport, ProfileCount, Respondent } from '../../protocol/survey.js';
import { AGE_BANDS, EDUCATIONS, GENDERS, OCCUPATIONS } from '../../protocol/survey.js';
import type { StageRow } from '../../protocol/reports.js';
import type { DayEvents } from '../reports/stages.js';
import { computeIkm, requiredSample } from './ikm.js';

/** One answered questionnaire, anonymous. */
export interface SurveyRow {
  day: string;
  at: string;
  services: string[];
  answers: number[];
  respondent: Respondent;
  suggestion: string | null;
}

export function surveyRows(days: DayEvents[], service: string | null = null): SurveyRow[] {
  const rows: SurveyRow[] = [];
  for (const d of days) {
    for (const e of d.events) {
      if (e.type !== 'survey.answered') continue;
      if (service && !e.services.includes(service)) continue;
      rows.push({ day: d.day, at: e.at, services: [...e.services], answers: [...e.answers], respondent: { ...(e.respondent ?? {}) }, suggestion: e.suggestion });
    }
  }
  return rows;
}

/**
 * Visits served in the period (N): tickets finished at least once; for one service, the stages
 * of that service finished.
 */
export function servedPopulation(stages: StageRow[], service: string | null = null): number {
  if (service) return stages.filter((r) => r.service === service && r.outcome === 'done').length;
  return new Set(stages.filter((r) => r.outcome === 'done').map((r) => `${r.day}/${r.number}`)).size;
}

function counts(values: (string | undefined)[], keys: readonly string[]): ProfileCount[] {
  const out = keys.map((key) => ({ key, count: values.filter((v) => v === key).length }));
  const missing = values.filter((v) => v === undefined).length;
  return [...out, { key: '-', count: missing }];
}

export function buildIkmReport(opts: { from: string; to: string; service: string | null; surveys: SurveyRow[]; population: number }): IkmReport {
  const { surveys } = opts;
  const figures = computeIkm(surveys.map((s) => s.answers));
  const need = requiredSample(opts.population);
  const r = surveys.map((s) => s.respondent);
  return {
    from: opts.from,
    to: opts.to,
    service: opts.service,
    respondents: surveys.length,
    population: opts.population,
    requiredSample: need,
    sampleShort: surveys.length < need,
    ...figures,
    profile: {
      gender: counts(
        r.map((x) => x.gender),
        GENDERS,
      ),
      age: counts(
        r.map((x) => x.age),
        AGE_BANDS,
      ),
      education: counts(
        r.map((x) => x.education),
        EDUCATIONS,
      ),
      occupation: counts(
        r.map((x) => x.occupation),
        OCCUPATIONS,
      ),
    },
    suggestions: surveys.filter((s) => s.suggestion).map((s) => ({ day: s.day, text: s.suggestion! })),
  };
}
