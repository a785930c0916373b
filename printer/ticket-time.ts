// Date and time as printed on a ticket, in the site's time zone and in Indonesian, e.g.
// "Rabu, 21 Mei 2025" and "09.41 WITA".

export const DEFAULT_TIMEZONE = 'Asia/Makassar';

function formatter(timeZone: string): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  };
  try {
    return new Intl.DateTimeFormat('id-ID', options);
  } catch {
    // A bad time zone setting must not stop a ticket from printing.
    return new Intl.DateTimeFormat('id-ID', { ...options, timeZone: DEFAULT_TIMEZONE });
  }
}

export function ticketDateTime(iso: string, timeZone: string): { date: string; time: string } {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return { date: '', time: '' };
  const part = new Map(formatter(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
  return {
    date: `${part.get('weekday')}, ${part.get('day')} ${part.get('month')} ${part.get('year')}`,
    time: `${part.get('hour')}.${part.get('minute')} ${part.get('timeZoneName') ?? ''}`.trim(),
  };
}
