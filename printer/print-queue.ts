// The print queue: every job is on disk before anything is sent, goes out at most once, in order
// per printer. A job that never reached the printer waits and is retried when the printer is ready
// again (the status poll kicks the queue); after maxAttempts such tries it is 'failed'. A job
// whose bytes had started to go out when something broke is 'check': it may be on paper, so only
// an officer's reprint sends it again.
import { randomUUID } from 'node:crypto';
import type { FailedJob } from '../protocol/rest-types.js';
import type { PrintOutcome } from '../protocol/ticket.js';
import { pruneJobs, PrintJobStore, type PrintJob } from './print-job-store.js';
import type { PrintableTicket } from './print-types.js';
import type { PrinterChannel } from './printer-channel.js';
import { errorMessage, PrintInterruptedError, PrintNotSentError } from './transports/printer-transport.js';

export interface PrintQueueOptions {
  store: (snapshot: () => PrintJob[]) => PrintJobStore;
  channels: ReadonlyMap<string, PrinterChannel>;
  render: (job: PrintJob) => Buffer;
  maxAttempts: number;
  log: (msg: string) => void;
  /** A ticket's outcome changed. */
  onOutcome: (ticketId: string, outcome: PrintOutcome) => void;
  /** A printer's queued or failed count may have changed. */
  onCounts: (printerId: string) => void;
}

export class PrintQueue {
  private jobs: PrintJob[] = [];
  private seq = 0;
  private readonly store: PrintJobStore;
  private readonly draining = new Map<string, Promise<void>>();
  /** Kicked while draining: look again when the current drain ends. */
  private readonly kickedAgain = new Set<string>();
  private readonly emitted = new Map<string, PrintOutcome>();
  /** Jobs are only sent between resume() and close(). */
  private running = false;
  private closed = false;

  constructor(private readonly options: PrintQueueOptions) {
    this.store = options.store(() => this.jobs);
  }

  /** Loads persisted jobs. Jobs caught mid-send by a crash may have printed: 'check'. */
  load(): void {
    const now = new Date().toISOString();
    this.jobs = pruneJobs(this.store.load(), Date.now());
    for (const job of this.jobs) {
      if (job.state === 'sending') Object.assign(job, { state: 'check', lastError: 'the hub stopped while this ticket was printing', updatedAt: now });
      if (job.state === 'queued' && !this.options.channels.has(job.printerId)) {
        Object.assign(job, { state: 'failed', lastError: `printer "${job.printerId}" is no longer configured`, updatedAt: now });
      }
    }
    this.seq = Math.max(0, ...this.jobs.map((j) => j.seq));
    for (const job of this.jobs) this.emitted.set(job.ticket.id, this.outcome(job.ticket.id));
  }

  /** Saves what load() changed, then starts sending (persisted jobs first, in order). */
  async resume(): Promise<void> {
    await this.store.save();
    this.running = true;
    for (const printerId of new Set(this.jobs.map((j) => j.printerId))) this.kick(printerId);
  }

  enqueue(ticket: PrintableTicket, printerId: string, reprint: boolean): void {
    const now = new Date().toISOString();
    const job: PrintJob = { id: randomUUID(), seq: ++this.seq, printerId, ticket, reprint, state: 'queued', attempts: 0, lastError: '', createdAt: now, updatedAt: now };
    this.jobs.push(job);
    this.changed(job);
    // Persisted before the first byte goes out (see attempt); a failed save here is logged only.
    this.store.save().catch((error: unknown) => this.options.log(`print jobs not saved: ${errorMessage(error)}`));
    this.kick(printerId);
  }

  /** The newest job of the ticket decides (a reprint supersedes a failed print). */
  outcome(ticketId: string): PrintOutcome {
    const job = this.latestJob(ticketId);
    if (!job) return 'none';
    if (job.state === 'queued') {
      const channel = this.options.channels.get(job.printerId);
      return job.attempts === 0 && channel?.ready() ? 'pending' : 'waiting';
    }
    return job.state === 'sending' ? 'pending' : job.state;
  }

  counts(printerId: string): { queued: number; failed: number } {
    const open = this.jobs.filter((j) => j.printerId === printerId && (j.state === 'queued' || j.state === 'sending')).length;
    const failed = this.failedLatest().filter((j) => j.printerId === printerId).length;
    return { queued: open, failed };
  }

  /** Tickets whose newest job failed or needs checking, oldest first. */
  failedJobs(): FailedJob[] {
    return this.failedLatest().map((j) => ({ ticketId: j.ticket.id, number: j.ticket.number, outcome: this.outcome(j.ticket.id), attempts: j.attempts, lastError: j.lastError }));
  }

  /** The printer may be ready: send what waits for it. Also re-announces waiting outcomes. */
  kick(printerId: string): void {
    for (const job of this.jobs) if (job.printerId === printerId && job.state === 'queued') this.announce(job.ticket.id);
    if (!this.running || this.closed) return;
    if (this.draining.has(printerId)) return void this.kickedAgain.add(printerId);
    // the caller (an HTTP request issuing a ticket) goes on first; layout and I/O come after
    const run = new Promise((resolve) => setImmediate(resolve)).then(() => this.drain(printerId)).finally(() => {
      this.draining.delete(printerId);
      if (this.kickedAgain.delete(printerId)) this.kick(printerId);
    });
    this.draining.set(printerId, run);
  }

  /** Lets the job in progress finish and the last save land. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.draining.values());
    await this.store.save();
  }

  private async drain(printerId: string): Promise<void> {
    const channel = this.options.channels.get(printerId);
    if (!channel) return;
    for (;;) {
      const job = this.jobs.find((j) => j.printerId === printerId && j.state === 'queued');
      if (this.closed || !job || !channel.ready()) return;
      const sent = await this.attempt(job, channel);
      if (!sent) return; // the printer is not taking jobs: the next ready poll kicks again
    }
  }

  /** False when the job did not reach the printer. */
  private async attempt(job: PrintJob, channel: PrinterChannel): Promise<boolean> {
    let bytes: Buffer;
    try {
      bytes = this.options.render(job);
    } catch (error) {
      this.finish(job, 'failed', `layout failed: ${errorMessage(error)}`);
      return true;
    }
    const beforeFirstByte = async () => {
      job.state = 'sending';
      job.updatedAt = new Date().toISOString();
      await this.store.save();
    };
    try {
      await channel.print(bytes, { beforeFirstByte });
      this.finish(job, 'printed', '');
      return true;
    } catch (error) {
      if (error instanceof PrintInterruptedError) {
        this.options.log(`ticket ${job.ticket.number} may have printed, needs a check: ${error.message}`);
        this.finish(job, 'check', error.message);
        return true;
      }
      // A printer saying "no paper" or "cover open" is waited for, not counted against the job.
      const reported = error instanceof PrintNotSentError && (error.state === 'paper-out' || error.state === 'cover-open');
      if (!reported) job.attempts += 1;
      const giveUp = job.attempts >= this.options.maxAttempts;
      this.finish(job, giveUp ? 'failed' : 'queued', errorMessage(error));
      return false;
    }
  }

  private finish(job: PrintJob, state: PrintJob['state'], lastError: string): void {
    Object.assign(job, { state, lastError, updatedAt: new Date().toISOString() });
    this.jobs = pruneJobs(this.jobs, Date.now());
    const kept = new Set(this.jobs.map((j) => j.ticket.id));
    for (const ticketId of this.emitted.keys()) if (!kept.has(ticketId)) this.emitted.delete(ticketId);
    this.store.save().catch((error: unknown) => this.options.log(`print jobs not saved: ${errorMessage(error)}`));
    this.changed(job);
  }

  private changed(job: PrintJob): void {
    this.announce(job.ticket.id);
    this.options.onCounts(job.printerId);
  }

  private announce(ticketId: string): void {
    const outcome = this.outcome(ticketId);
    if (this.emitted.get(ticketId) === outcome) return;
    this.emitted.set(ticketId, outcome);
    this.options.onOutcome(ticketId, outcome);
  }

  private latestJob(ticketId: string): PrintJob | undefined {
    for (let i = this.jobs.length - 1; i >= 0; i--) if (this.jobs[i].ticket.id === ticketId) return this.jobs[i];
    return undefined;
  }

  private failedLatest(): PrintJob[] {
    const latest = new Map<string, PrintJob>();
    for (const job of this.jobs) latest.set(job.ticket.id, job);
    return [...latest.values()].filter((j) => j.state === 'failed' || j.state === 'check');
  }
}
