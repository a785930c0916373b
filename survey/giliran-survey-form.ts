// The questionnaire for one ticket: one element per screen (a tap answers and moves on), progress
// shown, then the optional profile and suggestion, then send. Used by the exit tablet (/survey/)
// and the phone page. The ticket is named by its secret id (phone, scanned QR) or by today's
// number (typed at the tablet); the answer never comes back with an id.
import { LitElement, css, html } from 'lit';
import { GENDERS, AGE_BANDS, EDUCATIONS, OCCUPATIONS, type PublishedIkm, type Respondent, type SurveyAccepted } from '../protocol/survey.js';
import { SURVEY_ELEMENTS } from '../protocol/survey-questions.js';
import { ApiError, api } from '../ui/api.js';
import { ikmLine } from '../ui/ikm-text.js';
import { baseStyles } from '../ui/theme.js';
import { errorKey, i18n, type SurveyKey } from './survey-strings.js';

const QUESTIONS = SURVEY_ELEMENTS.length;
/** Screens: 0..8 the elements, 9 the profile, 10 the suggestion, 11 sent. */
const PROFILE = QUESTIONS;
const SUGGESTION = QUESTIONS + 1;
const SENT = QUESTIONS + 2;

export class GiliranSurveyForm extends LitElement {
  static override properties = {
    ticketId: {},
    number: {},
    step: { state: true },
    answers: { state: true },
    respondent: { state: true },
    suggestion: { state: true },
    busy: { state: true },
    error: { state: true },
    published: { state: true },
  };
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        --opt-size: clamp(20px, 2.6vmin, 30px);
      }
      .top {
        display: flex;
        align-items: center;
        gap: 12px;
        color: var(--g-fg-muted);
      }
      .top .what {
        flex: 1;
      }
      .bar {
        height: 10px;
        border-radius: 5px;
        background: var(--g-surface-2);
        margin: 10px 0 18px;
        overflow: hidden;
      }
      .bar > div {
        height: 100%;
        background: var(--g-accent);
        transition: width 0.2s;
      }
      .code {
        color: var(--g-accent);
        font-weight: 800;
      }
      h2 {
        font-size: clamp(22px, 3.4vmin, 38px);
        margin: 0.2em 0;
        line-height: 1.25;
      }
      .en {
        color: var(--g-fg-muted);
        font-size: 0.8em;
        font-weight: 400;
        display: block;
        margin-top: 0.2em;
      }
      .options {
        display: grid;
        gap: 12px;
        margin-top: 18px;
      }
      @media (min-width: 900px) {
        .options {
          grid-template-columns: repeat(4, 1fr);
        }
      }
      .options button {
        min-height: 88px;
        font-size: var(--opt-size);
        font-weight: 700;
        background: var(--g-surface-2);
        display: flex;
        align-items: center;
        gap: 14px;
        text-align: left;
        padding: 12px 16px;
      }
      @media (min-width: 900px) {
        .options button {
          flex-direction: column;
          justify-content: center;
          text-align: center;
          min-height: 220px;
        }
      }
      .options button[aria-pressed='true'] {
        background: var(--g-primary);
        outline: 4px solid var(--g-accent);
      }
      .face {
        display: inline-grid;
        place-items: center;
        width: 1.8em;
        height: 1.8em;
        flex: none;
        border-radius: 50%;
        background: var(--g-bg);
        color: var(--g-accent);
        font-size: 1.1em;
      }
      .nav {
        display: flex;
        gap: 12px;
        margin-top: 22px;
        flex-wrap: wrap;
      }
      .nav button {
        min-height: 64px;
        padding: 0 24px;
        font-size: var(--g-text);
        font-weight: 700;
        background: var(--g-surface-2);
      }
      .nav .primary {
        background: var(--g-ok);
        color: #04210f;
        margin-left: auto;
        min-width: 10em;
      }
      .group {
        margin: 14px 0;
      }
      .group h3 {
        margin: 0 0 8px;
        font-size: var(--g-text);
      }
      .chips {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      .chips button {
        min-height: 56px;
        padding: 0 18px;
        background: var(--g-surface-2);
        font-size: 18px;
        font-weight: 600;
      }
      .chips button[aria-pressed='true'] {
        background: var(--g-primary);
        outline: 3px solid var(--g-accent);
      }
      textarea {
        width: 100%;
        box-sizing: border-box;
        min-height: 140px;
        font: inherit;
        font-size: 20px;
        border-radius: 12px;
        padding: 12px;
        background: #fff;
        color: #000;
      }
      .hint {
        color: var(--g-fg-muted);
      }
      .error {
        background: var(--g-danger);
        color: #fff;
        padding: 12px 16px;
        border-radius: 12px;
        margin-top: 14px;
        font-weight: 700;
      }
      .sent {
        text-align: center;
        padding: 24px 0;
      }
      .sent .big {
        font-size: clamp(36px, 6vmin, 72px);
        font-weight: 800;
        color: var(--g-ok);
      }
      .ikm {
        margin-top: 18px;
        padding: 14px;
        border-radius: 12px;
        background: var(--g-surface-2);
        font-size: var(--g-text-lg);
        font-weight: 700;
        color: var(--g-accent);
      }
    `,
  ];

  ticketId: string | null = null;
  number: string | null = null;
  step = 0;
  answers: (number | null)[] = Array(QUESTIONS).fill(null);
  respondent: Respondent = {};
  suggestion = '';
  busy = false;
  error: SurveyKey | null = null;
  published: PublishedIkm | null = null;

  constructor() {
    super();
    i18n.bind(this);
  }

  private advance: ReturnType<typeof setTimeout> | null = null;
  /** A send whose answer never came back may have reached the hub. */
  private maybeSent = false;

  private go(step: number): void {
    if (this.advance) clearTimeout(this.advance);
    this.advance = null;
    this.step = Math.max(0, Math.min(SENT, step));
    this.error = null;
    this.dispatchEvent(new CustomEvent('survey-activity', { bubbles: true, composed: true }));
  }

  private choose(value: number): void {
    const next = [...this.answers];
    next[this.step] = value;
    this.answers = next;
    // A short pause shows which answer was taken; a second tap meanwhile never skips a question.
    const from = this.step;
    if (this.advance) clearTimeout(this.advance);
    this.advance = setTimeout(() => this.go(from + 1), 180);
  }

  private pick<K extends keyof Respondent>(key: K, value: Respondent[K]): void {
    this.respondent = { ...this.respondent, [key]: this.respondent[key] === value ? undefined : value };
    this.dispatchEvent(new CustomEvent('survey-activity', { bubbles: true, composed: true }));
  }

  private async send(): Promise<void> {
    if (this.busy || this.answers.some((a) => a === null)) return;
    this.busy = true;
    this.error = null;
    const respondent = Object.fromEntries(Object.entries(this.respondent).filter(([, v]) => v !== undefined)) as Respondent;
    const body = {
      ...(this.ticketId ? { ticketId: this.ticketId } : { number: this.number }),
      answers: this.answers,
      ...(Object.keys(respondent).length ? { respondent } : {}),
      ...(this.suggestion.trim() ? { suggestion: this.suggestion.trim().slice(0, 500) } : {}),
    };
    try {
      const r = await api<SurveyAccepted>('/api/surveys', { body, timeoutMs: 10_000 });
      this.published = r.published;
      this.go(SENT);
      this.dispatchEvent(new CustomEvent('survey-done', { bubbles: true, composed: true, detail: r }));
    } catch (err) {
      const code = err instanceof ApiError ? err.code : 'other';
      // The earlier try did arrive: the answers are in, so this is a thank-you, not an error.
      if (code === 'survey_already_answered' && this.maybeSent) {
        this.go(SENT);
        return;
      }
      if (err instanceof ApiError && err.retryable) this.maybeSent = true;
      this.error = errorKey(code);
    } finally {
      this.busy = false;
    }
  }

  private cancel(): void {
    this.dispatchEvent(new CustomEvent('survey-cancel', { bubbles: true, composed: true }));
  }

  private renderQuestion() {
    const el = SURVEY_ELEMENTS[this.step];
    return html`<h2><span class="code">${el.code}</span> ${el.question.id}<span class="en">${el.question.en}</span></h2>
      <div class="options" role="group" aria-label=${el.name.id}>
        ${el.options.map(
          (o, i) =>
            html`<button data-testid="answer-${i + 1}" aria-pressed=${this.answers[this.step] === i + 1 ? 'true' : 'false'} @click=${() => this.choose(i + 1)}>
              <span class="face" aria-hidden="true">${i + 1}</span><span>${o.id}<span class="en">${o.en}</span></span>
            </button>`,
        )}
      </div>`;
  }

  private chips<K extends keyof Respondent>(key: K, values: readonly NonNullable<Respondent[K]>[], label: (v: NonNullable<Respondent[K]>) => string) {
    return html`<div class="group">
      <h3>${i18n.t(key as SurveyKey)}</h3>
      <div class="chips">
        ${values.map((v) => html`<button data-testid="${key}-${v}" aria-pressed=${this.respondent[key] === v ? 'true' : 'false'} @click=${() => this.pick(key, v)}>${label(v)}</button>`)}
      </div>
    </div>`;
  }

  private renderProfile() {
    return html`<h2>${i18n.t('profileTitle')}</h2>
      ${this.chips('gender', GENDERS, (g) => i18n.t(`gender_${g}` as SurveyKey))} ${this.chips('age', AGE_BANDS, (a) => a)}
      ${this.chips('education', EDUCATIONS, (e) => e)} ${this.chips('occupation', OCCUPATIONS, (o) => o)}`;
  }

  private renderSuggestion() {
    return html`<h2>${i18n.t('suggestionTitle')}</h2>
      <textarea
        data-testid="suggestion"
        maxlength="500"
        .value=${this.suggestion}
        @input=${(e: Event) => {
          this.suggestion = (e.target as HTMLTextAreaElement).value;
          this.dispatchEvent(new CustomEvent('survey-activity', { bubbles: true, composed: true }));
        }}
      ></textarea>
      <p class="hint">${i18n.t('suggestionHint')}</p>`;
  }

  private renderNav() {
    const back = this.step > 0 ? html`<button @click=${() => this.go(this.step - 1)}>‹ ${i18n.t('back')}</button>` : html`<button @click=${this.cancel}>${i18n.t('cancel')}</button>`;
    if (this.step < QUESTIONS) {
      const answered = this.answers[this.step] !== null;
      return html`<div class="nav">${back}${answered ? html`<button class="primary" @click=${() => this.go(this.step + 1)}>${i18n.t('ok')} ›</button>` : ''}</div>`;
    }
    if (this.step === PROFILE) {
      const any = Object.values(this.respondent).some((v) => v !== undefined);
      return html`<div class="nav">${back}<button class="primary" data-testid="profile-next" @click=${() => this.go(SUGGESTION)}>${any ? i18n.t('ok') : i18n.t('skip')} ›</button></div>`;
    }
    return html`<div class="nav">
      ${back}<button class="primary" data-testid="send" ?disabled=${this.busy} @click=${this.send}>${this.busy ? i18n.t('sending') : i18n.t('send')}</button>
    </div>`;
  }

  override render() {
    if (this.step === SENT) {
      return html`<div class="sent" data-testid="survey-sent">
        <div class="big">${i18n.t('thanks')}</div>
        <p>${i18n.t('thanksText')}</p>
        ${this.published ? html`<div class="ikm" data-testid="published">${ikmLine(this.published, i18n.lang)}</div>` : ''}
      </div>`;
    }
    const total = SUGGESTION + 1;
    const what = this.step < QUESTIONS ? i18n.t('progress', { n: this.step + 1, total: QUESTIONS }) : i18n.t('almostDone');
    return html`<div class="top">
        <span class="what" data-testid="progress">${what}</span>
        ${this.number ? html`<span>${i18n.t('forTicket', { number: this.number })}</span>` : ''}
      </div>
      <div class="bar" role="progressbar" aria-valuemin="0" aria-valuemax=${total} aria-valuenow=${this.step}><div style="width:${(this.step / total) * 100}%"></div></div>
      ${this.step < QUESTIONS ? this.renderQuestion() : this.step === PROFILE ? this.renderProfile() : this.renderSuggestion()}
      ${this.error ? html`<div class="error" role="alert" data-testid="survey-error">${i18n.t(this.error)}</div>` : ''} ${this.renderNav()}`;
  }
}

customElements.define('giliran-survey-form', GiliranSurveyForm);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-survey-form': GiliranSurveyForm;
  }
}
