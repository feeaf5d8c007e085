// The worker's side of a comparison cell: stream the call through the connection's adapter, relay text deltas
// live, store the result once and record its usage once. A provider failure is the cell's stored error; only
// unexpected failures (database or Redis down) are thrown, for the job to retry.
import type { Completion, TDatabase } from '@yardstick/db';
import type { Redis } from 'ioredis';
import { callCompletion } from '../completions/call-completion';
import { recordCompletionUsage } from '../completions/record-completion-usage';
import { storeCompletionFailure } from '../completions/store-completion-result';
import type { TAdapterContext } from '../connections/connection-adapter';
import type { TLogger } from '../logging/logger';
import { isAwaitingStopConfirmation, isFinalStatus } from './comparison-state';
import type { TComparisonColumn } from './comparison-types';
import { toCellView } from './comparison-view';
import type { TCancellationListener } from './live/cancellation';
import { publishComparisonEvents } from './live/comparison-stream';
import { createDeltaPublisher } from './live/delta-publisher';

function recordCellUsage(
  database: TDatabase,
  completion: Completion,
  column: TComparisonColumn,
  connectionId: string | null,
) {
  return recordCompletionUsage(
    database,
    completion,
    { provider: column.provider, model: column.model, connectionId },
    { source: 'playground', referenceType: 'comparison', referenceId: completion.comparisonId },
  );
}

export interface TCellRunnerContext {
  database: TDatabase;
  redis: Redis;
  logger: TLogger;
  adapterContext: TAdapterContext;
  cancellations: TCancellationListener;
}

export type TCellOutcome = 'gone' | 'already_finished' | 'cancelled' | 'succeeded' | 'failed';

export async function runComparisonCell(
  context: TCellRunnerContext,
  payload: { comparisonId: string; completionId: string },
  options: { isLastAttempt: boolean },
): Promise<TCellOutcome> {
  const { database, redis } = context;
  await context.cancellations.ready;
  const completion = await database.completion.findFirst({
    where: { id: payload.completionId, comparisonId: payload.comparisonId },
    include: { comparison: { select: { modelConfigs: true } } },
  });
  // Replaced by a re-run, or deleted with its comparison.
  if (!completion?.comparison) return 'gone';
  const column = (completion.comparison.modelConfigs as unknown as TComparisonColumn[])[
    completion.columnIndex
  ]!;
  const connection = await database.providerConnection.findUnique({ where: { id: column.connectionId } });
  if (isFinalStatus(completion.status)) {
    // A cell stopped mid-call whose worker then died: nobody else will say how it ended.
    if (
      isAwaitingStopConfirmation({ ...completion, startedAt: completion.startedAt?.toISOString() ?? null })
    ) {
      const confirmed = await storeCompletionFailure(database, completion, {
        errorClass: 'aborted',
        message: 'The comparison was stopped while this call was in flight.',
        latencyMs: Date.now() - completion.startedAt!.getTime(),
      });
      await recordCellUsage(database, confirmed, column, connection?.id ?? null);
      await publishComparisonEvents(redis, payload.comparisonId, [
        { type: 'cell.finished', cell: toCellView(confirmed) },
      ]);
      return 'cancelled';
    }
    // A run whose worker died between storing the result and recording its usage records it now.
    await recordCellUsage(database, completion, column, connection?.id ?? null);
    return 'already_finished';
  }

  const tracked = context.cancellations.track(payload.comparisonId);
  try {
    const { count } = await database.completion.updateMany({
      where: { id: completion.id, status: { in: ['pending', 'running'] } },
      data: { status: 'running', startedAt: new Date(), text: null, errorClass: null, errorMessage: null },
    });
    if (count === 0) return 'cancelled';
    const isFirstCell = await database.comparison.updateMany({
      where: { id: payload.comparisonId, status: 'pending' },
      data: { status: 'running' },
    });
    await publishComparisonEvents(redis, payload.comparisonId, [
      ...(isFirstCell.count > 0
        ? [{ type: 'comparison.status' as const, status: 'running' as const, finishedAt: null }]
        : []),
      { type: 'cell.started', completionId: completion.id },
    ]);
    const stored = await callCompletion(context, completion, column, connection, {
      isLastAttempt: options.isLastAttempt,
      signal: tracked.signal,
      deltas: createDeltaPublisher(redis, context.logger, payload.comparisonId, completion.id),
      workerErrorMessage: 'The worker could not run this cell; re-run it.',
    });
    await recordCellUsage(database, stored, column, connection?.id ?? null);
    await publishComparisonEvents(redis, payload.comparisonId, [
      { type: 'cell.finished', cell: toCellView(stored) },
    ]);
    return stored.status === 'succeeded'
      ? 'succeeded'
      : stored.status === 'cancelled'
        ? 'cancelled'
        : 'failed';
  } finally {
    tracked.release();
  }
}
