// The parent job of a comparison's cells: BullMQ runs it once every cell job of its flow has finished.
import type { TDatabase } from '@yardstick/db';
import type { Redis } from 'ioredis';
import { settledStatus } from './comparison-status';
import { toCellView } from './comparison-view';
import { publishComparisonEvents } from './live/comparison-stream';

export async function finishComparison(
  context: { database: TDatabase; redis: Redis },
  payload: { comparisonId: string; completionIds: string[] },
): Promise<void> {
  const { database } = context;
  const now = new Date();
  // A cell of this flow still unfinished now has no job left to finish it (its job failed for good).
  const abandoned = await database.completion.findMany({
    where: { id: { in: payload.completionIds }, status: { in: ['pending', 'running'] } },
    select: { id: true },
  });
  if (abandoned.length > 0) {
    await database.completion.updateMany({
      where: { id: { in: abandoned.map((cell) => cell.id) }, status: { in: ['pending', 'running'] } },
      data: {
        status: 'failed',
        errorClass: 'worker_error',
        errorMessage: 'The worker could not run this cell; re-run it.',
        finishedAt: now,
      },
    });
    const failed = await database.completion.findMany({
      where: { id: { in: abandoned.map((cell) => cell.id) } },
    });
    await publishComparisonEvents(
      context.redis,
      payload.comparisonId,
      failed.map((cell) => ({ type: 'cell.finished' as const, cell: toCellView(cell) })),
    );
  }
  const cells = await database.completion.findMany({
    where: { comparisonId: payload.comparisonId },
    select: { status: true },
  });
  // Another flow (a re-run) is still going; its own parent will finish the comparison.
  if (cells.some((cell) => cell.status === 'pending' || cell.status === 'running')) return;
  const status = settledStatus(cells.map((cell) => cell.status));
  const { count } = await database.comparison.updateMany({
    where: { id: payload.comparisonId, status: { in: ['pending', 'running'] } },
    data: { status, finishedAt: now },
  });
  if (count > 0) {
    await publishComparisonEvents(context.redis, payload.comparisonId, [
      { type: 'comparison.status', status, finishedAt: now.toISOString() },
    ]);
  }
}
