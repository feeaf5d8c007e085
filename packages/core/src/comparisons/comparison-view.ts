import type { Comparison, Completion, Rating, TDatabase } from '@yardstick/db';
import { NotFoundError } from '../errors/app-error';
import type {
  TCellView,
  TComparisonColumn,
  TComparisonRow,
  TComparisonView,
  TRatingView,
} from './comparison-types';

export function toCellView(completion: Completion): TCellView {
  return {
    id: completion.id,
    rowIndex: completion.rowIndex,
    columnIndex: completion.columnIndex,
    status: completion.status,
    text: completion.text,
    finishReason: completion.finishReason,
    rawFinishReason: completion.rawFinishReason,
    inputTokens: completion.inputTokens,
    outputTokens: completion.outputTokens,
    cachedInputTokens: completion.cachedInputTokens,
    reasoningTokens: completion.reasoningTokens,
    predictedCostNanoUsd: completion.predictedCostNanoUsd?.toString() ?? null,
    costNanoUsd: completion.costNanoUsd?.toString() ?? null,
    isPriced: completion.isPriced,
    timeToFirstTokenMs: completion.timeToFirstTokenMs,
    latencyMs: completion.latencyMs,
    attempts: completion.attempts,
    errorClass: completion.errorClass,
    errorMessage: completion.errorMessage,
    startedAt: completion.startedAt?.toISOString() ?? null,
    finishedAt: completion.finishedAt?.toISOString() ?? null,
  };
}

function toRatingView(rating: Rating & { user: { name: string } }): TRatingView {
  return {
    id: rating.id,
    kind: rating.kind,
    value: rating.value,
    completionId: rating.completionId,
    otherCompletionId: rating.otherCompletionId,
    userId: rating.userId,
    userName: rating.user.name,
    createdAt: rating.createdAt.toISOString(),
  };
}

export function toComparisonView(
  comparison: Comparison & { createdBy: { id: string; name: string } | null },
  completions: Completion[],
  ratings: (Rating & { user: { name: string } })[],
): TComparisonView {
  return {
    id: comparison.id,
    projectId: comparison.projectId,
    title: comparison.title,
    status: comparison.status,
    createdAt: comparison.createdAt.toISOString(),
    finishedAt: comparison.finishedAt?.toISOString() ?? null,
    createdBy: comparison.createdBy ? { id: comparison.createdBy.id, name: comparison.createdBy.name } : null,
    columns: comparison.modelConfigs as unknown as TComparisonColumn[],
    rows: comparison.rows as unknown as TComparisonRow[],
    predictedCostNanoUsd: comparison.predictedCostNanoUsd?.toString() ?? null,
    cells: completions.map(toCellView),
    ratings: ratings.map(toRatingView),
  };
}

/** The comparison with its cells (row by row) and ratings, straight from the database. */
export async function loadComparisonView(
  database: TDatabase,
  projectId: string,
  comparisonId: string,
): Promise<TComparisonView> {
  const comparison = await database.comparison.findFirst({
    where: { id: comparisonId, projectId },
    include: { createdBy: { select: { id: true, name: true } } },
  });
  if (!comparison) throw new NotFoundError('Comparison');
  const completions = await database.completion.findMany({
    where: { comparisonId },
    orderBy: [{ rowIndex: 'asc' }, { columnIndex: 'asc' }],
  });
  const ratings = await database.rating.findMany({
    where: { completion: { comparisonId } },
    include: { user: { select: { name: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return toComparisonView(comparison, completions, ratings);
}
