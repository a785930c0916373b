// One big service button: icon, name, letter, how many wait and for how long; when the service
// cannot issue now it is disabled and says why.
import { LitElement, css, html } from 'lit';
import type { Lang } from '../protocol/config.js';
import type { PublicService } from '../protocol/public.js';
import { formatMinutes } from '../ui/i18n.js';
import { serviceIcon } from '../ui/icons.js';
import { baseStyles } from '../ui/theme.js';
import { i18n } from './kiosk-strings.js';

export class GiliranServiceButton extends LitElement {
  static override properties = {
    service: { attribute: false },
    lang: { reflect: true },
    busy: { type: Boolean },
    blocked: { type: Boolean },
  };
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        min-height: 0;
      }
      button {
        width: 100%;
        height: 100%;
        display: grid;
        grid-template-columns: auto 1fr auto;
        align-items: center;
        gap: clamp(16px, 2.5vmin, 36px);
        padding: clamp(16px, 2.5vmin, 36px);
        background: var(--g-primary);
        color: var(--g-primary-fg);
        text-align: left;
        box-shadow: 0 6px 0 #0a3a99;
        transition: transform 80ms;
      }
      button:active:not(:disabled) {
        transform: translateY(4px);
        box-shadow: 0 2px 0 #0a3a99;
      }
      button:disabled {
        background: var(--g-disabled-bg);
        color: var(--g-disabled-fg);
        box-shadow: none;
      }
      .icon {
        width: clamp(64px, 10vmin, 140px);
        height: clamp(64px, 10vmin, 140px);
      }
      .name {
        font-size: var(--g-text-xl);
        font-weight: 800;
        line-height: 1.1;
      }
      .meta {
        font-size: var(--g-text-lg);
        margin-top: 0.3em;
        opacity: 0.95;
      }
      .reason {
        font-size: var(--g-text-lg);
        margin-top: 0.3em;
        color: var(--g-warn);
        font-weight: 700;
      }
      .letter {
        font-size: calc(var(--g-text-xl) * 1.4);
        width: 1.6em;
        height: 1.6em;
        display: grid;
        place-items: center;
        border-radius: 50%;
        background: rgba(255, 255, 255, 0.18);
      }
    `,
  ];

  service!: PublicService;
  override lang: Lang = 'id';
  /** A ticket is being taken (this or another button): ignore taps. */
  busy = false;
  /** The hub is unreachable. */
  blocked = false;

  private reason(): string {
    const s = this.service;
    if (s.closedReason === 'quota') return i18n.t('closedQuota');
    if (s.closedReason === 'outside-hours') return s.sessions.length ? i18n.t('closedHoursAt', { sessions: s.sessions.join(', ') }) : i18n.t('closedHours');
    return i18n.t('closedInactive');
  }

  private pick(): void {
    if (this.busy || !this.service.open) return;
    this.dispatchEvent(new CustomEvent('pick', { detail: this.service.id, bubbles: true, composed: true }));
  }

  override render() {
    const s = this.service;
    const wait = formatMinutes(this.lang, s.estimatedWaitMinutes);
    const meta = s.waiting === 0 ? i18n.t('noQueue') : `${i18n.t('waiting', { n: s.waiting })} · ${s.estimatedWaitMinutes < 1 ? wait : i18n.t('aboutWait', { time: wait })}`;
    return html`<button
      part="button"
      data-service=${s.id}
      ?disabled=${!s.open || this.blocked}
      aria-busy=${this.busy ? 'true' : 'false'}
      @click=${this.pick}
    >
      <span class="icon">${serviceIcon(s)}</span>
      <span>
        <div class="name">${i18n.name(s.name)}</div>
        ${s.open ? html`<div class="meta">${meta}</div>` : html`<div class="reason">${this.reason()}</div>`}
      </span>
      <span class="letter num">${s.prefix}</span>
    </button>`;
  }
}

customElements.define('giliran-service-button', GiliranServiceButton);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-service-button': GiliranServiceButton;
  }
}
