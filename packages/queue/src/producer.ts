import { FlowProducer, type JobsOptions, Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { jobContracts, queuePrefix, type TJobName, type TJobPayload, type TQueueName } from './jobs';

const defaultRetention: JobsOptions = {
  removeOnComplete: { age: 24 * 60 * 60, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 60 * 60 },
};

/** One job of a flow; `jobId` lets the job be found again (to remove it before it runs). */
export interface TFlowJob<Name extends TJobName> {
  name: Name;
  payload: TJobPayload<Name>;
  jobId: string;
}

/** Enqueues validated jobs. One instance per process; `close()` on shutdown. */
export class JobProducer {
  private readonly queues = new Map<TQueueName, Queue>();
  private flows: FlowProducer | undefined;

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
    return this.queue(contract.queue).add(name, data, { ...defaultRetention, ...options });
  }

  /**
   * Enqueues children and a parent that runs once every child has finished (a BullMQ flow), atomically: either
   * all jobs are queued or none is. A child that fails for good still lets the parent run.
   */
  async enqueueFlow<Parent extends TJobName, Child extends TJobName>(flow: {
    parent: TFlowJob<Parent>;
    children: TFlowJob<Child>[];
    childOptions?: JobsOptions;
  }) {
    this.flows ??= new FlowProducer({ connection: this.connection, prefix: queuePrefix });
    const node = (job: TFlowJob<TJobName>, options: JobsOptions) => ({
      name: job.name,
      queueName: jobContracts[job.name].queue,
      data: jobContracts[job.name].schema.parse(job.payload),
      opts: { ...defaultRetention, ...options, jobId: job.jobId },
    });
    await this.flows.add({
      ...node(flow.parent, {}),
      children: flow.children.map((child) =>
        node(child, { ignoreDependencyOnFailure: true, ...flow.childOptions }),
      ),
    });
  }

  /** Removes jobs that no worker has taken yet; returns how many were removed (active ones stay). */
  async removeWaitingJobs(queue: TQueueName, jobIds: readonly string[]): Promise<number> {
    let removed = 0;
    for (const jobId of jobIds) removed += await this.queue(queue).remove(jobId);
    return removed;
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
    await this.flows?.close();
  }
}
