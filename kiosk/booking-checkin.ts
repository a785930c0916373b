// Checks a booking code in at the hub. A plain fetch, because the kiosk must know whether the
// ticket is new (print it, show it) or the code was used before (answer kindly, print nothing).
import type { BookingView } from '../protocol/booking.js';
import type { PublicTicket } from '../protocol/public.js';

export type CheckinResult =
  | { kind: 'issued'; ticket: PublicTicket }
  | { kind: 'used'; ticket: PublicTicket }
  | { kind: 'refused'; code: string; booking: BookingView | null }
  | { kind: 'network' };

/** `device` and its key go together: only a registered kiosk checks in under its own name. */
export async function checkInBooking(code: string, device: { name: string; key: string } | null, timeoutMs = 8000): Promise<CheckinResult> {
  let res: Response;
  try {
    res = await fetch(`/api/bookings/${encodeURIComponent(code)}/check-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(device ? { authorization: `Device ${device.key}` } : {}) },
      body: JSON.stringify(device ? { device: device.name } : {}),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    return { kind: 'network' };
  }
  const body = (await res.json().catch(() => null)) as unknown;
  if (res.status === 201) return { kind: res.headers.get('idempotent-replayed') === 'true' ? 'used' : 'issued', ticket: body as PublicTicket };
  if (res.status >= 500) return { kind: 'network' };
  const err = (body as { error?: { code?: string; details?: unknown } } | null)?.error;
  const details = err?.details as BookingView | undefined;
  return { kind: 'refused', code: err?.code ?? 'http', booking: details && typeof details === 'object' && 'window' in details ? details : null };
}
