// The one timer the apps use to move clocks, countdowns and "n min ago" forward.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TickController } from '../../ui/tick-controller.js';

/** A stand-in for a LitElement: counts update requests and lets the test connect, update, disconnect. */
class FakeHost implements ReactiveControllerHost {
  updates = 0;
  private controllers: ReactiveController[] = [];
  addController(c: ReactiveController): void {
    this.controllers.push(c);
  }
  removeController(c: ReactiveController): void {
    this.controllers = this.controllers.filter((x) => x !== c);
  }
  requestUpdate(): void {
    this.updates++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
  connect(): void {
    for (const c of this.controllers) c.hostConnected?.();
  }
  /** What Lit does after a render. */
  updated(): void {
    for (const c of this.controllers) c.hostUpdated?.();
  }
  disconnect(): void {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
}

describe('TickController', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-01T08:00:10.000Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('requests an update every period while connected, and none after', () => {
    const host = new FakeHost();
    new TickController(host, { everyMs: 1000 });
    vi.advanceTimersByTime(5000);
    expect(host.updates).toBe(0); // not connected yet
    host.connect();
    vi.advanceTimersByTime(3500);
    expect(host.updates).toBe(3);
    host.disconnect();
    vi.advanceTimersByTime(5000);
    expect(host.updates).toBe(3);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ticks only while its condition holds, checked after each update', () => {
    const host = new FakeHost();
    let running = false;
    const tick = new TickController(host, { everyMs: 1000, while: () => running });
    host.connect();
    vi.advanceTimersByTime(3000);
    expect(host.updates).toBe(0);
    expect(tick.running).toBe(false);
    running = true;
    host.updated();
    vi.advanceTimersByTime(2000);
    expect(host.updates).toBe(2);
    running = false;
    host.updated();
    vi.advanceTimersByTime(5000);
    expect(host.updates).toBe(2);
    expect(tick.running).toBe(false);
  });

  it('wakes just after each minute boundary of the hub-corrected time, re-armed when the offset moves', () => {
    const host = new FakeHost();
    let offset = 0;
    new TickController(host, { minute: true, offsetMs: () => offset });
    host.connect(); // 08:00:10 -> next wake just after 08:01:00
    vi.advanceTimersByTime(49_000);
    expect(host.updates).toBe(0);
    vi.advanceTimersByTime(1_100);
    expect(host.updates).toBe(1);
    vi.advanceTimersByTime(60_000);
    expect(host.updates).toBe(2); // 08:02:00 and a bit
    // The hub says our clock is 30 s behind: the hub's minute turns 30 s sooner.
    offset = 30_000;
    host.updated();
    vi.advanceTimersByTime(31_000);
    expect(host.updates).toBe(3);
  });

  it('runs onTick before the update, and can stop itself from there', () => {
    const host = new FakeHost();
    let left = 3;
    const seen: number[] = [];
    const tick = new TickController(host, {
      everyMs: 250,
      while: () => left > 0,
      onTick: () => {
        left--;
        seen.push(host.updates);
      },
    });
    host.connect();
    vi.advanceTimersByTime(2000);
    expect(left).toBe(0);
    expect(seen).toEqual([0, 1, 2]); // each onTick ran before its own update request
    expect(host.updates).toBe(3);
    expect(tick.running).toBe(false);
  });
});
