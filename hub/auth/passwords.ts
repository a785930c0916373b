// Password hashing with scrypt (Node's crypto; no native addon). Stored as
// scrypt$N$r$p$salt$hash, so the cost can rise without breaking old hashes: a hash made with an
// older N still verifies with the N it names.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * log2 of N for new hashes: 17 (N=2^17, r=8, p=1: 128 MiB and under a second a hash, OWASP's
 * scrypt minimum). PASSWORD_HASH_COST may set 14..18; the test suite uses 14 to stay fast.
 */
export const DEFAULT_HASH_COST = 17;
export const MIN_HASH_COST = 14;
export const MAX_HASH_COST = 18;
const R = 8;
const P = 1;
const KEYLEN = 32;
/** Room for the largest N allowed (128 * N * r bytes) plus scrypt's own working set. */
const MAXMEM = 320 * 1024 * 1024;
/** Hashes at once, whoever asks: each takes 128 MiB, so a login flood cannot take the memory. */
const PARALLEL = 2;

let running = 0;
const waiting: (() => void)[] = [];

async function limited<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= PARALLEL) await new Promise<void>((r) => waiting.push(r));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function scrypt(password: string, salt: Buffer, keylen: number, opts: ScryptOptions): Promise<Buffer> {
  return limited(
    () => new Promise((resolve, reject) => scryptCb(password, salt, keylen, { ...opts, maxmem: MAXMEM }, (err, key) => (err ? reject(err) : resolve(key)))),
  );
}

export async function hashPassword(password: string, cost = DEFAULT_HASH_COST): Promise<string> {
  const N = 2 ** cost;
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEYLEN, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  // Only parameters we could have written: a tampered file must not make us allocate gigabytes.
  if (!Number.isInteger(Math.log2(cost.N)) || cost.N > 2 ** MAX_HASH_COST || cost.r !== R || cost.p !== P) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, cost);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** True when the hash was made with a lower cost than today's (re-hash it at the next login). */
export function needsRehash(stored: string, cost = DEFAULT_HASH_COST): boolean {
  const n = Number(stored.split('$')[1]);
  return !(n >= 2 ** cost);
}

/** A password a person can type from the console once: 4 groups of 4 letters and digits. */
export function randomPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}
