// The address phones on the LAN can reach the hub at, for QR codes when no public URL is set:
// the address it listens on, or for 0.0.0.0 / :: its first LAN IPv4 address.
import { networkInterfaces } from 'node:os';

export function lanUrl(host: string, port: number): string {
  if (host !== '0.0.0.0' && host !== '::' && host !== '') return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return `http://${a.address}:${port}`;
  }
  return `http://localhost:${port}`;
}
