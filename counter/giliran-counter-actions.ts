// The big action buttons, each with its keyboard shortcut. The console decides what they do; this
// element only shows what is possible now, which one waits for a confirming second press, and
// when no-show is due (after the site's maxRecalls recalls) it lights up for a single tap.
import { LitElement, css, html, nothing } from 'lit';
import { baseStyles } from '../ui/theme.js';
import { keyLabel, type CounterAction } from './counter-keys.js';
import { i18n } from './counter-strings.js';
import { pillStyles } from './counter-styles.js';

export class GiliranCounterActions extends LitElement {
  static override properties = {
    enabled: { attribute: false },
    busy: { type: Boolean, reflect: true },
    armed: {},
    paused: { type: Boolean },
    noShowDue: { type: Boolean },
    recalls: { type: Number },
    holding: {},
    nextStage: {},
    room: { type: Boolean },
  };
  static override styles = [
    baseStyles,
    pillStyles,
    css`
      :host {
        display: grid;
        grid-template-columns: repeat(4, minmax(0, 1fr));
        grid-template-rows: repeat(3, minmax(0, 1fr));
        gap: 12px;
        font-size: var(--g-text);
        min-height: 0;
      }
      button {
        position: relative;
        display: grid;
        align-content: center;
        justify-items: start;
        gap: 2px;
        padding: 10px 16px;
        text-align: left;
        background: var(--g-surface-2);
        font-weight: 800;
        line-height: 1.15;
      }
      button kbd {
        position: absolute;
        top: 8px;
        right: 10px;
      }
      button small {
        font-weight: 400;
        font-size: 0.75em;
        opacity: 0.9;
      }
      .wide {
        grid-column: span 2;
      }
      .callNext {
        background: var(--g-primary);
        color: var(--g-primary-fg);
        font-size: 1.3em;
      }
      .finishPass {
        background: var(--g-ok);
        color: #04210f;
      }
      .noShow {
        box-shadow: inset 0 0 0 3px var(--g-danger);
      }
      .noShow.due {
        background: var(--g-danger);
        color: #fff;
        animation: pulse 1.2s ease-in-out infinite;
      }
      .pauseOpen.paused {
        background: var(--g-warn);
        color: #000;
      }
      .armed {
        outline: 5px solid var(--g-accent);
        outline-offset: 2px;
      }
      button:disabled {
        background: var(--g-disabled-bg);
        color: var(--g-disabled-fg);
        box-shadow: none;
        animation: none;
      }
      :host([busy]) button {
        cursor: progress;
      }
      @keyframes pulse {
        50% {
          box-shadow: 0 0 0 8px rgba(255, 90, 95, 0.35);
        }
      }
    `,
  ];

  enabled = new Set<CounterAction>();
  busy = false;
  armed: CounterAction | null = null;
  paused = false;
  noShowDue = false;
  recalls = 0;
  /** The number this counter holds, for "call next finishes A-015". */
  holding: string | null = null;
  /** The next stage's name for "finish & pass on to ..."; null at the last stage. */
  nextStage: string | null = null;
  /** A visit room: call-next fills the room, start and finish act on a batch. */
  room = false;

  constructor() {
    super();
    i18n.bind(this); // re-render on a language change: nobody passes `lang` down
  }

  private button(action: CounterAction, label: string, opts: { wide?: boolean; cls?: string; sub?: string } = {}) {
    const cls = [action, opts.wide ? 'wide' : '', opts.cls ?? '', this.armed === action ? 'armed' : ''].join(' ');
    return html`<button
      class=${cls}
      data-action=${action}
      ?disabled=${this.busy || !this.enabled.has(action)}
      @click=${() => this.dispatchEvent(new CustomEvent('action', { detail: action, bubbles: true, composed: true }))}
    >
      <span>${label}</span>
      ${this.armed === action ? html`<small>${i18n.t('pressAgain')}</small>` : opts.sub ? html`<small>${opts.sub}</small>` : nothing}
      <kbd aria-label=${i18n.t('keyHint')}>${keyLabel(action, i18n.lang)}</kbd>
    </button>`;
  }

  override render() {
    const pass = this.nextStage ? i18n.t('finishPass', { stage: this.nextStage }) : i18n.t(this.holding ? 'finishPassNone' : 'finishPassAny');
    const holding = this.holding && !this.room ? i18n.t(this.nextStage ? 'passOnYes' : 'callNextFinishing', { number: this.holding, stage: this.nextStage ?? '' }) : undefined;
    return html`
      ${this.button('callNext', this.room ? i18n.t('roomFillShort') : i18n.t('callNext'), { wide: true, sub: holding })}
      ${this.button('recall', i18n.t('recall'))} ${this.button('start', this.room ? i18n.t('roomStart') : i18n.t('start'))}
      ${this.button('finishPass', pass, { wide: true })} ${this.button('finish', this.room ? i18n.t('roomEndBatch') : i18n.t('finish'))}
      ${this.button('transfer', i18n.t('transfer'))}
      ${this.button('noShow', this.noShowDue ? i18n.t('noShowReady', { n: this.recalls }) : i18n.t('noShow'), { wide: true, cls: this.noShowDue ? 'due' : '' })}
      ${this.button('pauseOpen', this.paused ? i18n.t('open') : i18n.t('pause'), { wide: true, cls: this.paused ? 'paused' : '' })}
    `;
  }
}

customElements.define('giliran-counter-actions', GiliranCounterActions);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-counter-actions': GiliranCounterActions;
  }
}
