// Everything the review, the export and the promotion read about a task: its items with their completion and
// dataset item, and every assignment with its rating and labeler.
import type { LabelingTask, TDatabase } from '@yardstick/db';
import type { TGenerationModelConfig } from '../datasets/generation/generation-types';

export async function loadTaskRatings(database: TDatabase, task: LabelingTask) {
  const [items, assignments, run] = await Promise.all([
    database.labelingItem.findMany({
      where: { taskId: task.id },
      orderBy: { position: 'asc' },
      include: {
        completion: {
          select: {
            id: true,
            text: true,
            request: true,
            modelConfigId: true,
            columnIndex: true,
            datasetItem: { select: { id: true, key: true, input: true } },
          },
        },
      },
    }),
    database.labelingAssignment.findMany({
      where: { taskId: task.id },
      include: { rating: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: { claimedAt: 'asc' },
    }),
    task.generationRunId ? database.generationRun.findUnique({ where: { id: task.generationRunId } }) : null,
  ]);
  const configs = (run?.modelConfigs as unknown as TGenerationModelConfig[] | undefined) ?? [];
  const modelName = (modelConfigId: string | null) =>
    modelConfigId === null
      ? 'Expected output'
      : (configs.find((config) => config.id === modelConfigId)?.name ?? 'Unknown model config');
  return { items, assignments, configs, modelName };
}

export type TTaskRatings = Awaited<ReturnType<typeof loadTaskRatings>>;
