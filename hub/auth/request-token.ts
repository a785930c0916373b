// Where a caller's session token comes from: a bearer token (API clients) or the session cookie
// (browsers). One function for HTTP requests and socket handshakes alike.
export const SESSION_COOKIE = 'giliran_session';

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export function tokenFromHeaders(headers: { authorization?: string; cookie?: string }): string | undefined {
  const auth = headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || undefined;
  return cookieValue(headers.cookie, SESSION_COOKIE);
}
