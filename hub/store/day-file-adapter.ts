// The lowdb adapter for a day's event file. Events are append-only and never change once
// written, so the JSON of those already on disk is kept and only new events are serialised:
// a flush late in a busy day costs the new events, not the whole day, in CPU. The file is still
// replaced whole and durably (DurableJsonFile's write path).
import type { Adapter } from 'lowdb';
import { DurableJsonFile, writeFileDurably } from './durable-json-file.js';

export interface DayFile<E> {
  day: string;
  events: E[];
}

export class DayFileAdapter<E> implements Adapter<DayFile<E>> {
  private readonly file: DurableJsonFile<DayFile<E>>;
  /** JSON of events[0..count), comma-separated, as last written. */
  private body = '';
  private count = 0;

  constructor(readonly path: string) {
    this.file = new DurableJsonFile(path);
  }

  async read(): Promise<DayFile<E> | null> {
    this.body = '';
    this.count = 0;
    return this.file.read();
  }

  async write(data: DayFile<E>): Promise<void> {
    // Events removed (a failed flush rolled back): what was cached may no longer match.
    if (data.events.length < this.count) {
      this.body = '';
      this.count = 0;
    }
    let body = this.body;
    for (let i = this.count; i < data.events.length; i++) body += (i > 0 ? ',' : '') + JSON.stringify(data.events[i]);
    await writeFileDurably(this.path, `{"day":${JSON.stringify(data.day)},"events":[${body}]}`);
    this.body = body;
    this.count = data.events.length;
  }
}
