// The address phones on the LAN can reach the hub at, for QR codes when no public URL is set.
import { networkInterfaces } from 'node:os';

export function lanUrl(port: number): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return `http://${a.address}:${port}`;
  }
  return `http://localhost:${port}`;
}
