// The kiosk's pure parts: one ticket per tap (in-flight taps ignored, the key kept across retries
// and across a tap after a lost answer) and the visit stages the phone page shows.
import { describe, expect, it } from 'vitest';
import { ticketStages } from '../../kiosk/ticket-stages.js';
import { TicketIssuer, type PostTicket } from '../../kiosk/ticket-issuer.js';
import type { PublicTicket } from '../../protocol/public.js';
import { ApiError } from '../../ui/api.js';

const ticket = { id: 't1', number: 'A-001' } as PublicTicket;

function fakePost(answers: ('ok' | 'lost' | 'refused')[]) {
  const keys: string[] = [];
  const post: PostTicket = async (_body, key) => {
    keys.push(key);
    const a = answers.shift() ?? 'ok';
    if (a === 'lost') throw new ApiError('network', 'reset', 0);
    if (a === 'refused') throw new ApiError('quota_reached', 'full', 409);
    return ticket;
  };
  return { post, keys };
}

describe('TicketIssuer', () => {
  it('ignores taps while a ticket is being taken', async () => {
    const { post, keys } = fakePost(['ok']);
    const issuer = new TicketIssuer(post, []);
    const first = issuer.issue({ service: 'pendaftaran' });
    expect(issuer.issue({ service: 'pendaftaran' })).toBeNull();
    expect(issuer.issue({ service: 'informasi' })).toBeNull();
    await expect(first).resolves.toBe(ticket);
    expect(keys).toHaveLength(1);
    expect(issuer.busy).toBe(false);
  });

  it('retries a lost answer with the same key', async () => {
    const { post, keys } = fakePost(['lost', 'lost', 'ok']);
    await new TicketIssuer(post, [1, 1, 1]).issue({ service: 'pendaftaran' });
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
  });

  it('reuses the key when the visitor taps the same choice again after giving up', async () => {
    const { post, keys } = fakePost(['lost', 'lost', 'ok', 'ok']);
    const issuer = new TicketIssuer(post, [1]);
    await expect(issuer.issue({ service: 'pendaftaran' })).rejects.toMatchObject({ code: 'network' });
    await issuer.issue({ service: 'pendaftaran' });
    expect(keys[2]).toBe(keys[0]);
    await issuer.issue({ service: 'pendaftaran' }); // answered last time: a new ticket, a new key
    expect(keys[3]).not.toBe(keys[0]);
  });

  it('takes a new key for another choice, after a refusal, or when the old one is stale', async () => {
    let now = 0;
    const { post, keys } = fakePost(['lost', 'ok', 'refused', 'ok', 'lost', 'ok']);
    const issuer = new TicketIssuer(post, [], () => now);
    await issuer.issue({ service: 'pendaftaran' })!.catch(() => {});
    await issuer.issue({ service: 'pendaftaran', priority: true });
    expect(keys[1]).not.toBe(keys[0]);
    await issuer.issue({ service: 'informasi' })!.catch(() => {});
    await issuer.issue({ service: 'informasi' });
    expect(keys[3]).not.toBe(keys[2]);
    await issuer.issue({ service: 'barang' })!.catch(() => {});
    now += 3 * 60_000;
    await issuer.issue({ service: 'barang' });
    expect(keys[5]).not.toBe(keys[4]);
  });
});

describe('ticketStages', () => {
  const services = [
    { id: 'pendaftaran', next: 'barang' },
    { id: 'barang', next: 'kunjungan' },
    { id: 'kunjungan', next: null },
    { id: 'informasi', next: null },
  ];

  it('shows past, current and coming stages', () => {
    expect(ticketStages({ service: 'barang', history: ['pendaftaran'], status: 'waiting' }, services)).toEqual([
      { service: 'pendaftaran', state: 'past' },
      { service: 'barang', state: 'current' },
      { service: 'kunjungan', state: 'future' },
    ]);
  });

  it('ends with everything past when done, and never loops on a cycle of next links', () => {
    expect(ticketStages({ service: 'kunjungan', history: ['pendaftaran', 'barang'], status: 'done' }, services).map((s) => s.state)).toEqual(['past', 'past', 'past']);
    const cyclic = [
      { id: 'a', next: 'b' },
      { id: 'b', next: 'a' },
    ];
    expect(ticketStages({ service: 'a', history: [], status: 'waiting' }, cyclic)).toHaveLength(2);
    expect(ticketStages({ service: 'informasi', history: [], status: 'called' }, services)).toHaveLength(1);
  });
});
