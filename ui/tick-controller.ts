// Re-renders a Lit host on a clock: every N ms, or on each minute boundary of the (hub-corrected)
// time, while the host is connected and, optionally, only while something is running. The one
// place for the timers that exist only to move a clock, a countdown or an "n min ago" forward.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface TickOptions {
  /** The period in ms (ignored with `minute`). */
  everyMs?: number;
  /** Wake just after each minute boundary of Date.now() + offsetMs() instead (clocks showing HH:MM). */
  minute?: boolean;
  /** The hub's clock offset, for `minute` (re-armed when it changes). */
  offsetMs?: () => number;
  /** Tick only while this holds; checked after every update of the host. Default: always. */
  while?: () => boolean;
  /** Runs before the update is requested (a countdown that acts when it reaches zero). */
  onTick?: () => void;
}

/** Past the boundary by this much, so the new minute is already showing when we render. */
const MINUTE_SLACK_MS = 50;

export class TickController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private connected = false;
  private armedOffset = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: TickOptions,
  ) {
    host.addController(this);
  }

  get running(): boolean {
    return this.timer !== null;
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Starts or stops the timer to match `while`; re-arms a minute clock whose offset moved. */
  sync(): void {
    const wanted = this.connected && (this.options.while?.() ?? true);
    if (!wanted) return this.stop();
    if (this.timer && this.options.minute && this.offset() !== this.armedOffset) this.stop();
    if (!this.timer) this.arm();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private offset(): number {
    return this.options.offsetMs?.() ?? 0;
  }

  private arm(): void {
    this.armedOffset = this.offset();
    const now = Date.now() + this.armedOffset;
    const delay = this.options.minute ? 60_000 - (now % 60_000) + MINUTE_SLACK_MS : Math.max(1, this.options.everyMs ?? 1000);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.options.onTick?.();
      this.host.requestUpdate();
      // Keep going even if the host does not update (nothing changed): hostUpdated re-checks too.
      if (this.connected && !this.timer) this.sync();
    }, delay);
  }
}
