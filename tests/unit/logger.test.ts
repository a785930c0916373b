// Log lines are JSON, one per call, level by name; secrets are redacted wherever they sit.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../hub/logger.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  return { lines, stream };
}

describe('logger', () => {
  it('writes one JSON line per event with a level name and never a secret', () => {
    const { lines, stream } = capture();
    const log = createLogger('info', stream);
    log.info({ username: 'admin', password: 'rahasia-1', token: 'tok', nested: { deviceKey: 'k', authorization: 'Bearer x' }, ticketId: 'secret-link' }, 'login');
    log.debug('hidden at info');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', msg: 'login', username: 'admin', password: '[redacted]', token: '[redacted]', ticketId: '[redacted]', nested: { deviceKey: '[redacted]', authorization: '[redacted]' } });
    expect(JSON.stringify(lines)).not.toMatch(/rahasia-1|tok"|Bearer x|secret-link/);
  });

  it('LOG_LEVEL debug shows debug lines, warn hides info', () => {
    const debug = capture();
    createLogger('debug', debug.stream).debug('seen');
    expect(debug.lines.map((l) => l.msg)).toEqual(['seen']);
    const warn = capture();
    const w = createLogger('warn', warn.stream);
    w.info('not seen');
    w.warn('seen');
    expect(warn.lines.map((l) => [l.level, l.msg])).toEqual([['warn', 'seen']]);
  });
});
