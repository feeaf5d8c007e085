// The one function every caller uses after a provider call: it records a UsageEvent with the cost computed
// from the price in force at that moment. Idempotent on its key, so a retried job records the call once.
import type { ProviderKind, TDatabase, UsageSource } from '@yardstick/db';
import { computeCost, type TUsage } from '@yardstick/providers';
import { findCatalogPrice } from '../catalog/find-price';

export interface TRecordUsage {
  idempotencyKey: string;
  projectId: string;
  connectionId: string | null;
  provider: ProviderKind;
  model: string;
  source: UsageSource;
  referenceType?: string;
  referenceId?: string;
  usage: TUsage;
  latencyMs?: number;
  timeToFirstTokenMs?: number;
  isSuccess: boolean;
  errorClass?: string;
  occurredAt: Date;
}

export async function recordUsage(database: TDatabase, input: TRecordUsage) {
  const catalog = await findCatalogPrice(database, input.provider, input.model, input.occurredAt);
  const cost = computeCost(input.usage, catalog?.price);
  const data = {
    projectId: input.projectId,
    connectionId: input.connectionId,
    provider: input.provider,
    model: input.model,
    source: input.source,
    referenceType: input.referenceType ?? null,
    referenceId: input.referenceId ?? null,
    inputTokens: input.usage.inputTokens ?? null,
    outputTokens: input.usage.outputTokens ?? null,
    cachedInputTokens: input.usage.cachedInputTokens ?? null,
    cacheWriteTokens: input.usage.cacheWriteTokens ?? null,
    reasoningTokens: input.usage.reasoningTokens ?? null,
    costNanoUsd: cost.costNanoUsd,
    isPriced: cost.isPriced,
    latencyMs: input.latencyMs === undefined ? null : Math.round(input.latencyMs),
    timeToFirstTokenMs: input.timeToFirstTokenMs === undefined ? null : Math.round(input.timeToFirstTokenMs),
    isSuccess: input.isSuccess,
    errorClass: input.errorClass ?? null,
    occurredAt: input.occurredAt,
  };
  const event = await database.usageEvent.upsert({
    where: { idempotencyKey: input.idempotencyKey },
    create: { idempotencyKey: input.idempotencyKey, ...data },
    update: {},
  });
  return { event, cost };
}
