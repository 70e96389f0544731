import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, wantsPrettyLogs } from './logger.js';

/** The colour codes a terminal gets (ESC [ n m). */
const COLOURS = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g');

function capture(): { sink: Writable; lines: () => string[] } {
  let text = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  return { sink, lines: () => text.replace(COLOURS, '').split('\n').filter(Boolean) };
}

describe('log lines', () => {
  it('are pretty only for a person at a terminal in development', () => {
    expect(wantsPrettyLogs('development', { isTTY: true })).toBe(true);
    expect(wantsPrettyLogs('development', { isTTY: false })).toBe(false);
    expect(wantsPrettyLogs('production', { isTTY: true })).toBe(false);
    expect(wantsPrettyLogs('test', { isTTY: true })).toBe(false);
  });

  it('read as short lines on a terminal: time, level, what happened', () => {
    const { sink, lines } = capture();
    const logger = createLogger('info', { pretty: true, destination: sink });
    logger.info({ component: 'embedded-postgres' }, 'PostgreSQL 17 (embedded) listening on 127.0.0.1:5433');
    logger.info(
      {
        requestId: 'r-1',
        method: 'POST',
        path: '/graphql',
        status: 200,
        operationName: 'DirectoryHome',
        durationMs: 55.9,
      },
      'request',
    );
    logger.info({ applied: [] }, 'migrations: 0 applied');
    logger.warn({ organizations: 300 }, 'demo data added');
    expect(lines()).toEqual([
      expect.stringMatching(
        /^\[\d\d:\d\d:\d\d\] INFO: embedded-postgres: PostgreSQL 17 \(embedded\) listening on 127\.0\.0\.1:5433$/,
      ),
      expect.stringMatching(/^\[\d\d:\d\d:\d\d\] INFO: POST \/graphql 200 DirectoryHome 55\.9 ms$/),
      expect.stringMatching(/^\[\d\d:\d\d:\d\d\] INFO: migrations: 0 applied$/),
      expect.stringMatching(/^\[\d\d:\d\d:\d\d\] WARN: demo data added organizations=300$/),
    ]);
  });

  it('show an error once: its message on the line, its stack below from level error up', () => {
    const { sink, lines } = capture();
    const logger = createLogger('info', { pretty: true, destination: sink });
    logger.error({ err: new Error('connect ECONNREFUSED 127.0.0.1:5433') }, 'readiness: database unreachable');
    const [first, ...stack] = lines();
    expect(first).toMatch(/ERROR: readiness: database unreachable: connect ECONNREFUSED 127\.0\.0\.1:5433$/);
    expect(stack[0]).toMatch(/^\s+at /);
    expect(lines().join('\n').split('ECONNREFUSED')).toHaveLength(2);
  });

  it('stay JSON lines otherwise, one object per line', () => {
    const { sink, lines } = capture();
    createLogger('info', { destination: sink }).info({ component: 'x' }, 'hello');
    expect(JSON.parse(lines()[0]!)).toMatchObject({ level: 30, component: 'x', msg: 'hello', service: 'shabaka-api' });
  });
});
