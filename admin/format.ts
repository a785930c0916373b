// Small formatting helpers the admin tabs share.

/** "Loket Sembilan" -> "loket-sembilan": a default id from a name. */
export const slug = (s: string): string =>
  s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);

/** Seconds as "m:ss menit" ("m:ss min"), or "h:mm:ss jam" ("h:mm:ss h") from an hour on; "—" for no figure. */
export function formatDuration(seconds: number | null, lang: 'id' | 'en' = 'id'): string {
  if (seconds === null) return '—';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  if (h > 0) return `${h}:${String(m).padStart(2, '0')}:${ss} ${lang === 'id' ? 'jam' : 'h'}`;
  return `${m}:${ss} ${lang === 'id' ? 'menit' : 'min'}`;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** "14:05:09" in the site's time zone (not the browser's). */
export function localTime(iso: string, timeZone: string): string {
  const key = timeZone;
  let f = timeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    timeFormats.set(key, f);
  }
  return f.format(new Date(iso));
}

/** YYYY-MM-DD plus `days` (negative for earlier), calendar arithmetic in UTC. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
