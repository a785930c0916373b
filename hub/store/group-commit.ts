// Coalesces flushes: callers that ask while a flush runs share the next one, so a burst of
// requests costs two disk writes, not one per request. Each caller's promise resolves only after
// a write that started after its request has finished.
export class GroupCommit {
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  /** Writes started by every group commit of the process (tests check that bursts share them). */
  static writesStarted = 0;

  constructor(private readonly write: () => Promise<void>) {}

  flush(): Promise<void> {
    if (!this.running) {
      GroupCommit.writesStarted++;
      this.running = this.write().finally(() => {
        this.running = null;
      });
      return this.running;
    }
    if (!this.queued) {
      this.queued = this.running
        .catch(() => {})
        .then(() => {
          this.queued = null;
          return this.flush();
        });
    }
    return this.queued;
  }

  /** Resolves when no flush is running or queued. */
  async idle(): Promise<void> {
    while (this.running || this.queued) await (this.queued ?? this.running)!.catch(() => {});
  }
}
