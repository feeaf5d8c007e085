import type { Completion, ProviderKind, TDatabase } from '@yardstick/db';
import { cellUsageKey, noCallErrorClasses } from '../../comparisons/record-cell-usage';
import { recordUsage } from '../../usage/record-usage';
import type { TGenerationModelConfig } from './generation-types';

/** Records a generated completion's provider call once (keyed on the completion), as labeling_generation spend. */
export async function recordGenerationUsage(
  database: TDatabase,
  completion: Completion,
  config: TGenerationModelConfig,
  connectionId: string | null,
): Promise<void> {
  const hasCalled =
    completion.startedAt !== null &&
    completion.finishedAt !== null &&
    (completion.status === 'succeeded' ||
      (completion.status === 'failed' && !noCallErrorClasses.has(completion.errorClass ?? '')));
  if (!hasCalled) return;
  await recordUsage(database, {
    idempotencyKey: cellUsageKey(completion.id),
    projectId: completion.projectId,
    connectionId,
    provider: config.provider as ProviderKind,
    model: config.model,
    source: 'labeling_generation',
    referenceType: 'generation_run',
    referenceId: completion.generationRunId ?? undefined,
    usage: {
      inputTokens: completion.inputTokens ?? undefined,
      outputTokens: completion.outputTokens ?? undefined,
      cachedInputTokens: completion.cachedInputTokens ?? undefined,
      cacheWriteTokens: completion.cacheWriteTokens ?? undefined,
      reasoningTokens: completion.reasoningTokens ?? undefined,
    },
    latencyMs: completion.latencyMs ?? undefined,
    isSuccess: completion.status === 'succeeded',
    errorClass: completion.errorClass ?? undefined,
    occurredAt: completion.finishedAt!,
  });
}
