// The two CSV exports: one row per ticket stage, and the summary as one rectangular table
// (section, key, figures) so it opens in a spreadsheet and parses back without special cases.
import type { GroupTimes, ReportSummary, StageRow } from '../../protocol/reports.js';
import { CSV_EN, csvFormat, toCsv, type Cell } from './csv.js';

export type CsvLang = 'id' | 'en';

const localFormatters = new Map<string, Intl.DateTimeFormat>();

/** "2026-11-28 09:15:02" in the site's zone: what a spreadsheet reads as a date and time. */
export function localDateTime(iso: string | null, timeZone: string): string | null {
  if (!iso) return null;
  let f = localFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    localFormatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

export const TICKET_HEADER = [
  'day', 'number', 'stage', 'service', 'service_name', 'priority', 'outcome', 'issued_at', 'queued_at', 'called_at',
  'started_at', 'ended_at', 'counter', 'officer', 'recalls', 'out_of_order', 'wait_s', 'service_s', 'officer_name',
] as const;

/** The same columns for an Indonesian spreadsheet, in order. */
export const TICKET_HEADER_ID: Record<(typeof TICKET_HEADER)[number], string> = {
  day: 'Hari', number: 'Nomor', stage: 'Tahap', service: 'Kode layanan', service_name: 'Layanan', priority: 'Prioritas',
  outcome: 'Hasil', issued_at: 'Waktu ambil', queued_at: 'Waktu antre', called_at: 'Waktu dipanggil', started_at: 'Waktu mulai',
  ended_at: 'Waktu selesai', counter: 'Loket', officer: 'Petugas', recalls: 'Panggil ulang', out_of_order: 'Di luar urutan',
  wait_s: 'Tunggu (detik)', service_s: 'Layanan (detik)', officer_name: 'Nama petugas',
};

export function ticketsCsv(rows: StageRow[], timezone: string, serviceName: (id: string) => string, lang: CsvLang = 'en', officerName: (u: string) => string = (u) => u): string {
  const t = (iso: string | null) => localDateTime(iso, timezone);
  const sorted = [...rows].sort((a, b) => (a.issuedAt < b.issuedAt ? -1 : a.issuedAt > b.issuedAt ? 1 : a.number.localeCompare(b.number) || a.stage - b.stage));
  return toCsv(
    lang === 'id' ? TICKET_HEADER.map((h) => TICKET_HEADER_ID[h]) : TICKET_HEADER,
    sorted.map((r) => [
      r.day, r.number, r.stage, r.service, serviceName(r.service), r.priority ? 1 : 0, r.outcome, t(r.issuedAt), t(r.queuedAt), t(r.calledAt),
      t(r.startedAt), t(r.endedAt), r.counter, r.officer, r.recalls, r.outOfOrder ? 1 : 0, r.waitSeconds, r.serviceSeconds,
      r.officer === null ? null : officerName(r.officer),
    ]),
    lang === 'id' ? csvFormat('id') : CSV_EN,
  );
}

export const SUMMARY_HEADER = [
  'section', 'key', 'name', 'issued', 'served', 'no_show', 'cancelled', 'expired', 'transferred_out', 'open',
  'wait_count', 'wait_median_s', 'wait_p90_s', 'service_count', 'service_median_s', 'service_p90_s',
] as const;

export const SUMMARY_HEADER_ID: Record<(typeof SUMMARY_HEADER)[number], string> = {
  section: 'Bagian', key: 'Kode', name: 'Nama', issued: 'Diambil', served: 'Dilayani', no_show: 'Tidak hadir', cancelled: 'Dibatalkan',
  expired: 'Kedaluwarsa', transferred_out: 'Dialihkan', open: 'Belum selesai', wait_count: 'Jumlah tunggu', wait_median_s: 'Median tunggu (detik)',
  wait_p90_s: 'P90 tunggu (detik)', service_count: 'Jumlah layanan', service_median_s: 'Median layanan (detik)', service_p90_s: 'P90 layanan (detik)',
};

const timeCells = (g: GroupTimes | undefined): Cell[] =>
  g ? [g.wait.count, g.wait.median, g.wait.p90, g.service.count, g.service.median, g.service.p90] : [0, null, null, 0, null, null];
const blank = (n: number): Cell[] => new Array<Cell>(n).fill(null);
const hh = (h: number) => String(h).padStart(2, '0');

export function summaryCsv(
  s: ReportSummary,
  names: { service: (id: string) => string; counter: (id: string) => string; officer?: (username: string) => string },
  lang: CsvLang = 'en',
): string {
  const rows: Cell[][] = [];
  for (const c of s.services) {
    const counts = [c.issued, c.served, c.noShow, c.cancelled, c.expired, c.transferredOut, c.open];
    rows.push(['service', c.service, names.service(c.service), ...counts, ...timeCells(s.byService.find((g) => g.key === c.service))]);
  }
  const t = s.totals;
  rows.push(['total', '*', `${s.from}..${s.to}`, t.issued, t.served, t.noShow, t.cancelled, t.expired, t.transferredOut, t.open, ...timeCells(s.overall)]);
  for (const g of s.byCounter) rows.push(['counter', g.key, names.counter(g.key), ...blank(7), ...timeCells(g)]);
  for (const g of s.byOfficer) rows.push(['officer', g.key, names.officer?.(g.key) ?? g.key, ...blank(7), ...timeCells(g)]);
  // Arrivals per hour and per day: issued (and served) in the count columns, no times.
  s.arrivalsByHour.forEach((n, h) => rows.push(['hour', hh(h), `${hh(h)}:00-${hh(h + 1)}:00`, n, ...blank(12)]));
  for (const d of s.perDay) rows.push(['day', d.day, d.day, d.issued, d.served, ...blank(11)]);
  return toCsv(lang === 'id' ? SUMMARY_HEADER.map((h) => SUMMARY_HEADER_ID[h]) : SUMMARY_HEADER, rows, lang === 'id' ? csvFormat('id') : CSV_EN);
}
