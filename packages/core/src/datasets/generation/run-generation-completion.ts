// The worker's side of one generated completion: call the model config's connection, store the answer (or the
// provider's error) once and record its usage once, as labeling_generation spend. Only unexpected failures
// (database down) are thrown, for the job to retry.
import type { Completion, TDatabase } from '@yardstick/db';
import { isFinalStatus } from '../../comparisons/comparison-state';
import { callCompletion, type TCallContext } from '../../completions/call-completion';
import { recordCompletionUsage } from '../../completions/record-completion-usage';
import type { TGenerationModelConfig } from './generation-types';

export type TGenerationContext = TCallContext;

function recordGenerationUsage(
  database: TDatabase,
  completion: Completion,
  config: TGenerationModelConfig,
  connectionId: string | null,
) {
  return recordCompletionUsage(
    database,
    completion,
    { provider: config.provider, model: config.model, connectionId },
    {
      source: 'labeling_generation',
      referenceType: 'generation_run',
      referenceId: completion.generationRunId,
    },
  );
}

export type TGenerationOutcome = 'gone' | 'already_finished' | 'succeeded' | 'failed';

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
  const stored = await callCompletion(context, completion, config, connection, {
    isLastAttempt: options.isLastAttempt,
    workerErrorMessage: 'The worker could not generate this completion.',
  });
  await recordGenerationUsage(database, stored, config, connection?.id ?? null);
  return stored.status === 'succeeded' ? 'succeeded' : 'failed';
}
