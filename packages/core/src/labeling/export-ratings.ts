// Every rating of a task as CSV or JSON Lines, one row per rating, with the labeler, the model config and the
// dataset item it belongs to (for analysis outside Yardstick).
import type { TDatabase } from '@yardstick/db';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { findProjectTask } from './find-task';
import { loadTaskRatings } from './load-task-ratings';

export const ZExportRatings = z.object({
  format: z.enum(['csv', 'jsonl'], { message: 'must be csv or jsonl' }).default('csv'),
});

const columns = [
  'dataset_item_id',
  'model_config',
  'completion_id',
  'labeler_name',
  'labeler_email',
  'stars',
  'comment',
  'is_flagged',
  'flag_note',
  'rated_at',
] as const;

export async function exportRatings(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  taskId: string,
  format: 'csv' | 'jsonl',
): Promise<{ fileName: string; contentType: string; chunks: AsyncGenerator<string> }> {
  await requireProjectRole(database, actor, projectId, 'member');
  const task = await findProjectTask(database, projectId, taskId);
  const data = await loadTaskRatings(database, task);
  const itemById = new Map(data.items.map((item) => [item.id, item]));
  const rows = data.assignments.flatMap((assignment) => {
    if (!assignment.rating) return [];
    const item = itemById.get(assignment.itemId)!;
    return [
      {
        dataset_item_id: item.completion.datasetItem?.key ?? null,
        model_config: data.modelName(item.completion.modelConfigId),
        completion_id: item.completion.id,
        labeler_name: assignment.user.name,
        labeler_email: assignment.user.email,
        stars: assignment.rating.value,
        comment: assignment.rating.comment,
        is_flagged: assignment.isFlagged,
        flag_note: assignment.flagNote,
        rated_at: assignment.rating.updatedAt.toISOString(),
      },
    ];
  });
  async function* chunks(): AsyncGenerator<string> {
    if (format === 'csv') yield stringify([[...columns]]);
    for (let start = 0; start < rows.length; start += 1000) {
      const page = rows.slice(start, start + 1000);
      yield format === 'csv'
        ? stringify(
            page.map((row) => columns.map((column) => row[column] ?? '')),
            { cast: { boolean: (value) => String(value) } },
          )
        : page.map((row) => `${JSON.stringify(row)}\n`).join('');
    }
  }
  const base = task.name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'task';
  return {
    fileName: `${base}-ratings.${format}`,
    contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    chunks: chunks(),
  };
}
