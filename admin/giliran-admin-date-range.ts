// The from/to date pickers and quick ranges of the report-like tabs (reports, survey, supervisor).
// Rendered into the light DOM with `display: contents`, so its inputs sit in the tab's own toolbar
// and take the tab's styles. Fires `range-change` with { from, to }; a picked `from` after `to`
// (or `to` before `from`) moves the other end with it.
import { LitElement, html, nothing } from 'lit';
import { i18n, type AdminKey } from './admin-strings.js';

export interface DateRange {
  from: string;
  to: string;
}

/** A quick range button: its label and the range it picks. */
export type QuickRange = [label: AdminKey, from: string, to: string];

export class GiliranAdminDateRange extends LitElement {
  static override properties = {
    from: {},
    to: {},
    today: {},
    quick: { attribute: false },
    names: { attribute: false },
  };

  from = '';
  to = '';
  /** The last day that can be picked (the hub's local today). */
  today = '';
  quick: QuickRange[] = [];
  /** The inputs' name attributes. */
  names: [from: string, to: string] = ['from', 'to'];

  constructor() {
    super();
    i18n.bind(this);
  }

  protected override createRenderRoot(): HTMLElement {
    this.style.display = 'contents';
    return this;
  }

  private pick(from: string, to: string): void {
    this.dispatchEvent(new CustomEvent<DateRange>('range-change', { detail: { from, to }, bubbles: true, composed: true }));
  }

  private input(which: 'from' | 'to') {
    return (e: Event) => {
      const v = (e.target as HTMLInputElement).value;
      if (!v) return;
      if (which === 'from') this.pick(v, v > this.to ? v : this.to);
      else this.pick(v < this.from ? v : this.from, v);
    };
  }

  override render() {
    if (!this.today) return nothing;
    return html`<label>${i18n.t('from')}<input type="date" name=${this.names[0]} .value=${this.from} max=${this.today} @change=${this.input('from')} /></label>
      <label>${i18n.t('to')}<input type="date" name=${this.names[1]} .value=${this.to} max=${this.today} @change=${this.input('to')} /></label>
      ${this.quick.map(([key, f, t]) => html`<button class="small" aria-pressed=${this.from === f && this.to === t ? 'true' : 'false'} @click=${() => this.pick(f, t)}>${i18n.t(key)}</button>`)}`;
  }
}

customElements.define('giliran-admin-date-range', GiliranAdminDateRange);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-admin-date-range': GiliranAdminDateRange;
  }
}
