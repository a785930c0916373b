// What the exit tablet was given: a ticket number typed on its keypad ("a15", "A-015") or a ticket
// QR read by a USB scanner, which types the phone-page URL (".../t/<id>") and Enter like a keyboard.
import { TICKET_ID_PATTERN } from '../protocol/rest-types.js';

export type SurveyTicketRef = { ticketId: string } | { number: string };

export function parseTicketInput(raw: string): SurveyTicketRef | null {
  const text = raw.trim();
  const url = /\/t\/([A-Za-z0-9_-]{10,64})(?:[/?#].*)?$/.exec(text);
  if (url) return { ticketId: url[1] };
  const m = /^([A-Za-z])\s*-?\s*(\d{1,3})$/.exec(text);
  if (m) return { number: `${m[1].toUpperCase()}-${m[2].padStart(3, '0')}` };
  if (TICKET_ID_PATTERN.test(text) && /\d/.test(text) && text.length >= 16) return { ticketId: text };
  return null;
}
