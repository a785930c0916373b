// Local calendar date and time of day in the site's time zone, via Intl (no tz database of ours).

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * The last answer per time zone, by UTC minute: every view and command asks for the local date and
 * time, and formatToParts is costly. Zone offsets are whole minutes, so one UTC minute is one
 * local minute.
 */
const lastParts = new Map<string, { minute: number; parts: Readonly<Record<string, string>> }>();

function parts(date: Date, timeZone: string): Readonly<Record<string, string>> {
  const minute = Math.floor(date.getTime() / 60_000);
  const cached = lastParts.get(timeZone);
  if (cached && cached.minute === minute) return cached.parts;
  const out: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(date)) out[p.type] = p.value;
  lastParts.set(timeZone, { minute, parts: out });
  return out;
}

/** YYYY-MM-DD of `date` in `timeZone`. */
export function localDate(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Minutes since local midnight. */
export function localMinutes(date: Date, timeZone: string): number {
  const p = parts(date, timeZone);
  return Number(p.hour) * 60 + Number(p.minute);
}

/** "HH:MM" -> minutes since midnight. */
export function hhmmToMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

// Calendar arithmetic on local dates ("YYYY-MM-DD"), done in UTC so no zone can shift a day.

function ymd(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [y, m, d];
}

/** `day` plus `n` days (n may be negative). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = ymd(day);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** ISO weekday of a local date: 1 = Monday .. 7 = Sunday. */
export function isoWeekday(day: string): number {
  const [y, m, d] = ymd(day);
  const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Whole days from `a` to `b` (b - a). */
export function daysBetween(a: string, b: string): number {
  const [y1, m1, d1] = ymd(a);
  const [y2, m2, d2] = ymd(b);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** The instant at which the wall clock in `timeZone` shows `hhmm` on `day`. */
export function zonedInstant(day: string, hhmm: string, timeZone: string): Date {
  const [y, m, d] = ymd(day);
  const minutes = hhmmToMinutes(hhmm);
  const guess = Date.UTC(y, m - 1, d, 0, minutes);
  // The zone's offset at the guess; a second pass settles a DST edge (Indonesia has none).
  const offsetAt = (t: number) => {
    const local = new Date(t);
    const [ly, lm, ld] = ymd(localDate(local, timeZone));
    return Date.UTC(ly, lm - 1, ld, 0, localMinutes(local, timeZone)) - Math.floor(t / 60_000) * 60_000;
  };
  const first = guess - offsetAt(guess);
  return new Date(guess - offsetAt(first));
}

/** "HH:MM" from minutes since midnight (negative wraps to 00:00). */
export function minutesToHhmm(minutes: number): string {
  const m = Math.max(0, minutes);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
