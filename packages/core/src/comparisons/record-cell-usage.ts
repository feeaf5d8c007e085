import type { Completion, ProviderKind, TDatabase } from '@yardstick/db';
import { recordUsage } from '../usage/record-usage';
import type { TComparisonColumn } from './comparison-types';

/** Failures where no provider call was made (nothing to record as spend). */
export const noCallErrorClasses = new Set(['configuration', 'worker_error']);

export const cellUsageKey = (completionId: string) => `completion:${completionId}`;

/**
 * Records a finished cell's provider call as a UsageEvent, once: the key is the completion, so a job retried or
 * recovered after its worker died records nothing twice. Cells that never made a call record nothing.
 */
export async function recordCellUsage(
  database: TDatabase,
  completion: Completion,
  column: TComparisonColumn,
  connectionId: string | null,
): Promise<void> {
  const hasCalled =
    completion.startedAt !== null &&
    completion.finishedAt !== null &&
    (completion.status === 'succeeded' ||
      (completion.status === 'failed' && !noCallErrorClasses.has(completion.errorClass ?? '')) ||
      (completion.status === 'cancelled' && completion.errorClass === 'aborted'));
  if (!hasCalled) return;
  await recordUsage(database, {
    idempotencyKey: cellUsageKey(completion.id),
    projectId: completion.projectId,
    connectionId,
    provider: column.provider as ProviderKind,
    model: column.model,
    source: 'playground',
    referenceType: 'comparison',
    referenceId: completion.comparisonId ?? undefined,
    usage: {
      inputTokens: completion.inputTokens ?? undefined,
      outputTokens: completion.outputTokens ?? undefined,
      cachedInputTokens: completion.cachedInputTokens ?? undefined,
      cacheWriteTokens: completion.cacheWriteTokens ?? undefined,
      reasoningTokens: completion.reasoningTokens ?? undefined,
    },
    latencyMs: completion.latencyMs ?? undefined,
    timeToFirstTokenMs: completion.timeToFirstTokenMs ?? undefined,
    isSuccess: completion.status === 'succeeded',
    errorClass: completion.errorClass ?? undefined,
    occurredAt: completion.finishedAt!,
  });
}
