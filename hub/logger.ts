// Structured logs: one JSON line per event on stdout (journald or the service wrapper keeps and
// rotates them), level from LOG_LEVEL. Secrets never reach a line: passwords, tokens, device keys
// and cookies are redacted wherever they appear in a logged object, and callers log ticket
// numbers, never ticket ids (an id is a secret link).
import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const SECRET_KEYS = ['password', 'newPassword', 'passwordHash', 'token', 'deviceKey', 'key', 'authorization', 'cookie', 'idempotencyKey', 'ticketId'];

export function createLogger(level: LogLevel = 'info', destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { app: 'giliran' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: [...SECRET_KEYS, ...SECRET_KEYS.map((k) => `*.${k}`)], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The hub's `log(msg)` seam, written as info lines of `logger`. */
export function logLine(logger: Logger): (msg: string) => void {
  return (msg) => logger.info(msg);
}
