import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import type { TComparisonColumn, TComparisonListItem, TComparisonRow } from './comparison-types';

export const ZListComparisons = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  /** The id of the last comparison of the previous page. */
  before: z.string().min(1).max(64).optional(),
});
export type TListComparisons = z.input<typeof ZListComparisons>;

/** The project's comparisons, newest first, with what each was predicted to cost and what it cost. */
export async function listComparisons(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  input: TListComparisons = {},
): Promise<{ comparisons: TComparisonListItem[]; nextBefore: string | null }> {
  await requireProjectRole(database, actor, projectId, 'viewer');
  const query = ZListComparisons.parse(input);
  const comparisons = await database.comparison.findMany({
    where: { projectId },
    include: { createdBy: { select: { name: true } }, _count: { select: { completions: true } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: query.limit + 1,
    ...(query.before ? { cursor: { id: query.before }, skip: 1 } : {}),
  });
  const page = comparisons.slice(0, query.limit);
  const costs = await database.completion.groupBy({
    by: ['comparisonId'],
    where: { comparisonId: { in: page.map((comparison) => comparison.id) } },
    _sum: { costNanoUsd: true },
  });
  const costOf = new Map(costs.map((entry) => [entry.comparisonId, entry._sum.costNanoUsd ?? 0n]));
  return {
    comparisons: page.map((comparison) => ({
      id: comparison.id,
      title: comparison.title,
      status: comparison.status,
      createdAt: comparison.createdAt.toISOString(),
      finishedAt: comparison.finishedAt?.toISOString() ?? null,
      createdByName: comparison.createdBy?.name ?? null,
      columnNames: (comparison.modelConfigs as unknown as TComparisonColumn[]).map((column) => column.name),
      rowCount: (comparison.rows as unknown as TComparisonRow[]).length,
      cellCount: comparison._count.completions,
      predictedCostNanoUsd: comparison.predictedCostNanoUsd?.toString() ?? null,
      costNanoUsd: (costOf.get(comparison.id) ?? 0n).toString(),
    })),
    nextBefore: comparisons.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
