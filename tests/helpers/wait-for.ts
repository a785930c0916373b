// Polling instead of sleeping: a test waits for the condition it means, for as long as a busy
// machine needs, and fails with what it was waiting for. The one copy for every test file.

export interface WaitOptions {
  /** Give up after this long (default 10 s: generous on a loaded machine; it only costs time on failure). */
  timeoutMs?: number;
  /** Time between two looks (default 20 ms; slower for conditions that cost a request or a file read). */
  intervalMs?: number;
  /** Named in the timeout error. */
  what?: string;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_INTERVAL_MS = 20;

const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Resolves once `cond` returns something truthy (sync or async); rejects after timeoutMs. */
export async function waitFor(cond: () => unknown, options: WaitOptions = {}): Promise<void> {
  await waitForValue(cond, (v) => !!v, options);
}

/**
 * Polls `get` until `ok` accepts its value and returns that value; the timeout error shows the
 * last value seen (or the last error `get` threw: a hub still starting may refuse a request).
 */
export async function waitForValue<T>(get: () => T | Promise<T>, ok: (value: T) => boolean, options: WaitOptions = {}): Promise<T> {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, intervalMs = DEFAULT_INTERVAL_MS, what = 'the condition' } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let last: string;
    try {
      const value = await get();
      if (ok(value)) return value;
      last = `last value: ${describe(value)}`;
    } catch (err) {
      last = `last error: ${err instanceof Error ? err.message : String(err)}`;
    }
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; ${last}`);
    await pause(intervalMs);
  }
}

function describe(value: unknown): string {
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 300 ? `${text.slice(0, 300)}...` : text;
  } catch {
    return String(value);
  }
}
