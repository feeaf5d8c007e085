import type { Completion, ProviderKind, TDatabase, UsageSource } from '@yardstick/db';
import { recordUsage } from '../usage/record-usage';

/** Failures where no provider call was made (nothing to record as spend). */
const noCallErrorClasses = new Set(['configuration', 'worker_error']);

/** Who the spend of a completion is booked to: the feature (source) and the record that ran it. */
export interface TUsageAttribution {
  source: UsageSource;
  referenceType: string;
  referenceId: string | null;
}

/**
 * Records a finished completion's provider call as a UsageEvent, once: the key is the completion, so a job
 * retried or recovered after its worker died records nothing twice. Completions that never made a call record
 * nothing; a call stopped in flight was still made (and may be billed).
 */
export async function recordCompletionUsage(
  database: TDatabase,
  completion: Completion,
  target: { provider: string; model: string; connectionId: string | null },
  attribution: TUsageAttribution,
): Promise<void> {
  const hasCalled =
    completion.startedAt !== null &&
    completion.finishedAt !== null &&
    (completion.status === 'succeeded' ||
      (completion.status === 'failed' && !noCallErrorClasses.has(completion.errorClass ?? '')) ||
      (completion.status === 'cancelled' && completion.errorClass === 'aborted'));
  if (!hasCalled) return;
  await recordUsage(database, {
    idempotencyKey: `completion:${completion.id}`,
    projectId: completion.projectId,
    connectionId: target.connectionId,
    provider: target.provider as ProviderKind,
    model: target.model,
    source: attribution.source,
    referenceType: attribution.referenceType,
    referenceId: attribution.referenceId ?? undefined,
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
