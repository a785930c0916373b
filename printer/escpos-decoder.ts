// Decodes the ESC/POS subset Giliran emits into structured tickets: text lines with their size,
// alignment and emphasis, QR payloads, feeds and the cut. Streaming, because TCP splits commands
// anywhere; the virtual printer and the layout tests both read tickets through it.

export type Align = 'left' | 'center' | 'right';

export interface DecodedLine {
  kind: 'text';
  text: string;
  align: Align;
  /** Magnification, 1..8. */
  width: number;
  height: number;
  bold: boolean;
}

export interface DecodedQr {
  kind: 'qr';
  data: string;
  /** 1 or 2 (GS ( k function 165); 0 when never set. */
  model: number;
  moduleSize: number;
  errorLevel: 'L' | 'M' | 'Q' | 'H';
  align: Align;
}

export interface DecodedFeed {
  kind: 'feed';
  lines: number;
}

export type DecodedItem = DecodedLine | DecodedQr | DecodedFeed;

export interface DecodedTicket {
  items: DecodedItem[];
  /** The text lines only, in order. */
  lines: DecodedLine[];
  qrCodes: DecodedQr[];
  cut: 'full' | 'partial';
  /** Bytes outside printable ASCII that were printed (shown as '?'). */
  nonAscii: number;
  /** Commands outside the subset, skipped. */
  unknownCommands: number;
}

export type DecoderEvent = { type: 'ticket'; ticket: DecodedTicket } | { type: 'status-request'; n: number };

const ESC = 0x1b;
const GS = 0x1d;
const DLE = 0x10;
const LF = 0x0a;
const HT = 0x09;
const QR_LEVELS = ['L', 'M', 'Q', 'H'] as const;
/** ESC commands we do not model but must skip over whole: command byte -> total length. */
const ESC_SKIP: Record<number, number> = { 0x2d: 3, 0x32: 2, 0x33: 3, 0x20: 3, 0x47: 3, 0x74: 3, 0x52: 3, 0x4d: 3, 0x70: 5, 0x34: 2, 0x35: 2 };
const GS_SKIP: Record<number, number> = { 0x42: 3, 0x48: 3, 0x66: 3, 0x68: 3, 0x77: 3, 0x4c: 4, 0x57: 4 };

interface Format {
  align: Align;
  width: number;
  height: number;
  bold: boolean;
}

const initialFormat = (): Format => ({ align: 'left', width: 1, height: 1, bold: false });

export class EscPosDecoder {
  private pending: Buffer = Buffer.alloc(0);
  private format = initialFormat();
  private items: DecodedItem[] = [];
  private text = '';
  private textFormat: Format | null = null;
  private qr = { model: 0, moduleSize: 3, errorLevel: 'L' as DecodedQr['errorLevel'], stored: '' };
  private nonAscii = 0;
  private unknownCommands = 0;
  /** Produced by the bytes being decoded; push() hands them out. */
  private events: DecoderEvent[] = [];

  /** Feeds received bytes; returns the tickets completed (at each cut) and status requests. */
  push(chunk: Uint8Array): DecoderEvent[] {
    const buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : Buffer.from(chunk);
    let i = 0;
    while (i < buf.length) {
      const used = this.step(buf, i);
      if (used === 0) break; // an incomplete command: wait for more bytes
      i += used;
    }
    this.pending = buf.subarray(i);
    return this.events.splice(0);
  }

  /** What arrived since the last cut (a job whose connection closed before its cut). */
  uncut(): DecodedItem[] {
    return [...this.items];
  }

  private step(buf: Buffer, i: number): number {
    const b = buf[i];
    if (b === LF) return this.endLine(true), 1;
    if (b >= 0x20 && b <= 0x7e) {
      let end = i;
      while (end < buf.length && buf[end] >= 0x20 && buf[end] <= 0x7e) end++;
      this.addText(buf.toString('latin1', i, end));
      return end - i;
    }
    if (b >= 0x80) {
      this.nonAscii++;
      return this.addText('?'), 1;
    }
    if (b === HT) return this.addText(' '), 1;
    if (b === ESC) return this.esc(buf, i);
    if (b === GS) return this.gs(buf, i);
    if (b === DLE) return this.dle(buf, i);
    return 1; // CR and other control bytes do nothing we model
  }

  private esc(buf: Buffer, i: number): number {
    if (i + 1 >= buf.length) return 0;
    const cmd = buf[i + 1];
    if (cmd === 0x40) {
      // ESC @ clears the printer's line buffer and resets every mode
      this.text = '';
      this.textFormat = null;
      this.format = initialFormat();
      return 2;
    }
    const length = { 0x61: 3, 0x45: 3, 0x21: 3, 0x64: 3, 0x4a: 3 }[cmd] ?? ESC_SKIP[cmd] ?? 2;
    if (i + length > buf.length) return 0;
    const n = buf[i + 2];
    if (cmd === 0x61) this.format.align = (['left', 'center', 'right'] as const)[n % 48] ?? 'left';
    else if (cmd === 0x45) this.format.bold = (n & 1) === 1;
    else if (cmd === 0x21) {
      this.format.bold = (n & 0x08) !== 0;
      this.format.height = n & 0x10 ? 2 : 1;
      this.format.width = n & 0x20 ? 2 : 1;
    } else if (cmd === 0x64) this.printAndFeed(n);
    else if (cmd === 0x4a) this.printAndFeed(n > 0 ? 1 : 0);
    else if (!(cmd in ESC_SKIP)) this.unknownCommands++;
    return length;
  }

  private gs(buf: Buffer, i: number): number {
    if (i + 2 >= buf.length) return 0;
    const cmd = buf[i + 1];
    const n = buf[i + 2];
    if (cmd === 0x21) {
      this.format.width = ((n >> 4) & 7) + 1;
      this.format.height = (n & 7) + 1;
      return 3;
    }
    if (cmd === 0x28) {
      if (i + 4 >= buf.length) return 0;
      const length = 5 + buf[i + 3] + buf[i + 4] * 256;
      if (i + length > buf.length) return 0;
      if (n === 0x6b) this.qrFunction(buf.subarray(i + 5, i + length));
      else this.unknownCommands++;
      return length;
    }
    if (cmd === 0x56) {
      const withFeed = n === 65 || n === 66 || n === 97 || n === 98 || n === 103 || n === 104;
      if (withFeed && i + 3 >= buf.length) return 0;
      this.cut([1, 49, 66, 98, 104].includes(n) ? 'partial' : 'full');
      return withFeed ? 4 : 3;
    }
    const length = GS_SKIP[cmd];
    if (length === undefined) {
      this.unknownCommands++;
      return 2;
    }
    return i + length > buf.length ? 0 : length;
  }

  private dle(buf: Buffer, i: number): number {
    if (i + 1 >= buf.length) return 0;
    const cmd = buf[i + 1];
    if (cmd !== 0x04 && cmd !== 0x05) return 1;
    if (i + 2 >= buf.length) return 0;
    if (cmd === 0x04) this.events.push({ type: 'status-request', n: buf[i + 2] });
    return 3;
  }

  /** GS ( k with cn = 49: the QR code functions. `body` starts at cn. */
  private qrFunction(body: Buffer): void {
    const [cn, fn, p] = body;
    if (cn !== 49) return void this.unknownCommands++;
    if (fn === 65) this.qr.model = p - 48;
    else if (fn === 67) this.qr.moduleSize = p;
    else if (fn === 69) this.qr.errorLevel = QR_LEVELS[p - 48] ?? 'L';
    else if (fn === 80) this.qr.stored = body.subarray(3).toString('utf8');
    else if (fn === 81) {
      this.endLine(false);
      const { model, moduleSize, errorLevel, stored } = this.qr;
      this.items.push({ kind: 'qr', data: stored, model, moduleSize, errorLevel, align: this.format.align });
    }
  }

  private addText(text: string): void {
    if (!this.text) this.textFormat = { ...this.format };
    this.text += text;
  }

  /** LF prints the line; an empty line is a feed. */
  private endLine(isLineFeed: boolean): void {
    if (this.text) {
      const format = this.textFormat ?? this.format;
      this.items.push({ kind: 'text', text: this.text, ...format });
    } else if (isLineFeed) this.addFeed(1);
    this.text = '';
    this.textFormat = null;
  }

  private printAndFeed(lines: number): void {
    this.endLine(false);
    this.addFeed(lines);
  }

  private addFeed(lines: number): void {
    if (lines <= 0) return;
    const last = this.items[this.items.length - 1];
    if (last?.kind === 'feed') last.lines += lines;
    else this.items.push({ kind: 'feed', lines });
  }

  private cut(cut: DecodedTicket['cut']): void {
    this.endLine(false);
    const items = this.items;
    this.items = [];
    const ticket: DecodedTicket = {
      items,
      lines: items.filter((it): it is DecodedLine => it.kind === 'text'),
      qrCodes: items.filter((it): it is DecodedQr => it.kind === 'qr'),
      cut,
      nonAscii: this.nonAscii,
      unknownCommands: this.unknownCommands,
    };
    this.nonAscii = 0;
    this.unknownCommands = 0;
    this.events.push({ type: 'ticket', ticket });
  }
}

/** Decodes a whole byte string at once. */
export function decodeEscPos(bytes: Uint8Array): { tickets: DecodedTicket[]; statusRequests: number[]; uncut: DecodedItem[] } {
  const decoder = new EscPosDecoder();
  const events = decoder.push(bytes);
  return {
    tickets: events.flatMap((e) => (e.type === 'ticket' ? [e.ticket] : [])),
    statusRequests: events.flatMap((e) => (e.type === 'status-request' ? [e.n] : [])),
    uncut: decoder.uncut(),
  };
}
