import type { JobProducer } from '@yardstick/queue';

export const cellJobId = (completionId: string) => `cell-${completionId}`;

/**
 * Queues one job per cell under a parent that finishes the comparison once they are all done. A cell job retries
 * unexpected failures (database or Redis down) a few times; provider errors never reach it as failures.
 */
export async function enqueueCells(
  producer: JobProducer,
  comparisonId: string,
  completionIds: string[],
  flowId: string,
): Promise<void> {
  await producer.enqueueFlow({
    parent: {
      name: 'comparison.finish',
      payload: { comparisonId, completionIds },
      jobId: `finish-${comparisonId}-${flowId}`,
    },
    children: completionIds.map((completionId) => ({
      name: 'comparison.cell' as const,
      payload: { comparisonId, completionId },
      jobId: cellJobId(completionId),
    })),
    childOptions: { attempts: 3, backoff: { type: 'exponential', delay: 1000 } },
  });
}
