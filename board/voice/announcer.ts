// The announcement queue. Calls are spoken one after another, in arrival order: a new call waits
// for the one being spoken (never cuts it off, never drops it) and a recall is simply another
// call. Each announcement's clips are decoded once (cached) and scheduled back to back on the Web
// Audio timeline: every source starts where the previous one ends, no timers in between.
import type { NumberReading, VoiceSettings } from '../../protocol/config.js';
import type { PublicCall } from '../../protocol/public.js';
import { PHRASES } from './clips.js';
import { playlist, speechText } from './playlist.js';

export type AnnounceCall = Pick<PublicCall, 'number' | 'counterName' | 'recall' | 'seq' | 'batch'>;

export interface Announcement extends AnnounceCall {
  clips: string[];
  /** Date.now() when queued, started and finished. */
  queuedAt: number;
  startedAt: number | null;
  endedAt: number | null;
  /** Not spoken: it waited longer than MAX_WAIT_MS (sound was blocked) or had no clip to play. */
  skipped: boolean;
  /** How it was spoken: clips, the browser's speech voice, or only the chime. */
  via: 'clips' | 'speech' | null;
}

export interface AnnouncerOptions {
  context: AudioContext;
  /** The URL of a clip, or undefined when there is none. */
  clipUrl: (name: string) => string | undefined;
  fetchClip?: (url: string) => Promise<ArrayBuffer>;
  /** The browser's speech voice for browserSpeech; null when there is none. */
  speech?: SpeechSynthesis | null;
  now?: () => number;
  onChange?: () => void;
}

export interface AnnouncerSettings extends VoiceSettings {
  reading: NumberReading;
}

/** Calls waiting longer than this (sound blocked for a while) are skipped, not spoken late. */
export const MAX_WAIT_MS = 120_000;
const MAX_QUEUE = 30;
const LOG_LIMIT = 50;
/** Pauses on the audio timeline, in seconds: after the chime, around phrases ("commas"), words. */
const GAP_AFTER_CHIME = 0.25;
const GAP_PHRASE = 0.18;
const GAP_WORD = 0.04;
const LEAD = 0.05;
/** A safety net for speech synthesis, whose `end` event is known to go missing. */
const SPEECH_WATCHDOG_MS = 20_000;

function gapAfter(name: string, next: string | undefined): number {
  if (next === undefined) return 0;
  if (name === 'chime') return GAP_AFTER_CHIME;
  return name in PHRASES || next in PHRASES ? GAP_PHRASE : GAP_WORD;
}

export class Announcer {
  settings: AnnouncerSettings = { voice: true, chime: true, volume: 1, browserSpeech: false, reading: 'words' };
  /** Waiting to be spoken, oldest first. */
  readonly queue: Announcement[] = [];
  current: Announcement | null = null;
  /** Spoken (and skipped) announcements, oldest first, bounded. */
  readonly log: Announcement[] = [];

  private readonly ctx: AudioContext;
  private readonly gain: GainNode;
  private readonly buffers = new Map<string, Promise<AudioBuffer | null>>();
  private readonly now: () => number;
  private readonly fetchClip: (url: string) => Promise<ArrayBuffer>;
  private readonly onStateChange = () => {
    this.opts.onChange?.();
    this.pump();
  };
  private disposed = false;

  constructor(private readonly opts: AnnouncerOptions) {
    this.ctx = opts.context;
    this.gain = this.ctx.createGain();
    this.gain.connect(this.ctx.destination);
    this.now = opts.now ?? Date.now;
    this.fetchClip = opts.fetchClip ?? (async (url) => (await fetch(url)).arrayBuffer());
    this.ctx.addEventListener('statechange', this.onStateChange);
  }

  /** True while the browser blocks sound (no user gesture yet). */
  get blocked(): boolean {
    return this.ctx.state === 'suspended';
  }

  /** Resumes sound; call it from a user gesture (the "Aktifkan suara" tap). */
  async unlock(): Promise<void> {
    await this.ctx.resume();
  }

  configure(settings: Partial<AnnouncerSettings>): void {
    this.settings = { ...this.settings, ...settings };
    this.gain.gain.value = Math.min(1, Math.max(0, this.settings.volume));
  }

  enqueue(call: AnnounceCall): Announcement {
    const { voice, chime, reading } = this.settings;
    const a: Announcement = {
      number: call.number,
      counterName: call.counterName,
      recall: call.recall,
      seq: call.seq,
      ...(call.batch ? { batch: call.batch } : {}),
      clips: playlist(call, { voice, chime, reading }),
      queuedAt: this.now(),
      startedAt: null,
      endedAt: null,
      skipped: false,
      via: null,
    };
    this.queue.push(a);
    // Bounded for weeks of running with sound blocked: the oldest waiting call gives way.
    while (this.queue.length > MAX_QUEUE) this.finish(this.queue.shift()!, true);
    this.changed();
    this.pump();
    return a;
  }

  /** Settles when the last preload has decoded its clips. */
  ready: Promise<unknown> = Promise.resolve();

  /** Decodes clips ahead of the first call, so it starts without a fetch. */
  preload(names: string[]): Promise<unknown> {
    this.ready = Promise.all(names.map((n) => this.buffer(n)));
    return this.ready;
  }

  dispose(): void {
    this.disposed = true;
    this.ctx.removeEventListener('statechange', this.onStateChange);
    this.queue.length = 0;
    void this.ctx.close().catch(() => undefined);
  }

  private pump(): void {
    if (this.disposed || this.current || this.queue.length === 0) return;
    const next = this.queue[0];
    // Nothing to play (chime and voice off) or too old: done at once, even while sound is blocked.
    if (next.clips.length === 0 || this.now() - next.queuedAt > MAX_WAIT_MS) {
      this.finish(this.queue.shift()!, true);
      this.pump();
      return;
    }
    if (this.ctx.state !== 'running') return;
    const a = this.queue.shift()!;
    this.current = a;
    a.startedAt = this.now();
    this.changed();
    void this.speak(a).catch((err) => {
      console.warn('announcer: could not play', a.number, err);
      this.done(a);
    });
  }

  private async speak(a: Announcement): Promise<void> {
    const voice = this.settings.browserSpeech && this.settings.voice ? this.idVoice() : null;
    const clips = voice ? a.clips.filter((c) => c === 'chime') : a.clips;
    const loaded = await Promise.all(clips.map((name) => this.buffer(name)));
    const parts = clips.map((name, i) => ({ name, buffer: loaded[i] })).filter((p) => p.buffer !== null);
    a.via = voice ? 'speech' : 'clips';
    const afterClips = voice ? () => this.say(a, voice) : () => this.done(a);
    if (parts.length === 0) return afterClips();
    let t = this.ctx.currentTime + LEAD;
    let src: AudioBufferSourceNode | null = null;
    for (const [i, p] of parts.entries()) {
      src = this.ctx.createBufferSource();
      src.buffer = p.buffer;
      src.connect(this.gain);
      src.start(t);
      t += p.buffer!.duration + gapAfter(p.name, parts[i + 1]?.name);
    }
    src!.onended = afterClips;
  }

  /** The browser's id-ID voice speaks the sentence; the end (or the watchdog) moves the queue on. */
  private say(a: Announcement, voice: SpeechSynthesisVoice): void {
    const u = new SpeechSynthesisUtterance(speechText(a, this.settings.reading));
    u.voice = voice;
    u.lang = voice.lang;
    u.volume = this.settings.volume;
    u.rate = 0.9;
    const watchdog = setTimeout(() => this.done(a), SPEECH_WATCHDOG_MS);
    u.onend = u.onerror = () => {
      clearTimeout(watchdog);
      this.done(a);
    };
    this.opts.speech!.speak(u);
  }

  private idVoice(): SpeechSynthesisVoice | null {
    const voices = this.opts.speech?.getVoices() ?? [];
    return voices.find((v) => v.lang.replace('_', '-').toLowerCase().startsWith('id')) ?? null;
  }

  private buffer(name: string): Promise<AudioBuffer | null> {
    let p = this.buffers.get(name);
    if (!p) {
      const url = this.opts.clipUrl(name);
      p = url
        ? this.fetchClip(url)
            .then((bytes) => this.ctx.decodeAudioData(bytes))
            .catch((err) => {
              console.warn('announcer: clip', name, err);
              this.buffers.delete(name); // try again next time
              return null;
            })
        : Promise.resolve(null);
      this.buffers.set(name, p);
    }
    return p;
  }

  private done(a: Announcement): void {
    if (this.current !== a) return; // already finished (speech end after the watchdog)
    this.current = null;
    this.finish(a, false);
    this.pump();
  }

  private finish(a: Announcement, skipped: boolean): void {
    a.skipped = skipped;
    a.endedAt = this.now();
    this.log.push(a);
    if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
    this.changed();
  }

  private changed(): void {
    this.opts.onChange?.();
  }
}
