// The announcement queue against a fake Web Audio context whose clock the test moves.
import { describe, expect, it } from 'vitest';
import { Announcer, MAX_WAIT_MS } from '../../board/voice/announcer.js';

interface FakeSource {
  name: string;
  at: number;
  duration: number;
  onended: (() => void) | null;
}

class FakeContext {
  state: AudioContextState = 'running';
  currentTime = 0;
  destination = {};
  sources: FakeSource[] = [];
  decoded = 0;
  private listeners = new Set<() => void>();
  createGain() {
    return { gain: { value: 1 }, connect() {} };
  }
  createBufferSource() {
    const ctx = this;
    const src = {
      buffer: null as { name: string; duration: number } | null,
      onended: null as (() => void) | null,
      connect() {},
      start(at: number) {
        ctx.sources.push({ name: src.buffer!.name, at, duration: src.buffer!.duration, get onended() { return src.onended; }, set onended(v) { src.onended = v; } });
      },
    };
    return src;
  }
  async decodeAudioData(bytes: ArrayBuffer) {
    this.decoded++;
    const name = new TextDecoder().decode(bytes);
    return { name, duration: 0.5 };
  }
  addEventListener(_: string, fn: () => void) {
    this.listeners.add(fn);
  }
  removeEventListener(_: string, fn: () => void) {
    this.listeners.delete(fn);
  }
  async resume() {
    this.state = 'running';
    for (const fn of this.listeners) fn();
  }
  async close() {}
  /** Plays to the end of everything scheduled: fires the last source's `ended`. */
  finishAll() {
    const last = [...this.sources].reverse().find((s) => s.onended);
    if (!last) throw new Error('nothing is playing');
    this.currentTime = last.at + last.duration;
    const fn = last.onended!;
    last.onended = null;
    fn();
  }
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function setup(now = { t: 1_000_000 }) {
  const ctx = new FakeContext();
  const announcer = new Announcer({
    context: ctx as unknown as AudioContext,
    clipUrl: (name) => (name === 'missing' ? undefined : `/clips/${name}.ogg`),
    fetchClip: async (url) => new TextEncoder().encode(url.slice(7, -4)).buffer as ArrayBuffer,
    now: () => now.t,
  });
  return { ctx, announcer, now };
}

const call = (number: string, counterName: string, recall = 0, seq = 1) => ({ number, counterName, recall, seq });

describe('Announcer', () => {
  it('schedules the clips back to back on the audio timeline', async () => {
    const { ctx, announcer } = setup();
    announcer.enqueue(call('A-015', 'Loket 2'));
    await settle();
    expect(ctx.sources.map((s) => s.name)).toEqual(['chime', 'nomor-antrian', 'huruf-a', 'lima', 'belas', 'silakan-menuju', 'loket', 'dua']);
    for (let i = 1; i < ctx.sources.length; i++) {
      const prev = ctx.sources[i - 1];
      const gap = ctx.sources[i].at - (prev.at + prev.duration);
      expect(gap).toBeGreaterThan(0.02);
      expect(gap).toBeLessThan(0.3);
    }
    expect(announcer.current?.number).toBe('A-015');
  });

  it('lets a new call wait for the one being spoken, then speaks both in order; a recall again', async () => {
    const { ctx, announcer } = setup();
    announcer.enqueue(call('A-015', 'Loket 2', 0, 1));
    await settle();
    announcer.enqueue(call('B-002', 'Loket 3', 0, 2));
    announcer.enqueue(call('A-015', 'Loket 2', 1, 3));
    await settle();
    // Nothing of the second call is scheduled while the first plays.
    expect(ctx.sources.map((s) => s.name)).not.toContain('huruf-b');
    expect(announcer.queue.map((a) => a.number)).toEqual(['B-002', 'A-015']);
    ctx.finishAll();
    await settle();
    expect(announcer.current?.number).toBe('B-002');
    const bStart = ctx.sources.find((s) => s.name === 'huruf-b')!;
    expect(bStart.at).toBeGreaterThanOrEqual(ctx.currentTime);
    ctx.finishAll();
    await settle();
    ctx.finishAll();
    await settle();
    expect(announcer.current).toBeNull();
    expect(announcer.log.map((a) => [a.number, a.recall, a.skipped])).toEqual([
      ['A-015', 0, false],
      ['B-002', 0, false],
      ['A-015', 1, false],
    ]);
  });

  it('decodes each clip once', async () => {
    const { ctx, announcer } = setup();
    announcer.enqueue(call('A-015', 'Loket 2'));
    await settle();
    const first = ctx.decoded;
    ctx.finishAll();
    announcer.enqueue(call('A-015', 'Loket 2', 1));
    await settle();
    expect(ctx.decoded).toBe(first);
  });

  it('waits while sound is blocked, speaks after the unlock, and skips calls left too long', async () => {
    const { ctx, announcer, now } = setup();
    ctx.state = 'suspended';
    announcer.enqueue(call('A-001', 'Loket 1'));
    await settle();
    expect(announcer.blocked).toBe(true);
    expect(ctx.sources).toHaveLength(0);
    now.t += MAX_WAIT_MS + 1;
    announcer.enqueue(call('A-002', 'Loket 1'));
    await announcer.unlock();
    await settle();
    expect(announcer.log.map((a) => [a.number, a.skipped])).toEqual([['A-001', true]]);
    expect(announcer.current?.number).toBe('A-002');
  });

  it('voice off keeps the chime; chime off too speaks nothing and does not stall', async () => {
    const { ctx, announcer } = setup();
    announcer.configure({ voice: false });
    announcer.enqueue(call('A-001', 'Loket 1'));
    await settle();
    expect(ctx.sources.map((s) => s.name)).toEqual(['chime']);
    ctx.finishAll();
    announcer.configure({ chime: false });
    announcer.enqueue(call('A-002', 'Loket 1'));
    announcer.enqueue(call('A-003', 'Loket 1'));
    await settle();
    expect(announcer.current).toBeNull();
    expect(announcer.log.map((a) => a.number)).toEqual(['A-001', 'A-002', 'A-003']);
  });

  it('keeps a bounded queue and log', async () => {
    const { ctx, announcer } = setup();
    ctx.state = 'suspended';
    for (let i = 1; i <= 200; i++) announcer.enqueue(call(`A-${String(i).padStart(3, '0')}`, 'Loket 1', 0, i));
    expect(announcer.queue.length).toBeLessThanOrEqual(30);
    expect(announcer.log.length).toBeLessThanOrEqual(50);
    expect(announcer.queue.at(-1)?.number).toBe('A-200');
  });
});
