import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}

describe('structured logs', () => {
  it('write JSON lines with secrets censored wherever they appear', () => {
    const { lines, stream } = capture();
    const logger = createLogger('test', 'info', stream);
    logger.info(
      {
        password: 'hunter2-secret',
        credentials: { apiKey: 'sk-live-123456' },
        headers: { authorization: 'Bearer ys_abcdef', cookie: 'better-auth.session_token=xyz' },
        request: { apiKey: 'sk-nested-999' },
        projectId: 'p1',
      },
      'connection saved',
    );
    const line = lines.join('');
    const entry = JSON.parse(line) as Record<string, unknown>;
    expect(entry).toMatchObject({ msg: 'connection saved', projectId: 'p1', service: 'test', level: 30 });
    for (const secret of [
      'hunter2-secret',
      'sk-live-123456',
      'ys_abcdef',
      'session_token=xyz',
      'sk-nested-999',
    ]) {
      expect(line).not.toContain(secret);
    }
    expect(line).toContain('[redacted]');
  });

  it('is pino, so levels filter as configured', () => {
    const { lines, stream } = capture();
    const logger = createLogger('test', 'warn', stream);
    logger.info('hidden');
    logger.warn('shown');
    expect(lines).toHaveLength(1);
    expect(pino.levels.values.warn).toBe(40);
  });
});
