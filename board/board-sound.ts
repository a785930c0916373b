// The board's sound: one AudioContext and one Announcer for the page's life, fed from the site
// settings. Exposes the announcer as window.__giliranAnnouncer so tests (and a curious
// technician in DevTools) can read what was spoken, in order.
import type { PublicCall, PublicSite, PublicState } from '../protocol/public.js';
import { CHIME, PHRASES } from './voice/clips.js';
import { CLIP_URLS, clipUrl } from './voice/clip-urls.js';
import { Announcer } from './voice/announcer.js';
import { NUMBER_WORDS } from './voice/number-words.js';
import { nameClips, ticketClips } from './voice/playlist.js';

declare global {
  interface Window {
    __giliranAnnouncer?: Announcer;
    /** Clip name -> URL, for the test that decodes every clip. */
    __giliranClips?: Record<string, string>;
  }
}

export class BoardAnnouncer {
  readonly announcer: Announcer | null;
  private site: PublicSite | null = null;

  constructor(onChange: () => void) {
    let ctx: AudioContext | null = null;
    try {
      ctx = new AudioContext({ latencyHint: 'playback' });
    } catch (err) {
      console.warn('board: no Web Audio, calls are shown but not spoken', err);
    }
    this.announcer = ctx
      ? new Announcer({ context: ctx, clipUrl, speech: globalThis.speechSynthesis ?? null, onChange })
      : null;
    if (this.announcer) window.__giliranAnnouncer = this.announcer;
    window.__giliranClips = Object.fromEntries(CLIP_URLS);
  }

  /** Sound is blocked and something would be heard: show the one-tap overlay. */
  get needsTap(): boolean {
    const v = this.site?.voice;
    return !!this.announcer?.blocked && !!v && (v.voice || v.chime) && v.volume > 0;
  }

  configure(site: PublicSite): void {
    this.site = site;
    this.announcer?.configure({ ...site.voice, reading: site.numberReading });
  }

  announce(call: PublicCall): void {
    this.announcer?.enqueue(call);
  }

  /** Decodes what this site's calls can use (its letters, numbers, counter names) up front. */
  preload(state: PublicState): void {
    if (!this.announcer) return;
    const reading = state.site.numberReading;
    const names = new Set([CHIME, ...Object.keys(PHRASES), ...NUMBER_WORDS]);
    for (const s of state.services) names.add(ticketClips(`${s.prefix}-000`, reading)[0]);
    for (const c of state.counters) for (const n of nameClips(c.name)) names.add(n);
    void this.announcer.preload([...names]);
  }

  unlock(): void {
    void this.announcer?.unlock();
  }

  dispose(): void {
    this.announcer?.dispose();
    if (window.__giliranAnnouncer === this.announcer) delete window.__giliranAnnouncer;
  }
}

