// socket.io: a snapshot on connect, then numbered events. Public sockets (boards, kiosks, phones)
// sit in the 'public' room and get public payloads only; staff sockets, authenticated by their
// session, sit in 'staff' and get the same payloads with a staff part. The only thing any socket
// may send is a request for a fresh snapshot.
//
// Nothing a client does may grow the hub without bound (docs/security.md): connections per
// address are capped, snapshots are answered one at a time and about once a second per socket,
// a socket whose unsent data passes a bound is cut, phone pages join only for a ticket that
// exists (a few sockets per ticket) and each watched ticket's view is computed once per
// broadcast. A staff socket lives only as long as its session: it is cut when the session ends
// (logout, disabled user, new password or role, an admin ending it, expiry) and re-checked
// before staff data goes out.
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { ClientToServerEvents, PrinterStatusView, ServerToClientEvents } from '../../protocol/live.js';
import type { PublicState } from '../../protocol/public.js';
import type { StaffState } from '../../protocol/staff.js';
import type { PrintOutcome } from '../../protocol/ticket.js';
import { ticketIdParam } from '../../protocol/rest.js';
import type { AuthService, Session } from '../auth/auth-service.js';
import { tokenFromHeaders } from '../auth/request-token.js';
import type { Clock, QueueEngine } from '../engine/queue-engine.js';
import type { DomainEvent } from '../queue/events.js';
import { peopleAheadAll } from '../queue/ordering.js';
import { publicTicketById, toStaffState } from '../queue/staff-view.js';
import { toPublicState } from '../queue/views.js';
import { eventToLive, mergeChange } from './event-to-live.js';

type GSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type Ack = (state: PublicState | StaffState) => void;
interface SocketData {
  session: Session | null;
  ticketId: string | null;
  lastSnapshotAt: number;
  /** The one snapshot request waiting for its turn; later ones while it waits are dropped. */
  pendingAck: Ack | null;
  pendingTimer: NodeJS.Timeout | null;
}

export interface LiveLimits {
  /** Engine.io connections one address may hold; 0 = no cap. */
  socketsPerAddress: number;
  /** Phone pages (sockets) that may watch one ticket. */
  socketsPerTicket: number;
  /** Least time between two snapshots sent to one socket. */
  snapshotIntervalMs: number;
  /** Data queued for a socket but not yet sent; past this the client is not reading: cut it. */
  maxUnsentBytes: number;
  /** A snapshot waits while more than this is still unsent to the socket. */
  snapshotBacklogBytes: number;
}

export const DEFAULT_LIVE_LIMITS: LiveLimits = {
  socketsPerAddress: 50,
  socketsPerTicket: 5,
  snapshotIntervalMs: 1000,
  maxUnsentBytes: 4 * 1024 * 1024,
  snapshotBacklogBytes: 256 * 1024,
};

export interface LiveDeps {
  engine: QueueEngine;
  auth: AuthService;
  clock: Clock;
  printOutcome: (ticketId: string) => PrintOutcome;
  printerStatus: () => PrinterStatusView[];
  limits?: Partial<LiveLimits>;
}

export function staffState(deps: LiveDeps, session: Session): StaffState {
  return toStaffState(deps.engine.state, deps.clock.now(), deps.printOutcome, session);
}

export function publicTicket(deps: LiveDeps, id: string) {
  return publicTicketById(deps.engine.state, id, deps.printOutcome);
}

/** Bytes queued for an engine.io connection and not yet handed to the network. */
interface EngineSocketLike {
  writeBuffer?: { data?: unknown }[];
  transport?: { socket?: { bufferedAmount?: number } };
  close(): void;
}
function unsentBytes(conn: EngineSocketLike): number {
  let n = conn.transport?.socket?.bufferedAmount ?? 0;
  for (const p of conn.writeBuffer ?? []) {
    const d = p.data;
    n += typeof d === 'string' ? d.length : d instanceof ArrayBuffer || ArrayBuffer.isView(d) ? d.byteLength : 0;
  }
  return n;
}

/**
 * The client's address: the peer, or behind a proxy on this machine (the hub trusts loopback
 * proxies, as express does with 'trust proxy' = loopback) the address that proxy appended.
 */
function addressOf(req: IncomingMessage): string {
  const peer = req.socket.remoteAddress ?? '?';
  const forwarded = req.headers['x-forwarded-for'];
  if (typeof forwarded !== 'string' || !/^(127\.|::1$|::ffff:127\.)/.test(peer)) return peer;
  return forwarded.split(',').at(-1)!.trim() || peer;
}

const phoneRoom = (ticketId: string) => `t:${ticketId}`;

export function createLive(server: HttpServer, deps: LiveDeps) {
  const limits: LiveLimits = { ...DEFAULT_LIVE_LIMITS, ...deps.limits };
  const perAddress = new Map<string, number>();
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(server, {
    serveClient: false,
    maxHttpBufferSize: 16 * 1024,
    pingInterval: 10_000,
    pingTimeout: 5_000,
    // Refused before any socket state is made for it.
    allowRequest: (req, cb) => cb(null, limits.socketsPerAddress === 0 || (perAddress.get(addressOf(req)) ?? 0) < limits.socketsPerAddress),
  });
  io.engine.on('connection', (conn: EngineSocketLike & { request: IncomingMessage; once(e: 'close', cb: () => void): void }) => {
    const addr = addressOf(conn.request);
    perAddress.set(addr, (perAddress.get(addr) ?? 0) + 1);
    conn.once('close', () => {
      const n = (perAddress.get(addr) ?? 1) - 1;
      if (n > 0) perAddress.set(addr, n);
      else perAddress.delete(addr);
    });
  });

  /** Tickets watched by phone pages: the JSON last sent to each, so unchanged views are not resent. */
  const watched = new Map<string, string>();

  /** The socket's session if it is still valid; a staff socket whose session ended is cut. */
  const liveSession = (socket: GSocket): Session | null | false => {
    const held = socket.data.session;
    if (!held) return null;
    const now = deps.auth.sessionById(held.id);
    if (now) return (socket.data.session = now);
    socket.disconnect(true);
    return false;
  };

  const snapshotFor = (socket: GSocket): PublicState | StaffState | null => {
    const session = liveSession(socket);
    if (session === false) return null;
    return session ? staffState(deps, session) : toPublicState(deps.engine.state, deps.clock.now());
  };

  const answerSnapshot = (socket: GSocket) => {
    const d = socket.data;
    d.pendingTimer = null;
    const ack = d.pendingAck;
    if (!ack || socket.disconnected) return;
    const wait = d.lastSnapshotAt + limits.snapshotIntervalMs - Date.now();
    // One in flight: the last one must have left before the next is made.
    const busy = unsentBytes(socket.conn as unknown as EngineSocketLike) > limits.snapshotBacklogBytes;
    if (wait > 0 || busy) {
      d.pendingTimer = setTimeout(() => answerSnapshot(socket), Math.max(wait, 100));
      return;
    }
    d.pendingAck = null;
    d.lastSnapshotAt = Date.now();
    const snap = snapshotFor(socket);
    if (snap) ack(snap);
  };

  const sendMine = (socket: GSocket) => {
    const id = socket.data.ticketId;
    const t = id ? publicTicket(deps, id) : null;
    if (t) socket.emit('ticket:mine', t);
  };

  io.on('connection', (raw) => {
    const socket = raw as GSocket;
    const session = deps.auth.session(tokenFromHeaders(socket.handshake.headers) ?? authToken(socket));
    const wanted = (socket.handshake.auth as { ticket?: unknown } | undefined)?.ticket;
    // A phone page watches its ticket only if the ticket exists today, and only a few per ticket.
    const known = typeof wanted === 'string' && ticketIdParam.safeParse(wanted).success && deps.engine.state.tickets.has(wanted);
    const room = known ? phoneRoom(wanted) : null;
    const ticketId = room && (io.of('/').adapter.rooms.get(room)?.size ?? 0) < limits.socketsPerTicket ? (wanted as string) : null;
    socket.data = { session, ticketId, lastSnapshotAt: Date.now(), pendingAck: null, pendingTimer: null };
    socket.join(session ? 'staff' : 'public');
    if (ticketId) {
      socket.join(phoneRoom(ticketId));
      if (!watched.has(ticketId)) watched.set(ticketId, '');
    }
    socket.emit('state', session ? staffState(deps, session) : toPublicState(deps.engine.state, deps.clock.now()));
    for (const p of deps.printerStatus()) socket.emit('printer:updated', p);
    if (!deps.engine.isWritable) socket.emit('hub:health', deps.engine.health);
    sendMine(socket);
    socket.on('snapshot', (ack) => {
      if (typeof ack !== 'function' || socket.data.pendingAck) return;
      socket.data.pendingAck = ack;
      answerSnapshot(socket);
    });
    socket.on('disconnect', () => {
      if (socket.data.pendingTimer) clearTimeout(socket.data.pendingTimer);
      socket.data.pendingAck = null;
      if (ticketId && !io.of('/').adapter.rooms.get(phoneRoom(ticketId))?.size) watched.delete(ticketId);
    });
  });

  const staffSockets = (): GSocket[] => [...(io.of('/').adapter.rooms.get('staff') ?? [])].map((id) => io.sockets.sockets.get(id) as GSocket).filter(Boolean);
  /** Cuts staff sockets whose session ended; true when any staff socket is left. */
  const pruneStaff = (): boolean => {
    let left = false;
    for (const s of staffSockets()) if (liveSession(s)) left = true;
    return left;
  };

  const updatePhones = () => {
    if (watched.size === 0) return;
    const state = deps.engine.state;
    const ahead = peopleAheadAll(state);
    for (const [id, last] of watched) {
      const view = publicTicketById(state, id, deps.printOutcome, ahead.get(id) ?? 0);
      if (!view) continue;
      const json = JSON.stringify(view);
      if (json === last) continue;
      watched.set(id, json);
      io.to(phoneRoom(id)).emit('ticket:mine', view);
    }
  };

  // One message per change (mergeChange); socket.io encodes each broadcast once per room.
  const broadcast = (changes: DomainEvent[][]) => {
    const now = deps.clock.now();
    const staffLeft = pruneStaff();
    let snapshotSent = false;
    for (const change of changes) {
      const msg = mergeChange(change.map((e) => eventToLive(deps.engine.state, e, now, deps.printOutcome)));
      if (msg.kind === 'numbered') {
        io.to('public').emit(msg.name, msg.public);
        if (staffLeft) io.to('staff').emit(msg.name, msg.staff);
      } else if (!snapshotSent) {
        // Built from the state after every change of this flush: one is enough.
        snapshotSent = true;
        io.to('public').emit('state', toPublicState(deps.engine.state, now));
        for (const sock of staffSockets()) if (sock.data.session) sock.emit('state', staffState(deps, sock.data.session));
      }
    }
    updatePhones();
  };
  deps.engine.on('changes', broadcast);
  const onHealth = (h: { writable: boolean; message: string }) => io.emit('hub:health', h);
  deps.engine.on('health', onHealth);

  // Sessions that end close their sockets at once; expiry is found by a timer.
  const offEnded = deps.auth.onSessionsEnded((ids) => {
    for (const s of staffSockets()) if (s.data.session && ids.has(s.data.session.id)) s.disconnect(true);
  });
  const sweep = setInterval(() => {
    // A client that does not read its socket is cut before it costs the hub its memory.
    const clients = (io.engine as unknown as { clients: Record<string, EngineSocketLike> }).clients;
    for (const conn of Object.values(clients)) {
      if (unsentBytes(conn) > limits.maxUnsentBytes) conn.close();
    }
    pruneStaff();
  }, 1000);
  sweep.unref();
  const expire = setInterval(() => void deps.auth.sweep().catch(() => {}), 15_000);
  expire.unref();

  return {
    io,
    printerUpdated(p: PrinterStatusView) {
      io.emit('printer:updated', p);
    },
    /** Sends a ticket's changed print outcome to staff and to the phone watching it. */
    printOutcomeChanged(ticketId: string) {
      if (watched.has(ticketId)) {
        const view = publicTicket(deps, ticketId);
        if (view) {
          watched.set(ticketId, JSON.stringify(view));
          io.to(phoneRoom(ticketId)).emit('ticket:mine', view);
        }
      }
      const t = deps.engine.state.tickets.get(ticketId);
      if (t && pruneStaff()) io.to('staff').emit('ticket:print', { id: t.id, number: t.number, print: deps.printOutcome(ticketId) });
    },
    async close() {
      clearInterval(sweep);
      clearInterval(expire);
      offEnded();
      deps.engine.off('changes', broadcast);
      deps.engine.off('health', onHealth);
      await new Promise<void>((resolve) => io.close(() => resolve()));
    },
  };
}

function authToken(socket: GSocket): string | undefined {
  const t = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
  return typeof t === 'string' ? t : undefined;
}
