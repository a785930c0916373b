// Median and percentiles the way a spreadsheet computes them (PERCENTILE.INC: linear
// interpolation between closest ranks), so an admin re-checking the CSV in Excel gets the same.
import type { DurationStats } from '../../protocol/reports.js';

/** p in 0..1 of values sorted ascending; null for none. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Tenths of a second: enough for minutes-long waits, and the CSV shows the same figure. */
export const round1 = (x: number | null): number | null => (x === null ? null : Math.round(x * 10) / 10);

export function durationStats(values: Iterable<number>): DurationStats {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, median: round1(percentile(sorted, 0.5)), p90: round1(percentile(sorted, 0.9)) };
}
