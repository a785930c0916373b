// A batch of numbers called together, as one short text: "A-021 – A-034". The numbers are shown
// in ticket order (lowest first), whatever order priority gave the calls.
import { parseNumber } from '../protocol/ticket.js';

function order(a: string, b: string): number {
  const pa = parseNumber(a);
  const pb = parseNumber(b);
  if (pa && pb && pa.prefix === pb.prefix) return pa.n - pb.n;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortedBatch(numbers: readonly string[]): string[] {
  return [...numbers].sort(order);
}

/** "A-021 – A-034" for a batch, the number itself for one. */
export function batchRange(numbers: readonly string[]): string {
  const s = sortedBatch(numbers);
  if (s.length === 0) return '';
  return s.length === 1 ? s[0] : `${s[0]} – ${s[s.length - 1]}`;
}
