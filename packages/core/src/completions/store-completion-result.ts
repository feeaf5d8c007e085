// The final write of a completion run (a comparison cell or a generated completion). Guarded on the
// completion's natural key and its current status, so a job that runs twice (retried, or recovered after its
// worker died) leaves one result.
import type { Completion, Prisma, ProviderKind, TDatabase } from '@yardstick/db';
import { computeCost, type TChatResult } from '@yardstick/providers';
import { findCatalogPrice } from '../catalog/find-price';

type TCompletionKey = Pick<Completion, 'id' | 'comparisonId' | 'rowIndex' | 'columnIndex'>;

async function writeCompletion(
  database: TDatabase,
  completion: TCompletionKey,
  statuses: Completion['status'][],
  data: Prisma.CompletionUpdateManyMutationInput,
): Promise<Completion> {
  await database.completion.updateMany({
    where: {
      id: completion.id,
      comparisonId: completion.comparisonId,
      rowIndex: completion.rowIndex,
      columnIndex: completion.columnIndex,
      status: { in: statuses },
    },
    data,
  });
  return database.completion.findUniqueOrThrow({ where: { id: completion.id } });
}

/** Stores an answer with its cost at the price in force when it finished. */
export async function storeCompletionSuccess(
  database: TDatabase,
  completion: TCompletionKey,
  model: { provider: ProviderKind; model: string },
  result: TChatResult,
): Promise<Completion> {
  const finishedAt = new Date();
  const catalog = await findCatalogPrice(database, model.provider, model.model, finishedAt);
  const cost = computeCost(result.usage, catalog?.price);
  // A run that finished just as the comparison was stopped still keeps its answer: it was paid for.
  return writeCompletion(database, completion, ['running', 'cancelled'], {
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

/** Stores why a completion has no answer; a stopped one keeps the text that had streamed. */
export async function storeCompletionFailure(
  database: TDatabase,
  completion: TCompletionKey,
  failure: { errorClass: string; message: string; partialText?: string; latencyMs: number },
): Promise<Completion> {
  const isStopped = failure.errorClass === 'aborted';
  return writeCompletion(database, completion, isStopped ? ['running', 'cancelled'] : ['running'], {
    status: isStopped ? 'cancelled' : 'failed',
    text: failure.partialText ?? null,
    errorClass: failure.errorClass,
    errorMessage: failure.message,
    latencyMs: Math.round(failure.latencyMs),
    finishedAt: new Date(),
  });
}
