// The waiting-room board: the latest call large, a tile per counter, earlier calls, people
// waiting, clock and running text. New calls flash, chime and are spoken by the announcer.
// Runs for weeks: lists are bounded (protocol + BoardView), timers are cleared on disconnect.
import { LitElement, css, html, nothing } from 'lit';
import type { Lang } from '../protocol/config.js';
import type { LiveEvent } from '../protocol/live.js';
import type { PublicBatch, PublicCall, PublicState } from '../protocol/public.js';
import { HubConnection, type ConnectionStatus } from '../ui/hub-connection.js';
import { baseStyles } from '../ui/theme.js';
import '../ui/giliran-connection-badge.js';
import { boardI18n } from './board-strings.js';
import { BoardView, parseFilter } from './board-view.js';
import { BoardAnnouncer } from './board-sound.js';
import './giliran-board-batch.js';
import './giliran-board-call.js';
import './giliran-board-clock.js';
import './giliran-board-counter.js';
import './giliran-board-recent.js';
import './giliran-board-ticker.js';
import { tickerText } from './ticker-text.js';
import './giliran-board-waiting.js';
import './giliran-board-quota.js';
import './giliran-sound-overlay.js';

/** A link lost for less than this is not shown: brief blips would only alarm the room. */
export const OFFLINE_AFTER_MS = 5000;

export class GiliranBoard extends LitElement {
  static override properties = {
    offline: { type: Boolean, reflect: true },
  };
  static override styles = [
    baseStyles,
    css`
      /* Read from 5 m (docs/board.md): every secondary text is at least --board-min, 4.5% of the
         screen's short side (48.6 px at 1080 lines, 32.4 px at 720: the same share of the picture). */
      :host {
        --board-min: 4.5vmin;
        --board-pad: 1.3vmin;
        --board-small: var(--board-min);
        --board-clock: 7vmin;
        --board-list: var(--board-min);
        --board-ticker: var(--board-min);
        display: grid;
        width: 100vw;
        height: 100vh;
        overflow: hidden;
        gap: var(--board-pad);
        padding: var(--board-pad) var(--board-pad) 0;
        grid-template-columns: minmax(0, 0.8fr) minmax(0, 1.2fr);
        grid-template-rows: auto minmax(0, 1fr) auto auto auto auto;
        grid-template-areas:
          'head head'
          'call counters'
          'recent recent'
          'waiting waiting'
          'quota quota'
          'ticker ticker';
      }
      main {
        display: contents;
      }
      header {
        grid-area: head;
        display: flex;
        align-items: center;
        gap: var(--board-pad);
      }
      .site {
        flex: 1;
        min-width: 0;
        font-size: var(--board-min);
        font-weight: 800;
        line-height: 1.1;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .call {
        grid-area: call;
        min-height: 0;
      }
      .counters {
        grid-area: counters;
        display: grid;
        min-height: 0;
        grid-template-columns: repeat(2, minmax(0, 1fr));
        grid-auto-rows: minmax(0, 1fr);
        gap: var(--board-pad);
        align-content: stretch;
      }
      /* Earlier calls in one line under the call and the tiles; the waiting counts in two columns. */
      .recent {
        grid-area: recent;
      }
      .waiting {
        grid-area: waiting;
        --board-waiting-cols: 2;
      }
      /* Places left per session (online booking); renders nothing without session quotas. */
      .quota {
        grid-area: quota;
      }
      .ticker {
        grid-area: ticker;
        margin: 0 calc(-1 * var(--board-pad));
      }
      .loading {
        grid-area: call;
        font-size: var(--board-min);
        color: var(--g-fg-muted);
      }
      giliran-connection-badge {
        font-size: var(--board-list);
      }
      @media (orientation: portrait) {
        :host {
          grid-template-columns: minmax(0, 1fr);
          grid-template-rows: auto minmax(0, 1.2fr) minmax(0, 1fr) auto auto auto auto;
          grid-template-areas: 'head' 'call' 'counters' 'recent' 'waiting' 'quota' 'ticker';
        }
        .waiting {
          --board-waiting-cols: 1;
        }
      }
    `,
  ];

  offline = false;
  readonly hub = new HubConnection(this);
  private readonly view = new BoardView(parseFilter(location.search));
  private sound: BoardAnnouncer | null = null;
  private offlineTimer: ReturnType<typeof setTimeout> | null = null;
  private offs: Array<() => void> = [];
  /** The newest call this board has seen (announced or shown), to find calls missed offline. */
  private lastCallSeq = -1;

  constructor() {
    super();
    const lang = new URLSearchParams(location.search).get('lang');
    if (lang === 'en' || lang === 'id') boardI18n.setLang(lang);
    boardI18n.bind(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.sound = new BoardAnnouncer(() => this.requestUpdate());
    this.offs = [
      this.hub.on('state', (s) => this.onState(s)),
      this.hub.on('ticket:called', (e) => this.onCalled(e)),
      this.hub.on('status', (s) => this.onStatus(s)),
    ];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const off of this.offs) off();
    this.offs = [];
    if (this.offlineTimer) clearTimeout(this.offlineTimer);
    this.offlineTimer = null;
    this.sound?.dispose();
    this.sound = null;
  }

  private onState(s: PublicState): void {
    this.sound?.configure(s.site);
    const newest = s.recentCalls[0]?.seq ?? 0;
    // On a resync (not the first load) calls made while the link was down are still spoken.
    if (this.lastCallSeq >= 0) for (const c of this.view.missed(s, this.lastCallSeq, this.hub.serverNow())) this.sound?.announce(c);
    else this.sound?.preload(s);
    this.lastCallSeq = Math.max(this.lastCallSeq, newest);
  }

  private onCalled(e: LiveEvent): void {
    const state = this.hub.state;
    if (!e.call || !state) return;
    this.lastCallSeq = Math.max(this.lastCallSeq, e.call.seq);
    if (!this.view.call(e.call, state)) return;
    this.sound?.configure(state.site);
    this.sound?.announce(e.call);
  }

  private onStatus(s: ConnectionStatus): void {
    if (s !== 'offline') {
      if (this.offlineTimer) clearTimeout(this.offlineTimer);
      this.offlineTimer = null;
      this.offline = false;
    } else if (!this.offlineTimer && !this.offline) {
      this.offlineTimer = setTimeout(() => {
        this.offlineTimer = null;
        this.offline = this.hub.status === 'offline';
      }, OFFLINE_AFTER_MS);
    }
  }

  override updated(): void {
    const announcing = this.sound?.announcer?.current?.number ?? '';
    this.dataset.announcing = announcing;
    this.dataset.latest = this.hub.state ? (this.view.latest(this.hub.state)?.number ?? '') : '';
    this.dataset.hero = this.hub.state ? (this.view.hero(this.hub.state)?.number ?? '') : '';
    this.dataset.seq = String(this.hub.state?.seq ?? '');
  }

  override render() {
    const s = this.hub.state;
    const lang: Lang = boardI18n.lang;
    const overlay = this.sound?.needsTap ? html`<giliran-sound-overlay .lang=${lang} @unlock=${() => this.sound?.unlock()}></giliran-sound-overlay>` : nothing;
    if (!s) return html`<div class="loading">${boardI18n.t('loading')}</div>${overlay}`;
    const latest = this.view.latest(s);
    const hero = this.view.hero(s);
    const service = hero ? s.services.find((x) => x.id === hero.service) : undefined;
    const counters = this.view.counters(s);
    return html`
      <header>
        <div class="site" role="heading" aria-level="1">${s.site.siteName}</div>
        ${this.offline || this.hub.status === 'connecting'
          ? html`<giliran-connection-badge .status=${this.hub.status} .offlineSince=${this.hub.offlineSince} .lang=${lang}></giliran-connection-badge>`
          : nothing}
        <giliran-board-clock .timezone=${s.site.timezone} .offsetMs=${this.hub.clockOffsetMs} .lang=${lang}></giliran-board-clock>
      </header>
      <main>
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="announce">${latest
        ? `${latest.recall > 0 ? `${boardI18n.t('recall', { n: latest.recall + 1 })}. ` : ''}${boardI18n.t('number')} ${latest.number}. ${boardI18n.t('goTo')} ${latest.counterName}.`
        : ''}</div>
      ${hero?.batch && hero.batch.numbers.length > 1
        ? html`<giliran-board-batch class="call" .call=${hero} .batch=${roomBatch(s, hero)} .sessionMinutes=${s.counters.find((c) => c.id === hero.counter)?.sessionMinutes ?? null} .serviceName=${service ? boardI18n.name(service.name) : ''} .offsetMs=${this.hub.clockOffsetMs} .lang=${lang}></giliran-board-batch>`
        : html`<giliran-board-call class="call" .call=${hero} .over=${!!latest && !hero} .serviceName=${service ? boardI18n.name(service.name) : ''} .lang=${lang}></giliran-board-call>`}
      <section class="counters" style="--n: ${counters.length}">
        ${counters.map(
          (c) => html`<giliran-board-counter
            data-counter=${c.id}
            .counter=${c}
            .latest=${!!hero && hero.counter === c.id}
            .lang=${lang}
          ></giliran-board-counter>`,
        )}
      </section>
      <giliran-board-recent class="recent" .calls=${this.view.recent(s)} .lang=${lang}></giliran-board-recent>
      <giliran-board-waiting class="waiting" .services=${this.view.services(s)} .lang=${lang}></giliran-board-waiting>
      <giliran-board-quota class="quota" .services=${this.view.services(s)} .timezone=${s.site.timezone} .offsetMs=${this.hub.clockOffsetMs} .lang=${lang}></giliran-board-quota>
      <giliran-board-ticker class="ticker" .text=${tickerText(s.site)}></giliran-board-ticker>
      </main>
      ${overlay}
    `;
  }
}

/** The room's batch a batch call made (same call time), for its session clock. */
function roomBatch(s: PublicState, call: PublicCall): PublicBatch | null {
  const counter = s.counters.find((c) => c.id === call.counter);
  return counter?.batches?.find((b) => Date.parse(b.calledAt) === Date.parse(call.at)) ?? null;
}

customElements.define('giliran-board', GiliranBoard);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-board': GiliranBoard;
  }
}
