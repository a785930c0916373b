import { describe, expect, it } from 'vitest';
import { defaultSite } from '../../hub/default-site.js';
import { estimateWaitMinutes, median, serviceMinutes } from '../../hub/queue/estimates.js';
import { localDate, localMinutes } from '../../hub/queue/local-time.js';
import { Harness } from './queue-harness.js';

describe('local time', () => {
  it('uses the site time zone for the date (WITA is UTC+8)', () => {
    expect(localDate(new Date('2026-11-28T15:59:00Z'), 'Asia/Makassar')).toBe('2026-11-28');
    expect(localDate(new Date('2026-11-28T16:00:00Z'), 'Asia/Makassar')).toBe('2026-11-29');
    expect(localDate(new Date('2026-11-28T16:00:00Z'), 'Asia/Jakarta')).toBe('2026-11-28');
    expect(localMinutes(new Date('2026-11-28T01:30:00Z'), 'Asia/Makassar')).toBe(9 * 60 + 30);
  });
});

describe('day rollover', () => {
  it('restarts numbering and expires what still waits', () => {
    const h = new Harness();
    const a = h.issue();
    h.issue();
    h.callNext();
    const events = h.ok({ type: 'rollover', to: '2026-11-29' });
    expect(events[0]).toMatchObject({ type: 'day.rolledOver', from: '2026-11-28', to: '2026-11-29' });
    expect((events[0] as { expired: string[] }).expired).toHaveLength(2);
    expect(h.state.tickets.size).toBe(0);
    expect(h.state.day).toBe('2026-11-29');
    expect(h.state.counters.get('loket-1')!.current).toBeNull();
    expect(h.number(h.issue())).toBe('A-001');
    expect(h.state.tickets.has(a)).toBe(false);
  });

  it('carries waiting tickets over when expiry is off, numbering above them', () => {
    const config = defaultSite('Asia/Makassar');
    config.settings.expireAtRollover = false;
    const h = new Harness(config);
    const a = h.issue();
    h.issue();
    h.ok({ type: 'rollover', to: '2026-11-29' });
    expect(h.state.tickets.get(a)!.status).toBe('waiting');
    expect(h.number(h.issue())).toBe('A-003');
  });

  it('does nothing for the same or an earlier day', () => {
    const h = new Harness();
    expect(h.ok({ type: 'rollover', to: '2026-11-28' })).toEqual([]);
    expect(h.ok({ type: 'rollover', to: '2026-11-01' })).toEqual([]);
  });
});

describe('estimates', () => {
  it('median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('uses the configured average until three service times are known, then the median', () => {
    const h = new Harness();
    expect(serviceMinutes(h.state, 'pendaftaran')).toBe(4);
    for (const secs of [60, 120, 600]) {
      const id = h.issue();
      h.callNext();
      h.ok({ type: 'start', ticketId: id, by: 'p' });
      h.tick(secs);
      h.ok({ type: 'finish', ticketId: id, by: 'p', transferTo: null });
    }
    expect(serviceMinutes(h.state, 'pendaftaran')).toBe(2);
  });

  it('people ahead x minutes / open counters, rounded up', () => {
    const h = new Harness();
    // pendaftaran: 4 min seed, 2 open counters
    expect(estimateWaitMinutes(h.state, 'pendaftaran', 0)).toBe(0);
    expect(estimateWaitMinutes(h.state, 'pendaftaran', 3)).toBe(6);
    h.ok({ type: 'pauseCounter', counter: 'loket-2', by: 'p' });
    expect(estimateWaitMinutes(h.state, 'pendaftaran', 3)).toBe(12);
    h.ok({ type: 'pauseCounter', counter: 'loket-1', by: 'p' });
    // No open counter: still an estimate as if one opened, never a division by zero.
    expect(estimateWaitMinutes(h.state, 'pendaftaran', 3)).toBe(12);
  });
});
