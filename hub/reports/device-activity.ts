// What each kiosk did, from the event stream: tickets it issued and when it last issued one.
// A kiosk names itself with `device` on each ticket (its device name in the kiosk settings).
import type { DomainEvent } from '../queue/events.js';

export interface DeviceActivity {
  device: string;
  tickets: number;
  lastAt: string;
}

export function kioskActivity(events: readonly DomainEvent[]): DeviceActivity[] {
  const byDevice = new Map<string, DeviceActivity>();
  for (const e of events) {
    if (e.type !== 'ticket.issued' || !e.device) continue;
    const a = byDevice.get(e.device) ?? { device: e.device, tickets: 0, lastAt: e.at };
    a.tickets += 1;
    if (e.at > a.lastAt) a.lastAt = e.at;
    byDevice.set(e.device, a);
  }
  return [...byDevice.values()].sort((a, b) => a.device.localeCompare(b.device));
}
