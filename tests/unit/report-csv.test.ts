// CSV exports: RFC 4180 quoting, formula-safe text, and exports that parse back to the report.
import { describe, expect, it } from 'vitest';
import { defaultSite } from '../../hub/default-site.js';
import { CSV_ID, csvField, parseCsv, toCsv, UTF8_BOM } from '../../hub/reports/csv.js';
import { liveView } from '../../hub/reports/live-view.js';
import { localDateTime, SUMMARY_HEADER, SUMMARY_HEADER_ID, summaryCsv, TICKET_HEADER, TICKET_HEADER_ID, ticketsCsv } from '../../hub/reports/report-csv.js';
import type { StageRow } from '../../protocol/reports.js';
import { foldStages } from '../../hub/reports/stages.js';
import { buildSummary } from '../../hub/reports/summary.js';
import { Harness } from './queue-harness.js';

describe('csvField and toCsv', () => {
  it('quotes only what needs it and doubles quotes', () => {
    expect(csvField('Loket 1')).toBe('Loket 1');
    expect(csvField('Informasi, Pengaduan')).toBe('"Informasi, Pengaduan"');
    expect(csvField('Ruang "Kunjungan"')).toBe('"Ruang ""Kunjungan"""');
    expect(csvField('baris\nkedua')).toBe('"baris\nkedua"');
    expect(csvField('cr\rx')).toBe('"cr\rx"');
    expect(csvField(null)).toBe('');
    expect(csvField(0)).toBe('0');
    expect(csvField(-2.5)).toBe('-2.5');
    expect(csvField(true)).toBe('true');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+62 812')).toBe("'+62 812");
    expect(csvField('-lain')).toBe("'-lain");
    expect(csvField('@admin')).toBe("'@admin");
  });

  it('ends every record with CRLF and parses back, BOM or not', () => {
    const rows = [
      ['Pemeriksaan Barang, “titipan”', 'a"b', 'dua\r\nbaris', ''],
      ['x', '', 'y', 'é'],
    ];
    const text = toCsv(['a', 'b', 'c', 'd'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe('a,b,c,d');
    expect(parseCsv(text)).toEqual([['a', 'b', 'c', 'd'], ...rows]);
    expect(parseCsv(UTF8_BOM + text)).toEqual(parseCsv(text));
    expect(parseCsv('a,b')).toEqual([['a', 'b']]);
  });
});

describe('Indonesian CSV (Excel in an Indonesian locale)', () => {
  it('separates with ; and writes a decimal comma; English keeps , and .', () => {
    expect(toCsv(['a', 'b'], [[1.5, 'x,y']], CSV_ID)).toBe('a;b\r\n1,5;x,y\r\n');
    expect(toCsv(['a', 'b'], [[1.5, 'x;y']])).toBe('a,b\r\n1.5,x;y\r\n');
    expect(csvField('Loket; 1', CSV_ID)).toBe('"Loket; 1"');
    expect(csvField(-2.5, CSV_ID)).toBe('-2,5');
    expect(csvField(12, CSV_ID)).toBe('12');
    const rows = [['Informasi, Pengaduan', '2,5', 'a"b;c']];
    expect(parseCsv(toCsv(['x', 'y', 'z'], rows, CSV_ID), ';')).toEqual([['x', 'y', 'z'], ...rows]);
  });
});

function scripted(): StageRow[] {
  const h = new Harness(defaultSite('Asia/Makassar'));
  const a = h.issue('pendaftaran');
  h.tick(125);
  h.callNext('loket-1');
  h.tick(61);
  h.ok({ type: 'finish', ticketId: a, by: 'petugas', transferTo: 'barang' });
  h.issue('informasi', true);
  return foldStages([{ day: '2026-11-28', events: h.log }]);
}

describe('tickets CSV', () => {
  it('one line per stage with local times; parses back to the rows', () => {
    const rows = scripted();
    const names: Record<string, string> = { pendaftaran: 'Pendaftaran Kunjungan', barang: 'Pemeriksaan Barang', informasi: 'Informasi & Pengaduan' };
    const parsed = parseCsv(ticketsCsv(rows, 'Asia/Makassar', (id) => names[id]));
    expect(parsed[0]).toEqual([...TICKET_HEADER]);
    expect(parsed).toHaveLength(1 + rows.length);
    const rec = parsed.slice(1).map((r) => Object.fromEntries(TICKET_HEADER.map((h, i) => [h, r[i]])));
    expect(rec[0]).toMatchObject({ day: '2026-11-28', number: 'A-001', stage: '1', service_name: 'Pendaftaran Kunjungan', outcome: 'done', issued_at: '2026-11-28 09:00:00', called_at: '2026-11-28 09:02:05', wait_s: '125', service_s: '61', counter: 'loket-1', officer: 'petugas', priority: '0' });
    expect(rec[1]).toMatchObject({ number: 'A-001', stage: '2', service: 'barang', outcome: 'open', queued_at: '2026-11-28 09:03:06', called_at: '', wait_s: '' });
    expect(rec[2]).toMatchObject({ number: 'D-001', priority: '1', service_name: 'Informasi & Pengaduan' });
  });

  it('in Indonesian: ; separated, Indonesian headers, officers by display name', () => {
    const rows = scripted();
    const text = ticketsCsv(rows, 'Asia/Makassar', (id) => id, 'id', (u) => (u === 'petugas' ? 'Budi Santoso' : u));
    expect(text.split('\r\n')[0]).toBe(TICKET_HEADER.map((h) => TICKET_HEADER_ID[h]).join(';'));
    expect(text.split('\r\n')[0]).toMatch(/^Hari;Nomor;Tahap;Kode layanan;Layanan;/);
    const parsed = parseCsv(text, ';');
    expect(parsed.every((r) => r.length === TICKET_HEADER.length)).toBe(true);
    const rec = Object.fromEntries(TICKET_HEADER.map((h, i) => [h, parsed[1][i]]));
    expect(rec).toMatchObject({ number: 'A-001', officer: 'petugas', officer_name: 'Budi Santoso', wait_s: '125', issued_at: '2026-11-28 09:00:00' });
  });

  it('local times follow the zone', () => {
    expect(localDateTime('2026-11-28T16:30:00Z', 'Asia/Makassar')).toBe('2026-11-29 00:30:00');
    expect(localDateTime('2026-11-28T16:30:00Z', 'Asia/Jakarta')).toBe('2026-11-28 23:30:00');
    expect(localDateTime(null, 'Asia/Jakarta')).toBeNull();
  });
});

describe('summary CSV', () => {
  it('is one rectangular table whose figures are the summary’s', () => {
    const rows = scripted();
    const s = buildSummary(rows, { from: '2026-11-28', to: '2026-11-28', timezone: 'Asia/Makassar', now: new Date(), serviceOrder: ['pendaftaran', 'barang', 'kunjungan', 'informasi'] });
    const parsed = parseCsv(summaryCsv(s, { service: (id) => `[${id}]`, counter: (id) => id.toUpperCase() }));
    expect(parsed[0]).toEqual([...SUMMARY_HEADER]);
    for (const r of parsed) expect(r).toHaveLength(SUMMARY_HEADER.length);
    const find = (section: string, key: string) => Object.fromEntries(SUMMARY_HEADER.map((h, i) => [h, parsed.find((r) => r[0] === section && r[1] === key)![i]]));
    expect(find('service', 'pendaftaran')).toMatchObject({ name: '[pendaftaran]', issued: '1', served: '1', wait_count: '1', wait_median_s: '125', service_median_s: '61' });
    expect(find('service', 'kunjungan')).toMatchObject({ issued: '0', wait_count: '0', wait_median_s: '' });
    expect(find('total', '*')).toMatchObject({ issued: '2', served: '1', open: '2', wait_p90_s: '125' });
    expect(find('counter', 'loket-1')).toMatchObject({ name: 'LOKET-1', issued: '', wait_median_s: '125' });
    expect(find('officer', 'petugas')).toMatchObject({ service_p90_s: '61' });
    expect(find('hour', '09')).toMatchObject({ name: '09:00-10:00', issued: '2' });
    expect(parsed.filter((r) => r[0] === 'hour')).toHaveLength(24);
    expect(find('day', '2026-11-28')).toMatchObject({ issued: '2', served: '1' });
  });

  it('in Indonesian: ; separated, decimal comma in medians, officer display names', () => {
    const h = new Harness(defaultSite('Asia/Makassar'));
    for (const wait of [10, 21]) {
      const id = h.issue('informasi');
      h.tick(wait);
      h.callNext('loket-4');
      h.tick(30);
      h.ok({ type: 'finish', ticketId: id, by: 'petugas', transferTo: null });
    }
    const rows = foldStages([{ day: '2026-11-28', events: h.log }]);
    const s = buildSummary(rows, { from: '2026-11-28', to: '2026-11-28', timezone: 'Asia/Makassar', now: new Date(), serviceOrder: ['informasi'] });
    const text = summaryCsv(s, { service: (id) => id, counter: (id) => id, officer: () => 'Budi Santoso' }, 'id');
    const parsed = parseCsv(text, ';');
    expect(parsed[0]).toEqual(SUMMARY_HEADER.map((k) => SUMMARY_HEADER_ID[k]));
    const median = s.byService.find((g) => g.key === 'informasi')!.wait.median!;
    expect(Number.isInteger(median)).toBe(false); // 15.5: the case a decimal comma is for
    const svc = parsed.find((r) => r[0] === 'service' && r[1] === 'informasi')!;
    expect(svc[SUMMARY_HEADER.indexOf('wait_median_s')]).toBe(String(median).replace('.', ','));
    expect(parsed.find((r) => r[0] === 'officer')![2]).toBe('Budi Santoso');
  });
});

describe('live view', () => {
  it('lists who waits, longest first, per service and at counters', () => {
    const h = new Harness(defaultSite('Asia/Makassar'));
    h.issue('pendaftaran');
    h.tick(60);
    h.issue('pendaftaran', true);
    h.issue('barang');
    h.tick(30);
    h.callNext('loket-1'); // the priority ticket goes first
    h.tick(90);
    const v = liveView(h.state.tickets.values(), h.now, ['pendaftaran', 'barang', 'kunjungan']);
    expect(v.waiting.map((w) => [w.number, w.waitedSeconds])).toEqual([
      ['A-001', 180],
      ['B-001', 120],
    ]);
    expect(v.longest?.number).toBe('A-001');
    expect(v.perService).toEqual([
      { service: 'pendaftaran', waiting: 1, longestSeconds: 180, longestNumber: 'A-001' },
      { service: 'barang', waiting: 1, longestSeconds: 120, longestNumber: 'B-001' },
      { service: 'kunjungan', waiting: 0, longestSeconds: null, longestNumber: null },
    ]);
    expect(v.atCounters).toEqual([{ number: 'A-002', service: 'pendaftaran', counter: 'loket-1', officer: 'petugas', status: 'called', since: '2026-11-28T01:01:30.000Z' }]);
    expect(liveView([], h.now, []).longest).toBeNull();
  });
});
