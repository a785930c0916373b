// The counter this device serves, kept in localStorage so a restart, a reload or an expired
// session lands the officer back at the same counter. Nothing secret is stored here: the session
// itself is the hub's HttpOnly cookie.
const KEY = 'giliran.counter.device';

export function loadCounterChoice(): string | null {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as { counter?: unknown };
    return typeof raw.counter === 'string' && raw.counter ? raw.counter : null;
  } catch {
    return null; // storage blocked or garbage: ask again
  }
}

export function saveCounterChoice(counter: string | null): void {
  try {
    if (counter) localStorage.setItem(KEY, JSON.stringify({ counter }));
    else localStorage.removeItem(KEY);
  } catch {
    /* not remembered, but still used for this page */
  }
}
