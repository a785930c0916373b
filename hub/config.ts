// The hub's environment, read and checked once. An invalid value stops the hub with a message
// that names the variable and what it accepts.
import { DEFAULT_HASH_COST, MAX_HASH_COST, MIN_HASH_COST } from './auth/passwords.js';
import { join, resolve } from 'node:path';
import { parsePrinterSpec } from '../printer/printer-spec.js';
import { PACKAGE_ROOT } from './package-root.js';
import { isValidTimeZone } from './queue/local-time.js';
import { parseAllowedOrigins } from './http/origin-check.js';
import { LOG_LEVELS, type LogLevel } from './logger.js';

export interface HubConfig {
  port: number;
  host: string;
  dataDir: string;
  /** Only on first start, to create `admin`. Never logged. */
  adminPassword: string | undefined;
  /** Raw PRINTER value; printer/ parses it. */
  printer: string;
  timezone: string;
  /** Tickets per minute one address may take per service without a device key; 0 turns the
   * limit off; null = the admin's setting rules. */
  ticketRateLimit: number | null;
  /** log2 of scrypt's N for new password hashes (PASSWORD_HASH_COST, 14..18, default 17). */
  passwordHashCost: number;
  /** Live connections one address may hold (SOCKETS_PER_ADDRESS); 0 = no cap. */
  socketsPerAddress: number;
  /** Folder of the built apps. */
  distDir: string;
  /** Survey answers per minute one address may send; 0 turns the limit off. */
  surveyRateLimit: number;
  /** Bookings per minute one address may make; 0 turns the limit off. */
  bookingRateLimit?: number;
  /** Failed booking-code lookups (unknown or malformed) per 10 minutes one address may make; 0 = off. */
  bookingGuessLimit?: number;
  /** Origins besides the hub's own that may send state-changing requests (a front proxy). */
  allowedOrigins: string[];
  /** LOG_LEVEL: fatal, error, warn, info (default), debug, trace, silent. */
  logLevel: LogLevel;
  /** BACKUP_DIR: where backups go (default DATA_DIR/backups). */
  backupDir: string;
  /** BACKUP_KEEP: nightly backups kept; 0 turns nightly backups off. */
  backupKeep: number;
  /** BACKUP_TIME: local site time HH:MM of the nightly backup. */
  backupTime: string;
  /** DATABASE_URL: postgres://... selects the PostgreSQL store (docs/postgres.md); unset = embedded store in DATA_DIR. */
  databaseUrl?: string;
  /** SITE: the site this hub serves in a shared database (a slug; default `default`). */
  site: string;
  /** LEASE_TIMEOUT_MS: how long a silent writer keeps the site before a standby takes over (PostgreSQL). */
  leaseTimeoutMs: number;
  /** HUB_URL: this hub's address for the other hubs of its site (default http://<LAN address>:PORT). */
  hubUrl?: string;
}

export class ConfigError extends Error {}

function intEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name}=${raw} is invalid: expected a whole number from ${min} to ${max}`);
  return n;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  const timezone = env.TIMEZONE || 'Asia/Makassar';
  if (!isValidTimeZone(timezone)) throw new ConfigError(`TIMEZONE=${timezone} is not a time zone this system knows (e.g. Asia/Makassar, Asia/Jakarta, Asia/Jayapura)`);
  const printer = env.PRINTER || 'none';
  try {
    parsePrinterSpec(printer);
  } catch (err) {
    throw new ConfigError(`PRINTER=${printer} is invalid: ${(err as Error).message}`);
  }
  const adminPassword = env.ADMIN_PASSWORD || undefined;
  if (adminPassword !== undefined && adminPassword.length < 8) throw new ConfigError('ADMIN_PASSWORD is too short: use at least 8 characters');
  const host = env.HOST || '0.0.0.0';
  let allowedOrigins: string[];
  try {
    allowedOrigins = parseAllowedOrigins(env.ALLOWED_ORIGINS);
  } catch (err) {
    throw new ConfigError(`ALLOWED_ORIGINS is invalid: ${(err as Error).message}`);
  }
  const logLevel = (env.LOG_LEVEL || 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) throw new ConfigError(`LOG_LEVEL=${env.LOG_LEVEL} is invalid: expected one of ${LOG_LEVELS.join(', ')}`);
  const backupTime = env.BACKUP_TIME || '02:30';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(backupTime)) throw new ConfigError(`BACKUP_TIME=${backupTime} is invalid: expected HH:MM (24-hour, site time), e.g. 02:30`);
  const dataDir = resolve(env.DATA_DIR || './data');
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new ConfigError('DATABASE_URL is invalid: expected postgres://user@host:port/database');
  const site = env.SITE || 'default';
  if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(site)) throw new ConfigError(`SITE=${site} is invalid: expected a slug (a-z, 0-9 and -, up to 40 characters), e.g. rutan-balikpapan`);
  return {
    port: intEnv(env, 'PORT', 3000, 0, 65535),
    host,
    dataDir,
    adminPassword,
    printer,
    timezone,
    ticketRateLimit: env.TICKET_RATE_LIMIT ? intEnv(env, 'TICKET_RATE_LIMIT', 0, 0, 1_000_000) : null,
    socketsPerAddress: intEnv(env, 'SOCKETS_PER_ADDRESS', 50, 0, 100_000),
    passwordHashCost: intEnv(env, 'PASSWORD_HASH_COST', DEFAULT_HASH_COST, MIN_HASH_COST, MAX_HASH_COST),
    distDir: resolve(env.GILIRAN_DIST || join(PACKAGE_ROOT, 'dist')),
    surveyRateLimit: intEnv(env, 'SURVEY_RATE_LIMIT', 30, 0, 1_000_000),
    bookingRateLimit: intEnv(env, 'BOOKING_RATE_LIMIT', 20, 0, 1_000_000),
    bookingGuessLimit: intEnv(env, 'BOOKING_GUESS_LIMIT', 30, 0, 1_000_000),
    allowedOrigins,
    logLevel: logLevel as LogLevel,
    backupDir: resolve(env.BACKUP_DIR || resolve(dataDir, 'backups')),
    backupKeep: intEnv(env, 'BACKUP_KEEP', 14, 0, 3650),
    backupTime,
    databaseUrl,
    site,
    leaseTimeoutMs: intEnv(env, 'LEASE_TIMEOUT_MS', 3000, 500, 60_000),
    hubUrl: env.HUB_URL || undefined,
  };
}
