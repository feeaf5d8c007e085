import type { TDatabase } from '@yardstick/db';
import type { JobProducer } from '@yardstick/queue';
import type { Redis } from 'ioredis';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { NotFoundError } from '../errors/app-error';
import { cellJobId } from './cell-jobs';
import type { TComparisonView } from './comparison-types';
import { loadComparisonView, toCellView } from './comparison-view';
import { publishCancellation } from './live/cancellation';
import { publishComparisonEvents } from './live/comparison-stream';

/**
 * Stops a comparison: every cell not finished becomes cancelled, the jobs no worker has taken are removed, and
 * the workers abort the provider requests in flight (they keep the text streamed so far). Stopping a finished
 * comparison changes nothing.
 */
export async function cancelComparison(
  services: { database: TDatabase; producer: JobProducer; redis: Redis },
  actor: TActor,
  projectId: string,
  comparisonId: string,
): Promise<TComparisonView> {
  const { database, redis } = services;
  await requireProjectRole(database, actor, projectId, 'member');
  const comparison = await database.comparison.findFirst({ where: { id: comparisonId, projectId } });
  if (!comparison) throw new NotFoundError('Comparison');
  const unfinished = await database.completion.findMany({
    where: { comparisonId, status: { in: ['pending', 'running'] } },
    select: { id: true },
  });
  const now = new Date();
  // The database first: a worker that picks a cell up after this sees it cancelled and does not call.
  await database.completion.updateMany({
    where: { id: { in: unfinished.map((cell) => cell.id) }, status: { in: ['pending', 'running'] } },
    data: { status: 'cancelled', finishedAt: now },
  });
  const { count } = await database.comparison.updateMany({
    where: { id: comparisonId, status: { in: ['pending', 'running'] } },
    data: { status: 'cancelled', finishedAt: now },
  });
  // Readers hear of the stop before the workers do, so a worker's report of its aborted call comes after it.
  const cancelled = await database.completion.findMany({
    where: { id: { in: unfinished.map((cell) => cell.id) } },
  });
  await publishComparisonEvents(redis, comparisonId, [
    ...cancelled.map((cell) => ({ type: 'cell.finished' as const, cell: toCellView(cell) })),
    ...(count > 0
      ? [{ type: 'comparison.status' as const, status: 'cancelled' as const, finishedAt: now.toISOString() }]
      : []),
  ]);
  await publishCancellation(redis, comparisonId);
  await services.producer.removeWaitingJobs(
    'comparisons',
    unfinished.map((cell) => cellJobId(cell.id)),
  );
  return loadComparisonView(database, projectId, comparisonId);
}
