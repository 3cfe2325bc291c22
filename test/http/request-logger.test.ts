import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { requestLogger } from '../../src/http/request-logger.js';

function capture(level: string) {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level }, stream), lines };
}

describe('request logger made on first use', () => {
  it('writes lines at enabled levels with the request id bound, and nothing below the level', () => {
    const { logger, lines } = capture('warn');
    const log = requestLogger(logger, { reqId: 'r-1' }, {});
    log.info('not written');
    log.debug({ detail: 1 }, 'not written either');
    log.warn({ code: 'X' }, 'written');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ reqId: 'r-1', code: 'X', msg: 'written', level: 40 });
  });

  it('answers levels as its parent does until its own level is set, then as a child', () => {
    const { logger, lines } = capture('info');
    const log = requestLogger(logger, { reqId: 'r-2' }, {});
    expect(log.level).toBe('info');
    log.level = 'debug';
    log.debug('now written');
    expect(logger.level).toBe('info');
    expect(lines.map((l) => [l.reqId, l.msg])).toEqual([['r-2', 'now written']]);
  });

  it('makes pino’s child at once when the route sets log options of its own', () => {
    const { logger, lines } = capture('warn');
    const log = requestLogger(logger, { reqId: 'r-3' }, { level: 'debug' });
    log.debug('route-level debug');
    expect(lines.map((l) => l.msg)).toEqual(['route-level debug']);
  });
});
