// Choosing the counter this device serves: one big button per counter with its services, its
// status and the number it holds now. The choice is remembered by the device (counter-device.ts).
import { LitElement, css, html, nothing } from 'lit';
import type { PublicCounter, PublicService } from '../protocol/public.js';
import { baseStyles } from '../ui/theme.js';
import { i18n } from './counter-strings.js';
import { pillStyles } from './counter-styles.js';

const STATUS = { open: 'statusOpen', paused: 'statusPaused', closed: 'statusClosed' } as const;

export class GiliranCounterPicker extends LitElement {
  static override properties = {
    counters: { attribute: false },
    services: { attribute: false },
    current: {},
  };
  static override styles = [
    baseStyles,
    pillStyles,
    css`
      :host {
        display: grid;
        grid-template-rows: auto minmax(0, 1fr);
        gap: 16px;
        min-height: 0;
        font-size: var(--g-text);
      }
      h1 {
        margin: 0;
        font-size: var(--g-text-xl);
      }
      p {
        margin: 4px 0 0;
        color: var(--g-fg-muted);
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(320px, 1fr));
        grid-auto-rows: min-content;
        gap: 16px;
        overflow-y: auto;
      }
      button {
        display: grid;
        gap: 8px;
        padding: 20px 24px;
        text-align: left;
        background: var(--g-surface);
        border: 3px solid transparent;
      }
      button[aria-current='true'] {
        border-color: var(--g-accent);
      }
      .name {
        font-size: var(--g-text-lg);
        font-weight: 800;
      }
      .services {
        color: var(--g-fg-muted);
      }
      .row {
        display: flex;
        gap: 10px;
        flex-wrap: wrap;
      }
    `,
  ];

  counters: PublicCounter[] = [];
  services: PublicService[] = [];
  current: string | null = null;

  constructor() {
    super();
    i18n.bind(this); // re-render on a language change: nobody passes `lang` down
  }

  private serviceNames(c: PublicCounter): string {
    return c.services.map((id) => this.services.find((s) => s.id === id)).map((s, i) => (s ? i18n.name(s.name) : c.services[i])).join(', ');
  }

  override render() {
    return html`<div>
        <h1>${i18n.t('pickTitle')}</h1>
        <p>${i18n.t('pickHint')}</p>
      </div>
      <div class="grid">
        ${this.counters.map(
          (c) => html`<button data-counter=${c.id} aria-current=${c.id === this.current ? 'true' : 'false'} @click=${() => this.dispatchEvent(new CustomEvent('pick', { detail: c.id }))}>
            <span class="name">${c.name}</span>
            <span class="services">${this.serviceNames(c)}</span>
            <span class="row">
              <span class="pill ${c.status === 'open' ? 'ok' : 'warn'}">${i18n.t(STATUS[c.status])}</span>
              ${c.current ? html`<span class="pill">${i18n.t('nowServing', { number: c.current.number })}</span>` : nothing}
            </span>
          </button>`,
        )}
      </div>`;
  }
}

customElements.define('giliran-counter-picker', GiliranCounterPicker);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-counter-picker': GiliranCounterPicker;
  }
}
