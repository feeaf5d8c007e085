// The worker's shutdown promise: close() lets the jobs in flight finish and takes no new ones, so a
// SIGTERM loses nothing (jobs still waiting stay in Redis for the next worker).
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';

const { createRedisConnection, JobProducer, jobContracts, startConsumers } = await import('../src');
type TJobHandlers = import('../src').TJobHandlers;

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
// A prefix of its own, so running Yardstick workers on the same Redis never take these jobs.
process.env.YARDSTICK_QUEUE_PREFIX = `yardstick-test-queue-${randomUUID().slice(0, 8)}`;

function handlersWith(probe: TJobHandlers['system.probe']): TJobHandlers {
  const idle = Object.fromEntries(Object.keys(jobContracts).map((name) => [name, async () => undefined]));
  return { ...idle, 'system.probe': probe } as TJobHandlers;
}

describe('job consumers', () => {
  const connections: Redis[] = [];
  const connect = (role: 'worker' | 'producer') => {
    const connection = createRedisConnection(redisUrl, role);
    connections.push(connection);
    return connection;
  };
  afterAll(() => {
    for (const connection of connections) connection.disconnect();
  });

  it('validates payloads before enqueueing', async () => {
    const producer = new JobProducer(connect('producer'));
    await expect(producer.enqueue('system.probe', { requestedAt: 'yesterday' })).rejects.toThrow();
    await producer.close();
  });

  it('finishes the job in flight on close() and leaves waiting jobs queued', async () => {
    const producer = new JobProducer(connect('producer'));
    const started: string[] = [];
    const finished: string[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const consumers = startConsumers({
      connection: connect('worker'),
      concurrency: 1,
      handlers: handlersWith(async (payload, job) => {
        started.push(job.id!);
        await gate;
        finished.push(job.id!);
        return payload.requestedAt;
      }),
    });
    const first = await producer.enqueue('system.probe', { requestedAt: new Date().toISOString() });
    const second = await producer.enqueue('system.probe', { requestedAt: new Date().toISOString() });
    await expect.poll(() => started.length, { timeout: 10_000 }).toBe(1);

    const closing = consumers.close();
    setTimeout(release, 300);
    await closing;

    expect(finished).toEqual([first.id]);
    expect(await first.isCompleted()).toBe(true);
    expect(await second.getState()).toBe('waiting');
    await second.remove();
    await producer.close();
  });
});
