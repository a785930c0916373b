// The booking fields of one opening session in the service form: quota, the share reserved for
// online bookings (the rest is for walk-ins) and the weekdays it runs. Fires `patch`.
import { LitElement, css, html, nothing } from 'lit';
import type { OpeningSession } from '../protocol/config.js';
import { baseStyles } from '../ui/theme.js';
import { adminStyles } from './admin-styles.js';
import { i18n } from './admin-strings.js';
import { bt, type BookingAdminKey } from './booking-admin-strings.js';

export class GiliranAdminSessionExtras extends LitElement {
  static override properties = { session: { attribute: false } };
  static override styles = [
    baseStyles,
    adminStyles,
    css`
      :host {
        display: flex;
        gap: 10px;
        align-items: end;
        flex-wrap: wrap;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      input[type='number'] {
        width: 7em;
      }
      .days {
        display: flex;
        gap: 4px;
        flex-wrap: wrap;
      }
      .days label {
        flex-direction: row;
        align-items: center;
        gap: 2px;
      }
    `,
  ];

  session: OpeningSession | null = null;

  constructor() {
    super();
    i18n.bind(this);
  }

  private patch(p: Partial<OpeningSession>): void {
    this.dispatchEvent(new CustomEvent<Partial<OpeningSession>>('patch', { detail: p }));
  }

  private toggleDay(d: number, on: boolean): void {
    const days = new Set(this.session?.weekdays ?? []);
    if (on) days.add(d);
    else days.delete(d);
    this.patch({ weekdays: [...days].sort() });
  }

  override render() {
    const s = this.session;
    if (!s) return nothing;
    const lang = i18n.lang;
    const quota = s.quota ?? null;
    const share = s.bookingShare ?? 0;
    const bookable = quota === null ? 0 : Math.floor((quota * share) / 100);
    return html`
      <label>${bt(lang, 'quota')}
        <input name="session-quota" type="number" min="0" step="1" placeholder=${bt(lang, 'quotaHint')} .value=${quota === null ? '' : String(quota)}
          @input=${(e: Event) => {
            const v = (e.target as HTMLInputElement).value.trim();
            this.patch({ quota: v === '' ? null : Number(v) });
          }} />
      </label>
      <label>${bt(lang, 'share')}
        <input name="session-share" type="number" min="0" max="100" step="5" .value=${String(share)} ?disabled=${quota === null}
          @input=${(e: Event) => this.patch({ bookingShare: Number((e.target as HTMLInputElement).value) || 0 })} />
      </label>
      <fieldset class="days" style="border:0;padding:0;margin:0">
        <legend class="muted">${bt(lang, 'weekdays')} (${(s.weekdays?.length ?? 0) === 0 ? bt(lang, 'everyDay') : s.weekdays!.length})</legend>
        ${[1, 2, 3, 4, 5, 6, 7].map(
          (d) => html`<label><input type="checkbox" .checked=${s.weekdays?.includes(d) ?? false} @change=${(e: Event) => this.toggleDay(d, (e.target as HTMLInputElement).checked)} />${bt(lang, `wd${d}` as BookingAdminKey)}</label>`,
        )}
      </fieldset>
      ${quota !== null ? html`<span class="hint">${bt(lang, 'split', { bookable, walkIn: quota - bookable })}</span>` : nothing}
    `;
  }
}

customElements.define('giliran-admin-session-extras', GiliranAdminSessionExtras);
