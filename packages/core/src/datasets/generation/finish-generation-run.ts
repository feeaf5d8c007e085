// The parent job of a run's completion jobs: BullMQ runs it once all of them have finished. It fails any
// completion whose job gave up, then stores the run's final counts, cost and status.
import type { TDatabase } from '@yardstick/db';
import { settledStatus } from '../../comparisons/comparison-status';

export async function finishGenerationRun(
  database: TDatabase,
  payload: { generationRunId: string },
): Promise<void> {
  const now = new Date();
  await database.completion.updateMany({
    where: { generationRunId: payload.generationRunId, status: { in: ['pending', 'running'] } },
    data: {
      status: 'failed',
      errorClass: 'worker_error',
      errorMessage: 'The worker could not generate this completion.',
      finishedAt: now,
    },
  });
  const groups = await database.completion.groupBy({
    by: ['status'],
    where: { generationRunId: payload.generationRunId },
    _count: { _all: true },
    _sum: { costNanoUsd: true },
  });
  const count = (status: string) => groups.find((group) => group.status === status)?._count._all ?? 0;
  await database.generationRun.updateMany({
    where: { id: payload.generationRunId, status: { in: ['pending', 'running'] } },
    data: {
      status: settledStatus(groups.map((group) => group.status)),
      succeeded: count('succeeded'),
      failed: count('failed') + count('cancelled'),
      costNanoUsd: groups.reduce((sum, group) => sum + (group._sum.costNanoUsd ?? 0n), 0n),
      finishedAt: now,
    },
  });
}
