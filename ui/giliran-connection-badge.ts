// Shows the link to the hub: a quiet dot while online, a loud banner with the time since the
// link was lost while offline. It ticks only while offline (the board runs for weeks).
import { LitElement, css, html } from 'lit';
import type { ConnectionStatus } from './hub-connection.js';
import { formatElapsed, tCommon } from './i18n.js';
import { baseStyles } from './theme.js';
import { LangController } from './lang-controller.js';
import { TickController } from './tick-controller.js';

export class GiliranConnectionBadge extends LitElement {
  static override properties = {
    status: { reflect: true },
    offlineSince: { type: Number },
    compact: { type: Boolean, reflect: true },
  };
  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline-flex;
        align-items: center;
        gap: 10px;
        flex: none;
        white-space: nowrap;
        font-size: var(--g-text);
        padding: 6px 14px;
        border-radius: 999px;
        background: var(--g-surface);
      }
      .dot {
        width: 14px;
        height: 14px;
        border-radius: 50%;
        background: var(--g-ok);
        flex: none;
      }
      :host([compact][status='online']) {
        padding: 6px;
      }
      :host([compact][status='online']) .text {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
      :host([status='connecting']) .dot {
        background: var(--g-warn);
      }
      :host([status='offline']) {
        background: var(--g-danger);
        color: #fff;
        font-weight: 700;
      }
      :host([status='offline']) .dot {
        background: #fff;
        animation: blink 1s steps(2) infinite;
      }
      @keyframes blink {
        50% {
          opacity: 0.2;
        }
      }
    `,
  ];

  status: ConnectionStatus = 'connecting';
  offlineSince: number | null = null;
  /** The page's language (not a property passed down). */
  private readonly language = new LangController(this);
  /** Only the dot while online (the words stay for screen readers), a short word offline. */
  compact = false;
  /** "Offline 12 s" counts up while offline. */
  protected readonly tick = new TickController(this, { everyMs: 1000, while: () => this.status === 'offline' });

  private text(): string {
    if (this.status === 'online') return tCommon(this.language.lang, 'online');
    if (this.status === 'connecting') return tCommon(this.language.lang, 'connecting');
    // A header badge (compact) stays short: the full sentence would squeeze what sits beside it.
    const [long, short] = this.compact ? (['offlineShort', 'offlineShortFor'] as const) : (['offline', 'offlineFor'] as const);
    if (this.offlineSince == null) return tCommon(this.language.lang, long);
    return tCommon(this.language.lang, short, { time: formatElapsed(this.language.lang, Date.now() - this.offlineSince) });
  }

  override render() {
    const title = this.compact && this.status === 'offline' ? tCommon(this.language.lang, 'offline') : '';
    return html`<span class="dot"></span><span class="text" role="status" aria-live="polite" title=${title}>${this.text()}</span>`;
  }
}

customElements.define('giliran-connection-badge', GiliranConnectionBadge);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-connection-badge': GiliranConnectionBadge;
  }
}
