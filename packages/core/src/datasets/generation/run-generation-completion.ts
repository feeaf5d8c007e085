// The worker's side of one generated completion: call the model config's connection, store the answer (or the
// provider's error) once and record its usage once, as labeling_generation spend. Only unexpected failures
// (database down) are thrown, for the job to retry.
import type { Completion, ProviderConnection, TDatabase } from '@yardstick/db';
import { isProviderError, type TChatRequest } from '@yardstick/providers';
import { isFinalStatus } from '../../comparisons/comparison-state';
import { storeCellFailure, storeCellSuccess } from '../../comparisons/store-cell-result';
import { adapterForConnection, type TAdapterContext } from '../../connections/connection-adapter';
import { isAppError } from '../../errors/app-error';
import type { TLogger } from '../../logging/logger';
import type { TGenerationModelConfig } from './generation-types';
import { recordGenerationUsage } from './record-generation-usage';

export interface TGenerationContext {
  database: TDatabase;
  logger: TLogger;
  adapterContext: TAdapterContext;
}

export type TGenerationOutcome = 'gone' | 'already_finished' | 'succeeded' | 'failed';

async function call(
  context: TGenerationContext,
  completion: Completion,
  config: TGenerationModelConfig,
  connection: ProviderConnection | null,
  isLastAttempt: boolean,
): Promise<Completion> {
  const { database } = context;
  if (!connection) {
    return storeCellFailure(database, completion, {
      errorClass: 'configuration',
      message: `The connection "${config.connectionName}" of this model config was deleted.`,
      latencyMs: 0,
    });
  }
  const startedAt = performance.now();
  try {
    const adapter = adapterForConnection(connection, context.adapterContext);
    const result = await adapter.complete(completion.request as unknown as TChatRequest);
    return await storeCellSuccess(
      database,
      completion,
      { provider: connection.kind, model: config.model },
      result,
    );
  } catch (error) {
    const latencyMs = performance.now() - startedAt;
    if (isProviderError(error)) {
      return storeCellFailure(database, completion, {
        errorClass: error.errorClass,
        message: error.message,
        latencyMs,
      });
    }
    if (isAppError(error)) {
      return storeCellFailure(database, completion, {
        errorClass: 'configuration',
        message: error.message,
        latencyMs,
      });
    }
    if (isLastAttempt) {
      context.logger.error(
        { completionId: completion.id, error: String(error) },
        'generated completion failed for good',
      );
      return storeCellFailure(database, completion, {
        errorClass: 'worker_error',
        message: 'The worker could not generate this completion.',
        latencyMs,
      });
    }
    throw error;
  }
}

export async function runGenerationCompletion(
  context: TGenerationContext,
  payload: { generationRunId: string; completionId: string },
  options: { isLastAttempt: boolean },
): Promise<TGenerationOutcome> {
  const { database } = context;
  const completion = await database.completion.findFirst({
    where: { id: payload.completionId, generationRunId: payload.generationRunId },
    include: { generationRun: { select: { modelConfigs: true } } },
  });
  if (!completion?.generationRun) return 'gone';
  const config = (completion.generationRun.modelConfigs as unknown as TGenerationModelConfig[])[
    completion.columnIndex
  ]!;
  const connection = await database.providerConnection.findUnique({ where: { id: config.connectionId } });
  if (isFinalStatus(completion.status)) {
    // A worker that died between storing the answer and recording its usage leaves the recording to this retry.
    await recordGenerationUsage(database, completion, config, connection?.id ?? null);
    return 'already_finished';
  }
  await database.completion.updateMany({
    where: { id: completion.id, status: { in: ['pending', 'running'] } },
    data: { status: 'running', startedAt: new Date(), attempts: { increment: 1 } },
  });
  await database.generationRun.updateMany({
    where: { id: payload.generationRunId, status: 'pending' },
    data: { status: 'running' },
  });
  const stored = await call(context, completion, config, connection, options.isLastAttempt);
  await recordGenerationUsage(database, stored, config, connection?.id ?? null);
  return stored.status === 'succeeded' ? 'succeeded' : 'failed';
}
