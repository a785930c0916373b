// Golden tickets: the layout's bytes decoded back into lines, sizes, the QR payload and the cut.
import { describe, expect, it } from 'vitest';
import { decodeEscPos, type DecodedTicket } from '../../printer/escpos-decoder.js';
import { layoutTicket, numberMagnification, ticketUrl } from '../../printer/ticket-layout.js';
import { renderTicketText } from '../../printer/ticket-text.js';
import { sampleTicket, settings58, settings80 } from '../integration/printer-fixtures.js';

function decodeOne(bytes: Buffer): DecodedTicket {
  const { tickets, uncut } = decodeEscPos(bytes);
  expect(tickets).toHaveLength(1);
  expect(uncut).toEqual([]);
  return tickets[0];
}

const ticket = sampleTicket({ id: 'Xy7kQ2mN9pR4sT6v', number: 'A-015' });

/** Every line down to the footer, the same on both paper widths. */
const GOLDEN_BODY = [
  'Rutan Kelas IIA Balikpapan',
  'Pendaftaran Kunjungan',
  'Nomor Antrian',
  'A-015',
  'Rabu, 21 Mei 2025 09.41 WITA',
  'Orang di depan Anda: 3',
  'Perkiraan waktu tunggu: 12 menit',
  'Pindai untuk pantau antrian',
];

describe('ticket layout, 58 mm', () => {
  const decoded = decodeOne(layoutTicket(ticket, settings58));

  it('prints the golden lines in order, within 32 columns', () => {
    expect(decoded.lines.map((l) => l.text)).toEqual([
      ...GOLDEN_BODY,
      'Rutaba CERIA - Cepat, Ramah,',
      'Empatik, Responsif, Inovatif,',
      'Aman',
    ]);
    for (const line of decoded.lines) expect(line.text.length * line.width).toBeLessThanOrEqual(32);
    expect(decoded.lines.every((l) => l.align === 'center')).toBe(true);
  });

  it('prints the number very large and bold, the site name bold', () => {
    const number = decoded.lines.find((l) => l.text === 'A-015');
    expect(number).toMatchObject({ width: 6, height: 6, bold: true });
    expect(decoded.lines[0]).toMatchObject({ bold: true, width: 1 });
    // everything after the number is back to normal size
    const after = decoded.lines.slice(decoded.lines.indexOf(number!) + 1);
    expect(after.every((l) => l.width === 1 && l.height === 1)).toBe(true);
  });

  it('holds the phone page URL in a native model 2 QR code, error level M', () => {
    expect(decoded.qrCodes).toEqual([
      { kind: 'qr', data: 'http://192.168.1.10:3000/t/Xy7kQ2mN9pR4sT6v', model: 2, moduleSize: 6, errorLevel: 'M', align: 'center' },
    ]);
    const raw = layoutTicket(ticket, settings58);
    expect(raw.includes(Buffer.from([0x1d, 0x28, 0x6b]))).toBe(true); // GS ( k
    expect(raw.includes(Buffer.from([0x1d, 0x5a]))).toBe(false); // not escpos' GS Z
  });

  it('feeds past the cutter and cuts', () => {
    expect(decoded.cut).toBe('full');
    expect(decoded.items.at(-1)).toEqual({ kind: 'feed', lines: 4 });
  });

  it('is plain ASCII from initialise to cut', () => {
    const bytes = layoutTicket(ticket, settings58);
    expect([...bytes.subarray(0, 2)]).toEqual([0x1b, 0x40]); // ESC @
    expect(decoded.nonAscii).toBe(0);
    expect(decoded.unknownCommands).toBe(0);
  });
});

describe('ticket layout, 80 mm', () => {
  const decoded = decodeOne(layoutTicket(ticket, settings80));

  it('prints the golden lines within 48 columns', () => {
    expect(decoded.lines.map((l) => l.text)).toEqual([
      ...GOLDEN_BODY,
      'Rutaba CERIA - Cepat, Ramah, Empatik, Responsif,',
      'Inovatif, Aman',
    ]);
    for (const line of decoded.lines) expect(line.text.length * line.width).toBeLessThanOrEqual(48);
  });

  it('uses a larger QR module and keeps the number as large as allowed', () => {
    expect(decoded.qrCodes.map((q) => [q.data, q.moduleSize])).toEqual([['http://192.168.1.10:3000/t/Xy7kQ2mN9pR4sT6v', 8]]);
    expect(decoded.lines.find((l) => l.text === 'A-015')).toMatchObject({ width: 6, height: 6 });
    expect(decoded.cut).toBe('full');
  });

  it('can be overridden per printer', () => {
    const narrow = decodeOne(layoutTicket(ticket, settings80, { paperWidth: 58 }));
    expect(narrow.qrCodes[0].moduleSize).toBe(6);
  });
});

describe('ticket layout, markers and edge cases', () => {
  it('marks a reprint CETAK ULANG at the top and a priority ticket PRIORITAS under the number', () => {
    const decoded = decodeOne(layoutTicket({ ...ticket, priority: true }, settings58, { reprint: true }));
    const texts = decoded.lines.map((l) => l.text);
    expect(texts[0]).toBe('*** CETAK ULANG ***');
    expect(decoded.lines[0].bold).toBe(true);
    expect(texts[texts.indexOf('A-015') + 1]).toBe('PRIORITAS');
    expect(decoded.lines.find((l) => l.text === 'PRIORITAS')).toMatchObject({ bold: true, width: 2 });
  });

  it('has neither marker on a normal first print', () => {
    const texts = decodeOne(layoutTicket(ticket, settings58)).lines.map((l) => l.text);
    expect(texts.some((t) => t.includes('CETAK ULANG') || t.includes('PRIORITAS'))).toBe(false);
  });

  it('transliterates accents and typography, and drops what has no ASCII form', () => {
    const decoded = decodeOne(
      layoutTicket(
        { ...ticket, serviceName: { id: 'Pemeriksaan Barang – Titipan “Café” 🍱', en: '' } },
        { ...settings58, siteName: 'Rutan Kelas IIA Balikpapan ✓', ticketFooter: 'Terima kasih…' },
      ),
    );
    const texts = decoded.lines.map((l) => l.text);
    expect(texts).toContain('Pemeriksaan Barang - Titipan');
    expect(texts).toContain('"Cafe"');
    expect(texts[0]).toBe('Rutan Kelas IIA Balikpapan');
    expect(texts.at(-1)).toBe('Terima kasih...');
    expect(decoded.nonAscii).toBe(0);
  });

  it('falls back to the default footer and time zone, and trims a trailing slash of the public URL', () => {
    const decoded = decodeOne(layoutTicket(ticket, { ...settings58, ticketFooter: ' ', timezone: 'Not/AZone', publicUrl: 'http://hub.local/' }));
    const texts = decoded.lines.map((l) => l.text);
    expect(texts).toContain('Rabu, 21 Mei 2025 09.41 WITA');
    expect(texts.at(-1)).toBe('Aman');
    expect(decoded.qrCodes[0].data).toBe('http://hub.local/t/Xy7kQ2mN9pR4sT6v');
  });

  it('prints date and time in the site time zone', () => {
    const jakarta = decodeOne(layoutTicket(ticket, { ...settings58, timezone: 'Asia/Jakarta' }));
    expect(jakarta.lines.map((l) => l.text)).toContain('Rabu, 21 Mei 2025 08.41 WIB');
    // just after local midnight: already Thursday in WITA; too long for one 58 mm line, so two
    const late = decodeOne(layoutTicket({ ...ticket, issuedAt: '2025-09-24T16:05:00Z' }, settings58));
    const texts = late.lines.map((l) => l.text);
    expect(texts).toContain('Kamis, 25 September 2025');
    expect(texts[texts.indexOf('Kamis, 25 September 2025') + 1]).toBe('00.05 WITA');
  });

  it('sizes long numbers to fit', () => {
    expect(numberMagnification('A-015', 32)).toBe(6);
    expect(numberMagnification('A-1015', 32)).toBe(5);
    expect(numberMagnification('A-1015', 48)).toBe(6);
    const decoded = decodeOne(layoutTicket({ ...ticket, number: 'B-1234' }, settings58));
    const line = decoded.lines.find((l) => l.text === 'B-1234')!;
    expect(line.text.length * line.width).toBeLessThanOrEqual(32);
  });

  it('builds the phone page URL', () => {
    expect(ticketUrl('http://10.0.0.2:3000//', 'abc_DEF-1')).toBe('http://10.0.0.2:3000/t/abc_DEF-1');
  });

  it('renders as text for the console and the admin preview', () => {
    const text = renderTicketText(decodeOne(layoutTicket(ticket, settings58)), 32);
    expect(text).toContain('A     -     0     1     5');
    expect(text).toContain('[QR http://192.168.1.10:3000/t/Xy7kQ2mN9pR4sT6v]');
    expect(text.split('\n').at(-1)).toMatch(/potong/);
  });
});
