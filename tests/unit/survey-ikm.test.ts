// The SKM arithmetic of PermenPANRB 14/2017: NRR, IKM with 1/9, index x 25, grade boundaries,
// the Krejcie-Morgan sample table.
import { describe, expect, it } from 'vitest';
import { computeIkm, gradeOf, ikmOf, indexOf, lowestElements, nrrPerElement, requiredSample, roundTo } from '../../hub/survey/ikm.js';

const row = (...xs: number[]) => xs;

describe('NRR per element', () => {
  it('is the sum of answers over the respondents who answered that element', () => {
    const nrr = nrrPerElement([row(4, 3, 2, 1, 4, 4, 4, 4, 4), row(3, 3, 2, 4, 4, 3, 4, 2, 1), [2, null, 2, 4, 4, 3, 4, 2, null]]);
    expect(nrr[0]).toBeCloseTo(3, 12);
    expect(nrr[1]).toBeCloseTo(3, 12); // two answered: (3+3)/2
    expect(nrr[3]).toBeCloseTo(3, 12);
    expect(nrr[8]).toBeCloseTo(2.5, 12); // (4+1)/2
  });
  it('is null for an element nobody answered, and then there is no IKM', () => {
    const nrr = nrrPerElement([[4, 4, 4, 4, 4, 4, 4, 4, null]]);
    expect(nrr[8]).toBeNull();
    expect(ikmOf(nrr)).toBeNull();
    expect(computeIkm([]).ikm).toBeNull();
    expect(computeIkm([]).grade).toBeNull();
  });
});

describe('IKM and the index', () => {
  it('weights each element by exactly 1/9, not 0.111', () => {
    const all4 = Array(9).fill(4);
    expect(ikmOf(all4)).toBeCloseTo(4, 12);
    expect(indexOf(ikmOf(all4)!)).toBe(100);
    expect(indexOf(ikmOf(Array(9).fill(1))!)).toBe(25);
    // With 0.111 the all-4 unit would score 99.90: the regulation's rounding is not the rule.
    expect(4 * 0.111 * 9 * 25).toBeCloseTo(99.9, 6);
  });
  it('computes a whole table: NRR 4 decimals, weighted NRR, IKM 2 decimals', () => {
    // Three respondents; element sums 11,10,9,12,11,10,12,8,9 -> NRR 3.6667, 3.3333, 3 ...
    const answers = [row(4, 4, 3, 4, 4, 3, 4, 3, 3), row(4, 3, 3, 4, 4, 4, 4, 3, 3), row(3, 3, 3, 4, 3, 3, 4, 2, 3)];
    const f = computeIkm(answers);
    expect(f.nrr).toEqual([3.6667, 3.3333, 3, 4, 3.6667, 3.3333, 4, 2.6667, 3]);
    expect(f.weightedNrr[0]).toBe(0.4074);
    // sum of element sums = 92; IKM = 92/3/9 = 3.407407..., x25 = 85.185...
    expect(f.ikmUnit).toBe(3.4074);
    expect(f.ikm).toBe(85.19);
    expect(f.grade).toBe('B');
    expect(f.label).toBe('Baik');
    expect(f.lowest).toEqual([8, 3, 9]); // NRR 3 converts to 75: grade C, so flagged too
  });
  it('rounds half up at two decimals without binary noise', () => {
    expect(roundTo(88.305, 2)).toBe(88.31);
    expect(roundTo(76.605, 2)).toBe(76.61);
    expect(roundTo(64.995, 2)).toBe(65);
    expect(roundTo(1.00005, 4)).toBe(1.0001);
  });
});

describe('grades at each boundary', () => {
  const cases: [number, string][] = [
    [25, 'D'],
    [64.99, 'D'],
    [65.0, 'C'],
    [76.6, 'C'],
    [76.61, 'B'],
    [88.3, 'B'],
    [88.31, 'A'],
    [100, 'A'],
  ];
  it.each(cases)('%s is %s', (index, grade) => {
    expect(gradeOf(index)).toBe(grade);
  });
  it('grades the value as shown with two decimals', () => {
    expect(gradeOf(64.994)).toBe('D');
    expect(gradeOf(64.995)).toBe('C');
    expect(gradeOf(88.304)).toBe('B');
    expect(gradeOf(88.305)).toBe('A');
  });
  it('reaches each boundary from real answers', () => {
    // 9 elements x n respondents: index = 25 * total / (9n). 100 respondents give steps of 1/36.
    const figure = (total: number, n: number) => computeIkm(spread(total, n));
    // 2340 / 900 = 2.6 -> 65.00 exactly: C
    expect(figure(2340, 100).ikm).toBe(65);
    expect(figure(2340, 100).grade).toBe('C');
    expect(figure(2339, 100).ikm).toBe(64.97);
    expect(figure(2339, 100).grade).toBe('D');
  });
});

/** n respondents whose answers total `total`, spread over the nine elements. */
function spread(total: number, n: number): number[][] {
  const rows = Array.from({ length: n }, () => Array(9).fill(1));
  let left = total - 9 * n;
  for (let i = 0; left > 0; i++) {
    const r = rows[i % n];
    const e = Math.floor(i / n) % 9;
    const add = Math.min(3 - (r[e] - 1), left);
    r[e] += add;
    left -= add;
  }
  return rows;
}

describe('Krejcie-Morgan sample size', () => {
  it.each([
    [10, 10],
    [100, 80],
    [220, 140],
    [1200, 291],
    [2000, 322],
  ])('N=%i needs %i respondents', (n, s) => {
    expect(requiredSample(n)).toBe(s);
  });
  it('is 0 without visits and tends to 384 for large N', () => {
    expect(requiredSample(0)).toBe(0);
    expect(requiredSample(1_000_000)).toBe(384);
  });
});

describe('elements flagged for improvement', () => {
  it('flags the lowest element even when all are good', () => {
    expect(lowestElements([4, 4, 3.9, 4, 4, 4, 4, 4, 4])).toEqual([3]);
  });
  it('flags every element below grade B, lowest first, and ties', () => {
    expect(lowestElements([2.5, 4, 3, 4, 2.5, 4, 4, 4, 3.06])).toEqual([1, 5, 3, 9]);
  });
});
