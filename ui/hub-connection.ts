// The live link to the hub, shared by every app. It keeps the current state, applies numbered
// events in order, asks for a fresh snapshot on a seq gap (and on connect, if the hub's own `state`
// does not come), and reconnects forever. Usable as a Lit ReactiveController or on its own.
import { io, type Socket } from 'socket.io-client';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { applyLiveEvent } from '../protocol/apply-live-event.js';
import { NUMBERED_EVENTS, type ClientToServerEvents, type LiveEvent, type NumberedEventName, type PrinterStatusView, type ServerToClientEvents } from '../protocol/live.js';
import type { PublicState, PublicTicket } from '../protocol/public.js';
import type { StaffTicket } from '../protocol/staff.js';

export type ConnectionStatus = 'connecting' | 'online' | 'offline';
export type HubHealth = { writable: boolean; message: string };

export interface HubConnectionOptions {
  /** Hub origin; defaults to the page's own. */
  url?: string;
  /** The phone page: receive `ticket:mine` for this ticket. */
  ticket?: string;
  /** Longest wait between reconnect attempts. */
  maxDelayMs?: number;
  /** How long to wait for `state` after connecting or for a snapshot answer. */
  snapshotTimeoutMs?: number;
}

/** What hosts may subscribe to with on(): the raw numbered events plus a few of our own. */
export interface HubEvents<S> {
  'ticket:issued': (e: LiveEvent) => void;
  'ticket:called': (e: LiveEvent) => void;
  'ticket:updated': (e: LiveEvent) => void;
  'counter:updated': (e: LiveEvent) => void;
  'notice:updated': (e: LiveEvent) => void;
  /** A whole new state (snapshot); the previous one is gone. */
  state: (s: S) => void;
  'printer:updated': (p: PrinterStatusView) => void;
  'ticket:mine': (t: PublicTicket) => void;
  /** Staff only: a ticket's print outcome changed (already merged into a staff state's tickets). */
  'ticket:print': (p: TicketPrint) => void;
  'hub:health': (h: HubHealth) => void;
  status: (s: ConnectionStatus) => void;
}

type TicketPrint = Parameters<ServerToClientEvents['ticket:print']>[0];
type Listener = (...args: never[]) => void;
type HubSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export class HubConnection<S extends PublicState = PublicState> implements ReactiveController {
  state: S | null = null;
  status: ConnectionStatus = 'connecting';
  /** When the link was lost (Date.now()), null while online. */
  offlineSince: number | null = null;
  /** Server time minus local time, from the last snapshot. */
  clockOffsetMs = 0;
  printers = new Map<string, PrinterStatusView>();
  mine: PublicTicket | null = null;
  health: HubHealth | null = null;

  private socket: HubSocket | null = null;
  private hosts = new Set<ReactiveControllerHost>();
  private listeners = new Map<string, Set<Listener>>();
  private changeListeners = new Set<() => void>();
  /** Events that came while a snapshot was on its way; replayed on top of it. */
  private pending: { name: NumberedEventName; event: LiveEvent }[] | null = null;
  private snapshotTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay = 500;

  constructor(
    host?: ReactiveControllerHost,
    private readonly opts: HubConnectionOptions = {},
  ) {
    if (host) {
      this.hosts.add(host);
      host.addController(this);
    }
  }

  hostConnected(): void {
    this.connect();
  }

  hostDisconnected(): void {
    this.disconnect();
  }

  connect(): void {
    if (this.socket) return;
    const maxDelay = this.opts.maxDelayMs ?? 3000;
    const options = {
      transports: ['websocket', 'polling'],
      reconnection: true,
      reconnectionAttempts: Infinity,
      reconnectionDelay: 500,
      reconnectionDelayMax: maxDelay,
      randomizationFactor: 0.3,
      timeout: 5000,
      auth: this.opts.ticket ? { ticket: this.opts.ticket } : undefined,
    };
    const socket: HubSocket = this.opts.url ? io(this.opts.url, options) : io(options);
    this.socket = socket;

    socket.on('connect', () => {
      this.retryDelay = 500;
      // The hub tells a new socket only when it is NOT writable; forget what an old one said.
      this.health = null;
      this.setStatus('online');
      // The hub sends `state` on connect; ask for it ourselves if it does not come.
      this.armSnapshotTimer();
    });
    socket.on('disconnect', (reason) => {
      this.lostLink();
      // A server-side disconnect is not retried by socket.io itself; we always want the hub back.
      if (reason === 'io server disconnect') this.scheduleRetry();
    });
    socket.on('connect_error', () => {
      this.lostLink();
      if (!socket.active) this.scheduleRetry(); // refused by a middleware: socket.io gives up
    });
    socket.on('state', (s) => this.setState(s as S));
    for (const name of NUMBERED_EVENTS) socket.on(name, (e) => this.onNumbered(name, e));
    socket.on('printer:updated', (p) => {
      this.printers.set(p.id, p);
      this.emit('printer:updated', p);
      this.changed();
    });
    socket.on('ticket:mine', (t) => {
      this.mine = t;
      this.emit('ticket:mine', t);
      this.changed();
    });
    socket.on('ticket:print', (p) => {
      // Not numbered (print outcomes are not queue state): patched into a staff state's tickets.
      const s = this.state as (S & { tickets?: StaffTicket[] }) | null;
      if (s?.tickets) this.state = { ...s, tickets: s.tickets.map((t) => (t.id === p.id ? { ...t, print: p.print } : t)) };
      this.emit('ticket:print', p);
      this.changed();
    });
    socket.on('hub:health', (h) => {
      this.health = h;
      this.emit('hub:health', h);
      this.changed();
    });
  }

  /** Closes the socket and every timer; the object can connect() again later. */
  disconnect(): void {
    this.clearTimers();
    this.pending = null;
    if (!this.socket) return;
    this.socket.removeAllListeners();
    this.socket.disconnect();
    this.socket = null;
  }

  /** Subscribes to one event; returns the unsubscribe function. */
  on<E extends keyof HubEvents<S>>(name: E, fn: HubEvents<S>[E]): () => void {
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    set.add(fn as Listener);
    return () => set.delete(fn as Listener);
  }

  /** Called after anything visible changed (state, status, printers, mine, health). */
  subscribe(fn: () => void): () => void {
    this.changeListeners.add(fn);
    return () => this.changeListeners.delete(fn);
  }

  /** Asks the hub for a whole snapshot; events meanwhile are held and replayed on top. */
  requestSnapshot(): void {
    const socket = this.socket;
    if (!socket?.connected || this.pending) return;
    this.pending = [];
    const timeoutMs = this.opts.snapshotTimeoutMs ?? 5000;
    socket.timeout(timeoutMs).emit('snapshot', (err, s) => {
      if (socket !== this.socket) return;
      if (err) {
        this.pending = null;
        if (socket.connected) this.requestSnapshot(); // no answer: ask again
        return;
      }
      this.setState(s as S);
    });
  }

  /** The server's clock, corrected by the offset seen in the last snapshot. */
  serverNow(): number {
    return Date.now() + this.clockOffsetMs;
  }

  private setState(s: S): void {
    this.clearSnapshotTimer();
    const held = this.pending ?? [];
    this.pending = null;
    this.state = s;
    const serverNow = Date.parse(s.now);
    if (Number.isFinite(serverNow)) this.clockOffsetMs = serverNow - Date.now();
    this.emit('state', s);
    this.changed();
    for (const e of held) this.apply(e.name, e.event);
  }

  private onNumbered(name: NumberedEventName, e: LiveEvent): void {
    if (this.pending) this.pending.push({ name, event: e });
    else this.apply(name, e);
  }

  private apply(name: NumberedEventName, e: LiveEvent): void {
    if (!this.state) return; // the snapshot on its way will include it
    const r = applyLiveEvent(this.state, e);
    if (r.gap) {
      this.requestSnapshot();
      this.pending?.push({ name, event: e }); // replayed after the snapshot
      return;
    }
    if (r.state === this.state) return; // an old event
    this.state = r.state;
    this.emit(name, e);
    this.changed();
  }

  private lostLink(): void {
    this.clearSnapshotTimer();
    this.pending = null;
    if (this.status === 'offline') return;
    this.offlineSince = Date.now();
    this.setStatus('offline');
  }

  private scheduleRetry(): void {
    if (this.retryTimer) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(delay * 2, this.opts.maxDelayMs ?? 3000);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.socket?.connect();
    }, delay);
  }

  private armSnapshotTimer(): void {
    this.clearSnapshotTimer();
    this.snapshotTimer = setTimeout(() => {
      this.snapshotTimer = null;
      this.requestSnapshot();
    }, this.opts.snapshotTimeoutMs ?? 1500);
  }

  private clearSnapshotTimer(): void {
    if (this.snapshotTimer) clearTimeout(this.snapshotTimer);
    this.snapshotTimer = null;
  }

  private clearTimers(): void {
    this.clearSnapshotTimer();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private setStatus(s: ConnectionStatus): void {
    if (s === 'online') this.offlineSince = null;
    this.status = s;
    this.emit('status', s);
    this.changed();
  }

  private emit(name: string, ...args: unknown[]): void {
    const set = this.listeners.get(name);
    if (set) for (const fn of set) (fn as (...a: unknown[]) => void)(...args);
  }

  private changed(): void {
    for (const h of this.hosts) h.requestUpdate();
    for (const fn of this.changeListeners) fn();
  }
}
