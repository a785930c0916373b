// A ticket as ESC/POS bytes: pure, so the golden tests decode it without a printer.
import { qrCodeCommand, TicketBuilder } from './escpos-builder.js';
import { toPlainAscii, wrapText } from './plain-ascii.js';
import { COLUMNS, DEFAULT_TICKET_FOOTER, type PaperWidth, type PrintableTicket, type PrintSettings } from './print-types.js';
import { ticketDateTime } from './ticket-time.js';

export interface LayoutOptions {
  reprint?: boolean;
  /** Overrides settings.paperWidth for a printer with other paper. */
  paperWidth?: PaperWidth;
}

export const REPRINT_MARK = 'CETAK ULANG';
export const PRIORITY_MARK = 'PRIORITAS';

/** The phone ticket page the QR code opens. */
export function ticketUrl(publicUrl: string, ticketId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/t/${encodeURIComponent(ticketId)}`;
}

/** The number as large as fits: 1..6 times, leaving a column either side. */
export function numberMagnification(number: string, columns: number): number {
  return Math.max(1, Math.min(6, Math.floor((columns - 2) / Math.max(1, number.length))));
}

export function layoutTicket(ticket: PrintableTicket, settings: PrintSettings, options: LayoutOptions = {}): Buffer {
  const width = options.paperWidth ?? settings.paperWidth;
  const columns = COLUMNS[width] ?? COLUMNS[58];
  const b = new TicketBuilder().init().align('center');
  const paragraph = (text: string) => {
    for (const line of wrapText(toPlainAscii(text), columns)) b.line(line);
  };

  if (options.reprint) b.bold(true).line(`*** ${REPRINT_MARK} ***`).bold(false);
  b.bold(true);
  paragraph(settings.siteName);
  b.bold(false);
  paragraph(ticket.serviceName.id);
  b.feed(1).line('Nomor Antrian');

  const number = toPlainAscii(ticket.number);
  const magnification = numberMagnification(number, columns);
  b.size(magnification, magnification).bold(true).line(number).bold(false).size(1, 1);
  // size() may send ESC !, which also clears bold: set the size first
  if (ticket.priority) b.size(2, 1).bold(true).line(PRIORITY_MARK).bold(false).size(1, 1);

  const { date, time } = ticketDateTime(ticket.issuedAt, settings.timezone);
  const when = `${date} ${time}`;
  if (when.length <= columns) paragraph(when);
  else for (const part of [date, time]) paragraph(part);
  b.feed(1);
  paragraph(`Orang di depan Anda: ${ticket.ahead}`);
  paragraph(`Perkiraan waktu tunggu: ${ticket.estimatedWaitMinutes} menit`);

  b.feed(1).raw(qrCodeCommand(ticketUrl(settings.publicUrl, ticket.id), width === 80 ? 8 : 6, 'M')).feed(1);
  paragraph('Pindai untuk pantau antrian');
  b.feed(1);
  paragraph(settings.ticketFooter.trim() || DEFAULT_TICKET_FOOTER);
  return b.cut(4).bytes();
}
