// PRINTER values, status bytes, plain-ASCII text: the small pure parts of printing.
import { describe, expect, it } from 'vitest';
import { toPlainAscii, wrapText } from '../../printer/plain-ascii.js';
import { parsePrinterSpec } from '../../printer/printer-spec.js';
import { canPrint, interpretStatus, STATUS_REQUESTS, statusAnswer } from '../../printer/printer-status.js';
import type { PrinterState } from '../../protocol/live.js';

describe('parsePrinterSpec', () => {
  it.each([
    ['tcp://192.168.1.50:9100', { kind: 'tcp', host: '192.168.1.50', port: 9100, statusQueries: true }],
    ['tcp://printer.local', { kind: 'tcp', host: 'printer.local', port: 9100, statusQueries: true }],
    ['  TCP://10.0.0.5:9101?status=off&width=58 ', { kind: 'tcp', host: '10.0.0.5', port: 9101, statusQueries: false, paperWidth: 58 }],
    ['tcp://[fe80::1]:9100', { kind: 'tcp', host: 'fe80::1', port: 9100, statusQueries: true }],
    ['/dev/usb/lp0', { kind: 'device', path: '/dev/usb/lp0' }],
    ['virtual', { kind: 'virtual' }],
    ['None', { kind: 'none' }],
  ])('accepts %s', (value, spec) => {
    expect(parsePrinterSpec(value)).toEqual(spec);
  });

  it.each([
    ['', /empty/],
    ['192.168.1.50:9100', /did you mean tcp:\/\/192\.168\.1\.50:9100/],
    ['usb', /did you mean \/dev\/usb\/lp0/],
    ['tcp://host:0', /port/],
    ['tcp://host:99999', /port/],
    ['tcp://:9100', /URL|host/],
    ['tcp://host:9100/queue', /only host, port/],
    ['tcp://host:9100?width=76', /unknown option width=76/],
    ['/dev/usb/', /device file path/],
    ['lpt1', /unknown form/],
    ['http://host:9100', /unknown form/],
  ])('refuses %j with a clear message', (value, why) => {
    expect(() => parsePrinterSpec(value)).toThrow(why);
    expect(() => parsePrinterSpec(value)).toThrow(/PRINTER.*expected tcp:\/\/host:9100, a device path/);
  });
});

describe('DLE EOT status', () => {
  const states: PrinterState[] = ['online', 'paper-low', 'paper-out', 'cover-open', 'offline'];

  it.each(states)('reads back %s from the answers a printer in that state gives', (state) => {
    const answers = Object.fromEntries(STATUS_REQUESTS.map((n) => [n, statusAnswer(state, n)]));
    expect(interpretStatus(answers).state).toBe(state);
  });

  it('reads real Epson bytes', () => {
    expect(interpretStatus({ 1: 0x16, 2: 0x12, 4: 0x12 }).state).toBe('online'); // drawer pin high only
    expect(interpretStatus({ 1: 0x1e, 2: 0x32, 4: 0x72 }).state).toBe('paper-out');
    expect(interpretStatus({ 1: 0x1e, 2: 0x36, 4: 0x12 }).state).toBe('cover-open'); // cover wins
    expect(interpretStatus({ 1: 0x12 }).state).toBe('online'); // printers that only answer n=1
    expect(interpretStatus({ 1: 0x1a }).state).toBe('offline');
  });

  it('prints on online and paper-low only', () => {
    expect(states.filter(canPrint)).toEqual(['online', 'paper-low']);
  });
});

describe('plain ASCII text', () => {
  it('transliterates and strips', () => {
    expect(toPlainAscii('Pelayanan  Prima\n– “Ramah” 😊 ñandú')).toBe('Pelayanan Prima - "Ramah" nandu');
  });

  it('wraps on words and splits words longer than a line', () => {
    expect(wrapText('Perkiraan waktu tunggu: 125 menit', 32)).toEqual(['Perkiraan waktu tunggu: 125', 'menit']);
    expect(wrapText('abcdefghij klm', 4)).toEqual(['abcd', 'efgh', 'ij', 'klm']);
    expect(wrapText('', 32)).toEqual([]);
  });
});
