// "Sesi 1 — sisa kuota: 12" per service: places left in today's sessions that have a quota
// (walk-ins and bookings together). Sessions already over are left out. Hidden when none.
import { LitElement, css, html, nothing } from 'lit';
import type { Lang } from '../protocol/config.js';
import type { PublicService } from '../protocol/public.js';
import { format } from '../ui/i18n.js';
import { boardI18n } from './board-strings.js';
import { panelStyles } from './board-styles.js';
import { TickController } from '../ui/tick-controller.js';

const words: Record<Lang, { title: string; line: string; full: string }> = {
  id: { title: 'Kuota sesi hari ini', line: 'Sesi {n} — sisa kuota: {left}', full: 'Sesi {n} — kuota habis' },
  en: { title: "Today's session places", line: 'Session {n} — places left: {left}', full: 'Session {n} — full' },
};

/** Minutes since local midnight in the site's zone. */
function localMinutesNow(timeZone: string, offsetMs: number): number {
  const p = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).formatToParts(new Date(Date.now() + offsetMs));
  const get = (t: string) => Number(p.find((x) => x.type === t)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export class GiliranBoardQuota extends LitElement {
  static override properties = { services: { attribute: false }, timezone: {}, offsetMs: { type: Number }, lang: {} };
  static override styles = [
    ...panelStyles,
    css`
      :host {
        flex: 1 1 0;
      }
      :host([hidden]) {
        display: none;
      }
      ul {
        display: grid;
      }
      li {
        padding: 0.2em 0.6em;
      }
      .name {
        font-size: 0.8em;
        color: var(--g-fg-muted);
      }
      .left {
        font-weight: 800;
        font-variant-numeric: tabular-nums;
      }
      .full {
        color: var(--g-warn);
      }
    `,
  ];

  services: PublicService[] = [];
  timezone = 'Asia/Makassar';
  offsetMs = 0;
  /** Sessions end with the clock, not with an event. */
  protected readonly tick = new TickController(this, { minute: true, offsetMs: () => this.offsetMs });

  override render() {
    const w = words[boardI18n.lang];
    const now = localMinutesNow(this.timezone, this.offsetMs);
    const rows = this.services.flatMap((s) => (s.sessionQuotas ?? []).filter((q) => toMinutes(q.end) > now).map((q) => ({ s, q })));
    this.hidden = rows.length === 0;
    if (rows.length === 0) return nothing;
    return html`<h2>${w.title}</h2>
      <ul>
        ${rows.map(
          ({ s, q }) => html`<li data-service=${s.id} data-session=${q.session} data-left=${q.left}>
            <span class="name">${boardI18n.name(s.name)}</span><br />
            <span class=${q.left > 0 ? 'left' : 'left full'}>${format(q.left > 0 ? w.line : w.full, { n: q.session, left: q.left })}</span>
          </li>`,
        )}
      </ul>`;
  }
}

customElements.define('giliran-board-quota', GiliranBoardQuota);
