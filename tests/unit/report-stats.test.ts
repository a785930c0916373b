// Median and 90th percentile as a spreadsheet computes them (PERCENTILE.INC).
import { describe, expect, it } from 'vitest';
import { durationStats, percentile, round1 } from '../../hub/reports/stats.js';

describe('percentile', () => {
  it('is null for no values and the value itself for one', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([42], 0.5)).toBe(42);
    expect(percentile([42], 0.9)).toBe(42);
  });

  it('interpolates between closest ranks like Excel PERCENTILE.INC', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(xs, 0.5)).toBe(5.5);
    expect(percentile(xs, 0.9)).toBeCloseTo(9.1, 10);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile(xs, 1)).toBe(10);
    expect(percentile([300, 300, 600], 0.9)).toBeCloseTo(540, 10);
    expect(percentile([180, 300], 0.9)).toBeCloseTo(288, 10);
  });

  it('the median of an odd count is the middle value', () => {
    expect(percentile([1, 5, 100], 0.5)).toBe(5);
  });
});

describe('durationStats', () => {
  it('sorts, counts and rounds to tenths of a second', () => {
    expect(durationStats([600, 300, 300])).toEqual({ count: 3, median: 300, p90: 540 });
    expect(durationStats([1, 2])).toEqual({ count: 2, median: 1.5, p90: 1.9 });
    expect(durationStats([10, 20, 40])).toEqual({ count: 3, median: 20, p90: 36 });
    expect(durationStats([])).toEqual({ count: 0, median: null, p90: null });
  });

  it('does not sort the caller’s array in place', () => {
    const xs = [3, 1, 2];
    durationStats(xs);
    expect(xs).toEqual([3, 1, 2]);
  });

  it('round1 keeps null and rounds half away from zero on tenths', () => {
    expect(round1(null)).toBeNull();
    expect(round1(1.25)).toBe(1.3);
    expect(round1(59.94)).toBe(59.9);
  });
});
