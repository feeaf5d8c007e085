import type { GenerationRun, Prisma, TDatabase } from '@yardstick/db';
import { divideNanoUsd } from '@yardstick/providers/cost';
import type { TGenerationModelConfig, TGenerationRunView } from './generation-types';

/** What a run view needs of the run's dataset version. */
export const runVersionInclude = {
  datasetVersion: { select: { datasetId: true, number: true, dataset: { select: { name: true } } } },
} satisfies Prisma.GenerationRunInclude;

/** A run with its live progress, counted from its completions (the run row holds totals only once settled). */
export async function toGenerationRunView(
  database: TDatabase,
  run: GenerationRun & { datasetVersion: { datasetId: string; number: number; dataset: { name: string } } },
): Promise<TGenerationRunView> {
  const groups = await database.completion.groupBy({
    by: ['columnIndex', 'status'],
    where: { generationRunId: run.id },
    _count: { _all: true },
    _sum: { costNanoUsd: true },
  });
  const counts = { pending: 0, running: 0, succeeded: 0, failed: 0 };
  let cost = 0n;
  const configs = run.modelConfigs as unknown as TGenerationModelConfig[];
  const perModelConfig = configs.map((config) => ({
    modelConfigId: config.id,
    name: config.name,
    succeeded: 0,
    failed: 0,
    total: 0,
  }));
  for (const group of groups) {
    const count = group._count._all;
    const status = group.status === 'cancelled' ? 'failed' : group.status;
    counts[status] += count;
    cost += group._sum.costNanoUsd ?? 0n;
    const entry = perModelConfig[group.columnIndex];
    if (!entry) continue;
    entry.total += count;
    if (status === 'succeeded') entry.succeeded += count;
    if (status === 'failed') entry.failed += count;
  }
  return {
    id: run.id,
    datasetId: run.datasetVersion.datasetId,
    datasetName: run.datasetVersion.dataset.name,
    datasetVersion: run.datasetVersion.number,
    promptVersionId: run.promptVersionId,
    status: run.status,
    total: run.total,
    counts,
    perModelConfig,
    predictedCostNanoUsd: run.predictedCostNanoUsd?.toString() ?? null,
    costNanoUsd: cost.toString(),
    costPerItemNanoUsd: divideNanoUsd(cost, counts.succeeded)?.toString() ?? null,
    createdAt: run.createdAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}
