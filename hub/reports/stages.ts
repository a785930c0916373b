// Folds the event stream into one row per ticket per service it passed through. Pure: the same
// events always give the same rows, so reports never disagree with what happened.
import type { DomainEvent } from '../queue/events.js';
import type { StageOutcome, StageRow } from '../../protocol/reports.js';

export interface DayEvents {
  day: string;
  events: DomainEvent[];
}

export function secondsBetween(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  const s = (Date.parse(to) - Date.parse(from)) / 1000;
  return Number.isFinite(s) && s >= 0 ? s : null;
}

function newStage(t: Pick<StageRow, 'number' | 'priority' | 'issuedAt'>, day: string, stage: number, service: string, queuedAt: string, issuedInRange: boolean): StageRow {
  return {
    day,
    number: t.number,
    stage,
    service,
    priority: t.priority,
    issuedInRange,
    issuedAt: t.issuedAt,
    queuedAt,
    calledAt: null,
    startedAt: null,
    endedAt: null,
    outcome: 'open',
    counter: null,
    officer: null,
    recalls: 0,
    outOfOrder: false,
    waitSeconds: null,
    serviceSeconds: null,
  };
}

function end(row: StageRow, outcome: StageOutcome, at: string): void {
  if (row.outcome !== 'open') return;
  row.outcome = outcome;
  row.endedAt = at;
  if (outcome === 'done') row.serviceSeconds = secondsBetween(row.startedAt ?? row.calledAt, at);
}

/**
 * Rows for the tickets of `days` (ascending). `closing` is the rollover that ended the last day,
 * found at the start of a later day's file: it says which tickets expired.
 */
export function foldStages(days: DayEvents[], closing: DomainEvent | null = null): StageRow[] {
  const rows: StageRow[] = [];
  const current = new Map<string, StageRow>();
  const add = (id: string, row: StageRow) => {
    rows.push(row);
    current.set(id, row);
  };

  const apply = (day: string, e: DomainEvent, isClosing: boolean) => {
    const row = 'ticketId' in e ? current.get(e.ticketId) : undefined;
    switch (e.type) {
      case 'ticket.issued':
        add(e.ticket.id, newStage(e.ticket, day, 1, e.ticket.service, e.ticket.queuedAt, true));
        return;
      case 'ticket.called':
        if (!row) return;
        // A ticket carried over a rollover may be called again: its wait ends at the first call.
        if (!row.calledAt) {
          row.calledAt = e.at;
          row.waitSeconds = secondsBetween(row.queuedAt, e.at);
        }
        row.counter = e.counter;
        row.officer = e.by;
        row.outOfOrder ||= e.outOfOrder !== null;
        return;
      case 'ticket.recalled':
        if (row) row.recalls += 1;
        return;
      case 'ticket.started':
        if (row && !row.startedAt) row.startedAt = e.at;
        return;
      case 'ticket.finished':
        if (row) end(row, 'done', e.at);
        return;
      case 'ticket.noShow':
        if (row) end(row, 'no-show', e.at);
        return;
      case 'ticket.cancelled':
        if (row) end(row, 'cancelled', e.at);
        return;
      case 'ticket.transferred':
        if (!row) return;
        end(row, 'transferred', e.at);
        add(e.ticketId, newStage(row, row.day, row.stage + 1, e.to, e.at, row.issuedInRange));
        return;
      case 'day.rolledOver':
        for (const id of e.expired) {
          const r = current.get(id);
          if (r) end(r, 'expired', e.at);
        }
        // Tickets carried in from before the range: known from the snapshot the rollover holds.
        if (!isClosing) for (const t of e.carried) if (!current.has(t.id)) add(t.id, newStage(t, e.from, t.history.length + 1, t.service, t.queuedAt, false));
        return;
      default:
        return;
    }
  };

  for (const d of days) for (const e of d.events) apply(d.day, e, false);
  if (closing?.type === 'day.rolledOver') apply(closing.from, closing, true);
  return rows;
}
