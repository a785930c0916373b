// Ticket and counter vocabulary shared by hub and apps.

export type TicketStatus = 'waiting' | 'called' | 'serving' | 'done' | 'no-show' | 'cancelled' | 'expired';
export type CounterStatus = 'open' | 'paused' | 'closed';
export type PrintOutcome = 'none' | 'pending' | 'printed' | 'waiting' | 'failed' | 'check';

/** "A-015": prefix, a dash, at least three digits. */
export function formatNumber(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(3, '0')}`;
}

/** The reverse of formatNumber: { prefix: 'A', n: 15 } or null. */
export function parseNumber(number: string): { prefix: string; n: number } | null {
  const m = /^([A-Z])-(\d{3,4})$/.exec(number);
  return m ? { prefix: m[1], n: Number(m[2]) } : null;
}
