// Prometheus metrics of one hub, in its own registry (several hubs may share a test process).
// Counters are derived from the engine's durable events, so they count what really happened
// (a refused or unflushed command counts nothing); gauges are read from live state at scrape time.
// Labels carry service, counter-room and printer ids only: nothing personal, no ticket id.
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Server } from 'socket.io';
import type { PrinterState, PrinterStatusView } from '../../protocol/live.js';
import type { QueueEngine } from '../engine/queue-engine.js';
import type { DomainEvent } from '../queue/events.js';
import { waitingCount } from '../queue/views.js';
import type { Store } from '../store/store.js';

const PRINTER_STATES: PrinterState[] = ['online', 'paper-low', 'paper-out', 'cover-open', 'offline', 'disabled'];

export interface MetricsSources {
  engine: QueueEngine;
  /** The socket.io server, once it exists. */
  io: () => Pick<Server, 'of'> | undefined;
  printerStatus: () => PrinterStatusView[];
}

export class HubMetrics {
  readonly registry = new Registry();
  readonly contentType = this.registry.contentType;
  /** Seconds one store append (one group commit's share) takes, from call to durable. */
  private readonly flushSeconds = new Histogram({
    name: 'giliran_store_flush_seconds',
    help: 'Time for the store to make appended events durable (write and fsync), per append call',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  /** The store with appendEvents timed; everything else passes through untouched. */
  timeStore<S extends Store>(store: S): S {
    const histogram = this.flushSeconds;
    return new Proxy(store, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        if (prop !== 'appendEvents') return value.bind(target);
        return async (...args: Parameters<Store['appendEvents']>) => {
          const end = histogram.startTimer();
          try {
            return await (value as Store['appendEvents']).apply(target, args);
          } finally {
            end();
          }
        };
      },
    });
  }

  /** Starts counting the engine's events and registers the scrape-time gauges. Returns a stop. */
  attach(src: MetricsSources): () => void {
    const r = [this.registry];
    const byService = (name: string, help: string) => new Counter({ name, help, labelNames: ['service'] as const, registers: r });
    const issued = byService('giliran_tickets_issued_total', 'Tickets issued, by service');
    const called = byService('giliran_tickets_called_total', 'Tickets called to a counter (first call at a service, not recalls), by service');
    const recalled = byService('giliran_tickets_recalled_total', 'Recalls of a called ticket, by service');
    const served = byService('giliran_tickets_served_total', 'Tickets finished (served), by service');
    const noShow = byService('giliran_tickets_no_show_total', 'Tickets closed as no-show, by service');
    const cancelled = byService('giliran_tickets_cancelled_total', 'Tickets cancelled, by service');
    const transferred = byService('giliran_tickets_transferred_total', 'Tickets passed on to another service, by the service they left');
    const wait = new Histogram({
      name: 'giliran_wait_seconds',
      help: 'Time from joining a service queue to being called, by service',
      labelNames: ['service'] as const,
      buckets: [30, 60, 120, 300, 600, 900, 1200, 1800, 2700, 3600, 5400, 7200],
      registers: r,
    });
    const engine = src.engine;
    const onEvents = (events: DomainEvent[]) => {
      // The state is already past the whole batch (a finish and a pass-on come together): walk it
      // back to learn each event's service at its own moment.
      const serviceAt = new Map<DomainEvent, string>();
      const current = new Map<string, string>();
      for (let i = events.length - 1; i >= 0; i--) {
        const e = events[i];
        if (!('ticketId' in e)) continue;
        const now = current.get(e.ticketId) ?? engine.state.tickets.get(e.ticketId)?.service ?? 'unknown';
        if (e.type === 'ticket.transferred') {
          serviceAt.set(e, e.to);
          current.set(e.ticketId, e.from);
        } else {
          serviceAt.set(e, now);
          current.set(e.ticketId, now);
        }
      }
      const serviceOf = (e: DomainEvent) => serviceAt.get(e) ?? 'unknown';
      for (const e of events) {
        switch (e.type) {
          case 'ticket.issued':
            issued.inc({ service: e.ticket.service });
            break;
          case 'ticket.called': {
            const t = engine.state.tickets.get(e.ticketId);
            const service = serviceOf(e);
            called.inc({ service });
            if (t) wait.observe({ service }, Math.max(0, (Date.parse(e.at) - Date.parse(t.queuedAt)) / 1000));
            break;
          }
          case 'ticket.recalled':
            recalled.inc({ service: serviceOf(e) });
            break;
          case 'ticket.finished':
            served.inc({ service: serviceOf(e) });
            break;
          case 'ticket.noShow':
            noShow.inc({ service: serviceOf(e) });
            break;
          case 'ticket.cancelled':
            cancelled.inc({ service: serviceOf(e) });
            break;
          case 'ticket.transferred':
            transferred.inc({ service: e.from });
            break;
          default:
            break;
        }
      }
    };
    engine.on('events', onEvents);
    // Every configured service shows from the first scrape, at 0.
    for (const s of engine.state.config.services) {
      for (const c of [issued, called, recalled, served, noShow, cancelled, transferred]) c.inc({ service: s.id }, 0);
    }

    new Gauge({
      name: 'giliran_waiting',
      help: 'Tickets waiting now, by service',
      labelNames: ['service'] as const,
      registers: r,
      collect() {
        this.reset();
        for (const s of engine.state.config.services) this.set({ service: s.id }, waitingCount(engine.state, s.id));
      },
    });
    new Gauge({
      name: 'giliran_store_writable',
      help: '1 when the store accepts writes, 0 in the disk-failure state (changes refused)',
      registers: r,
      collect() {
        this.set(engine.isWritable ? 1 : 0);
      },
    });
    new Gauge({
      name: 'giliran_event_seq',
      help: 'Number of the last event applied (grows by one per event)',
      registers: r,
      collect() {
        this.set(engine.state.seq);
      },
    });
    new Gauge({
      name: 'giliran_sockets',
      help: 'Connected sockets by room: public, staff, phones (all phone pages together)',
      labelNames: ['room'] as const,
      registers: r,
      collect() {
        this.reset();
        const ns = src.io()?.of('/');
        if (!ns) return;
        const counts = new Map<string, number>();
        for (const [room, members] of ns.adapter.rooms) {
          if (ns.sockets.has(room)) continue; // every socket's own room
          // A phone page's room is named after its ticket id, a secret link: never a label.
          const name = room.startsWith('t:') ? 'phones' : /^[a-z][a-z0-9-]{0,31}$/.test(room) ? room : 'other';
          counts.set(name, (counts.get(name) ?? 0) + members.size);
        }
        for (const [room, n] of counts) this.set({ room }, n);
      },
    });
    new Gauge({
      name: 'giliran_sockets_connected',
      help: 'Connected sockets in all',
      registers: r,
      collect() {
        this.set(src.io()?.of('/').sockets.size ?? 0);
      },
    });
    new Gauge({
      name: 'giliran_printer_state',
      help: 'Printer state: 1 for the state it is in, 0 for the others',
      labelNames: ['printer', 'state'] as const,
      registers: r,
      collect() {
        this.reset();
        for (const p of src.printerStatus()) for (const s of PRINTER_STATES) this.set({ printer: p.id, state: s }, p.state === s ? 1 : 0);
      },
    });
    new Gauge({
      name: 'giliran_printer_queue_length',
      help: 'Print jobs waiting for the printer',
      labelNames: ['printer'] as const,
      registers: r,
      collect() {
        this.reset();
        for (const p of src.printerStatus()) this.set({ printer: p.id }, p.queued);
      },
    });
    new Gauge({
      name: 'giliran_printer_failed_jobs',
      help: 'Tickets whose print failed or needs an officer to check',
      labelNames: ['printer'] as const,
      registers: r,
      collect() {
        this.reset();
        for (const p of src.printerStatus()) this.set({ printer: p.id }, p.failed);
      },
    });
    new Gauge({
      name: 'process_resident_memory_bytes',
      help: 'Resident memory size in bytes',
      registers: r,
      collect() {
        this.set(process.memoryUsage.rss());
      },
    });
    new Gauge({
      name: 'nodejs_heap_used_bytes',
      help: 'V8 heap in use, in bytes',
      registers: r,
      collect() {
        this.set(process.memoryUsage().heapUsed);
      },
    });
    new Gauge({
      name: 'process_uptime_seconds',
      help: 'Seconds since the hub process started',
      registers: r,
      collect() {
        this.set(Math.round(process.uptime()));
      },
    });
    return () => engine.off('events', onEvents);
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
