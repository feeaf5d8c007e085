import type { TDatabase } from '@yardstick/db';
import type { TLabelingProgress } from './labeling-types';

// A dealt item nobody has answered for this long no longer holds its place: another labeler may get it.
export const staleClaimMs = 30 * 60 * 1000;

/** The task's overall progress: ratings given against items × overlap, items with any and with all ratings. */
export async function taskProgress(
  database: TDatabase,
  task: { id: string; overlap: number },
): Promise<TLabelingProgress['task']> {
  const [items, ratings, complete] = await Promise.all([
    database.labelingItem.count({ where: { taskId: task.id } }),
    database.labelingAssignment.count({ where: { taskId: task.id, status: 'submitted' } }),
    database.$queryRaw<{ labeled: bigint; complete: bigint }[]>`
      SELECT count(*) AS labeled, count(*) FILTER (WHERE ratings >= ${task.overlap}) AS complete FROM (
        SELECT count(*) AS ratings FROM "LabelingAssignment" WHERE "taskId" = ${task.id} AND status = 'submitted'
        GROUP BY "itemId"
      ) AS rated`,
  ]);
  return {
    ratings,
    target: items * task.overlap,
    labeledItems: Number(complete[0]?.labeled ?? 0),
    completeItems: Number(complete[0]?.complete ?? 0),
    items,
  };
}

/** Items a labeler could still be dealt: not theirs yet, and not held by `overlap` others. */
export async function openItemCount(
  database: TDatabase,
  task: { id: string; overlap: number },
  userId: string,
): Promise<number> {
  const staleBefore = new Date(Date.now() - staleClaimMs);
  const rows = await database.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM "LabelingItem" item
    WHERE item."taskId" = ${task.id}
      AND NOT EXISTS (SELECT 1 FROM "LabelingAssignment" mine WHERE mine."itemId" = item.id AND mine."userId" = ${userId})
      AND (SELECT count(*) FROM "LabelingAssignment" held WHERE held."itemId" = item.id
           AND (held.status = 'submitted' OR (held.status = 'active' AND held."claimedAt" > ${staleBefore}))) < ${task.overlap}`;
  return Number(rows[0]?.count ?? 0);
}

export async function labelerProgress(
  database: TDatabase,
  task: { id: string; overlap: number },
  userId: string,
): Promise<TLabelingProgress> {
  const [answered, dealt, open, overall] = await Promise.all([
    database.labelingAssignment.count({
      where: { taskId: task.id, userId, status: { in: ['submitted', 'skipped'] } },
    }),
    database.labelingAssignment.count({ where: { taskId: task.id, userId, status: 'active' } }),
    openItemCount(database, task, userId),
    taskProgress(database, task),
  ]);
  return { mine: { answered, total: answered + dealt + open }, task: overall };
}
