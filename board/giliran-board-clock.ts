// Time and date in the site's time zone (not the TV's), corrected by the hub's clock offset.
// One timeout, re-armed at each minute boundary and cleared when the element goes away.
import { LitElement, css, html } from 'lit';
import type { Lang } from '../protocol/config.js';
import { baseStyles } from '../ui/theme.js';
import { TickController } from '../ui/tick-controller.js';

/** Indonesian zone names people read on clocks. */
const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export function formatClock(ms: number, timezone: string, lang: Lang): { time: string; date: string; zone: string } {
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  const at = new Date(ms);
  const time = new Intl.DateTimeFormat(locale, { timeZone: timezone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  const date = new Intl.DateTimeFormat(locale, { timeZone: timezone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(at);
  const zone =
    ZONE_NAMES[timezone] ??
    new Intl.DateTimeFormat(locale, { timeZone: timezone, timeZoneName: 'short' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ??
    '';
  return { time: time.replace('.', ':'), date, zone };
}

export class GiliranBoardClock extends LitElement {
  static override properties = {
    timezone: {},
    offsetMs: { type: Number },
    lang: {},
  };
  static override styles = [
    baseStyles,
    css`
      /* Date, then time, on one line: the header stays one line high at the reading size. */
      :host {
        display: flex;
        flex-direction: row-reverse;
        align-items: baseline;
        gap: 0.6em;
        line-height: 1.05;
        white-space: nowrap;
      }
      .time {
        font-size: var(--board-clock, 56px);
        font-weight: 800;
        font-variant-numeric: tabular-nums;
      }
      .zone {
        font-size: 0.45em;
        font-weight: 600;
        color: var(--g-fg-muted);
        margin-left: 0.3em;
      }
      .date {
        font-size: var(--board-small, 22px);
        color: var(--g-fg-muted);
      }
    `,
  ];

  timezone = 'Asia/Makassar';
  offsetMs = 0;
  override lang: Lang = 'id';
  protected readonly tick = new TickController(this, { minute: true, offsetMs: () => this.offsetMs });

  override render() {
    let shown: ReturnType<typeof formatClock>;
    try {
      shown = formatClock(Date.now() + this.offsetMs, this.timezone, this.lang);
    } catch {
      shown = formatClock(Date.now() + this.offsetMs, 'Asia/Makassar', this.lang); // a bad zone in settings
    }
    return html`<div class="time">${shown.time}<span class="zone">${shown.zone}</span></div>
      <div class="date">${shown.date}</div>`;
  }
}

customElements.define('giliran-board-clock', GiliranBoardClock);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-board-clock': GiliranBoardClock;
  }
}
