// SKM over the real hub: one survey per served ticket (under concurrency, across a restart),
// unfinished and unknown tickets refused, malformed input 400, the report's figures from real
// answers, the CSV without ticket ids, publishing to GET /api/ikm and the board's snapshot.
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../protocol/live.js';
import type { PublicState } from '../../protocol/public.js';
import type { IkmReport, PublishedIkm } from '../../protocol/survey.js';
import { parseCsv } from '../../hub/reports/csv.js';
import { SURVEY_HEADER } from '../../hub/survey/survey-csv.js';
import { api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { waitFor } from '../helpers/wait-for.js';

const DAY = '2026-11-28';
const start = Date.parse('2026-11-28T01:00:00Z'); // 09:00 WITA
const clock = { t: new Date(start), now: () => clock.t };

let hub: TestHub;
let admin: string;
let officer: string;

const issue = async (service = 'informasi') => {
  const r = await api<{ id: string; number: string }>(hub.url, '/api/tickets', { body: { service } });
  expect(r.status).toBe(201);
  return r.body;
};
const officerPost = async (path: string) => {
  const r = await api(hub.url, path, { body: {}, token: officer });
  expect(r.status, `${path} ${JSON.stringify(r.body)}`).toBe(200);
};
/** A ticket served to the end at Loket 4 (informasi has no next stage). */
const served = async () => {
  const t = await issue();
  await officerPost('/api/counters/loket-4/call-next');
  await officerPost(`/api/tickets/${t.id}/finish`);
  return t;
};
const answer = (body: unknown) => api(hub.url, '/api/surveys', { body });
const all = (n: number) => Array(9).fill(n);

beforeAll(async () => {
  hub = await startTestHub({ clock, env: { SURVEY_RATE_LIMIT: '0' } });
  admin = await login(hub.url);
  officer = await officerToken(hub.url, admin);
}, 30_000);
afterAll(async () => {
  await hub?.close();
});

describe('one survey per served ticket', () => {
  it('accepts a served ticket once: 201, then 409 survey_already_answered', async () => {
    const t = await served();
    const first = await answer({ ticketId: t.id, answers: all(4), respondent: { gender: 'P', age: '30-39' }, suggestion: 'Ruang tunggu panas' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.number).toBe(t.number);
    const again = await answer({ ticketId: t.id, answers: all(1) });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('survey_already_answered');
  });

  it('holds under 20 concurrent answers for one ticket: one 201 and 19 409', async () => {
    const t = await served();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => answer({ ticketId: t.id, answers: all((i % 4) + 1) })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.error.code === 'survey_already_answered')).toBe(true);
  });

  it('refuses a ticket that is waiting, called or serving: 409 ticket_not_finished', async () => {
    const waiting = await issue('pendaftaran');
    const r = await answer({ ticketId: waiting.id, answers: all(3) });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('ticket_not_finished');
    await officerPost('/api/counters/loket-1/call-next');
    const called = await answer({ ticketId: waiting.id, answers: all(3) });
    expect(called.body.error.code).toBe('ticket_not_finished');
    await officerPost(`/api/tickets/${waiting.id}/finish`);
    expect((await answer({ ticketId: waiting.id, answers: all(3) })).status).toBe(201);
  });

  it('refuses a ticket that is not one of today: 409 ticket_not_today', async () => {
    const r = await answer({ ticketId: 'AAAAAAAAAAAAAAAAAAAAAA', answers: all(3) });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('ticket_not_today');
    const n = await answer({ number: 'Z-999', answers: all(3) });
    expect(n.body.error.code).toBe('ticket_not_today');
  });

  it('takes a ticket number of today from the exit screen, without giving the id back', async () => {
    const t = await served();
    const short = t.number.replace('-0', '').replace('-', '').toLowerCase(); // "d4" style typing
    const check = await api(hub.url, '/api/surveys/check', { body: { number: short } });
    expect(check.status).toBe(200);
    expect(check.body).toEqual({ number: t.number, eligibility: 'open' });
    const r = await answer({ number: t.number, answers: all(2) });
    expect(r.status).toBe(201);
    expect(JSON.stringify(r.body)).not.toContain(t.id);
    const after = await api(hub.url, '/api/surveys/check', { body: { number: t.number } });
    expect(after.body.eligibility).toBe('answered');
  });

  it.each([
    ['eight answers', { answers: [4, 4, 4, 4, 4, 4, 4, 4] }],
    ['an answer of 5', { answers: [5, 4, 4, 4, 4, 4, 4, 4, 4] }],
    ['a fraction', { answers: [3.5, 4, 4, 4, 4, 4, 4, 4, 4] }],
    ['no ticket', { ticket: undefined, answers: all(4) }],
    ['an unknown field', { answers: all(4), name: 'Budi' }],
    ['an unknown profile value', { answers: all(4), respondent: { gender: 'X' } }],
    ['a long suggestion', { answers: all(4), suggestion: 'x'.repeat(501) }],
  ])('answers 400 to %s', async (_name, extra) => {
    const body: Record<string, unknown> = { ticketId: 'AAAAAAAAAAAAAAAAAAAAAA', ...extra };
    if ('ticket' in extra) delete body.ticketId;
    delete body.ticket;
    const r = await answer(body);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('validation_failed');
  });

  it('rejects both ticketId and number at once', async () => {
    const r = await answer({ ticketId: 'AAAAAAAAAAAAAAAAAAAAAA', number: 'A-001', answers: all(4) });
    expect(r.status).toBe(400);
  });
});

describe('report, CSV, print page, publishing', () => {
  let report: IkmReport;
  beforeAll(async () => {
    // Three more visits served that do not answer: the sample falls short.
    for (let i = 0; i < 3; i++) await served();
    report = (await api<IkmReport>(hub.url, `/api/admin/reports/ikm?from=${DAY}&to=${DAY}`, { token: admin })).body;
  });

  it('computes the figures from the stored answers', async () => {
    // Answers so far: all 4 (first test), one of the 20 concurrent (unknown which), all 3, all 2.
    expect(report.respondents).toBe(4);
    // Served today: 6 informasi + 1 pendaftaran; Krejcie-Morgan for N=7 is 7.
    expect(report.population).toBe(7);
    expect(report.requiredSample).toBe(7);
    expect(report.sampleShort).toBe(true);
    const rows = (await api(hub.url, `/api/admin/reports/ikm.csv?from=${DAY}&to=${DAY}`, { token: admin })).body as string;
    const parsed = parseCsv(rows);
    expect(parsed[0]).toEqual([...SURVEY_HEADER]);
    const sums = parsed.slice(1).map((r) => Number(r[2]));
    const expected = sums.reduce((a, b) => a + b, 0) / 4;
    expect(report.nrr.every((x) => x === Math.round(expected * 1e4) / 1e4)).toBe(true);
    expect(report.ikm).toBe(Math.round(expected * 25 * 100) / 100);
    expect(report.profile.gender.find((g) => g.key === 'P')!.count).toBe(1);
    expect(report.suggestions).toEqual([{ day: DAY, text: 'Ruang tunggu panas' }]);
  });

  it('never shows a ticket id in the report, the CSV or the print page', async () => {
    const ids = [...hub.hub.ctx.engine.state.surveyed];
    expect(ids.length).toBe(4);
    const texts = [
      JSON.stringify(report),
      (await api(hub.url, `/api/admin/reports/ikm.csv?from=${DAY}&to=${DAY}`, { token: admin })).body as string,
      (await api(hub.url, `/api/admin/reports/ikm/print?from=${DAY}&to=${DAY}`, { token: admin })).body as string,
    ];
    for (const text of texts) for (const id of ids) expect(text).not.toContain(id);
  });

  it('prints the regulation table with the figure in Indonesian notation', async () => {
    const html = (await api(hub.url, `/api/admin/reports/ikm/print?from=${DAY}&to=${DAY}`, { token: admin })).body as string;
    expect(html).toContain('HASIL SURVEI KEPUASAN MASYARAKAT');
    expect(html).toContain('Kompetensi pelaksana');
    expect(html).toContain(report.ikm!.toFixed(2).replace('.', ','));
    expect(html).toContain('kurang dari sampel minimal');
  });

  it('filters per service', async () => {
    const r = (await api<IkmReport>(hub.url, `/api/admin/reports/ikm?from=${DAY}&to=${DAY}&service=pendaftaran`, { token: admin })).body;
    expect(r.respondents).toBe(1);
    expect(r.population).toBe(1);
    expect(r.nrr.every((x) => x === 3)).toBe(true);
    expect(r.ikm).toBe(75);
    expect(r.grade).toBe('C');
    expect((await api(hub.url, `/api/admin/reports/ikm?service=nope`, { token: admin })).status).toBe(400);
  });

  it('is for admins only', async () => {
    expect((await api(hub.url, `/api/admin/reports/ikm`)).status).toBe(401);
    expect((await api(hub.url, `/api/admin/reports/ikm.csv`, { token: officer })).status).toBe(403);
    expect((await api(hub.url, `/api/admin/ikm/publish`, { body: { period: '2026', from: DAY, to: DAY }, token: officer })).status).toBe(403);
  });

  it('publishes the figure: GET /api/ikm, the public snapshot and a live notice to boards', async () => {
    expect((await api(hub.url, '/api/ikm')).status).toBe(404);
    const socket: Socket = io(hub.url, { transports: ['websocket'], forceNew: true });
    const notices: LiveEvent[] = [];
    socket.on('notice:updated', (e: LiveEvent) => notices.push(e));
    await new Promise<PublicState>((r) => socket.once('state', r));
    try {
      const p = await api<PublishedIkm>(hub.url, '/api/admin/ikm/publish', { body: { period: '2026', from: DAY, to: DAY }, token: admin });
      expect(p.status, JSON.stringify(p.body)).toBe(201);
      expect(p.body).toMatchObject({ period: '2026', index: report.ikm, grade: report.grade, label: report.label, respondents: 4 });
      const pub = await api<PublishedIkm>(hub.url, '/api/ikm');
      expect(pub.status).toBe(200);
      expect(pub.body).toEqual(p.body);
      const state = (await api<PublicState>(hub.url, '/api/state')).body;
      expect(state.site.publishedIkm).toEqual(p.body);
      await waitFor(() => notices.some((n) => n.site?.publishedIkm?.index === report.ikm));
      // The survey result after answering names the published figure too.
      const t = await served();
      const r = await answer({ ticketId: t.id, answers: all(4) });
      expect(r.body.published).toEqual(p.body);
    } finally {
      socket.close();
    }
  });

  it('sends public sockets nothing of a survey but its seq', async () => {
    const socket: Socket = io(hub.url, { transports: ['websocket'], forceNew: true });
    const seen: { name: string; payload: unknown }[] = [];
    socket.onAny((name: string, payload: unknown) => seen.push({ name, payload }));
    const snap = await new Promise<PublicState>((r) => socket.once('state', r));
    try {
      const t = await served();
      const before = seen.length;
      const r = await answer({ ticketId: t.id, answers: all(4), suggestion: 'rahasia-saran-xyz' });
      expect(r.status).toBe(201);
      const surveySeq = hub.hub.ctx.engine.state.seq;
      await waitFor(() => seen.some((s) => (s.payload as { seq?: number })?.seq === surveySeq));
      const msg = seen.slice(before).find((s) => (s.payload as { seq?: number }).seq === surveySeq)!;
      expect(msg.payload).toEqual({ seq: surveySeq });
      const text = JSON.stringify(seen);
      expect(text).not.toContain('rahasia-saran-xyz');
      expect(text).not.toContain(t.id);
      expect(snap.seq).toBeLessThan(surveySeq);
    } finally {
      socket.close();
    }
  });

  it('keeps one survey per ticket across a restart, and closes a day at midnight', async () => {
    const t = await served();
    expect((await answer({ ticketId: t.id, answers: all(3) })).status).toBe(201);
    await hub.restart();
    expect((await answer({ ticketId: t.id, answers: all(3) })).body.error.code).toBe('survey_already_answered');
    const open = await served();
    clock.t = new Date(start + 24 * 3600_000); // the next day
    const late = await answer({ ticketId: open.id, answers: all(3) });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('ticket_not_today');
    // Yesterday's answers still count in a report of yesterday.
    const r = (await api<IkmReport>(hub.url, `/api/admin/reports/ikm?from=${DAY}&to=${DAY}`, { token: await login(hub.url) })).body;
    expect(r.respondents).toBe(7);
  });
});

describe('rate limit per address', () => {
  it('stops trying number after number', async () => {
    const limited = await startTestHub({ env: { SURVEY_RATE_LIMIT: '6' } });
    try {
      const codes: number[] = [];
      for (let i = 1; i <= 6; i++) codes.push((await api(limited.url, '/api/surveys', { body: { number: `A-${String(i).padStart(3, '0')}`, answers: all(4) } })).status);
      expect(codes.slice(0, 5)).toEqual([409, 409, 409, 409, 409]);
      expect(codes[5]).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
