import { type JobsOptions, Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { jobContracts, queuePrefix, type TJobName, type TJobPayload, type TQueueName } from './jobs';

/** Enqueues validated jobs. One instance per process; `close()` on shutdown. */
export class JobProducer {
  private readonly queues = new Map<TQueueName, Queue>();

  constructor(private readonly connection: Redis) {}

  private queue(name: TQueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: queuePrefix });
      this.queues.set(name, queue);
    }
    return queue;
  }

  async enqueue<Name extends TJobName>(name: Name, payload: TJobPayload<Name>, options: JobsOptions = {}) {
    const contract = jobContracts[name];
    const data = contract.schema.parse(payload);
    return this.queue(contract.queue).add(name, data, {
      removeOnComplete: { age: 24 * 60 * 60, count: 10_000 },
      removeOnFail: { age: 7 * 24 * 60 * 60 },
      ...options,
    });
  }

  /** Enqueues a job and waits for its result (for short jobs such as the health probe). */
  async run<Name extends TJobName>(
    name: Name,
    payload: TJobPayload<Name>,
    timeoutMs: number,
  ): Promise<unknown> {
    const contract = jobContracts[name];
    const events = new QueueEvents(contract.queue, {
      connection: this.connection.duplicate(),
      prefix: queuePrefix,
    });
    try {
      await events.waitUntilReady();
      const job = await this.enqueue(name, payload, { removeOnComplete: true, removeOnFail: true });
      return await job.waitUntilFinished(events, timeoutMs);
    } finally {
      await events.close();
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
