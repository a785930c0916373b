// The site's local time (HH:MM), corrected by the hub's clock offset. Wakes once a minute.
import { LitElement, css, html } from 'lit';
import { LangController } from './lang-controller.js';
import { TickController } from './tick-controller.js';

export class GiliranClock extends LitElement {
  static override properties = {
    timezone: {},
    offsetMs: { type: Number },
    showDate: { type: Boolean, attribute: 'show-date' },
  };
  static override styles = css`
    :host {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
  `;

  timezone = 'Asia/Makassar';
  offsetMs = 0;
  showDate = false;
  /** The page's language (not a property passed down). */
  private readonly language = new LangController(this);
  protected readonly tick = new TickController(this, { minute: true, offsetMs: () => this.offsetMs });

  override render() {
    const at = new Date(Date.now() + this.offsetMs);
    const locale = this.language.lang === 'en' ? 'en-GB' : 'id-ID';
    let text: string;
    try {
      const time = new Intl.DateTimeFormat(locale, { timeZone: this.timezone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
      const date = this.showDate ? new Intl.DateTimeFormat(locale, { timeZone: this.timezone, weekday: 'long', day: 'numeric', month: 'long' }).format(at) + ' · ' : '';
      text = date + time.replace('.', ':');
    } catch {
      text = at.toTimeString().slice(0, 5); // unknown time zone: local time rather than nothing
    }
    return html`${text}`;
  }
}

customElements.define('giliran-clock', GiliranClock);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-clock': GiliranClock;
  }
}
