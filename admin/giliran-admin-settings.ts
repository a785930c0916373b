// Site settings in one form: site, ticket, queue rules, board voice. Saving sends only what
// changed, as one event; kiosks, boards and consoles pick it up at once. The outcome shows by the
// Save button, where the admin is looking.
import { css, html, nothing } from 'lit';
import { DEFAULT_TICKETS_PER_MINUTE, type SiteSettings } from '../protocol/config.js';
import { configApi } from './admin-api.js';
import { i18n } from './admin-strings.js';
import { AdminTab } from './admin-tab.js';

const ZONES = [
  ['Asia/Jakarta', 'WIB'],
  ['Asia/Makassar', 'WITA'],
  ['Asia/Jayapura', 'WIT'],
] as const;

export class GiliranAdminSettings extends AdminTab {
  static override properties = {
    draft: { state: true },
  };
  static override styles = [
    ...AdminTab.styles,
    css`
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
      }
      legend {
        font-size: 18px;
        font-weight: 700;
        margin-bottom: 10px;
      }
      .range {
        display: flex;
        gap: 10px;
        align-items: center;
      }
    `,
  ];

  draft: SiteSettings | null = null;
  private dirty = false;

  override willUpdate(changed: Map<string, unknown>): void {
    // Someone else's change shows at once, unless this form holds unsaved edits.
    if (changed.has('config') && this.config && (!this.draft || !this.dirty)) this.draft = structuredClone(this.config.settings);
  }

  private set<K extends keyof SiteSettings>(key: K, value: SiteSettings[K]): void {
    this.draft = { ...this.draft!, [key]: value };
    this.dirty = true;
  }

  private changes(): Partial<SiteSettings> {
    const before = this.config!.settings as unknown as Record<string, unknown>;
    const after = this.draft as unknown as Record<string, unknown>;
    return Object.fromEntries(Object.entries(after).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k]))) as Partial<SiteSettings>;
  }

  private async save(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const patch = this.changes();
    if (Object.keys(patch).length === 0) return;
    const done = await this.run(() => configApi.patchSettings(patch), i18n.t('saved'));
    if (done) {
      this.dirty = false;
      this.draft = structuredClone(done.config.settings);
    }
  }

  private reset(): void {
    this.dirty = false;
    this.draft = structuredClone(this.config!.settings);
    this.message = null;
  }

  override render() {
    const d = this.draft;
    if (!d) return nothing;
    const v = (e: Event) => (e.target as HTMLInputElement).value;
    const checked = (e: Event) => (e.target as HTMLInputElement).checked;
    const zones = ZONES.some(([z]) => z === d.timezone) ? ZONES : [...ZONES, [d.timezone, ''] as const];
    return html`<h2>${i18n.t('tabSettings')}</h2>
      <form novalidate @submit=${this.save}>
        <fieldset class="card">
          <legend>${i18n.t('sectionSite')}</legend>
          <div class="fields">
            <label>${i18n.t('siteName')}<input name="siteName" .value=${d.siteName} aria-invalid=${this.invalid('siteName')} @input=${(e: Event) => this.set('siteName', v(e))} /></label>
            <label>${i18n.t('timezone')}
              <select name="timezone" aria-invalid=${this.invalid('settings.timezone', 'timezone')} @change=${(e: Event) => this.set('timezone', v(e))}>
                ${zones.map(([z, label]) => html`<option value=${z} ?selected=${d.timezone === z}>${z}${label ? ` (${label})` : ''}</option>`)}
              </select>
            </label>
            <label class="wide">${i18n.t('publicUrl')}<input name="publicUrl" .value=${d.publicUrl} placeholder="http://192.168.1.10:3000" aria-invalid=${this.invalid('publicUrl')} @input=${(e: Event) => this.set('publicUrl', v(e).trim())} /><span class="hint">${i18n.t('publicUrlHint')}</span></label>
          </div>
        </fieldset>
        <fieldset class="card">
          <legend>${i18n.t('sectionTicket')}</legend>
          <div class="fields">
            <label class="wide">${i18n.t('ticketFooter')}<input name="ticketFooter" maxlength="120" .value=${d.ticketFooter} aria-invalid=${this.invalid('ticketFooter')} @input=${(e: Event) => this.set('ticketFooter', v(e))} /></label>
            <label>${i18n.t('paperWidth')}
              <select name="paperWidth" @change=${(e: Event) => this.set('paperWidth', Number(v(e)) as 58 | 80)}>
                ${([80, 58] as const).map((w) => html`<option value=${w} ?selected=${(d.paperWidth ?? 80) === w}>${w} mm</option>`)}
              </select>
            </label>
          </div>
        </fieldset>
        <fieldset class="card">
          <legend>${i18n.t('sectionQueue')}</legend>
          <div class="fields">
            <label class="span2">${i18n.t('priority')}
              <select name="priority" @change=${(e: Event) => this.set('priority', v(e) === 'first' ? { mode: 'first' } : { mode: 'interleave', every: d.priority.mode === 'interleave' ? d.priority.every : 3 })}>
                <option value="first" ?selected=${d.priority.mode === 'first'}>${i18n.t('prioFirst')}</option>
                <option value="interleave" ?selected=${d.priority.mode === 'interleave'}>${i18n.t('prioInterleave')}</option>
              </select>
            </label>
            ${d.priority.mode === 'interleave'
              ? html`<label>${i18n.t('prioEvery')}<input name="every" type="number" step="1" .value=${String(d.priority.every)} aria-invalid=${this.invalid('priority')} @input=${(e: Event) => this.set('priority', { mode: 'interleave', every: Number(v(e)) })} /></label>`
              : nothing}
            <label>${i18n.t('maxRecalls')}<input name="maxRecalls" type="number" step="1" .value=${String(d.maxRecalls)} aria-invalid=${this.invalid('maxRecalls')} @input=${(e: Event) => this.set('maxRecalls', Number(v(e)))} /></label>
            <label>${i18n.t('anonymousTicketsPerMinute')}<input name="anonymousTicketsPerMinute" type="number" step="1" min="0" .value=${String(d.anonymousTicketsPerMinute ?? DEFAULT_TICKETS_PER_MINUTE)} aria-invalid=${this.invalid('anonymousTicketsPerMinute')} @input=${(e: Event) => this.set('anonymousTicketsPerMinute', Number(v(e)))} /><span class="hint">${i18n.t('anonymousTicketsHint')}</span></label>
            <label>${i18n.t('sessionIdleMinutes')}<input name="sessionIdleMinutes" type="number" step="1" min="0" .value=${String(d.sessionIdleMinutes ?? 60)} aria-invalid=${this.invalid('sessionIdleMinutes')} @input=${(e: Event) => this.set('sessionIdleMinutes', Number(v(e)))} /></label>
            <label>${i18n.t('sessionLifetimeHours')}<input name="sessionLifetimeHours" type="number" step="1" min="1" .value=${String(d.sessionLifetimeHours ?? 12)} aria-invalid=${this.invalid('sessionLifetimeHours')} @input=${(e: Event) => this.set('sessionLifetimeHours', Number(v(e)))} /></label>
            <label class="check wide"><input type="checkbox" name="expireAtRollover" .checked=${d.expireAtRollover} @change=${(e: Event) => this.set('expireAtRollover', checked(e))} />${i18n.t('expireAtRollover')}</label>
          </div>
        </fieldset>
        <fieldset class="card">
          <legend>${i18n.t('sectionVoice')}</legend>
          <div class="fields">
            <label class="wide">${i18n.t('runningText')}<textarea name="runningText" maxlength="500" .value=${d.runningText} aria-invalid=${this.invalid('runningText')} @input=${(e: Event) => this.set('runningText', v(e))}></textarea></label>
            <label>${i18n.t('numberReading')}
              <select name="numberReading" @change=${(e: Event) => this.set('numberReading', v(e) as SiteSettings['numberReading'])}>
                <option value="words" ?selected=${d.numberReading === 'words'}>${i18n.t('readWords')}</option>
                <option value="digits" ?selected=${d.numberReading === 'digits'}>${i18n.t('readDigits')}</option>
              </select>
            </label>
            <label>${i18n.t('volume')}
              <span class="range">
                <input name="volume" type="range" min="0" max="1" step="0.05" .value=${String(d.voice.volume)} @input=${(e: Event) => this.set('voice', { ...d.voice, volume: Number(v(e)) })} />
                <span class="mono">${Math.round(d.voice.volume * 100)}%</span>
              </span>
            </label>
            <label class="check"><input type="checkbox" name="voice" .checked=${d.voice.voice} @change=${(e: Event) => this.set('voice', { ...d.voice, voice: checked(e) })} />${i18n.t('voiceOn')}</label>
            <label class="check"><input type="checkbox" name="chime" .checked=${d.voice.chime} @change=${(e: Event) => this.set('voice', { ...d.voice, chime: checked(e) })} />${i18n.t('chimeOn')}</label>
            <label class="check"><input type="checkbox" name="browserSpeech" .checked=${d.voice.browserSpeech} @change=${(e: Event) => this.set('voice', { ...d.voice, browserSpeech: checked(e) })} />${i18n.t('browserSpeech')}</label>
          </div>
        </fieldset>
        ${this.renderMessage()}
        ${this.renderFormButtons(() => this.reset())}
      </form>`;
  }
}

customElements.define('giliran-admin-settings', GiliranAdminSettings);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-admin-settings': GiliranAdminSettings;
  }
}
