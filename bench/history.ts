// Past days as the hub would have written them. One site day (~1000 tickets, each issued, called
// and finished at a counter) is produced by the queue core itself, so the events have the exact
// shape, numbering and rollover of production; every other day is that day's JSON with its own
// date, seq numbers and ticket ids (text substitution: 100 days in seconds, not minutes).
// Written as the product's days/YYYY-MM-DD.jsonl logs.
import { randomBytes } from 'node:crypto';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultSite } from '../hub/default-site.js';
import { isRefusal, type Command } from '../hub/queue/commands.js';
import { decide } from '../hub/queue/decide.js';
import type { DomainEvent } from '../hub/queue/events.js';
import { localDate } from '../hub/queue/local-time.js';
import { numberAndApply } from '../hub/queue/number-and-apply.js';
import { createState } from '../hub/queue/state.js';
import { scratchDir } from './scratch.js';

export const TIMEZONE = 'Asia/Makassar'; // the hub's default, UTC+8 all year
export const TICKETS_PER_DAY = 1000;
const OFFICER = 'petugas1';
/** The template day's dates and the id prefix that is replaced per day. */
const TEMPLATE_DAY = '2000-01-02';
const TEMPLATE_EVE = '2000-01-01';
const ID_MARK = 'TPL';

/** One opening day of `tickets` through the core, starting with the rollover from the day before. */
function templateDay(tickets: number): DomainEvent[] {
  const config = defaultSite(TIMEZONE);
  const state = createState(config, TEMPLATE_EVE, 0);
  const events: DomainEvent[] = [];
  const run = (cmd: Command, at: number) => {
    const result = decide(state, cmd, new Date(at));
    if (isRefusal(result)) throw new Error(`history: ${result.refused} ${result.message}`);
    events.push(...numberAndApply(state, result));
  };
  const opens = Date.parse(`${TEMPLATE_DAY}T08:00:00+08:00`);
  run({ type: 'rollover', to: TEMPLATE_DAY }, opens);
  const services = config.services.map((s) => s.id);
  const countersOf = (service: string) => config.counters.filter((c) => c.services.includes(service)).map((c) => c.id);
  const waiting = new Map(services.map((s) => [s, 0]));
  let turn = 0;
  const call = (service: string, at: number) => {
    const counters = countersOf(service);
    const counter = counters[turn++ % counters.length];
    const before = events.length;
    run({ type: 'callNext', counter, by: OFFICER }, at);
    // A visit room holds its visitors until their session ends: finish each at once so the room
    // never fills (the day's shape, not the room's, is what the benches need).
    if (config.counters.find((c) => c.id === counter)?.capacity) {
      const called = events.slice(before).find((e) => e.type === 'ticket.called');
      if (called?.type === 'ticket.called') run({ type: 'finish', ticketId: called.ticketId, by: OFFICER, transferTo: null }, at + 1000);
    }
    waiting.set(service, waiting.get(service)! - 1);
  };
  const spacing = (7.5 * 3600_000) / tickets; // spread over a 7.5 h opening day
  for (let i = 0; i < tickets; i++) {
    const at = opens + i * spacing;
    const service = services[i % services.length];
    // 22 characters like the real ids; the mark is replaced per day, the rest is random
    const id = ID_MARK + randomBytes(15).toString('base64url').slice(0, 19);
    run({ type: 'issue', id, service, priority: i % 20 === 0, idempotencyKey: `${ID_MARK}${crypto.randomUUID().slice(3)}`, device: 'kiosk-1' }, at);
    waiting.set(service, waiting.get(service)! + 1);
    if (waiting.get(service)! > 2) call(service, at + 3000); // a few people always wait
  }
  // At closing everyone is served, through every stage a call-next passes them on to: a day
  // of N tickets ends with none open, as a real one does.
  const closes = opens + tickets * spacing;
  for (let guard = 0; state.open.size > 0; guard++) {
    if (guard > 10 * tickets) throw new Error('history: the template day does not close');
    const t = state.open.values().next().value!;
    if (t.status === 'waiting') call(t.service, closes);
    else run({ type: 'finish', ticketId: t.id, by: OFFICER, transferTo: null }, closes + 60_000);
  }
  return events;
}

/** The template's JSON as the `n`th day of a series: its dates, seq numbers and ids. */
function dated(text: string, eventsPerDay: number, n: number, day: string, eve: string): string {
  const tag = n.toString(36).padStart(3, '0'); // unique ids across days
  return text
    .replaceAll(TEMPLATE_DAY, day)
    .replaceAll(TEMPLATE_EVE, eve)
    .replaceAll(ID_MARK, tag)
    .replace(/"(seq|issueSeq)":(\d+)/g, (_, key: string, seq: string) => `"${key}":${Number(seq) + n * eventsPerDay}`);
}

/** The local date `k` days before today in the site's time zone. */
function daysAgo(k: number, now: Date): string {
  return new Date(Date.parse(`${localDate(now, TIMEZONE)}T12:00:00Z`) - k * 86_400_000).toISOString().slice(0, 10);
}

/** `tickets` of history as whole days ending yesterday: [day, JSON of its events], oldest first. */
export function historyDays(tickets: number, now = new Date()): [string, string][] {
  const dayCount = Math.ceil(tickets / TICKETS_PER_DAY);
  if (dayCount === 0) return [];
  const template = templateDay(TICKETS_PER_DAY);
  const text = JSON.stringify(template);
  const days: [string, string][] = [];
  for (let k = dayCount, n = 0; k >= 1; k--, n++) days.push([daysAgo(k, now), dated(text, template.length, n, daysAgo(k, now), daysAgo(k + 1, now))]);
  return days;
}

/** A DATA_DIR whose today already holds `tickets` (issued, called, finished), no other day. */
export async function busyTodayDataDir(tickets: number, now = new Date()): Promise<string> {
  const dir = await scratchDir(`today-${tickets}`);
  await mkdir(join(dir, 'days'), { recursive: true });
  const template = templateDay(tickets);
  const today = daysAgo(0, now);
  await writeFile(join(dir, 'days', `${today}.jsonl`), asJsonl(dated(JSON.stringify(template), template.length, 0, today, daysAgo(1, now))));
  return dir;
}

/** A day's events (a JSON array) as the store's day log: one event a line. */
function asJsonl(events: string): string {
  return (JSON.parse(events) as unknown[]).map((e) => JSON.stringify(e) + '\n').join('');
}

const cache = new Map<number, Promise<string>>();

/**
 * A pristine DATA_DIR holding `tickets` of history, made once per run. Copy it (copyDataDir)
 * before starting a hub on it: the hub writes into its data dir.
 */
export function historyDataDir(tickets: number): Promise<string> {
  let dir = cache.get(tickets);
  if (!dir) {
    dir = (async () => {
      const made = await scratchDir(`history-${tickets}`);
      await mkdir(join(made, 'days'), { recursive: true });
      for (const [day, events] of historyDays(tickets)) await writeFile(join(made, 'days', `${day}.jsonl`), asJsonl(events));
      return made;
    })();
    cache.set(tickets, dir);
  }
  return dir;
}

let copies = 0;
/** A fresh copy of a pristine data dir, for one hub start. */
export async function copyDataDir(pristine: string): Promise<string> {
  const copy = await scratchDir(`run-${++copies}`);
  await cp(pristine, copy, { recursive: true });
  return copy;
}
