// Builds a hub: engine, auth, HTTP routes, live sockets, printing side effects. main.ts and the
// tests both use it, so the tests run exactly what users run.
import { createServer, type Server } from 'node:http';
import express from 'express';
import helmet from 'helmet';
import type { PrinterStatusView } from '../protocol/live.js';
import type { PrintOutcome } from '../protocol/ticket.js';
import { AuditChain } from './audit/audit-chain.js';
import { AuthService, DEFAULT_SESSION_POLICY, type SessionPolicy } from './auth/auth-service.js';
import type { HubConfig } from './config.js';
import type { HubContext } from './context.js';
import type { PrintService, PrintSettings } from '../printer/print-service.js';
import type { PrinterFactory } from './printer-from-env.js';
import { printableTicket } from './printable-ticket.js';
import { lanUrl } from './lan-address.js';
import { printerRoutes } from './http/printer-routes.js';
import { defaultSite } from './default-site.js';
import { DeviceRegistry } from './devices/device-registry.js';
import { QueueEngine, type Clock } from './engine/queue-engine.js';
import { adminRoutes } from './http/admin-routes.js';
import { appPages } from './http/app-pages.js';
import { authRoutes } from './http/auth-routes.js';
import { passwordRoutes } from './http/password-routes.js';
import { errorHandler, notFoundHandler } from './http/errors.js';
import { officerRoutes } from './http/officer-routes.js';
import { originCheck, staffHandshakeOriginCheck } from './http/origin-check.js';
import { reportRoutes } from './http/report-routes.js';
import { auditVerifyRoutes } from './http/audit-verify-routes.js';
import { supervisorRoutes } from './http/supervisor-routes.js';
import { ticketRoutes } from './http/ticket-routes.js';
import { createLive, type LiveDeps, type LiveLimits } from './live/live-server.js';
import { surveyRoutes } from './http/survey-routes.js';
import { visitRoutes } from './http/visit-routes.js';
import { bookingRoutes } from './http/booking-routes.js';
import { bookingReportRoutes } from './http/booking-report-routes.js';
import { localDate } from './queue/local-time.js';
import type { DomainEvent } from './queue/events.js';
import { checkDataFiles } from './store/check-data-files.js';
import { embeddedProbe, hubName, openStore, type OpenedStore } from './store/open-store.js';
import { SiteRole } from './engine/site-role.js';
import { writeForwarding } from './http/write-forwarding.js';
import type { Store } from './store/store.js';
import { createLogger, logLine, type Logger } from './logger.js';
import { HubMetrics } from './ops/hub-metrics.js';
import { opsRoutes } from './http/ops-routes.js';
import type { Server as SocketServer } from 'socket.io';
import { PrintAgentRelay } from './print-agent/agent-relay.js';
import { withPrintAgents } from './print-agent/with-print-agents.js';

export interface CreateHubOptions {
  config: HubConfig;
  store?: Store;
  /** A print service, or a factory that gets the live print settings (PRINTER from env). */
  printer?: PrintService | PrinterFactory | null;
  clock?: Clock;
  log?: (msg: string) => void;
  /** Overrides of the live sockets' limits (tests); SOCKETS_PER_ADDRESS comes from config. */
  liveLimits?: Partial<LiveLimits>;
  /** Structured logger; when `log` is not given it writes the hub's lines too. */
  logger?: Logger;
}

export interface Hub {
  app: express.Express;
  server: Server;
  io: ReturnType<typeof createLive>['io'];
  ctx: HubContext;
  metrics: HubMetrics;
  /**
   * Resolves once the server listens: the generated first password of `admin` (print it once), or
   * null (users exist, or ADMIN_PASSWORD chose it). Never resolves when listening fails, so a
   * failed first start creates nobody.
   */
  generatedAdminPassword: Promise<string | null>;
  close(): Promise<void>;
}

const systemClock: Clock = { now: () => new Date() };

export async function createHub(opts: CreateHubOptions): Promise<Hub> {
  const { config } = opts;
  const log = opts.log ?? logLine(opts.logger ?? createLogger(config.logLevel));
  const clock = opts.clock ?? systemClock;
  const metrics = new HubMetrics();
  const opened: OpenedStore = opts.store ? { store: opts.store, probeWrite: embeddedProbe(config.dataDir), postgres: null } : await openStore(config, log);
  const store = metrics.timeStore(opened.store);
  const engine = new QueueEngine(store, clock, defaultSite(config.timezone), opened.probeWrite);
  // PostgreSQL: the site lease makes this hub the writer or a standby that follows it (docs/postgres.md).
  const role = opened.postgres && config.databaseUrl ? new SiteRole({ url: config.databaseUrl, store: opened.postgres, engine, name: hubName(), leaseTimeoutMs: config.leaseTimeoutMs, log }) : null;
  if (role) await role.start();
  else await engine.load();
  await checkDataFiles(store, config.dataDir, engine.state.day);
  if (!(await store.readConfig())) await store.writeConfig(engine.state.config);
  const sessionPolicy = (): SessionPolicy => {
    const s = engine.state.config.settings;
    return { idleMinutes: s.sessionIdleMinutes ?? DEFAULT_SESSION_POLICY.idleMinutes, lifetimeHours: s.sessionLifetimeHours ?? DEFAULT_SESSION_POLICY.lifetimeHours };
  };
  const auth = new AuthService(store, () => clock.now(), sessionPolicy, config.passwordHashCost);
  await auth.load();
  role?.onAuthChanged(() => auth.load());
  const devices = new DeviceRegistry(store, () => clock.now());
  await devices.load();

  // Unset in a fresh install: the hub's own LAN address, so phones can open the QR link.
  engine.runtime.publicUrlFallback = lanUrl(config.host, config.port);
  const printSettings = (): PrintSettings => {
    const s = engine.state.config.settings;
    return { siteName: s.siteName, timezone: s.timezone, publicUrl: s.publicUrl || engine.runtime.publicUrlFallback, ticketFooter: s.ticketFooter, paperWidth: s.paperWidth ?? 80 };
  };
  const ownPrinter = typeof opts.printer === 'function' ? opts.printer(printSettings) : (opts.printer ?? null);
  const printAgents = new PrintAgentRelay({ dataDir: config.dataDir, devices, settings: printSettings, log });
  const printer = ownPrinter && withPrintAgents(ownPrinter, printAgents);

  const auditChain = new AuditChain(store);
  const printOutcome = (id: string): PrintOutcome => printer?.outcome(id) ?? 'none';
  const printerStatus = (): PrinterStatusView[] => printer?.status() ?? [];
  const ctx: HubContext = {
    config,
    engine,
    auth,
    devices,
    store,
    clock,
    printer,
    printOutcome,
    printerStatus,
    async audit(entry) {
      const now = clock.now();
      try {
        await auditChain.append(localDate(now, engine.state.config.settings.timezone), { at: now.toISOString(), ...entry });
      } catch (err) {
        log(`audit entry not written (${(err as Error).message}): ${entry.action}`);
      }
    },
    log,
    sessionPolicy,
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      // LAN over plain HTTP: no upgrade to https, no HSTS.
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null, 'media-src': ["'self'", 'blob:', 'data:'] } },
      strictTransportSecurity: false,
    }),
  );
  app.use(originCheck(config.allowedOrigins));
  if (role) app.use(writeForwarding(role, { log }));
  app.use(express.json({ limit: '64kb' }));

  const liveDeps: LiveDeps = { engine, auth, clock, printOutcome, printerStatus, limits: { socketsPerAddress: config.socketsPerAddress, ...opts.liveLimits } };
  app.get('/healthz', (_req, res) => {
    res.status(engine.isWritable ? 200 : 503).json({ ok: engine.isWritable, seq: engine.state.seq, day: engine.state.day, writable: engine.isWritable, message: engine.health.message });
  });
  app.use(authRoutes(ctx));
  app.use(ticketRoutes(ctx, liveDeps));
  app.use(officerRoutes(ctx, liveDeps));
  app.use(adminRoutes(ctx));
  app.use(printerRoutes(ctx));
  app.use(reportRoutes(ctx));
  app.use(surveyRoutes(ctx));
  app.use(visitRoutes(ctx));
  app.use(bookingRoutes(ctx, liveDeps), bookingReportRoutes(ctx));
  app.use(auditVerifyRoutes(ctx));
  app.use(supervisorRoutes(ctx));
  app.use(passwordRoutes(ctx));
  app.use(opsRoutes(ctx, metrics));
  app.use('/api', notFoundHandler);
  app.use(appPages(config.distDir));
  app.use(notFoundHandler);
  app.use(errorHandler(log));

  const server = createServer(app);
  const generatedAdminPassword = new Promise<string | null>((resolve, reject) => {
    server.once('listening', () => auth.ensureAdmin(config.adminPassword).then(resolve, reject));
  });
  generatedAdminPassword.catch((e) => log(`first admin not created: ${(e as Error).message}`));
  server.on('listening', () => {
    const addr = server.address();
    if (typeof addr === 'object' && addr) engine.runtime.publicUrlFallback = lanUrl(addr.address, addr.port);
    if (role && typeof addr === 'object' && addr) void role.setOwnUrl(config.hubUrl ?? lanUrl(addr.address, addr.port));
  });
  const live = createLive(server, liveDeps);
  live.io.use(staffHandshakeOriginCheck(config.allowedOrigins));
  printAgents.attach(live.io as unknown as SocketServer);
  const detachMetrics = metrics.attach({ engine, io: () => live.io, printerStatus });

  // Side effects follow durable events and never block them.
  const sideEffects = (events: DomainEvent[]) => {
    if (!printer) return;
    for (const e of events) {
      if (e.type !== 'ticket.issued') continue;
      const t = engine.state.tickets.get(e.ticket.id);
      const printable = t && printableTicket(engine.state, t, e.device);
      if (printable) printer.enqueue(printable);
    }
  };
  engine.on('events', sideEffects);
  const unsubscribe = printer
    ? [printer.onStatus((s) => live.printerUpdated(s)), printer.onOutcome((id) => live.printOutcomeChanged(id))]
    : [];
  if (printer) await printer.start();

  // Midnight passes while the hub runs: roll the day over without waiting for a command.
  const rolloverTimer = setInterval(() => void engine.rolloverIfDue().catch((e) => log(`rollover failed: ${(e as Error).message}`)), 15_000);
  rolloverTimer.unref();

  let closing: Promise<void> | null = null;
  return {
    app,
    server,
    io: live.io,
    ctx,
    metrics,
    generatedAdminPassword,
    close() {
      closing ??= (async () => {
        clearInterval(rolloverTimer);
        engine.off('events', sideEffects);
        detachMetrics();
        for (const u of unsubscribe) u();
        // Stop accepting, let requests in flight finish their flush, then close sockets and files.
        await live.close();
        server.closeAllConnections?.();
        await printer?.close();
        await role?.close();
        await engine.close();
      })();
      return closing;
    },
  };
}
