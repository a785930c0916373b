// The supervisor's view: the decisions an officer takes outside the normal order, per officer,
// each with its reason. Out-of-order calls, no-shows and cancellations come from the event stream
// (the truth); reprints from the audit log (printing is a side effect, not a domain event). Pure.
import type { AuditEntry } from '../../protocol/audit.js';
import type { ExceptionKind, ExceptionRow, OfficerTotals, SupervisorReport } from '../../protocol/reports.js';
import type { DayEvents } from './stages.js';

interface TicketInfo {
  number: string;
  service: string;
  counter: string | null;
  calls: number;
}

export function supervisorReport(from: string, to: string, days: DayEvents[], audit: { day: string; entries: AuditEntry[] }[]): SupervisorReport {
  const rows: ExceptionRow[] = [];
  const tickets = new Map<string, TicketInfo>();
  const remember = (t: { id: string; number: string; service: string }) => tickets.set(t.id, { number: t.number, service: t.service, counter: null, calls: 0 });

  for (const { day, events } of days) {
    for (const e of events) {
      const row = (kind: ExceptionKind, ticketId: string, reason: string | null, recalls: number | null): ExceptionRow => {
        const t = tickets.get(ticketId);
        return { day, at: e.at, officer: e.by, kind, number: t?.number ?? null, service: t?.service ?? null, counter: t?.counter ?? null, reason, recalls };
      };
      switch (e.type) {
        case 'ticket.issued':
          remember(e.ticket);
          break;
        case 'day.rolledOver':
          for (const t of e.carried) remember(t);
          break;
        case 'ticket.transferred': {
          const t = tickets.get(e.ticketId);
          if (t) Object.assign(t, { service: e.to, counter: null, calls: 0 });
          break;
        }
        case 'ticket.called': {
          const t = tickets.get(e.ticketId);
          if (t) Object.assign(t, { counter: e.counter, calls: 1 });
          if (e.outOfOrder !== null) rows.push(row('outOfOrder', e.ticketId, e.outOfOrder, null));
          break;
        }
        case 'ticket.recalled': {
          const t = tickets.get(e.ticketId);
          if (t) t.calls++;
          break;
        }
        case 'ticket.noShow': {
          const calls = tickets.get(e.ticketId)?.calls ?? null;
          rows.push(row('noShow', e.ticketId, null, calls === null ? null : Math.max(0, calls - 1)));
          break;
        }
        case 'ticket.cancelled':
          rows.push(row('cancel', e.ticketId, e.reason ?? null, null));
          break;
        default:
          break;
      }
    }
  }

  for (const { day, entries } of audit) {
    for (const a of entries) {
      if (a.action !== 'ticket.reprinted') continue;
      const d = a.detail as { number?: unknown; service?: unknown; counter?: unknown; reason?: unknown };
      rows.push({
        day,
        at: a.at,
        officer: a.actor,
        kind: 'reprint',
        number: typeof d.number === 'string' ? d.number : null,
        service: typeof d.service === 'string' ? d.service : null,
        counter: typeof d.counter === 'string' ? d.counter : null,
        reason: typeof d.reason === 'string' ? d.reason : null,
        recalls: null,
      });
    }
  }

  rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const byOfficer = new Map<string | null, OfficerTotals>();
  for (const r of rows) {
    let o = byOfficer.get(r.officer);
    if (!o) byOfficer.set(r.officer, (o = { officer: r.officer, outOfOrder: 0, reprint: 0, cancel: 0, noShow: 0, total: 0 }));
    o[r.kind]++;
    o.total++;
  }
  const officers = [...byOfficer.values()].sort((a, b) => b.total - a.total || (a.officer ?? '').localeCompare(b.officer ?? ''));
  return { from, to, officers, rows };
}
