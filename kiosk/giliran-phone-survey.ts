// The survey on the phone ticket page, once the ticket is served: asks the hub whether this ticket
// may still answer, offers the questionnaire, and afterwards shows thanks and the published index.
import { LitElement, css, html } from 'lit';
import type { Lang } from '../protocol/config.js';
import type { PublishedIkm, SurveyAccepted, SurveyCheck } from '../protocol/survey.js';
import { api } from '../ui/api.js';
import { ikmLine } from '../ui/ikm-text.js';
import { baseStyles } from '../ui/theme.js';
import '../survey/giliran-survey-form.js';
import { i18n } from '../survey/survey-strings.js';

type Phase = 'checking' | 'open' | 'form' | 'answered' | 'closed';

export class GiliranPhoneSurvey extends LitElement {
  static override properties = {
    ticketId: {},
    published: { attribute: false },
    language: {},
    phase: { state: true },
  };
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      section {
        border-radius: var(--g-radius);
        padding: 16px;
        background: var(--g-surface);
      }
      .offer {
        display: grid;
        gap: 12px;
        border: 2px solid var(--g-accent);
      }
      .offer button {
        min-height: 64px;
        font-size: 20px;
        font-weight: 800;
        background: var(--g-accent);
        color: var(--g-accent-fg);
      }
      .ikm {
        margin-top: 10px;
        font-weight: 700;
        color: var(--g-accent);
      }
      giliran-survey-form {
        --opt-size: 19px;
      }
    `,
  ];

  ticketId = '';
  published: PublishedIkm | null = null;
  language: Lang = 'id';
  phase: Phase = 'checking';

  constructor() {
    super();
    i18n.bind(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('survey-done', (e) => {
      const r = (e as CustomEvent<SurveyAccepted>).detail;
      if (r.published) this.published = r.published;
      // Thanks, and the published index (live from the site settings) where the form was.
      this.phase = 'answered';
    });
    this.addEventListener('survey-cancel', () => (this.phase = 'open'));
    void this.check();
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('language')) i18n.setLang(this.language);
  }

  private async check(): Promise<void> {
    try {
      const r = await api<SurveyCheck>('/api/surveys/check', { body: { ticketId: this.ticketId }, timeoutMs: 5000 });
      this.phase = r.eligibility === 'open' ? 'open' : r.eligibility === 'answered' ? 'answered' : 'closed';
    } catch {
      this.phase = 'closed';
    }
  }

  override render() {
    if (this.phase === 'form') return html`<section><giliran-survey-form .ticketId=${this.ticketId}></giliran-survey-form></section>`;
    const figure = this.published ? html`<div class="ikm" data-testid="phone-ikm">${ikmLine(this.published, i18n.lang)}</div>` : '';
    if (this.phase === 'open') {
      return html`<section class="offer" data-testid="survey-offer">
        <div>${i18n.t('phoneOffer')}</div>
        <button data-testid="survey-start" @click=${() => (this.phase = 'form')}>${i18n.t('start')}</button>
      </section>`;
    }
    if (this.phase === 'answered') return html`<section data-testid="survey-answered">${i18n.t('phoneAnswered')} ${figure}</section>`;
    return figure ? html`<section>${figure}</section>` : '';
  }
}

customElements.define('giliran-phone-survey', GiliranPhoneSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-phone-survey': GiliranPhoneSurvey;
  }
}
