// "Sudah daftar online": the booking code typed on a large on-screen keypad, typed by a USB barcode
// scanner (keyboard characters then Enter), or read by the camera where the browser offers
// BarcodeDetector. A good code fires `ticket` (the kiosk shows and prints it as any other); every
// other answer is a kind message here, and nothing is issued twice.
import { LitElement, css, html, nothing } from 'lit';
import { BOOKING_CODE_ALPHABET, BOOKING_CODE_LENGTH, normalizeBookingCode } from '../protocol/booking-code.js';
import type { PublicTicket } from '../protocol/public.js';
import type { Lang } from '../ui/i18n.js';
import { baseStyles } from '../ui/theme.js';
import { checkInBooking, type CheckinResult } from './booking-checkin.js';
import { checkinText, type CheckinKey } from './checkin-strings.js';

/** Back to the start when nobody touches the keypad. */
const IDLE_MS = 60_000;

interface Detector {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
type DetectorCtor = new (opts: { formats: string[] }) => Detector;

export class GiliranKioskCheckin extends LitElement {
  static override properties = {
    lang: {},
    device: {},
    deviceKey: {},
    timezone: {},
    code: { state: true },
    busy: { state: true },
    message: { state: true },
    scanning: { state: true },
  };
  static override styles = [
    baseStyles,
    css`
      :host {
        position: fixed;
        inset: 0;
        z-index: 20;
        background: var(--g-bg);
        display: grid;
        grid-template-rows: auto auto auto auto minmax(0, 1fr) auto;
        gap: 2vmin;
        padding: 3vmin 4vmin;
        user-select: none;
      }
      h1 {
        margin: 0;
        font-size: var(--g-text-xl);
      }
      .hint {
        margin: 0;
        font-size: var(--g-text-lg);
        color: var(--g-fg-muted);
      }
      .code {
        display: flex;
        justify-content: center;
        gap: 1.5vmin;
      }
      .code span {
        width: min(12vmin, 13vw);
        height: min(15vmin, 16vw);
        display: grid;
        place-items: center;
        font-family: var(--g-font-num);
        font-size: min(10vmin, 11vw);
        font-weight: 800;
        background: var(--g-surface);
        border-bottom: 6px solid var(--g-surface-2);
        border-radius: 12px;
      }
      .code span.next {
        border-bottom-color: var(--g-accent);
      }
      .keys {
        display: grid;
        grid-template-columns: repeat(8, minmax(0, 1fr));
        grid-auto-rows: minmax(min(9vmin, 80px), 150px);
        gap: 1.2vmin;
        min-height: 0;
        align-content: end;
      }
      .keys button {
        min-height: 0;
        height: 100%;
        background: var(--g-surface-2);
        font-family: var(--g-font-num);
        font-size: var(--g-text-xl);
        font-weight: 800;
      }
      .keys button.fn {
        font-family: var(--g-font);
        font-size: var(--g-text);
        background: var(--g-surface);
      }
      .actions {
        display: flex;
        gap: 2vmin;
      }
      .actions button {
        flex: 1;
        min-height: 96px;
        font-size: var(--g-text-lg);
        font-weight: 800;
        background: var(--g-surface);
      }
      .actions .go {
        flex: 2;
        background: var(--g-accent);
        color: var(--g-accent-fg);
      }
      .actions .go:disabled {
        background: var(--g-disabled-bg);
        color: var(--g-disabled-fg);
      }
      .message {
        font-size: var(--g-text-lg);
        background: var(--g-surface);
        border-left: 10px solid var(--g-warn);
        padding: 2vmin 3vmin;
        border-radius: 12px;
      }
      video {
        max-height: 30vh;
        justify-self: center;
        border-radius: 12px;
      }
    `,
  ];

  override lang: Lang = 'id';
  device = '';
  /** The kiosk's device key ('' = unregistered: the check-in names no device). */
  deviceKey = '';
  timezone = 'Asia/Makassar';
  code = '';
  busy = false;
  message = '';
  scanning = false;
  private idle: ReturnType<typeof setTimeout> | null = null;
  private stream: MediaStream | null = null;
  private scanTimer: ReturnType<typeof setInterval> | null = null;

  private t(key: CheckinKey, vars?: Record<string, string | number>): string {
    return checkinText(this.lang, key, vars);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A USB scanner is a keyboard: listen on the window, so no field needs focus.
    addEventListener('keydown', this.onKey);
    this.addEventListener('pointerdown', this.armIdle);
    this.armIdle();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('keydown', this.onKey);
    this.removeEventListener('pointerdown', this.armIdle);
    if (this.idle) clearTimeout(this.idle);
    this.stopCamera();
  }

  private armIdle = (): void => {
    if (this.idle) clearTimeout(this.idle);
    this.idle = setTimeout(() => this.close(), IDLE_MS);
  };

  private onKey = (e: KeyboardEvent): void => {
    this.armIdle();
    if (e.key === 'Enter') {
      e.preventDefault();
      void this.submit();
    } else if (e.key === 'Backspace') {
      this.erase();
    } else if (e.key === 'Escape') {
      this.close();
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      this.type(e.key);
    }
  };

  private type(chars: string): void {
    const clean = [...normalizeBookingCode(chars)].filter((c) => BOOKING_CODE_ALPHABET.includes(c)).join('');
    if (!clean) return;
    // A scanner's second code or a typo after a full code starts over rather than being ignored.
    const base = this.code.length >= BOOKING_CODE_LENGTH ? '' : this.code;
    this.code = (base + clean).slice(0, BOOKING_CODE_LENGTH);
    this.message = '';
  }

  private erase(): void {
    this.code = this.code.slice(0, -1);
    this.message = '';
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('close', { bubbles: true, composed: true }));
  }

  private async submit(): Promise<void> {
    if (this.busy || this.code.length !== BOOKING_CODE_LENGTH) return;
    this.busy = true;
    this.stopCamera();
    try {
      const r = await checkInBooking(this.code, this.device && this.deviceKey ? { name: this.device, key: this.deviceKey } : null);
      if (r.kind === 'issued') {
        this.dispatchEvent(new CustomEvent<PublicTicket>('ticket', { detail: r.ticket, bubbles: true, composed: true }));
        return;
      }
      this.message = this.explain(r);
      this.code = '';
    } finally {
      this.busy = false;
    }
  }

  private explain(r: Exclude<CheckinResult, { kind: 'issued' }>): string {
    if (r.kind === 'network') return this.t('network');
    if (r.kind === 'used') return this.t('used', { number: r.ticket.number });
    const b = r.booking;
    const time = (iso: string) => new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: this.timezone }).format(new Date(iso));
    const day = (d: string) =>
      new Intl.DateTimeFormat(this.lang === 'id' ? 'id-ID' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
    switch (r.code) {
      case 'booking_not_found':
      case 'validation_failed':
        return this.t('notFound');
      case 'checkin_early':
        return b ? this.t('early', { time: time(b.window.checkInFrom) }) : this.t('generic');
      case 'checkin_late':
        return b ? this.t('late', { end: b.window.end }) : this.t('generic');
      case 'booking_wrong_day':
        return b ? this.t('wrongDay', { day: day(b.day) }) : this.t('generic');
      case 'booking_cancelled':
        return this.t('cancelled');
      case 'booking_used':
        return this.t('usedNoTicket');
      case 'rate_limited':
        return this.t('throttled');
      default:
        return this.t('generic');
    }
  }

  private get detectorCtor(): DetectorCtor | null {
    return ((globalThis as { BarcodeDetector?: DetectorCtor }).BarcodeDetector ?? null) as DetectorCtor | null;
  }

  private async startCamera(): Promise<void> {
    const Ctor = this.detectorCtor;
    if (!Ctor || this.scanning) return;
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user' } });
    } catch {
      return; // no camera or no permission: the keypad still works
    }
    this.scanning = true;
    await this.updateComplete;
    const video = this.renderRoot.querySelector('video')!;
    video.srcObject = this.stream;
    await video.play().catch(() => {});
    const detector = new Ctor({ formats: ['qr_code', 'code_128', 'code_39'] });
    this.scanTimer = setInterval(() => {
      void detector.detect(video).then(
        (found) => {
          const raw = found[0]?.rawValue;
          if (!raw) return;
          this.code = '';
          this.type(raw.slice(-BOOKING_CODE_LENGTH * 2));
          if (this.code.length === BOOKING_CODE_LENGTH) void this.submit();
        },
        () => {},
      );
    }, 400);
  }

  private stopCamera(): void {
    if (this.scanTimer) clearInterval(this.scanTimer);
    this.scanTimer = null;
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = null;
    this.scanning = false;
  }

  override render() {
    const boxes = Array.from({ length: BOOKING_CODE_LENGTH }, (_, i) => this.code[i] ?? '');
    return html`
      <h1>${this.t('title')}</h1>
      <p class="hint">${this.t('hint')}</p>
      <div class="code" aria-live="polite" data-code=${this.code}>
        ${boxes.map((c, i) => html`<span class=${i === this.code.length ? 'next' : ''}>${c}</span>`)}
      </div>
      <div class="middle">
        ${this.message ? html`<div class="message" role="alert">${this.message}</div>` : nothing}
        ${this.scanning ? html`<video muted playsinline></video>` : nothing}
      </div>
      <div class="keys">
        ${[...BOOKING_CODE_ALPHABET].map((c) => html`<button data-key=${c} @click=${() => this.type(c)}>${c}</button>`)}
        <button class="fn" data-key="erase" @click=${() => this.erase()}>${this.t('erase')}</button>
      </div>
      <div class="actions">
        <button @click=${() => this.close()}>${this.t('back')}</button>
        ${this.detectorCtor ? html`<button @click=${() => (this.scanning ? this.stopCamera() : this.startCamera())}>${this.t(this.scanning ? 'cameraStop' : 'camera')}</button>` : nothing}
        <button class="go" id="checkin-submit" ?disabled=${this.busy || this.code.length !== BOOKING_CODE_LENGTH} @click=${() => this.submit()}>
          ${this.busy ? this.t('checking') : this.t('submit')}
        </button>
      </div>
    `;
  }
}

/** The start screen's entry button, styled inside the kiosk's shadow root. */
export const checkinButtonStyles = css`
  .titles.with-checkin {
    display: flex;
    align-items: center;
    gap: 3vmin;
  }
  .titles.with-checkin > div {
    flex: 1;
    min-width: 0;
  }
  .checkin-open {
    flex: none;
    max-width: 45%;
    padding: 1.5vmin 3vmin;
    min-height: 96px;
    background: var(--g-primary);
    color: var(--g-primary-fg);
    font-size: var(--g-text-lg);
    font-weight: 800;
    line-height: 1.15;
  }
  .checkin-open small {
    display: block;
    font-size: var(--g-text);
    font-weight: 400;
    opacity: 0.9;
  }
`;

customElements.define('giliran-kiosk-checkin', GiliranKioskCheckin);
