// The arithmetic of PermenPANRB 14/2017, exactly. Pure: numbers in, numbers out.
// NRR of an element = sum of its answers / respondents who answered it; IKM = sum NRR x 1/9
// (the regulation's 0.111 is a rounding of 1/9); the unit's index = IKM x 25 on 25..100.
import type { Grade, IkmReport } from '../../protocol/survey.js';

export const ELEMENTS = 9;
export const WEIGHT = 1 / ELEMENTS;
export const INDEX_FACTOR = 25;

/** Rounds half up at `decimals`, immune to binary noise such as 88.30499999999. */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f + Math.sign(x) * 1e-7) / f;
}

/** NRR per element. `answers` holds one row per respondent; null where an element is unanswered. */
export function nrrPerElement(answers: readonly (readonly (number | null)[])[]): (number | null)[] {
  const out: (number | null)[] = [];
  for (let i = 0; i < ELEMENTS; i++) {
    let sum = 0;
    let n = 0;
    for (const row of answers) {
      const v = row[i];
      if (v === null || v === undefined) continue;
      sum += v;
      n += 1;
    }
    out.push(n === 0 ? null : sum / n);
  }
  return out;
}

/** IKM on the 1..4 scale: sum of NRR x 1/9. Null unless all nine elements have an NRR. */
export function ikmOf(nrr: readonly (number | null)[]): number | null {
  if (nrr.length !== ELEMENTS || nrr.some((x) => x === null)) return null;
  return (nrr as number[]).reduce((s, x) => s + x * WEIGHT, 0);
}

/** The unit's index: IKM x 25, rounded to two decimals (25.00..100.00). */
export function indexOf(ikm: number): number {
  return roundTo(ikm * INDEX_FACTOR, 2);
}

/**
 * Grade of an index as shown with two decimals: 88.31-100 A, 76.61-88.30 B, 65.00-76.60 C,
 * 25.00-64.99 D. The index is rounded first, so a value between two rows cannot exist.
 */
export function gradeOf(index: number): Grade {
  const x = roundTo(index, 2);
  if (x >= 88.31) return 'A';
  if (x >= 76.61) return 'B';
  if (x >= 65) return 'C';
  return 'D';
}

export const GRADE_LABEL_ID: Record<Grade, string> = { A: 'Sangat Baik', B: 'Baik', C: 'Kurang Baik', D: 'Tidak Baik' };

/**
 * Krejcie-Morgan sample size, as used with the regulation:
 * s = X2.N.P(1-P) / (d2(N-1) + X2.P(1-P)), X2 = 3.841, P = 0.5, d = 0.05, rounded.
 */
export function requiredSample(population: number): number {
  if (population <= 0) return 0;
  const chi = 3.841;
  const pq = 0.25;
  const s = (chi * population * pq) / (0.0025 * (population - 1) + chi * pq);
  return Math.round(s);
}

/**
 * Elements flagged for improvement: every element whose own converted value (NRR x 25) falls
 * below grade B, and in any case the lowest element(s). Element numbers 1..9, lowest first.
 */
export function lowestElements(nrr: readonly (number | null)[]): number[] {
  const known = nrr.map((v, i) => ({ v, el: i + 1 })).filter((x): x is { v: number; el: number } => x.v !== null);
  if (known.length === 0) return [];
  const min = Math.min(...known.map((x) => roundTo(x.v, 4)));
  return known
    .filter((x) => roundTo(x.v, 4) === min || gradeOf(x.v * INDEX_FACTOR) === 'C' || gradeOf(x.v * INDEX_FACTOR) === 'D')
    .sort((a, b) => a.v - b.v || a.el - b.el)
    .map((x) => x.el);
}

/** The figures of the result table; the report adds the sample, profile and suggestions. */
export type IkmFigures = Pick<IkmReport, 'nrr' | 'weightedNrr' | 'ikmUnit' | 'ikm' | 'grade' | 'label' | 'lowest'>;

/** Everything of the result table from raw answers; NRR shown to 4 decimals, the index to 2. */
export function computeIkm(answers: readonly (readonly (number | null)[])[]): IkmFigures {
  const nrr = nrrPerElement(answers);
  const ikmUnit = ikmOf(nrr);
  const ikm = ikmUnit === null ? null : indexOf(ikmUnit);
  const grade = ikm === null ? null : gradeOf(ikm);
  return {
    nrr: nrr.map((x) => (x === null ? null : roundTo(x, 4))),
    weightedNrr: nrr.map((x) => (x === null ? null : roundTo(x * WEIGHT, 4))),
    ikmUnit: ikmUnit === null ? null : roundTo(ikmUnit, 4),
    ikm,
    grade,
    label: grade && GRADE_LABEL_ID[grade],
    lowest: lowestElements(nrr),
  };
}
