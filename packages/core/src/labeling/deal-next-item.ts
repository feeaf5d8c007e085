// Deals the labeler their next item. They resume the item they were last dealt, if unanswered; else they get
// an item they have not had, held by fewer than `overlap` labelers, in their own shuffled order (a hash of the
// task's seed, the labeler and the item: stable for them, different for everyone). The item row is locked
// with FOR UPDATE SKIP LOCKED while it is dealt, so two labelers asking at once never both take its last place.
import type { LabelingTask, TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { isUniqueViolation } from '../errors/database-errors';
import { requireAssignedTask } from './find-task';
import { labelerItem } from './labeler-item';
import type { TLabelingDeal } from './labeling-types';
import { labelerProgress, staleClaimMs } from './task-progress';

type TClaim = { kind: 'claimed'; assignmentId: string } | { kind: 'none' } | { kind: 'retry' };

async function claimOne(database: TDatabase, task: LabelingTask, userId: string): Promise<TClaim> {
  const staleBefore = new Date(Date.now() - staleClaimMs);
  return database.$transaction(async (transaction) => {
    const [candidate] = await transaction.$queryRaw<{ id: string }[]>`
      SELECT item.id FROM "LabelingItem" item
      WHERE item."taskId" = ${task.id}
        AND NOT EXISTS (SELECT 1 FROM "LabelingAssignment" mine WHERE mine."itemId" = item.id AND mine."userId" = ${userId})
        AND (SELECT count(*) FROM "LabelingAssignment" held WHERE held."itemId" = item.id
             AND (held.status = 'submitted' OR (held.status = 'active' AND held."claimedAt" > ${staleBefore}))) < ${task.overlap}
      ORDER BY md5(${task.shuffleSeed} || ${userId} || item.id)
      LIMIT 1
      FOR UPDATE OF item SKIP LOCKED`;
    if (!candidate) return { kind: 'none' as const };
    // Counted again under the lock: a deal committed after the query above began is visible now.
    const held = await transaction.labelingAssignment.count({
      where: {
        itemId: candidate.id,
        OR: [{ status: 'submitted' }, { status: 'active', claimedAt: { gt: staleBefore } }],
      },
    });
    if (held >= task.overlap) return { kind: 'retry' as const };
    const assignment = await transaction.labelingAssignment.create({
      data: { taskId: task.id, itemId: candidate.id, userId },
    });
    return { kind: 'claimed' as const, assignmentId: assignment.id };
  });
}

export async function dealItem(
  database: TDatabase,
  task: LabelingTask,
  userId: string,
): Promise<TLabelingDeal> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const active = await database.labelingAssignment.findFirst({
      where: { taskId: task.id, userId, status: 'active' },
      orderBy: { claimedAt: 'asc' },
    });
    if (active) {
      const item = await labelerItem(database, task, active);
      return { item, progress: item.progress };
    }
    const claim = await claimOne(database, task, userId).catch((error: unknown) => {
      // The same labeler asking twice at once (two tabs): the other request dealt them an item; resume it.
      if (isUniqueViolation(error)) return { kind: 'retry' as const };
      throw error;
    });
    if (claim.kind === 'none') break;
  }
  return { item: null, progress: await labelerProgress(database, task, userId) };
}

export async function dealNextItem(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  taskId: string,
): Promise<TLabelingDeal> {
  const { task, userId } = await requireAssignedTask(database, actor, projectId, taskId);
  return dealItem(database, task, userId);
}
