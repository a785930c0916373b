// socket.io: a snapshot on connect, then numbered events. Public sockets (boards, kiosks, phones)
// sit in the 'public' room and get public payloads only; staff sockets, authenticated by their
// session, sit in 'staff' and get the same payloads with a staff part. The only thing any socket
// may send is a request for a fresh snapshot.
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { ClientToServerEvents, PrinterStatusView, ServerToClientEvents } from '../../protocol/live.js';
import type { PublicTicket } from '../../protocol/public.js';
import type { StaffState } from '../../protocol/staff.js';
import type { PrintOutcome } from '../../protocol/ticket.js';
import { ticketIdParam } from '../../protocol/rest.js';
import type { AuthService, Session } from '../auth/auth-service.js';
import { tokenFromHeaders } from '../auth/request-token.js';
import type { Clock, QueueEngine } from '../engine/queue-engine.js';
import type { DomainEvent } from '../queue/events.js';
import { toPublicState, toPublicTicket, toStaffTicket } from '../queue/views.js';
import { eventToLive } from './event-to-live.js';

type GSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
interface SocketData {
  session: Session | null;
  ticketId: string | null;
  lastMine: string;
}

/** Finished tickets a staff snapshot still lists, newest first. */
const STAFF_RECENT_DONE = 50;

export interface LiveDeps {
  engine: QueueEngine;
  auth: AuthService;
  clock: Clock;
  printOutcome: (ticketId: string) => PrintOutcome;
  printerStatus: () => PrinterStatusView[];
}

export function staffState(deps: LiveDeps, session: Session): StaffState {
  const { state } = deps.engine;
  const all = [...state.tickets.values()];
  const active = all.filter((t) => t.status === 'waiting' || t.status === 'called' || t.status === 'serving');
  const done = all
    .filter((t) => !active.includes(t))
    .sort((a, b) => ((b.finishedAt ?? '') > (a.finishedAt ?? '') ? 1 : -1))
    .slice(0, STAFF_RECENT_DONE);
  return {
    ...toPublicState(state, deps.clock.now()),
    tickets: [...active, ...done].map((t) => toStaffTicket(t, deps.printOutcome(t.id))),
    me: { username: session.username, role: session.role },
  };
}

export function publicTicket(deps: LiveDeps, id: string): PublicTicket | null {
  const t = deps.engine.state.tickets.get(id);
  return t ? toPublicTicket(deps.engine.state, t, deps.printOutcome(id)) : null;
}

export function createLive(server: HttpServer, deps: LiveDeps) {
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(server, {
    serveClient: false,
    maxHttpBufferSize: 16 * 1024,
    pingInterval: 10_000,
    pingTimeout: 5_000,
  });

  const snapshotFor = (socket: GSocket) => {
    const session = socket.data.session;
    return session ? staffState(deps, session) : toPublicState(deps.engine.state, deps.clock.now());
  };

  const sendMine = (socket: GSocket) => {
    if (!socket.data.ticketId) return;
    const t = publicTicket(deps, socket.data.ticketId);
    if (!t) return;
    const json = JSON.stringify(t);
    if (json === socket.data.lastMine) return;
    socket.data.lastMine = json;
    socket.emit('ticket:mine', t);
  };

  io.on('connection', (raw) => {
    const socket = raw as GSocket;
    const session = deps.auth.session(tokenFromHeaders(socket.handshake.headers) ?? authToken(socket));
    const wanted = (socket.handshake.auth as { ticket?: unknown } | undefined)?.ticket;
    const ticketId = typeof wanted === 'string' && ticketIdParam.safeParse(wanted).success ? wanted : null;
    socket.data = { session, ticketId, lastMine: '' };
    socket.join(session ? 'staff' : 'public');
    if (ticketId) socket.join('phones');
    socket.emit('state', snapshotFor(socket));
    for (const p of deps.printerStatus()) socket.emit('printer:updated', p);
    if (!deps.engine.isWritable) socket.emit('hub:health', deps.engine.health);
    sendMine(socket);
    socket.on('snapshot', (ack) => {
      if (typeof ack === 'function') ack(snapshotFor(socket));
    });
  });

  const broadcast = (events: DomainEvent[]) => {
    const now = deps.clock.now();
    for (const e of events) {
      const msg = eventToLive(deps.engine.state, e, now, deps.printOutcome);
      if (msg.kind === 'numbered') {
        io.to('public').emit(msg.name, msg.public);
        io.to('staff').emit(msg.name, msg.staff);
      } else {
        io.to('public').emit('state', toPublicState(deps.engine.state, now));
        for (const s of io.of('/').adapter.rooms.get('staff') ?? []) {
          const sock = io.sockets.sockets.get(s) as GSocket | undefined;
          if (sock?.data.session) sock.emit('state', staffState(deps, sock.data.session));
        }
      }
    }
    for (const id of io.of('/').adapter.rooms.get('phones') ?? []) {
      const sock = io.sockets.sockets.get(id) as GSocket | undefined;
      if (sock) sendMine(sock);
    }
  };
  deps.engine.on('events', broadcast);
  deps.engine.on('health', (h) => io.emit('hub:health', h));

  return {
    io,
    printerUpdated(p: PrinterStatusView) {
      io.emit('printer:updated', p);
    },
    /** Sends a ticket's changed print outcome to staff and to the phone watching it. */
    printOutcomeChanged(ticketId: string) {
      for (const id of io.of('/').adapter.rooms.get('phones') ?? []) {
        const sock = io.sockets.sockets.get(id) as GSocket | undefined;
        if (sock?.data.ticketId === ticketId) sendMine(sock);
      }
      const t = deps.engine.state.tickets.get(ticketId);
      if (t) io.to('staff').emit('ticket:print', { id: t.id, number: t.number, print: deps.printOutcome(ticketId) });
    },
    async close() {
      deps.engine.off('events', broadcast);
      await new Promise<void>((resolve) => io.close(() => resolve()));
    },
  };
}

function authToken(socket: GSocket): string | undefined {
  const t = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
  return typeof t === 'string' ? t : undefined;
}
