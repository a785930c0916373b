// Survei Kepuasan Masyarakat (PermenPANRB 14/2017): the wire types shared by the hub, the survey
// screen, the phone page and the admin report. Anonymous by construction: a survey names its
// ticket only on the way in (one survey per served ticket); no answer ever leaves with a ticket id.
import { z } from 'zod';
import { ticketIdParam } from './rest.js';

/** Nine elements (unsur), U1..U9, each answered 1..4. */
export const SURVEY_ELEMENT_COUNT = 9;

export const GENDERS = ['L', 'P'] as const;
export const AGE_BANDS = ['<20', '20-29', '30-39', '40-49', '50-59', '60+'] as const;
/** The regulation's sample questionnaire: SD ke bawah .. S3. */
export const EDUCATIONS = ['SD', 'SMP', 'SMA', 'D1-D3', 'D4/S1', 'S2', 'S3'] as const;
export const OCCUPATIONS = ['PNS', 'TNI', 'POLRI', 'SWASTA', 'WIRAUSAHA', 'LAINNYA'] as const;

export type Gender = (typeof GENDERS)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type Education = (typeof EDUCATIONS)[number];
export type Occupation = (typeof OCCUPATIONS)[number];

export const respondentSchema = z.strictObject({
  gender: z.enum(GENDERS).optional(),
  age: z.enum(AGE_BANDS).optional(),
  education: z.enum(EDUCATIONS).optional(),
  occupation: z.enum(OCCUPATIONS).optional(),
});
export type Respondent = z.infer<typeof respondentSchema>;

export const answersSchema = z.array(z.number().int().min(1).max(4)).length(SURVEY_ELEMENT_COUNT);

/** A ticket number as printed, e.g. "A-015" (the survey screen at the exit takes it typed). */
export const ticketNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]-?\d{1,3}$/, 'a ticket number such as A-015')
  .transform((s) => {
    const m = /^([A-Z])-?(\d{1,3})$/.exec(s)!;
    return `${m[1]}-${m[2].padStart(3, '0')}`;
  });

/** POST /api/surveys: the ticket by its secret id (phone page, scanned QR) or by today's number. */
export const surveyBody = z
  .strictObject({
    ticketId: ticketIdParam.optional(),
    number: ticketNumberSchema.optional(),
    answers: answersSchema,
    respondent: respondentSchema.optional(),
    suggestion: z.string().trim().max(500).optional(),
  })
  .refine((b) => (b.ticketId === undefined) !== (b.number === undefined), { message: 'give either ticketId or number, not both', path: ['ticketId'] });
export type SurveyBody = z.infer<typeof surveyBody>;

/** POST /api/surveys/check: may this ticket answer now? (the screen asks before the questions). */
export const surveyCheckBody = z
  .strictObject({ ticketId: ticketIdParam.optional(), number: ticketNumberSchema.optional() })
  .refine((b) => (b.ticketId === undefined) !== (b.number === undefined), { message: 'give either ticketId or number, not both', path: ['ticketId'] });

export type SurveyEligibility = 'open' | 'answered' | 'not-finished' | 'not-today';

export interface SurveyCheck {
  /** The ticket's number, for "Survei untuk tiket A-015". Never the id. */
  number: string | null;
  eligibility: SurveyEligibility;
}

export type Grade = 'A' | 'B' | 'C' | 'D';

/** The figure the admin published; shown by the board, the phone page and GET /api/ikm. */
export interface PublishedIkm {
  /** What the figure covers, as the admin names it: "2026", "Semester II 2026". */
  period: string;
  from: string;
  to: string;
  /** Index on 25.00..100.00, two decimals. */
  index: number;
  grade: Grade;
  /** "Sangat Baik" | "Baik" | "Kurang Baik" | "Tidak Baik". */
  label: string;
  respondents: number;
  publishedAt: string;
}

export const publishIkmBody = z.strictObject({
  period: z.string().trim().min(1).max(40),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export interface SurveyAccepted {
  number: string;
  published: PublishedIkm | null;
}

export interface ProfileCount {
  key: string;
  count: number;
}

/** GET /api/admin/reports/ikm: the result table of one period (and service, when chosen). */
export interface IkmReport {
  from: string;
  to: string;
  service: string | null;
  respondents: number;
  /** Visits served in the period (N). */
  population: number;
  /** Krejcie-Morgan sample for N. */
  requiredSample: number;
  sampleShort: boolean;
  /** NRR per element, 4 decimals; null when nobody answered. */
  nrr: (number | null)[];
  /** NRR x 1/9 per element, 4 decimals. */
  weightedNrr: (number | null)[];
  /** Sum of the weighted NRR (1..4), 4 decimals. */
  ikmUnit: number | null;
  /** The unit's index, IKM x 25, two decimals (25..100). */
  ikm: number | null;
  grade: Grade | null;
  label: string | null;
  /** Element numbers (1..9) flagged for improvement, lowest first. */
  lowest: number[];
  profile: { gender: ProfileCount[]; age: ProfileCount[]; education: ProfileCount[]; occupation: ProfileCount[] };
  suggestions: { day: string; text: string }[];
}
