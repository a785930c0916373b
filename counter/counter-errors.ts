// Hub errors on the counter: the sentences come from the one shared translator (ui/error-text.ts);
// what is left here is the counter's own reaction to a lost session.
import { ApiError } from '../ui/api.js';

/** An action that got 401 means the session is gone: back to the login, keeping the counter. */
export function isSessionLost(err: unknown): boolean {
  return err instanceof ApiError && (err.status === 401 || err.code === 'unauthorized');
}
