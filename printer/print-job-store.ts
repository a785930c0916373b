// Print jobs on disk (DATA_DIR/print-jobs.json), so a restart neither loses a queued ticket nor
// prints one twice. Saves are coalesced: calls made while a save runs share the next one.
import { readFileSync, renameSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file.js';

/**
 * queued  -> not (yet) sent; retried
 * sending -> its bytes are going out; found at start, it may have printed: becomes 'check'
 * printed / failed (gave up before sending) / check (may have printed, an officer looks)
 */
export type JobState = 'queued' | 'sending' | 'printed' | 'failed' | 'check';

const ticketSchema = z.object({
  id: z.string(),
  number: z.string(),
  serviceName: z.object({ id: z.string(), en: z.string() }),
  issuedAt: z.string(),
  ahead: z.number(),
  estimatedWaitMinutes: z.number(),
  priority: z.boolean(),
  device: z.string().optional(),
});

const jobSchema = z.object({
  id: z.string(),
  /** Enqueue order; jobs print in this order per printer. */
  seq: z.number(),
  printerId: z.string(),
  ticket: ticketSchema,
  reprint: z.boolean(),
  state: z.enum(['queued', 'sending', 'printed', 'failed', 'check']),
  attempts: z.number(),
  lastError: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type PrintJob = z.infer<typeof jobSchema>;

const fileSchema = z.object({ version: z.literal(1), jobs: z.array(jobSchema) });

/** Finished jobs are kept a day (for outcome() and the admin), and at most this many. */
const KEEP_FINISHED_MS = 24 * 60 * 60 * 1000;
const KEEP_FINISHED_MAX = 2000;

export class PrintJobStore {
  private running: Promise<void> | null = null;
  private queuedSave: Promise<void> | null = null;

  constructor(
    readonly path: string,
    /** The jobs as they are when a save starts. */
    private readonly snapshot: () => PrintJob[],
    private readonly log: (msg: string) => void = () => undefined,
  ) {}

  /** Reads the file; a missing file is no jobs, an unreadable one is set aside, not fatal. */
  load(): PrintJob[] {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    try {
      return fileSchema.parse(JSON.parse(text)).jobs;
    } catch (error) {
      const aside = `${this.path}.unreadable-${Date.now()}`;
      renameSync(this.path, aside);
      this.log(`print jobs file was unreadable (${error instanceof Error ? error.message.slice(0, 200) : error}); moved to ${aside}`);
      return [];
    }
  }

  /** Resolves once a save that started after this call is on disk. */
  save(): Promise<void> {
    if (this.queuedSave) return this.queuedSave;
    if (!this.running) return this.startSave();
    this.queuedSave = this.running
      .catch(() => undefined)
      .then(() => {
        this.queuedSave = null;
        return this.startSave();
      });
    return this.queuedSave;
  }

  private startSave(): Promise<void> {
    const data = JSON.stringify({ version: 1, jobs: this.snapshot() });
    const running = writeFileAtomic(this.path, data).finally(() => {
      if (this.running === running) this.running = null;
    });
    this.running = running;
    return running;
  }
}

/** Drops finished jobs older than a day, and the oldest beyond the cap; open jobs always stay. */
export function pruneJobs(jobs: PrintJob[], now: number): PrintJob[] {
  const finished = (j: PrintJob) => j.state !== 'queued' && j.state !== 'sending';
  const keep = new Set(
    jobs
      .filter((j) => finished(j) && now - Date.parse(j.updatedAt) < KEEP_FINISHED_MS)
      .sort((a, b) => b.seq - a.seq)
      .slice(0, KEEP_FINISHED_MAX),
  );
  return jobs.filter((j) => !finished(j) || keep.has(j));
}
