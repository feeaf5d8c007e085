import type { Prisma, TDatabase } from '@yardstick/db';
import type { JobProducer } from '@yardstick/queue';
import type { Redis } from 'ioredis';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { ConflictError, NotFoundError } from '../errors/app-error';
import { enqueueCells } from './cell-jobs';
import { isFinalStatus } from './comparison-state';
import type { TCellView } from './comparison-types';
import { toCellView } from './comparison-view';
import { publishComparisonEvents } from './live/comparison-stream';

/**
 * Runs one finished cell again with the same request. The new run is a new completion in the same place (its
 * own usage record and ratings); the old one's spend stays in the usage history.
 */
export async function rerunCell(
  services: { database: TDatabase; producer: JobProducer; redis: Redis },
  actor: TActor,
  projectId: string,
  comparisonId: string,
  completionId: string,
): Promise<TCellView> {
  const { database } = services;
  await requireProjectRole(database, actor, projectId, 'member');
  const previous = await database.completion.findFirst({
    where: { id: completionId, comparisonId, projectId },
  });
  if (!previous) throw new NotFoundError('Cell');
  if (!isFinalStatus(previous.status)) {
    throw new ConflictError(
      'This cell is still running; stop the comparison or wait for the cell to finish.',
    );
  }
  const replacement = await database.$transaction(async (transaction) => {
    const { count } = await transaction.completion.deleteMany({
      where: { id: previous.id, status: { in: ['succeeded', 'failed', 'cancelled'] } },
    });
    if (count === 0)
      throw new ConflictError('This cell was re-run by someone else a moment ago; reload the comparison.');
    await transaction.comparison.update({
      where: { id: comparisonId },
      data: { status: 'running', finishedAt: null },
    });
    return transaction.completion.create({
      data: {
        projectId,
        comparisonId,
        rowIndex: previous.rowIndex,
        columnIndex: previous.columnIndex,
        promptVersionId: previous.promptVersionId,
        modelConfigId: previous.modelConfigId,
        request: previous.request as Prisma.InputJsonValue,
        status: 'pending',
        predictedCostNanoUsd: previous.predictedCostNanoUsd,
      },
    });
  });
  const cell = toCellView(replacement);
  await publishComparisonEvents(services.redis, comparisonId, [
    { type: 'comparison.status', status: 'running', finishedAt: null },
    { type: 'cell.replaced', previousCompletionId: previous.id, cell },
  ]);
  await enqueueCells(services.producer, comparisonId, [replacement.id], replacement.id);
  return cell;
}
