// The survey screen at the exit (/survey/, a tablet): the visitor types today's ticket number on a
// big keypad or scans the ticket's QR code (a USB scanner types the /t/<id> link and Enter), the
// hub says whether that ticket may answer, then the questionnaire; after it, back to the start.
import { LitElement, css, html } from 'lit';
import type { PublicState } from '../protocol/public.js';
import type { SurveyCheck } from '../protocol/survey.js';
import { ApiError, api } from '../ui/api.js';
import { baseStyles } from '../ui/theme.js';
import './giliran-survey-form.js';
import { parseTicketInput, type SurveyTicketRef } from './scan-input.js';
import { errorKey, i18n, type SurveyKey } from './survey-strings.js';

/** Someone walked away mid-survey: start over for the next visitor. */
const IDLE_MS = 90_000;
/** How long the thank-you stays. */
const THANKS_MS = 10_000;

export class GiliranSurvey extends LitElement {
  static override properties = {
    typed: { state: true },
    prefixes: { state: true },
    ticket: { state: true },
    ticketNumber: { state: true },
    error: { state: true },
    busy: { state: true },
    siteName: { state: true },
  };
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        min-height: 100vh;
        box-sizing: border-box;
        padding: clamp(14px, 3vmin, 36px);
        font-size: var(--g-text);
      }
      header {
        display: flex;
        align-items: center;
        gap: 12px;
        margin-bottom: 18px;
      }
      header h1 {
        flex: 1;
        margin: 0;
        font-size: var(--g-text-lg);
      }
      header .site {
        color: var(--g-fg-muted);
        font-size: 0.8em;
        display: block;
        font-weight: 400;
      }
      .langs button {
        min-height: 48px;
        min-width: 56px;
        background: var(--g-surface);
        font-weight: 700;
      }
      .langs button[aria-pressed='true'] {
        background: var(--g-fg);
        color: var(--g-bg);
      }
      .entry {
        display: grid;
        gap: 12px;
        max-width: 760px;
        margin: 0 auto;
        text-align: center;
      }
      .display {
        font-family: var(--g-font-num);
        font-size: clamp(44px, 9vmin, 100px);
        font-weight: 800;
        min-height: 1.3em;
        background: var(--g-surface);
        border-radius: var(--g-radius);
        color: var(--g-accent);
        padding: 8px;
      }
      .display.empty {
        color: var(--g-disabled-fg);
        font-size: clamp(28px, 5vmin, 48px);
        line-height: 2.2;
      }
      .keys {
        display: grid;
        gap: 10px;
        grid-template-columns: repeat(auto-fit, minmax(84px, 1fr));
      }
      .keys button {
        min-height: clamp(60px, 8.5vmin, 96px);
        font-size: clamp(26px, 4.4vmin, 44px);
        font-weight: 800;
        background: var(--g-surface-2);
      }
      .keys.digits {
        grid-template-columns: repeat(5, 1fr);
      }
      .keys .letter {
        background: var(--g-primary);
      }
      .row {
        display: flex;
        gap: 12px;
      }
      .row button {
        flex: 1;
        min-height: 72px;
        font-size: var(--g-text-lg);
        font-weight: 800;
        background: var(--g-surface-2);
      }
      .row .ok {
        background: var(--g-ok);
        color: #04210f;
        flex: 2;
      }
      .error {
        background: var(--g-danger);
        color: #fff;
        padding: 14px;
        border-radius: 12px;
        font-weight: 700;
      }
      .intro {
        color: var(--g-fg-muted);
        margin: 0;
      }
      .entry h2 {
        margin: 0;
      }
      giliran-survey-form {
        max-width: 1200px;
        margin: 0 auto;
      }
    `,
  ];

  typed = '';
  prefixes: string[] = [];
  ticket: SurveyTicketRef | null = null;
  ticketNumber: string | null = null;
  error: SurveyKey | null = null;
  busy = false;
  siteName = '';
  private scanBuffer = '';
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    super();
    i18n.bind(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
    this.addEventListener('survey-activity', this.touch);
    this.addEventListener('survey-cancel', this.reset);
    this.addEventListener('survey-done', this.onDone);
    void this.loadServices();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
    if (this.idleTimer) clearTimeout(this.idleTimer);
  }

  private async loadServices(): Promise<void> {
    try {
      const s = await api<PublicState>('/api/state');
      this.prefixes = s.services.map((x) => x.prefix).sort();
      this.siteName = s.site.siteName;
    } catch {
      // Hub away: fall back to a few letters; typing still works.
      this.prefixes = ['A', 'B', 'C', 'D'];
      setTimeout(() => void this.loadServices(), 5000);
    }
  }

  /** A USB scanner is a keyboard: collect what it types until Enter. Typed keys work the same. */
  private onKey = (e: KeyboardEvent): void => {
    if (this.ticket) return; // the questionnaire has its own inputs
    if (e.key === 'Enter') {
      const text = this.scanBuffer || this.typed;
      this.scanBuffer = '';
      if (text) void this.submit(text);
      return;
    }
    if (e.key === 'Backspace') {
      this.typed = this.typed.slice(0, -1);
      this.scanBuffer = '';
      return;
    }
    if (e.key.length !== 1) return;
    this.scanBuffer += e.key;
    if (/^[A-Za-z0-9-]$/.test(e.key) && this.scanBuffer.length <= 5) this.typed = this.scanBuffer.toUpperCase();
  };

  private press(k: string): void {
    this.error = null;
    this.scanBuffer = '';
    if (/^[A-Z]$/.test(k)) this.typed = `${k}-`;
    else if (this.typed.replace(/\D/g, '').length < 3) this.typed = (this.typed || '') + k;
  }

  private async submit(text: string): Promise<void> {
    const ref = parseTicketInput(text);
    if (!ref) {
      this.error = 'err_ticket_not_today';
      return;
    }
    this.busy = true;
    this.error = null;
    try {
      const check = await api<SurveyCheck>('/api/surveys/check', { body: ref });
      if (check.eligibility === 'open') {
        this.ticket = ref;
        this.ticketNumber = check.number;
        this.touch();
      } else {
        this.error = errorKey(check.eligibility === 'answered' ? 'survey_already_answered' : 'ticket_not_finished');
      }
    } catch (err) {
      const code = err instanceof ApiError ? (err.status === 404 ? 'ticket_not_today' : err.code) : 'other';
      this.error = errorKey(code);
    } finally {
      this.busy = false;
      this.typed = '';
    }
  }

  private touch = (): void => {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.reset(), IDLE_MS);
  };

  private onDone = (): void => {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.reset(), THANKS_MS);
  };

  private reset = (): void => {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.ticket = null;
    this.ticketNumber = null;
    this.typed = '';
    this.error = null;
  };

  private renderEntry() {
    const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];
    return html`<div class="entry">
      <p class="intro">${i18n.t('intro')}</p>
      <h2>${i18n.t('enterNumber')}</h2>
      <div class="display ${this.typed ? '' : 'empty'}" data-testid="typed">${this.typed || i18n.t('numberPlaceholder')}</div>
      <div class="keys">${this.prefixes.map((p) => html`<button class="letter" @click=${() => this.press(p)}>${p}</button>`)}</div>
      <div class="keys digits">${digits.map((d) => html`<button @click=${() => this.press(d)}>${d}</button>`)}</div>
      ${this.error ? html`<div class="error" role="alert" data-testid="entry-error">${i18n.t(this.error)}</div>` : ''}
      <div class="row">
        <button @click=${() => (this.typed = '')}>${i18n.t('clear')}</button>
        <button class="ok" data-testid="entry-ok" ?disabled=${!this.typed || this.busy} @click=${() => this.submit(this.typed)}>${i18n.t('start')}</button>
      </div>
    </div>`;
  }

  override render() {
    return html`<header>
        <h1>${i18n.t('title')}<span class="site">${this.siteName}</span></h1>
        <span class="langs">
          ${(['id', 'en'] as const).map((l) => html`<button aria-pressed=${i18n.lang === l ? 'true' : 'false'} @click=${() => i18n.setLang(l)}>${l.toUpperCase()}</button>`)}
        </span>
      </header>
      ${this.ticket
        ? html`<giliran-survey-form
            .ticketId=${'ticketId' in this.ticket ? this.ticket.ticketId : null}
            .number=${this.ticketNumber}
          ></giliran-survey-form>`
        : this.renderEntry()}`;
  }
}

customElements.define('giliran-survey', GiliranSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-survey': GiliranSurvey;
  }
}
