import { type Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { z } from 'zod';
import { jobContracts, queueNames, queuePrefix, type TJobName, type TJobPayload } from './jobs';

export type TJobHandler<Name extends TJobName> = (payload: TJobPayload<Name>, job: Job) => Promise<unknown>;
export type TJobHandlers = { [Name in TJobName]: TJobHandler<Name> };

/**
 * Starts one BullMQ worker per queue and dispatches each job to its handler after validating its payload.
 * `close()` stops taking jobs and waits for the ones in flight; a worker that dies instead leaves its
 * jobs to BullMQ's stalled-job check, which hands them to another worker.
 */
export function startConsumers(options: {
  connection: Redis;
  handlers: TJobHandlers;
  concurrency: number;
  /** How long a job's lock lasts without renewal; a worker that dies loses its jobs' locks after this. */
  lockDurationMs?: number;
  /** How often this worker looks for jobs whose lock expired (their worker died) and requeues them. */
  stalledIntervalMs?: number;
  onFailed?: (job: Job | undefined, error: Error) => void;
}): { workers: Worker[]; close: () => Promise<void> } {
  const workers = queueNames.map((queueName) => {
    const worker = new Worker(
      queueName,
      async (job) => {
        const name = job.name as TJobName;
        const contract = jobContracts[name];
        if (!contract) throw new Error(`No handler for job "${job.name}" on queue "${queueName}".`);
        const payload = (contract.schema as z.ZodType).parse(job.data);
        const handler = options.handlers[name] as TJobHandler<typeof name>;
        return handler(payload as TJobPayload<typeof name>, job);
      },
      {
        connection: options.connection,
        prefix: queuePrefix,
        concurrency: options.concurrency,
        ...(options.lockDurationMs === undefined ? {} : { lockDuration: options.lockDurationMs }),
        ...(options.stalledIntervalMs === undefined ? {} : { stalledInterval: options.stalledIntervalMs }),
        autorun: true,
      },
    );
    if (options.onFailed) worker.on('failed', options.onFailed);
    return worker;
  });
  return {
    workers,
    close: async () => {
      await Promise.all(workers.map((worker) => worker.close()));
    },
  };
}
