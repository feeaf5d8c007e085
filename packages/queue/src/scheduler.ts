import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { jobContracts, queuePrefix, type TJobName, type TJobPayload } from './jobs';

/**
 * Makes BullMQ run `name` every `everyMs`. Upserting under a fixed scheduler id is idempotent, so every worker
 * can call it at start and there is still one schedule (and one job per tick) however many workers run.
 */
export async function scheduleRepeatingJob<Name extends TJobName>(
  connection: Redis,
  name: Name,
  payload: TJobPayload<Name>,
  everyMs: number,
): Promise<void> {
  const contract = jobContracts[name];
  const queue = new Queue(contract.queue, { connection, prefix: queuePrefix });
  try {
    await queue.upsertJobScheduler(
      name,
      { every: everyMs },
      {
        name,
        data: contract.schema.parse(payload),
        opts: { removeOnComplete: { count: 100 }, removeOnFail: { age: 24 * 60 * 60 } },
      },
    );
  } finally {
    await queue.close();
  }
}
