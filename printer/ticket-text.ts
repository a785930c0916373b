// A decoded ticket as plain text, roughly as it looks on paper: for the virtual printer's console
// and the admin preview. Enlarged text is letter-spaced by its width factor.
import type { DecodedItem, DecodedTicket } from './escpos-decoder.js';

function place(text: string, align: 'left' | 'center' | 'right', columns: number): string {
  const room = Math.max(0, columns - text.length);
  if (align === 'left') return text;
  return ' '.repeat(align === 'right' ? room : Math.floor(room / 2)) + text;
}

function renderItem(item: DecodedItem, columns: number): string[] {
  if (item.kind === 'feed') return Array.from({ length: Math.min(item.lines, 3) }, () => '');
  if (item.kind === 'qr') return [place(`[QR ${item.data}]`, item.align, columns)];
  const text = item.width > 1 ? [...item.text].join(' '.repeat(item.width - 1)) : item.text;
  return [place(text, item.align, columns)];
}

export function renderTicketText(ticket: DecodedTicket, columns = 48): string {
  const body = ticket.items.flatMap((item) => renderItem(item, columns));
  const cut = `${'-'.repeat(Math.max(0, (columns - 9) >> 1))} potong `;
  return [...body, cut.padEnd(columns, '-')].join('\n');
}
