// "What would this workload cost on every model?": per call, per day and per 30-day month for each chat model
// in the catalog, at today's prices from the database (which admins edit), cheapest first.
import type { TDatabase } from '@yardstick/db';
import { projectCost, selectPriceAt, type TPrice } from '@yardstick/providers';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { priceFromRow } from '../catalog/price-from-row';
import type { TMoney } from './cost-report-view';
import { toMoney } from './money';

const ZCount = (maximum: number) => z.coerce.number().int().min(0).max(maximum);

export const ZProjectWorkloadCost = z
  .object({
    projectId: z.string().min(1).max(64),
    requestsPerDay: ZCount(1_000_000_000),
    inputTokens: ZCount(10_000_000),
    outputTokens: ZCount(10_000_000),
    /** Of inputTokens, how many are read from a prompt cache (billed at the cached price where there is one). */
    cachedInputTokens: ZCount(10_000_000).default(0),
    /** The model the workload runs on today, highlighted in the table. */
    currentProvider: z.string().min(1).max(40).optional(),
    currentModel: z.string().min(1).max(200).optional(),
  })
  .strict()
  .refine((value) => value.cachedInputTokens <= value.inputTokens, {
    message: 'must not exceed inputTokens',
    path: ['cachedInputTokens'],
  });

export interface TWorkloadCostRow {
  provider: string;
  modelId: string;
  displayName: string;
  isCustom: boolean;
  isCurrent: boolean;
  /** False when the workload's input does not fit the model's context window. */
  fitsContext: boolean;
  perCall: TMoney;
  perDay: TMoney;
  perMonth: TMoney;
}

export async function projectWorkloadCost(
  database: TDatabase,
  actor: TActor,
  input: z.input<typeof ZProjectWorkloadCost>,
  now = new Date(),
): Promise<{ rows: TWorkloadCostRow[]; unpricedModels: string[]; isCurrentModelListed: boolean }> {
  const workload = ZProjectWorkloadCost.parse(input);
  await requireProjectRole(database, actor, workload.projectId, 'viewer');
  const models = await database.model.findMany({ where: { mode: 'chat' }, include: { prices: true } });
  const rows: (TWorkloadCostRow & { perCallNanoUsd: bigint })[] = [];
  const unpricedModels: string[] = [];
  for (const model of models) {
    const price = selectPriceAt<TPrice>(
      model.prices.map((row) => ({
        effectiveFrom: row.effectiveFrom,
        price: priceFromRow(row),
      })),
      now,
    );
    if (!price) {
      unpricedModels.push(`${model.modelId} (${model.provider})`);
      continue;
    }
    const projection = projectCost(
      {
        requestsPerDay: workload.requestsPerDay,
        inputTokens: workload.inputTokens,
        outputTokens: workload.outputTokens,
        cachedInputTokens: workload.cachedInputTokens,
      },
      price,
    );
    rows.push({
      provider: model.provider,
      modelId: model.modelId,
      displayName: model.displayName,
      isCustom: model.isCustom,
      isCurrent: model.provider === workload.currentProvider && model.modelId === workload.currentModel,
      fitsContext: !model.contextWindow || workload.inputTokens <= model.contextWindow,
      perCallNanoUsd: projection.perCallNanoUsd,
      perCall: toMoney(projection.perCallNanoUsd),
      perDay: toMoney(projection.perDayNanoUsd),
      perMonth: toMoney(projection.perMonthNanoUsd),
    });
  }
  rows.sort((a, b) =>
    a.perCallNanoUsd === b.perCallNanoUsd
      ? a.modelId.localeCompare(b.modelId)
      : a.perCallNanoUsd < b.perCallNanoUsd
        ? -1
        : 1,
  );
  return {
    rows: rows.map(({ perCallNanoUsd: _perCall, ...row }) => row),
    unpricedModels: unpricedModels.sort(),
    isCurrentModelListed: rows.some((row) => row.isCurrent),
  };
}
