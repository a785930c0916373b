// Vibration and a two-tone chime when the ticket is called. Browsers allow sound only after a
// tap on the page, so unlock() is called from the first tap; vibration works where supported.
export class CallAlert {
  private ctx: AudioContext | null = null;

  get soundReady(): boolean {
    return this.ctx?.state === 'running';
  }

  /** Call from a user gesture. */
  async unlock(): Promise<void> {
    const Ctor = globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctor) return;
    this.ctx ??= new Ctor();
    if (this.ctx.state === 'suspended') await this.ctx.resume().catch(() => undefined);
  }

  alert(): void {
    try {
      navigator.vibrate?.([400, 200, 400, 200, 600]);
    } catch {
      /* not allowed without a gesture on some browsers */
    }
    const ctx = this.ctx;
    if (!ctx || ctx.state !== 'running') return;
    // Ding-dong: two soft sine tones, twice.
    [0, 0.45, 1.2, 1.65].forEach((at, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = i % 2 === 0 ? 880 : 660;
      const t = ctx.currentTime + at;
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(0.5, t + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.6);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t);
      osc.stop(t + 0.65);
    });
  }
}
