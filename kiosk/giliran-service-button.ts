// One big service button: icon, name, letter, how many wait and for how long; when the service
// cannot issue now it is disabled and says why.
import { LitElement, css, html } from 'lit';
import type { Lang } from '../protocol/config.js';
import type { PublicService } from '../protocol/public.js';
import { formatMinutes } from '../ui/i18n.js';
import { serviceIcon } from '../ui/icons.js';
import { baseStyles } from '../ui/theme.js';
import { i18n } from './kiosk-strings.js';

const MIN_FIT = 0.5;
const FIT_STEP = 0.05;

/** No line break inside: spaces become no-break spaces, hyphens no-break hyphens. */
const keepTogether = (text: string) => text.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');

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
      /* The grid gives each button its box; type, icon and letter scale with that box (container
         query units), and fit() shrinks the type further when a long name would not fit. */
      :host {
        display: block;
        min-width: 0;
        min-height: 0;
        container-type: size;
      }
      /* --fit is this button's own shrink factor; --fit-cap comes from the kiosk so that one long
         name does not leave its button in much smaller type than its neighbours. */
      button {
        --fit: 1;
        --scale: min(var(--fit), var(--fit-cap, 1));
        --name: max(18px, calc(var(--scale) * min(var(--g-text-xl), 30cqh, 7cqw)));
        /* The short second line gives up size more slowly than the name. */
        --meta: max(16px, calc((1 + var(--scale)) / 2 * min(var(--g-text-lg), 21cqh, 5cqw)));
        --art: min(clamp(64px, 10vmin, 140px), 58cqh, 14cqw);
        --letter: min(calc(var(--g-text-xl) * 2.2), 64cqh, 17cqw);
        width: 100%;
        height: 100%;
        display: grid;
        grid-template-columns: auto minmax(0, 1fr) auto;
        grid-template-rows: minmax(0, 1fr);
        align-items: center;
        column-gap: clamp(10px, 3cqw, 36px);
        padding: clamp(8px, 10cqh, 36px) clamp(12px, 3.5cqw, 36px);
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
        display: block;
        width: var(--art);
        height: var(--art);
      }
      .icon svg {
        display: block;
        width: 100%;
        height: 100%;
      }
      /* Narrow buttons (many services side by side) give the icon's room to the name. */
      @container (max-width: 400px) {
        .icon {
          display: none;
        }
        button {
          grid-template-columns: minmax(0, 1fr) auto;
        }
      }
      .text {
        align-self: stretch;
        min-width: 0;
        display: flex;
        flex-direction: column;
        justify-content: safe center;
        gap: 0.25em;
        overflow-wrap: break-word;
        hyphens: auto;
      }
      .name {
        font-size: var(--name);
        font-weight: 800;
        line-height: 1.1;
        text-wrap: balance;
      }
      .meta,
      .reason {
        font-size: var(--meta);
        line-height: 1.2;
      }
      .meta {
        opacity: 0.95;
      }
      .reason {
        color: var(--g-warn);
        font-weight: 700;
      }
      .letter {
        width: var(--letter);
        height: var(--letter);
        font-size: calc(var(--letter) * 0.56);
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
  /** How far fit() had to shrink the type for the text to fit (1 = not at all). */
  fitScale = 1;

  private readonly resized = new ResizeObserver(() => this.fit());

  override connectedCallback(): void {
    super.connectedCallback();
    this.resized.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resized.disconnect();
  }

  protected override updated(): void {
    this.fit();
  }

  /**
   * Type sized by the box alone can still be too big for a long name that wraps to three lines:
   * shrink it in small steps until the text fits its button (down to half size, never cut). The
   * factor is measured without the kiosk's cap, kept in `fitScale` and announced with `fitted`.
   */
  private fit(): void {
    const button = this.renderRoot.querySelector('button');
    const text = this.renderRoot.querySelector<HTMLElement>('.text');
    if (!button || !text) return;
    const overflows = () => text.scrollHeight > text.clientHeight + 1 || text.scrollWidth > text.clientWidth + 1;
    let fit = 1;
    button.style.setProperty('--fit-cap', '1');
    button.style.setProperty('--fit', '1');
    while (fit > MIN_FIT && overflows()) {
      fit = Math.round((fit - FIT_STEP) * 100) / 100;
      button.style.setProperty('--fit', String(fit));
    }
    button.style.removeProperty('--fit-cap');
    this.fitScale = fit;
    this.dispatchEvent(new Event('fitted', { bubbles: true, composed: true }));
  }

  private reason(): string {
    const s = this.service;
    if (s.closedReason === 'quota') return i18n.t('closedQuota');
    if (s.closedReason === 'outside-hours') {
      // 08:00-11:00 stays on one line: a break may come after the comma between sessions only.
      return s.sessions.length ? i18n.t('closedHoursAt', { sessions: s.sessions.map(keepTogether).join(', ') }) : i18n.t('closedHours');
    }
    return i18n.t('closedInactive');
  }

  private meta(): string {
    const s = this.service;
    if (s.waiting === 0) return i18n.t('noQueue');
    const wait = formatMinutes(this.lang, s.estimatedWaitMinutes);
    const time = s.estimatedWaitMinutes < 1 ? wait : i18n.t('aboutWait', { time: wait });
    // "17 menunggu" and "± 340 menit" each stay whole; the line may break at the dot.
    return `${keepTogether(i18n.t('waiting', { n: s.waiting }))} · ${keepTogether(time)}`;
  }

  private pick(): void {
    if (this.busy || !this.service.open) return;
    this.dispatchEvent(new CustomEvent('pick', { detail: this.service.id, bubbles: true, composed: true }));
  }

  override render() {
    const s = this.service;
    return html`<button
      part="button"
      data-service=${s.id}
      ?disabled=${!s.open || this.blocked}
      aria-busy=${this.busy ? 'true' : 'false'}
      @click=${this.pick}
    >
      <span class="icon">${serviceIcon(s)}</span>
      <span class="text">
        <span class="name">${i18n.name(s.name)}</span>
        ${s.open ? html`<span class="meta">${this.meta()}</span>` : html`<span class="reason">${this.reason()}</span>`}
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
