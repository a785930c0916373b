// The `escpos` package's command builder, loaded without its index: the index pulls in USB and
// serial adapters that are broken with today's native modules. printer.js only needs an adapter
// with write(), so ours collects the bytes in memory and the transports send them later.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type Align = 'lt' | 'ct' | 'rt';

/** The part of escpos' Printer we use (the package ships no types). */
interface EscposPrinter {
  hardware(hw: 'init'): EscposPrinter;
  align(align: Align): EscposPrinter;
  size(width: number, height: number): EscposPrinter;
  text(content: string, encoding: string): EscposPrinter;
  print(content: Buffer | string): EscposPrinter;
  feed(lines: number): EscposPrinter;
  cut(partial: boolean, feed: number): EscposPrinter;
  flush(callback?: () => void): EscposPrinter;
}

interface EscposCommands {
  TEXT_FORMAT: { TXT_BOLD_ON: string; TXT_BOLD_OFF: string };
}

type EscposPrinterConstructor = new (adapter: MemoryAdapter) => EscposPrinter;

// Loaded on first use, so a hub that never prints (PRINTER=none, or an agent does it) does not
// carry escpos. escpos/printer.js loads `get-pixels` (PNG/JPEG/GIF decoders) at its top for image
// printing, which we never use: about 25 MB of resident memory. A stub stands in for it in the
// module cache, so it is never loaded; printing an image would throw.
let escpos: { Printer: EscposPrinterConstructor; commands: EscposCommands } | null = null;
function loadEscpos(): { Printer: EscposPrinterConstructor; commands: EscposCommands } {
  if (escpos) return escpos;
  const getPixelsId = require.resolve('get-pixels', { paths: [require.resolve('escpos/printer.js')] });
  require.cache[getPixelsId] ??= {
    id: getPixelsId,
    filename: getPixelsId,
    loaded: true,
    exports: () => {
      throw new Error('image printing is not supported (get-pixels is not loaded)');
    },
  } as unknown as NodeJS.Module;
  escpos = { Printer: require('escpos/printer.js') as EscposPrinterConstructor, commands: require('escpos/commands.js') as EscposCommands };
  return escpos;
}

/** Collects what escpos' flush() writes. */
class MemoryAdapter {
  readonly chunks: Buffer[] = [];
  write(data: Buffer, callback?: (error?: Error) => void): void {
    this.chunks.push(Buffer.from(data));
    callback?.();
  }
}

export type QrErrorLevel = 'L' | 'M' | 'Q' | 'H';
const QR_LEVEL_BYTE: Record<QrErrorLevel, number> = { L: 48, M: 49, Q: 50, H: 51 };

/**
 * Native QR code, `GS ( k` function 165/167/169/180/181 (model, module size, error level, store,
 * print). escpos' own qrcode() emits `GS Z`, which Epson TM printers and most clones ignore.
 */
export function qrCodeCommand(data: string, moduleSize: number, level: QrErrorLevel): Buffer {
  const payload = Buffer.from(data, 'utf8');
  const storeLength = payload.length + 3;
  const gsK = (pL: number, pH: number, ...rest: number[]) => Buffer.from([0x1d, 0x28, 0x6b, pL, pH, ...rest]);
  return Buffer.concat([
    gsK(4, 0, 49, 65, 50, 0), // model 2
    gsK(3, 0, 49, 67, moduleSize),
    gsK(3, 0, 49, 69, QR_LEVEL_BYTE[level]),
    gsK(storeLength & 0xff, storeLength >> 8, 49, 80, 48),
    payload,
    gsK(3, 0, 49, 81, 48), // print the stored symbol
  ]);
}

/** A small fluent builder over escpos with the few extras we need; bytes() returns the job. */
export class TicketBuilder {
  private readonly adapter = new MemoryAdapter();
  private readonly printer = new (loadEscpos().Printer)(this.adapter);

  init(): this {
    this.printer.hardware('init');
    return this;
  }

  align(align: 'left' | 'center' | 'right'): this {
    this.printer.align(align === 'left' ? 'lt' : align === 'center' ? 'ct' : 'rt');
    return this;
  }

  /** 1..8 times the normal width and height. */
  size(width: number, height: number): this {
    this.printer.size(width, height);
    return this;
  }

  bold(on: boolean): this {
    this.printer.print(on ? loadEscpos().commands.TEXT_FORMAT.TXT_BOLD_ON : loadEscpos().commands.TEXT_FORMAT.TXT_BOLD_OFF);
    return this;
  }

  /** One line; the caller has made it plain ASCII. */
  line(text: string): this {
    this.printer.text(text, 'ascii');
    return this;
  }

  feed(lines: number): this {
    this.printer.feed(lines);
    return this;
  }

  raw(bytes: Buffer): this {
    this.printer.print(bytes);
    return this;
  }

  /** Feeds past the cutter, then a full cut (GS V 0). */
  cut(feedLines: number): this {
    this.printer.cut(false, feedLines);
    return this;
  }

  bytes(): Buffer {
    this.printer.flush();
    return Buffer.concat(this.adapter.chunks);
  }
}
