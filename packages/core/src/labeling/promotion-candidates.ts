// For each dataset item of a task, its rated completions and the one that would become its expected output:
// by default the highest mean rating at or above the threshold (ties: more ratings, then the earlier model
// config). Shared by the preview and the promotion, so what was previewed is what gets promoted.
import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import { ValidationError } from '../errors/app-error';
import { loadTaskRatings } from './load-task-ratings';

export const ZPromotionChoice = z.object({
  threshold: z.number().min(1, 'must be between 1 and 5').max(5, 'must be between 1 and 5').default(4),
  /** Per dataset item id: the completion to promote instead, or null to promote none for that item. */
  overrides: z.record(z.string().min(1).max(200), z.string().min(1).max(64).nullable()).default({}),
});
export type TPromotionChoice = z.input<typeof ZPromotionChoice>;

export interface TPromotionCandidate {
  completionId: string;
  modelName: string;
  text: string;
  meanStars: number | null;
  ratingCount: number;
}

export interface TPromotionItem {
  datasetItemKey: string;
  /** The dataset item row the completions were generated from. */
  datasetItemId: string;
  candidates: TPromotionCandidate[];
  chosenCompletionId: string | null;
  isOverridden: boolean;
}

export async function promotionCandidates(
  database: TDatabase,
  task: Parameters<typeof loadTaskRatings>[1],
  choice: TPromotionChoice,
): Promise<{ items: TPromotionItem[]; threshold: number }> {
  if (task.source !== 'generation_run') {
    throw new ValidationError(
      'This task rates expected outputs; promotion picks among generated completions.',
    );
  }
  const options = ZPromotionChoice.parse(choice);
  const data = await loadTaskRatings(database, task);
  const stars = new Map<string, number[]>();
  for (const assignment of data.assignments) {
    if (assignment.status !== 'submitted' || !assignment.rating) continue;
    stars.set(assignment.itemId, [...(stars.get(assignment.itemId) ?? []), assignment.rating.value]);
  }
  const byDatasetItem = new Map<string, TPromotionItem & { order: number[] }>();
  for (const item of data.items) {
    const datasetItem = item.completion.datasetItem;
    if (!datasetItem) continue;
    const entry = byDatasetItem.get(datasetItem.key) ?? {
      datasetItemKey: datasetItem.key,
      datasetItemId: datasetItem.id,
      candidates: [],
      chosenCompletionId: null,
      isOverridden: false,
      order: [],
    };
    byDatasetItem.set(datasetItem.key, entry);
    const given = stars.get(item.id) ?? [];
    entry.candidates.push({
      completionId: item.completion.id,
      modelName: data.modelName(item.completion.modelConfigId),
      text: item.completion.text ?? '',
      meanStars: given.length > 0 ? given.reduce((sum, value) => sum + value, 0) / given.length : null,
      ratingCount: given.length,
    });
    entry.order.push(item.completion.columnIndex);
  }
  const items = [...byDatasetItem.values()].map(({ order, ...entry }) => {
    const ranked = entry.candidates
      .map((candidate, index) => ({ candidate, column: order[index]! }))
      .filter(({ candidate }) => candidate.meanStars !== null && candidate.meanStars >= options.threshold)
      .sort(
        (left, right) =>
          right.candidate.meanStars! - left.candidate.meanStars! ||
          right.candidate.ratingCount - left.candidate.ratingCount ||
          left.column - right.column,
      );
    const override = options.overrides[entry.datasetItemKey];
    if (
      override !== undefined &&
      override !== null &&
      !entry.candidates.some((candidate) => candidate.completionId === override)
    ) {
      throw new ValidationError(
        `body.overrides.${entry.datasetItemKey}: "${override}" is not a completion of that item in this task.`,
      );
    }
    return {
      ...entry,
      chosenCompletionId: override !== undefined ? override : (ranked[0]?.candidate.completionId ?? null),
      isOverridden: override !== undefined,
    };
  });
  return { items, threshold: options.threshold };
}
