// DLE EOT real-time status: the printer answers one byte per request, even while busy.
//   n=1 printer status   bit 3: offline
//   n=2 offline cause    bit 2: cover open, bit 5: stopped for paper end, bit 6: error
//   n=4 paper sensor     bits 2-3: paper near end, bits 5-6: paper end
// Every answer has bits 1 and 4 set and bits 0 and 7 clear, which tells it from stray bytes.
import type { PrinterState } from '../protocol/live.js';

export const STATUS_REQUESTS = [1, 2, 4] as const;
export type StatusRequest = (typeof STATUS_REQUESTS)[number];

export function statusRequest(n: StatusRequest): Buffer {
  return Buffer.from([0x10, 0x04, n]);
}

export function isStatusByte(b: number): boolean {
  return (b & 0x93) === 0x12;
}

export interface StatusReport {
  state: PrinterState;
  message: string;
}

export type StatusAnswers = Partial<Record<StatusRequest, number>>;

/** The printer's answers (missing ones unknown) as one state; the worst fault wins. */
export function interpretStatus(answers: StatusAnswers): StatusReport {
  const printer = answers[1] ?? 0x12;
  const cause = answers[2] ?? 0x12;
  const paper = answers[4] ?? 0x12;
  if (cause & 0x04) return { state: 'cover-open', message: 'cover open' };
  if (paper & 0x60 || cause & 0x20) return { state: 'paper-out', message: 'paper out' };
  if (cause & 0x40) return { state: 'offline', message: 'printer reports an error (cutter jam or head fault?)' };
  if (printer & 0x08) return { state: 'offline', message: 'printer reports offline' };
  if (paper & 0x0c) return { state: 'paper-low', message: 'paper nearly out' };
  return { state: 'online', message: 'ready' };
}

/** What a printer in `state` answers to DLE EOT n: the virtual printer speaks with this. */
export function statusAnswer(state: PrinterState, n: number): number {
  const ok = 0x12;
  const offline = state === 'paper-out' || state === 'cover-open' || state === 'offline';
  if (n === 1) return offline ? ok | 0x08 : ok;
  if (n === 2) return ok | (state === 'cover-open' ? 0x04 : 0) | (state === 'paper-out' ? 0x20 : 0) | (state === 'offline' ? 0x40 : 0);
  if (n === 4) return ok | (state === 'paper-out' ? 0x60 : 0) | (state === 'paper-low' ? 0x0c : 0);
  return ok;
}

/** States in which a job may be sent: paper-low still prints. */
export function canPrint(state: PrinterState): boolean {
  return state === 'online' || state === 'paper-low';
}
