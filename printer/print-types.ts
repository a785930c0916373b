// The data a ticket print needs. Anonymous by construction: number, service and times only.
import type { LocalizedName } from '../protocol/config.js';

export interface PrintableTicket {
  id: string;
  number: string;
  serviceName: LocalizedName;
  issuedAt: string; // ISO
  ahead: number;
  estimatedWaitMinutes: number;
  priority: boolean;
  /** The kiosk device that took it; picks that device's printer when one is bound. */
  device?: string;
}

export type PaperWidth = 58 | 80;

export interface PrintSettings {
  siteName: string;
  timezone: string;
  publicUrl: string;
  ticketFooter: string;
  paperWidth: PaperWidth;
}

export const DEFAULT_TICKET_FOOTER = 'Rutaba CERIA - Cepat, Ramah, Empatik, Responsif, Inovatif, Aman';

/** Characters per line in font A. */
export const COLUMNS: Record<PaperWidth, number> = { 58: 32, 80: 48 };
