// The final write of a cell run. Guarded on the cell's natural key and its current run, so a job that runs twice
// (retried, or recovered after its worker died) leaves one result.
import type { Completion, Prisma, ProviderKind, TDatabase } from '@yardstick/db';
import { computeCost, type TChatResult } from '@yardstick/providers';
import { findCatalogPrice } from '../catalog/find-price';

type TCellKey = Pick<Completion, 'id' | 'comparisonId' | 'rowIndex' | 'columnIndex'>;

async function writeCell(
  database: TDatabase,
  cell: TCellKey,
  statuses: Completion['status'][],
  data: Prisma.CompletionUpdateManyMutationInput,
): Promise<Completion> {
  await database.completion.updateMany({
    where: {
      id: cell.id,
      comparisonId: cell.comparisonId,
      rowIndex: cell.rowIndex,
      columnIndex: cell.columnIndex,
      status: { in: statuses },
    },
    data,
  });
  return database.completion.findUniqueOrThrow({ where: { id: cell.id } });
}

/** Stores an answer with its cost at the price in force when it finished. */
export async function storeCellSuccess(
  database: TDatabase,
  cell: TCellKey,
  model: { provider: ProviderKind; model: string },
  result: TChatResult,
): Promise<Completion> {
  const finishedAt = new Date();
  const catalog = await findCatalogPrice(database, model.provider, model.model, finishedAt);
  const cost = computeCost(result.usage, catalog?.price);
  // A run that finished just as the comparison was stopped still keeps its answer: it was paid for.
  return writeCell(database, cell, ['running', 'cancelled'], {
    status: 'succeeded',
    text: result.text,
    finishReason: result.finishReason,
    rawFinishReason: result.rawFinishReason ?? null,
    inputTokens: result.usage.inputTokens ?? null,
    outputTokens: result.usage.outputTokens ?? null,
    cachedInputTokens: result.usage.cachedInputTokens ?? null,
    cacheWriteTokens: result.usage.cacheWriteTokens ?? null,
    reasoningTokens: result.usage.reasoningTokens ?? null,
    costNanoUsd: cost.costNanoUsd,
    isPriced: cost.isPriced,
    timeToFirstTokenMs:
      result.timeToFirstTokenMs === undefined ? null : Math.round(result.timeToFirstTokenMs),
    latencyMs: Math.round(result.latencyMs),
    attempts: result.attempts,
    providerRequestId: result.requestId ?? null,
    errorClass: null,
    errorMessage: null,
    finishedAt,
  });
}

/** Stores why a cell has no answer; a stopped cell keeps the text that had streamed. */
export async function storeCellFailure(
  database: TDatabase,
  cell: TCellKey,
  failure: { errorClass: string; message: string; partialText?: string; latencyMs: number },
): Promise<Completion> {
  const isStopped = failure.errorClass === 'aborted';
  return writeCell(database, cell, isStopped ? ['running', 'cancelled'] : ['running'], {
    status: isStopped ? 'cancelled' : 'failed',
    text: failure.partialText ?? null,
    errorClass: failure.errorClass,
    errorMessage: failure.message,
    latencyMs: Math.round(failure.latencyMs),
    finishedAt: new Date(),
  });
}
