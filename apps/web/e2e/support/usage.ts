// Seeds usage for the costs specs straight into the stack's database, through the same recordUsage every
// provider call uses, then folds it into the rollups (the worker would within seconds; this makes it now).
import { randomUUID } from 'node:crypto';
import { recordUsage, rollUpUsage } from '@yardstick/core/server';
import { createDatabaseClient, type TDatabase } from '@yardstick/db';

export function e2eDatabase(): TDatabase {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run the suite through playwright.config.ts.');
  return createDatabaseClient(url, { maxConnections: 2 });
}

/** Records one emulated call per entry; returns the exact total cost in nano-USD. */
export async function seedUsage(
  database: TDatabase,
  projectId: string,
  calls: { model: string; inputTokens: number; outputTokens: number }[],
): Promise<bigint> {
  let total = 0n;
  for (const call of calls) {
    const { cost } = await recordUsage(database, {
      idempotencyKey: `e2e:${randomUUID()}`,
      projectId,
      connectionId: null,
      provider: 'emulated',
      model: call.model,
      source: 'playground',
      usage: { inputTokens: call.inputTokens, outputTokens: call.outputTokens },
      latencyMs: 300,
      isSuccess: true,
      occurredAt: new Date(),
    });
    total += cost.costNanoUsd ?? 0n;
  }
  await rollUpUsage(database);
  return total;
}

/** Exact decimal USD of a nano-USD amount, as the page's title attributes show it. */
export function decimalUsd(nanoUsd: bigint): string {
  const whole = nanoUsd / 1_000_000_000n;
  const fraction = (nanoUsd % 1_000_000_000n).toString().padStart(9, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}
