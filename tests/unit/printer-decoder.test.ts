// The ESC/POS decoder the virtual printer and the layout tests rely on.
import { describe, expect, it } from 'vitest';
import { qrCodeCommand } from '../../printer/escpos-builder.js';
import { decodeEscPos, EscPosDecoder, type DecoderEvent } from '../../printer/escpos-decoder.js';
import { layoutTicket } from '../../printer/ticket-layout.js';
import { sampleTicket, settings58 } from '../integration/printer-fixtures.js';

const bytes = (...parts: (number[] | string | Buffer)[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('escpos decoder', () => {
  it('decodes initialise, align, GS ! and ESC ! sizes, emphasis, text and a partial cut', () => {
    const { tickets } = decodeEscPos(
      bytes([0x1b, 0x40], [0x1b, 0x61, 1], [0x1d, 0x21, 0x32], 'Big', [0x0a], [0x1b, 0x21, 0x38], 'Wide bold', [0x0a], [0x1b, 0x21, 0], [0x1b, 0x61, 2], [0x1b, 0x45, 1], 'Right', [0x0a], [0x1d, 0x56, 1]),
    );
    expect(tickets).toHaveLength(1);
    expect(tickets[0].lines).toEqual([
      { kind: 'text', text: 'Big', align: 'center', width: 4, height: 3, bold: false },
      { kind: 'text', text: 'Wide bold', align: 'center', width: 2, height: 2, bold: true },
      { kind: 'text', text: 'Right', align: 'right', width: 1, height: 1, bold: true },
    ]);
    expect(tickets[0].cut).toBe('partial');
  });

  it('turns blank lines and ESC d into feeds, merged', () => {
    const { tickets } = decodeEscPos(bytes('a', [0x0a, 0x0a, 0x0a], [0x1b, 0x64, 2], 'b', [0x1b, 0x64, 1], [0x1d, 0x56, 0x41, 3]));
    expect(tickets[0].items).toEqual([
      { kind: 'text', text: 'a', align: 'left', width: 1, height: 1, bold: false },
      { kind: 'feed', lines: 4 },
      { kind: 'text', text: 'b', align: 'left', width: 1, height: 1, bold: false },
      { kind: 'feed', lines: 1 },
    ]);
    expect(tickets[0].cut).toBe('full');
  });

  it('decodes GS ( k QR functions: model, module size, level, store, print', () => {
    const { tickets } = decodeEscPos(bytes(qrCodeCommand('http://x/t/abc', 7, 'Q'), [0x1d, 0x56, 0]));
    expect(tickets[0].qrCodes).toEqual([{ kind: 'qr', data: 'http://x/t/abc', model: 2, moduleSize: 7, errorLevel: 'Q', align: 'left' }]);
  });

  it('reports DLE EOT requests apart from the ticket', () => {
    const { statusRequests, tickets, uncut } = decodeEscPos(bytes([0x10, 0x04, 1], 'x', [0x0a], [0x10, 0x04, 4]));
    expect(statusRequests).toEqual([1, 4]);
    expect(tickets).toEqual([]);
    expect(uncut).toHaveLength(1);
  });

  it('gives the same result however the stream is split', () => {
    const stream = Buffer.concat([layoutTicket(sampleTicket(), settings58, { reprint: true }), Buffer.from([0x10, 0x04, 2])]);
    const whole = decodeEscPos(stream);
    for (const size of [1, 2, 3, 5, 7, 64]) {
      const decoder = new EscPosDecoder();
      const events: DecoderEvent[] = [];
      for (let i = 0; i < stream.length; i += size) events.push(...decoder.push(stream.subarray(i, i + size)));
      expect(events.filter((e) => e.type === 'ticket').map((e) => e.type === 'ticket' && e.ticket)).toEqual(whole.tickets);
      expect(events.filter((e) => e.type === 'status-request')).toEqual([{ type: 'status-request', n: 2 }]);
    }
  });

  it('flags bytes outside ASCII and commands outside the subset', () => {
    const { tickets } = decodeEscPos(bytes('caf', [0xe9], [0x0a], [0x1b, 0x7a], [0x1d, 0x56, 0]));
    expect(tickets[0].lines[0].text).toBe('caf?');
    expect(tickets[0].nonAscii).toBe(1);
    expect(tickets[0].unknownCommands).toBe(1);
  });

  it('decodes two tickets in one stream, format carrying over until ESC @', () => {
    const { tickets } = decodeEscPos(bytes([0x1b, 0x45, 1], 'one', [0x0a, 0x1d, 0x56, 0], 'two', [0x0a, 0x1d, 0x56, 0], [0x1b, 0x40], 'three', [0x0a, 0x1d, 0x56, 0]));
    expect(tickets.map((t) => [t.lines[0].text, t.lines[0].bold])).toEqual([
      ['one', true],
      ['two', true],
      ['three', false],
    ]);
  });
});
